import { useEffect, useState } from 'react';
import { ApiError, type EventName, type EventPayload, type MethodName } from '../../shared/api';
import { useApi } from '../api/client';

/** A pushed event lost during a reconnect must not leave a screen stale for long. */
const RESYNC_MS = 15_000;

/**
 * A value loaded by one call and then kept fresh by a pushed event, without reloading the
 * page: the kiosk's state, the projector's results. The listener is attached before the first
 * load, and every opening of the push stream (the first, and each reconnect) loads again, so
 * that no push falls between the two; a slow periodic reload covers anything else. While the call
 * fails (station restarting), it retries every second. An unchanged value keeps its object,
 * so a reload that brings nothing new renders nothing.
 */
export function useRemote<E extends EventName>(
  method: MethodName & ('kiosk.state' | 'results.get'),
  event: E,
  resyncMs = RESYNC_MS,
): EventPayload<E> | null {
  return useRemoteState(method, event, resyncMs).value;
}

/**
 * The same, with the error code of the last failed load (null once a load succeeds again):
 * the kiosk shows « Appelez l’équipe » while the box answers `box-damaged`. A push does not
 * clear the error; it asks for a load, which does when it succeeds. With `loadOnPush`, every
 * push is followed by a load (the kiosk: a push is rare, and the staff check that finds damage
 * pushes a state that only the load refuses).
 */
export function useRemoteState<E extends EventName>(
  method: MethodName & ('kiosk.state' | 'results.get'),
  event: E,
  resyncMs = RESYNC_MS,
  loadOnPush = false,
): { value: EventPayload<E> | null; error: string | null } {
  const api = useApi();
  const [value, setValue] = useState<EventPayload<E> | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    let seen = '';
    let failing = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const accept = (v: EventPayload<E>) => {
      const key = JSON.stringify(v);
      if (!alive || key === seen) return;
      seen = key;
      setValue(v);
    };
    const load = () => {
      clearTimeout(retry);
      api
        .call(method, {})
        .then((v) => {
          if (!alive) return;
          failing = false;
          setError(null);
          accept(v as EventPayload<E>);
        })
        .catch((e: unknown) => {
          if (!alive) return;
          failing = true;
          setError(e instanceof ApiError ? e.code : 'internal');
          retry = setTimeout(load, 1000);
        });
    };
    const off = api.on(event, (v) => {
      accept(v);
      if (failing || loadOnPush) load();
    });
    const offOpen = api.onStreamOpen(load);
    load();
    const resync = setInterval(load, resyncMs);
    return () => {
      alive = false;
      clearTimeout(retry);
      clearInterval(resync);
      off();
      offOpen();
    };
  }, [api, method, event, resyncMs, loadOnPush]);
  return { value, error };
}
