import { useEffect, useState } from 'react';
import type { EventName, EventPayload, MethodName } from '../../shared/api';
import { useApi } from '../api/client';

/**
 * A value loaded by one call and then kept fresh by a pushed event, without reloading the
 * page. While the call fails (station restarting), it retries every second.
 */
export function useRemote<E extends EventName>(
  method: MethodName & ('kiosk.state' | 'results.get'),
  event: E,
): EventPayload<E> | null {
  const api = useApi();
  const [value, setValue] = useState<EventPayload<E> | null>(null);
  useEffect(() => {
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = () => {
      api
        .call(method, {})
        .then((v) => alive && setValue(v as EventPayload<E>))
        .catch(() => {
          if (alive) timer = setTimeout(load, 1000);
        });
    };
    load();
    const off = api.on(event, (p) => alive && setValue(p));
    return () => {
      alive = false;
      clearTimeout(timer);
      off();
    };
  }, [api, method, event]);
  return value;
}
