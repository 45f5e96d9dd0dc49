/**
 * Staff sessions: random tokens kept in memory for 30 minutes of inactivity. One set serves
 * the damaged mode and the box that opens after a recovery, so that staff who repaired the
 * folder from the console stay signed in when the vote opens again.
 */
export class StaffSessions {
  private readonly tokens = new Map<string, number>();

  constructor(
    private readonly now: () => Date,
    private readonly newToken: () => string,
    private readonly seconds = 1800,
  ) {}

  start(): string {
    const token = this.newToken();
    this.tokens.set(token, this.now().getTime());
    return token;
  }

  /** Whether the token opens a staff session now (and keeps it alive). */
  valid(token: string | null | undefined): boolean {
    if (!token) return false;
    const last = this.tokens.get(token);
    if (last === undefined) return false;
    const now = this.now().getTime();
    if (now - last > this.seconds * 1000) {
      this.tokens.delete(token);
      return false;
    }
    this.tokens.set(token, now);
    return true;
  }

  end(token: string): void {
    this.tokens.delete(token);
  }

  endAll(): void {
    this.tokens.clear();
  }
}
