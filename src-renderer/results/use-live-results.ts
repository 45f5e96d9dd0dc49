/**
 * The projector's results: loaded once, then pushed by the `results` event. A push can be
 * lost (the event stream connects after the first load, or reconnects after a drop, and
 * events in between are gone), so the slide also re-reads them every few seconds: a
 * projector left on for two hours must never stay stale.
 */
import { useEffect, useState } from 'react';
import type { PublicResults } from '../../shared/api';
import { useApi } from '../api/client';

export const RESYNC_MS = 5000;

export function useLiveResults(): PublicResults | null {
  const api = useApi();
  const [value, setValue] = useState<PublicResults | null>(null);
  useEffect(() => {
    let alive = true;
    let seen = '';
    const accept = (r: PublicResults) => {
      const key = JSON.stringify(r);
      if (!alive || key === seen) return;
      seen = key;
      setValue(r);
    };
    const load = () => {
      api
        .call('results.get', {})
        .then(accept)
        .catch(() => undefined); // the next tick retries
    };
    const off = api.on('results', accept);
    load();
    const timer = setInterval(load, RESYNC_MS);
    return () => {
      alive = false;
      clearInterval(timer);
      off();
    };
  }, [api]);
  return value;
}
