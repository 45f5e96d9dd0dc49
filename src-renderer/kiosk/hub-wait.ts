/**
 * Whether a joined kiosk must ask its next voter to wait: its votes go to the hub at once (a
 * code is burned only there, a test ballot must never be kept for later) and the hub does not
 * answer. Told on the welcome screen, before a voter types a code for nothing. An open-mode
 * vote goes on (it waits on this kiosk), and a voter already on their way is not interrupted:
 * their cast is refused plainly if the hub is still away.
 */
import type { KioskState } from '../../shared/api';

export function waitsForHub(s: Pick<KioskState, 'link' | 'testMode' | 'election'>): boolean {
  if (!s.link || s.link.problem === 'revoked') return false;
  const direct = s.testMode || s.election.eligibility === 'codes';
  return direct && !s.link.reachable;
}
