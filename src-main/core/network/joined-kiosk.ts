/**
 * An app kiosk joined to a hub: its main process answers its renderer's calls (the same
 * contract) by forwarding to the hub, except the one thing that must not wait for the network.
 *
 * - A ballot of an open vote without a code is written to the kiosk's own disk first
 *   (Outbox.add, fsync'd), then the voter reads « A voté », then it travels to the hub. The
 *   hub being down does not stop the vote; staff see a discreet indicator (state.link).
 * - A ballot with a code, and a test ballot, go to the hub directly: a code is burned only
 *   there, in the step that records the ballot, and a test ballot must never be counted after
 *   the opening. If the hub cannot be reached, the voter is told plainly it did not count.
 * - The state (election, open/closed, this kiosk's section) follows the hub's pushed events;
 *   the last one is kept on disk so that a restarted kiosk still shows the ballot.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  ApiError,
  CallEnvelopeSchema,
  contract,
  isMethodName,
  KioskStateSchema,
  type CallResult,
  type EventName,
  type EventPayload,
  type KioskState,
} from '../../../shared/api';
import { rankingProblem } from '../../../shared/domain/ballot';
import { writeFileAtomic } from '../durable-file';
import { HubClient, type HubLink } from './hub-client';
import { Outbox, outcomeOf, type OutgoingBallot } from './outbox';
import { exportOutbox, type OutboxExport } from './outbox-export';

export interface JoinedKioskDeps {
  link: HubLink;
  /** The kiosk's own data folder. */
  dataDir: string;
  /** Milliseconds between two reports of the waiting count to the hub. */
  reportEveryMs?: number;
  outbox?: { minDelayMs?: number; maxDelayMs?: number; concurrency?: number };
}

type Listener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

const KIOSK_METHODS = new Set(['kiosk.state', 'kiosk.checkCode', 'kiosk.cast', 'kiosk.presence']);

export class JoinedKiosk {
  readonly outbox: Outbox;
  private readonly hub: HubClient;
  private state: KioskState | null = null;
  private reachable = false;
  private revoked: ApiError | null = null;
  /** Something on the line presented another certificate than the one paired with. */
  private intercepted = false;
  private readonly listeners = new Set<Listener>();
  private stopEvents: (() => void) | null = null;
  private reportTimer: NodeJS.Timeout | null = null;
  private reportedWaiting = -1;

  constructor(private readonly deps: JoinedKioskDeps) {
    fs.mkdirSync(deps.dataDir, { recursive: true });
    this.hub = new HubClient(deps.link);
    this.outbox = new Outbox({
      file: this.outboxFile,
      send: (b) => this.forward(b),
      onChange: () => this.pushState(),
      ...deps.outbox,
    });
    const cached = this.stateFile;
    if (fs.existsSync(cached)) {
      const p = KioskStateSchema.safeParse(JSON.parse(fs.readFileSync(cached, 'utf8')));
      if (p.success) this.state = p.data;
    }
  }

  private get outboxFile(): string {
    return path.join(this.deps.dataDir, 'outbox.slots');
  }

  /**
   * Every ballot this kiosk took, as a file for the hub's import (outbox-export.ts): the way
   * for ballots still waiting when the hub closed. Null before the kiosk knows its election.
   */
  exportOutbox(): OutboxExport | null {
    return this.state ? exportOutbox(this.outbox.records(), this.state.election) : null;
  }

  private get stateFile(): string {
    return path.join(this.deps.dataDir, 'hub-state.json');
  }

  start(): void {
    this.outbox.start();
    this.stopEvents = this.hub.events(
      (event, payload) => {
        if (event === 'kiosk') this.remember(payload as KioskState);
      },
      (up, refused) => {
        if (refused?.code === 'device-revoked' || refused?.code === 'device-unpaired')
          this.revoked = refused;
        if (refused?.code === 'hub-certificate') this.setIntercepted(true);
        else if (up) this.setIntercepted(false);
        this.setReachable(up);
        // The stream is up: fetch the state it may have missed while down.
        if (up) this.refresh().catch(() => this.setReachable(false));
      },
    );
    this.reportTimer = setInterval(() => void this.report(), this.deps.reportEveryMs ?? 2000);
  }

  stop(): void {
    this.stopEvents?.();
    this.stopEvents = null;
    if (this.reportTimer) clearInterval(this.reportTimer);
    this.outbox.close();
    this.hub.close();
  }

  on(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get link(): NonNullable<KioskState['link']> {
    const problem = this.revoked ? 'revoked' : this.intercepted ? 'certificate' : undefined;
    return {
      reachable: this.reachable,
      waiting: this.outbox.waiting,
      ...(problem ? { problem } : {}),
    };
  }

  private setIntercepted(yes: boolean): void {
    if (yes === this.intercepted) return;
    this.intercepted = yes;
    this.pushState();
  }

  private setReachable(up: boolean): void {
    // An answer over the pinned line proves the line is the hub's again.
    const cleared = up && this.intercepted;
    if (cleared) this.intercepted = false;
    if (up === this.reachable) {
      if (cleared) this.pushState();
      return;
    }
    this.reachable = up;
    // A hub that was away (perhaps restarted) knows nothing of this kiosk's count: say it again.
    if (up) this.reportedWaiting = -1;
    if (up) this.outbox.kick();
    this.pushState();
  }

  private withLink(s: KioskState): KioskState {
    return { ...s, link: this.link };
  }

  private pushState(): void {
    if (!this.state) return;
    const s = this.withLink(this.state);
    for (const l of this.listeners) l('kiosk', s);
  }

  private remember(s: KioskState): void {
    const { link: _ignored, ...plain } = s;
    this.state = plain;
    try {
      writeFileAtomic(this.stateFile, JSON.stringify(plain));
    } catch {
      // Only a convenience for a restart while the hub is down.
    }
    this.pushState();
  }

  private async refresh(): Promise<KioskState> {
    const s = await this.hub.call('kiosk.state', {});
    this.setReachable(true);
    this.remember(s);
    return this.withLink(s);
  }

  private async report(): Promise<void> {
    const waiting = this.outbox.waiting;
    if (!this.reachable || waiting === this.reportedWaiting) return;
    try {
      await this.hub.call('device.report', { waiting });
      this.reportedWaiting = waiting;
    } catch {
      // Reported again at the next tick.
    }
  }

  private async forward(b: OutgoingBallot): Promise<'acknowledged' | 'retry' | 'refused'> {
    if (this.revoked) return 'retry';
    try {
      await this.hub.call('kiosk.cast', {
        ballotId: b.ballotId,
        ranking: b.ranking,
        section: b.section,
      });
      this.setReachable(true);
      return 'acknowledged';
    } catch (e) {
      const o = outcomeOf(e);
      if (e instanceof ApiError && e.code === 'hub-certificate') this.setIntercepted(true);
      if (o === 'retry' && e instanceof ApiError && e.code === 'hub-unreachable')
        this.setReachable(false);
      return o;
    }
  }

  /** Calls the hub; a failure to reach it marks the link down before it is rethrown. */
  private async viaHub<T>(run: () => Promise<T>): Promise<T> {
    try {
      const v = await run();
      this.setReachable(true);
      return v;
    } catch (e) {
      if (e instanceof ApiError && (e.code === 'hub-unreachable' || e.code === 'hub-certificate'))
        this.setReachable(false);
      if (e instanceof ApiError && e.code === 'hub-certificate') this.setIntercepted(true);
      throw e;
    }
  }

  /** One call from this kiosk's renderer; never throws. */
  async call(raw: unknown): Promise<CallResult> {
    try {
      const env = CallEnvelopeSchema.safeParse(raw);
      if (!env.success) throw new ApiError('bad-request', 'The request is not a call envelope.');
      const { method, input } = env.data;
      if (!isMethodName(method)) throw new ApiError('unknown-method', `Unknown method ${method}`);
      if (!KIOSK_METHODS.has(method))
        throw new ApiError(
          'forbidden',
          'A kiosk joined to a hub only votes; staff work at the hub.',
        );
      const parsed = contract[method].input.safeParse(input ?? {});
      if (!parsed.success) throw new ApiError('bad-request', `Invalid input for ${method}`);
      if (this.revoked) throw this.revoked;
      const value = await this.handle(method, parsed.data as Record<string, unknown>);
      return { ok: true, value };
    } catch (e) {
      if (e instanceof ApiError) return { ok: false, error: e.toBody() };
      return { ok: false, error: { code: 'internal', message: 'Internal error' } };
    }
  }

  private async handle(method: string, input: Record<string, unknown>): Promise<unknown> {
    switch (method) {
      case 'kiosk.state':
        try {
          return await this.refresh();
        } catch (e) {
          this.setReachable(false);
          if (this.state && !(e instanceof ApiError && e.code === 'device-revoked'))
            return this.withLink(this.state);
          throw e;
        }
      case 'kiosk.checkCode':
        return this.viaHub(() => this.hub.call('kiosk.checkCode', { code: input.code as string }));
      case 'kiosk.presence':
        await this.viaHub(() =>
          this.hub.call('kiosk.presence', input as { kiosk: string; midway: boolean }),
        ).catch(() => undefined);
        return { ok: true };
      case 'kiosk.cast':
        return this.cast(
          input as { ballotId: string; ranking: string[]; section?: string; code?: string },
        );
    }
    throw new ApiError('unknown-method', method);
  }

  private async cast(input: {
    ballotId: string;
    ranking: string[];
    section?: string;
    code?: string;
  }): Promise<{ recorded: true; duplicate: boolean }> {
    const s = this.state;
    if (input.code !== undefined || !s || s.status !== 'open')
      return this.viaHub(() => this.hub.call('kiosk.cast', input));
    if (!s.accepting) throw new ApiError('vote-not-open', 'The vote is not open.');
    const section = input.section ?? s.section;
    if (!s.election.sections.some((x) => x.id === section))
      throw new ApiError('unknown-section', `Unknown section ${section}`, { section });
    if (rankingProblem(s.election, input.ranking))
      throw new ApiError('invalid-ranking', 'This ranking does not fit the election’s rules.');
    this.outbox.add({ ballotId: input.ballotId, section, ranking: input.ranking });
    return { recorded: true, duplicate: false };
  }
}
