/**
 * Which kiosks have a voter midway (between « Commencer » and the confirmation), so that staff
 * closing the vote learn that someone would lose an unconfirmed ballot. Per kiosk and counted,
 * never per voter: a kiosk says "midway" or "free" under a random id it drew at start-up, and
 * nothing else (no ballot content, no code, no section). Kept in memory only, never written
 * to disk; a kiosk that stops repeating itself (closed tab, crash, network gone) is forgotten
 * after `ttlMs`, so a dead kiosk never blocks the staff's view for long.
 */
export class KioskPresence {
  private readonly midway = new Map<string, number>();

  constructor(
    private readonly now: () => number,
    private readonly ttlMs = 20_000,
    /** The kiosk call is public: a bound keeps a flood of made-up ids from growing the map. */
    private readonly maxKiosks = 256,
  ) {}

  report(kiosk: string, midway: boolean): void {
    this.midway.delete(kiosk);
    if (!midway) return;
    this.prune();
    if (this.midway.size >= this.maxKiosks) {
      const oldest = this.midway.keys().next().value;
      if (oldest !== undefined) this.midway.delete(oldest);
    }
    // Re-inserted so that the map stays ordered by last report, oldest first.
    this.midway.set(kiosk, this.now());
  }

  /** How many kiosks have a voter midway right now. */
  midwayCount(): number {
    this.prune();
    return this.midway.size;
  }

  private prune(): void {
    const limit = this.now() - this.ttlMs;
    for (const [kiosk, at] of this.midway) if (at < limit) this.midway.delete(kiosk);
  }
}
