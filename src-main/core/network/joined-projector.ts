/**
 * An app device joined to a hub as a projector: its renderer's slide reads the hub's released
 * results and follows the hub's pushed events, through the main process (the renderer never
 * talks to the hub). It may read the kiosk state too (the slide takes the election and the
 * staff's language from it); it never casts.
 */
import {
  ApiError,
  CallEnvelopeSchema,
  isMethodName,
  type CallResult,
  type EventName,
  type EventPayload,
} from '../../../shared/api';
import { HubClient, type HubLink } from './hub-client';

type Listener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export class JoinedProjector {
  private readonly hub: HubClient;
  private readonly listeners = new Set<Listener>();
  private stopEvents: (() => void) | null = null;
  private up = false;
  private problem: 'certificate' | 'revoked' | null = null;

  constructor(link: HubLink) {
    this.hub = new HubClient(link);
  }

  start(): void {
    this.stopEvents = this.hub.events(
      (event, payload) => {
        if (event === 'results' || event === 'kiosk')
          for (const l of this.listeners) l(event, payload);
      },
      (up, refused) => {
        this.up = up;
        if (refused?.code === 'hub-certificate') this.problem = 'certificate';
        else if (refused?.code === 'device-revoked' || refused?.code === 'device-unpaired')
          this.problem = 'revoked';
        else if (up) this.problem = null;
      },
    );
  }

  stop(): void {
    this.stopEvents?.();
    this.stopEvents = null;
    this.hub.close();
  }

  on(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get link(): { reachable: boolean; waiting: number; problem: 'certificate' | 'revoked' | null } {
    return { reachable: this.up, waiting: 0, problem: this.problem };
  }

  async call(raw: unknown): Promise<CallResult> {
    try {
      const env = CallEnvelopeSchema.safeParse(raw);
      if (!env.success) throw new ApiError('bad-request', 'The request is not a call envelope.');
      const { method } = env.data;
      if (!isMethodName(method)) throw new ApiError('unknown-method', `Unknown method ${method}`);
      if (method === 'results.get') return { ok: true, value: await this.hub.call(method, {}) };
      if (method === 'kiosk.state') return { ok: true, value: await this.hub.call(method, {}) };
      throw new ApiError('device-role', 'This device is a projector of the hub: it does not vote.');
    } catch (e) {
      if (e instanceof ApiError) {
        if (e.code === 'hub-certificate') this.problem = 'certificate';
        return { ok: false, error: e.toBody() };
      }
      return { ok: false, error: { code: 'internal', message: 'Internal error' } };
    }
  }
}
