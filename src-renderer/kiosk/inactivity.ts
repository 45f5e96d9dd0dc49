/** The timing of "are you still there?": pure, so the thresholds are tested without waiting. */

/** How long the visible countdown lasts before the ballot is discarded. */
export const warningSeconds = (total: number): number =>
  Math.max(5, Math.min(15, Math.floor(total / 3)));

export type IdlePhase =
  { phase: 'active' } | { phase: 'warning'; left: number } | { phase: 'expired' };

export function idlePhase(idleMs: number, totalSeconds: number): IdlePhase {
  const left = Math.ceil(totalSeconds - idleMs / 1000);
  if (left <= 0) return { phase: 'expired' };
  if (left <= warningSeconds(totalSeconds)) return { phase: 'warning', left };
  return { phase: 'active' };
}
