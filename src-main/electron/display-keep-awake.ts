/** Keeps the screen on while the vote is open (no screensaver in front of a voter). */
import type { Status } from '../../shared/api';

export interface PowerSaveBlockerLike {
  start(type: 'prevent-display-sleep'): number;
  stop(id: number): boolean;
  isStarted(id: number): boolean;
}

export class DisplayKeepAwake {
  private id: number | null = null;

  constructor(private readonly blocker: PowerSaveBlockerLike) {}

  update(status: Status): void {
    const active = this.id !== null && this.blocker.isStarted(this.id);
    if (status === 'open' && !active) this.id = this.blocker.start('prevent-display-sleep');
    else if (status !== 'open' && this.id !== null) {
      this.blocker.stop(this.id);
      this.id = null;
    }
  }

  get active(): boolean {
    return this.id !== null;
  }
}
