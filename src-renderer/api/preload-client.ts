/** ApiClient over the object the Electron preload exposes (IPC underneath). */
import {
  ApiError,
  ApiErrorBodySchema,
  type ApiClient,
  type EventName,
  type EventPayload,
  type Input,
  type MethodName,
  type Output,
} from '../../shared/api';
import { BRIDGE_NAME, type Bridge } from '../../shared/bridge';

export type { Bridge };

export function findBridge(w: unknown): Bridge | null {
  const b = (w as Record<string, unknown>)[BRIDGE_NAME] as Partial<Bridge> | undefined;
  return b && typeof b.call === 'function' && typeof b.on === 'function' ? (b as Bridge) : null;
}

export function createPreloadClient(bridge: Bridge): ApiClient {
  let token: string | null = null;
  return {
    async call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
      const r = await bridge.call({ method, input, token });
      if (r.ok) return r.value as Output<M>;
      const err = ApiErrorBodySchema.safeParse(r.error);
      throw err.success ? ApiError.fromBody(err.data) : new ApiError('internal', 'Bad answer');
    },
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) {
      return bridge.on(event, listener as (p: unknown) => void);
    },
    // IPC events reach a listener from the moment it is added: nothing to catch up on.
    onStreamOpen: () => () => {},
    setToken(t) {
      token = t;
    },
  };
}
