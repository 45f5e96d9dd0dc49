/** ApiClient over the host's HTTP API and server-sent events. */
import {
  ApiError,
  ApiErrorBodySchema,
  EVENT_NAMES,
  contract,
  events,
  type ApiClient,
  type EventName,
  type EventPayload,
  type Input,
  type MethodName,
  type Output,
} from '../../shared/api';

export function createHttpClient(base = ''): ApiClient {
  let token: string | null = null;
  const listeners = new Map<EventName, Set<(p: unknown) => void>>();
  const opened = new Set<() => void>();
  let source: EventSource | null = null;

  const ensureSource = () => {
    if (source) return;
    source = new EventSource(`${base}/api/events`);
    // A screen's first load can answer before the stream is open (and a reconnect loses what
    // was pushed meanwhile): each opening asks the screens to load again.
    source.addEventListener('open', () => {
      for (const l of opened) l();
    });
    for (const name of EVENT_NAMES) {
      source.addEventListener(name, (ev) => {
        const parsed = events[name].safeParse(JSON.parse((ev as MessageEvent<string>).data));
        if (!parsed.success) return;
        for (const l of listeners.get(name) ?? []) l(parsed.data);
      });
    }
  };

  return {
    async call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (token && contract[method].access === 'staff') headers.Authorization = `Bearer ${token}`;
      let res: Response;
      try {
        res = await fetch(`${base}/api/${method}`, {
          method: 'POST',
          headers,
          body: JSON.stringify(input),
        });
      } catch {
        throw new ApiError('internal', 'The voting station does not answer.');
      }
      const body = (await res.json().catch(() => null)) as {
        value?: unknown;
        error?: unknown;
      } | null;
      if (res.ok && body && 'value' in body) return body.value as Output<M>;
      const err = ApiErrorBodySchema.safeParse(body?.error);
      if (err.success) throw ApiError.fromBody(err.data);
      throw new ApiError('internal', `HTTP ${res.status}`);
    },
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) {
      ensureSource();
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      const l = listener as (p: unknown) => void;
      set.add(l);
      return () => set.delete(l);
    },
    onStreamOpen(listener) {
      ensureSource();
      opened.add(listener);
      return () => opened.delete(listener);
    },
    setToken(t) {
      token = t;
    },
  };
}
