/**
 * Tells the ballot box while a voter is midway on this kiosk, so that staff about to close the
 * vote know someone would lose an unconfirmed ballot. Only "midway" or "free" under an id drawn
 * once per kiosk page, never anything about the voter; repeated while true because the box
 * forgets a kiosk that goes quiet (src-main/core/kiosk-presence.ts).
 */
import { useEffect } from 'react';
import { useApi } from '../api/client';
import { newBallotId } from '../ui/random';

const KIOSK_ID = `kiosk-${newBallotId().slice(0, 16)}`;
const REPEAT_MS = 5_000;

export function useMidwayPresence(midway: boolean): void {
  const api = useApi();
  useEffect(() => {
    if (!midway) return;
    // Best effort: a lost report only makes the staff warning less complete, never blocks a vote.
    const say = (m: boolean) =>
      void api.call('kiosk.presence', { kiosk: KIOSK_ID, midway: m }).catch(() => undefined);
    say(true);
    const id = setInterval(() => say(true), REPEAT_MS);
    return () => {
      clearInterval(id);
      say(false);
    };
  }, [api, midway]);
}
