import { useEffect, useState } from 'react';
import type { EventName, EventPayload, MethodName } from '../../shared/api';
import { useApi } from '../api/client';

/** A pushed event lost during a reconnect must not leave a screen stale for long. */
const RESYNC_MS = 15_000;

/**
 * A value loaded by one call and then kept fresh by a pushed event, without reloading the
 * page: the kiosk's state, the projector's results. The listener is attached before the first
 * load so that no push falls between the two; a slow periodic reload covers pushes lost while
 * the event stream reconnected (the events that came in between are gone). While the call
 * fails (station restarting), it retries every second. An unchanged value keeps its object,
 * so a reload that brings nothing new renders nothing.
 */
export function useRemote<E extends EventName>(
  method: MethodName & ('kiosk.state' | 'results.get'),
  event: E,
  resyncMs = RESYNC_MS,
): EventPayload<E> | null {
  const api = useApi();
  const [value, setValue] = useState<EventPayload<E> | null>(null);
  useEffect(() => {
    let alive = true;
    let seen = '';
    let retry: ReturnType<typeof setTimeout> | undefined;
    const accept = (v: EventPayload<E>) => {
      const key = JSON.stringify(v);
      if (!alive || key === seen) return;
      seen = key;
      setValue(v);
    };
    const off = api.on(event, accept);
    const load = () => {
      clearTimeout(retry);
      api
        .call(method, {})
        .then((v) => accept(v as EventPayload<E>))
        .catch(() => {
          if (alive) retry = setTimeout(load, 1000);
        });
    };
    load();
    const resync = setInterval(load, resyncMs);
    return () => {
      alive = false;
      clearTimeout(retry);
      clearInterval(resync);
      off();
    };
  }, [api, method, event, resyncMs]);
  return value;
}
