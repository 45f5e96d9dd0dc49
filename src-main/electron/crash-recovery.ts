/**
 * What to do when a page's renderer dies or hangs: reload it, at most `maxPerWindow` times in a
 * sliding window (3 a minute), then show the error screen instead of looping; after an
 * out-of-memory crash the whole window is recreated. Pure: the clock is passed in.
 */
export type GoneReason =
  | 'clean-exit'
  | 'abnormal-exit'
  | 'killed'
  | 'crashed'
  | 'oom'
  | 'launch-failed'
  | 'integrity-failure'
  | 'memory-eviction';

export type Recovery = 'ignore' | 'reload' | 'recreate' | 'error-screen';

export class CrashRecoveryPolicy {
  private readonly recent: number[] = [];

  constructor(
    private readonly maxRecoveries = 3,
    private readonly windowMs = 60_000,
  ) {}

  decide(reason: GoneReason, nowMs: number): Recovery {
    if (reason === 'clean-exit') return 'ignore';
    while (this.recent.length > 0 && nowMs - (this.recent[0] as number) >= this.windowMs)
      this.recent.shift();
    if (this.recent.length >= this.maxRecoveries) return 'error-screen';
    this.recent.push(nowMs);
    return reason === 'oom' ? 'recreate' : 'reload';
  }
}
