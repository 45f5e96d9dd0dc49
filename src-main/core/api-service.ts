/**
 * The one implementation of the API contract, and the only door of the core: both transports
 * (Electron IPC and the HTTP host) hand it the raw envelope they received; it validates the
 * envelope, the method, the staff session and the input against shared/api.ts, and answers a
 * CallResult (it never throws). Pushed events leave through the same object (`on`), so a
 * composition root takes the service and nothing else.
 */
import type { z } from 'zod';
import {
  ApiError,
  type AuditAction,
  CallEnvelopeSchema,
  type ApiErrorBody,
  type ApiIssue,
  contract,
  isMethodName,
  type CallResult,
  type Contract,
  type DeviceInfo,
  type DeviceRole,
  type DisplayInfo,
  type NetworkStatus,
  type PairingOffer,
  type Drive,
  type EventName,
  type EventPayload,
  type ExportReport,
  type ImportReport,
  type MethodName,
  type Output,
  type Status,
} from '../../shared/api';
import type { BallotBox } from './ballot-box';
import { electionIssues } from './election-issues';

type ZodIssue = z.ZodError['issues'][number];
import { CodeGuessLimiter } from './code-guess-limiter';
import { KioskPresence } from './kiosk-presence';

/** The staff operations that touch drives and files outside the data folder. */
export interface StaffFiles {
  listDrives(): Promise<Drive[]>;
  exportTo(folder: string): Promise<ExportReport>;
  importFiles(files: { name: string; content: string }[]): Promise<ImportReport>;
  /** The procès-verbal written by the latest export after the close. */
  minutes(): Promise<Uint8Array>;
}

export interface ServiceDeps {
  box: BallotBox;
  files: StaffFiles;
  now: () => Date;
  newToken: () => string;
  /** Seconds a staff session stays valid without use. */
  sessionSeconds?: number;
  /** Window and display control, present only in the desktop app. */
  desktop?: DesktopControls;
  /** Which kiosks have a voter midway; one in memory by default. */
  presence?: KioskPresence;
  /** The hub's network mode and paired devices, where the composition root offers them. */
  network?: NetworkControls;
}

/** What the network mode needs of the box: where it lives, its audit trail, the sections. */
export interface NetworkBoxAccess {
  dataDir: string;
  audit(action: AuditAction, details: Record<string, unknown>): void;
  sections(): string[];
}

/** The console's handle on the network listener and its devices (src-main/host/network-hub.ts). */
export interface NetworkControls {
  status(): NetworkStatus;
  setOn(on: boolean): Promise<NetworkStatus>;
  newPairingCode(role: DeviceRole, section: string | null): PairingOffer;
  devices(): DeviceInfo[];
  /** Throws ApiError('not-found') for an unknown device. */
  revoke(id: string): void;
  /** The app is quitting: stop announcing and listening (no audit, the box closes next). */
  shutdown?(): void;
}

/** What only the desktop app can do; the host leaves it out and answers not-supported. */
export interface DesktopControls {
  listDisplays(): DisplayInfo[];
  /** Throws ApiError('not-found') for a display that does not exist (any more). */
  moveProjector(displayId: number): void;
}

type Handlers = {
  [M in MethodName]: (input: z.output<Contract[M]['input']>) => Output<M> | Promise<Output<M>>;
};

const ok = { ok: true as const };

export class ApiService {
  private readonly sessions = new Map<string, number>();
  private readonly handlers: Handlers;
  private readonly guesses: CodeGuessLimiter;

  constructor(private readonly deps: ServiceDeps) {
    const box = deps.box;
    const presence = deps.presence ?? new KioskPresence(() => deps.now().getTime());
    this.guesses = new CodeGuessLimiter(
      () => deps.now().getTime(),
      (burst) => box.record('code-guesses-limited', burst),
    );
    this.handlers = {
      'kiosk.state': () => box.kioskState(),
      'kiosk.checkCode': ({ code }) => ({ section: box.checkCode(code).section }),
      'kiosk.cast': (i) => box.cast(i),
      'kiosk.presence': ({ kiosk, midway }) => (presence.report(kiosk, midway), ok),
      'results.get': () => box.publicResults(),
      'staff.pinStatus': () => ({ pinSet: box.pinSet }),
      'staff.setPin': ({ pin }) => {
        box.setPin(pin);
        return { token: this.startSession() };
      },
      'staff.login': ({ pin }) => {
        box.verifyPin(pin);
        return { token: this.startSession() };
      },
      'staff.logout': () => ok, // the session is dropped in call(), where the token is known
      'staff.overview': () => box.overview(),
      'staff.loadElection': ({ json, dropEntitled }) => (box.loadElection(json, dropEntitled), ok),
      'staff.useDefaultElection': ({ dropEntitled }) => (box.useDefaultElection(dropEntitled), ok),
      'staff.updateElection': ({ election, dropEntitled }) => (
        box.updateElection(election, dropEntitled),
        ok
      ),
      'staff.setTestMode': ({ on }) => (box.setTestMode(on), ok),
      'staff.purgeTestBallots': () => ({ purged: box.purgeTestBallots() }),
      'staff.open': () => (box.open(), ok),
      'staff.close': () => (box.closeVote(), ok),
      'staff.kioskPresence': () => ({ midway: presence.midwayCount() }),
      'staff.reveal': () => (box.reveal(), ok),
      'staff.drawSeed': ({ seed }) => (box.setDrawSeed(seed), ok),
      'staff.newElection': () => (box.newElection(), ok),
      'staff.setEntitled': ({ section, count }) => (box.setEntitled(section, count), ok),
      'staff.setKioskSection': ({ section }) => (box.setKioskSection(section), ok),
      'staff.setLanguage': ({ language }) => (box.setLanguage(language), ok),
      'staff.generateCodes': ({ section, count }) => ({ codes: box.generateCodes(section, count) }),
      'staff.listDrives': async () => ({ drives: await deps.files.listDrives() }),
      'staff.export': ({ folder }) => deps.files.exportTo(folder),
      'staff.minutes': async () => ({
        pdfBase64: Buffer.from(await deps.files.minutes()).toString('base64'),
      }),
      'staff.import': ({ files }) => deps.files.importFiles(files),
      'staff.audit': () => box.auditTrail(),
      'staff.checkIntegrity': () => {
        const damage = box.checkIntegrity();
        return {
          sound: damage === null,
          file: damage?.file ?? null,
          reason: damage?.reason ?? null,
        };
      },
      'staff.allowQuit': ({ allow }) => (box.allowQuit(allow), ok),
      // Devices speak to the network listener (src-main/core/network/network-gate.ts) only.
      'device.pair': () => this.networkOnly(),
      'device.report': () => this.networkOnly(),
      'staff.network': () => this.network().status(),
      'staff.setNetwork': ({ on }) => this.network().setOn(on),
      'staff.newPairingCode': ({ role, section }) => this.network().newPairingCode(role, section),
      'staff.devices': () => ({ devices: this.network().devices() }),
      'staff.revokeDevice': ({ id }) => (this.network().revoke(id), ok),
      'staff.listDisplays': () => ({ displays: this.desktop().listDisplays() }),
      'staff.moveProjector': ({ displayId }) => {
        this.desktop().moveProjector(displayId);
        return { displays: this.desktop().listDisplays() };
      },
    };
  }

  private desktop(): DesktopControls {
    if (!this.deps.desktop)
      throw new ApiError('not-supported', 'Only the desktop app controls windows and displays.');
    return this.deps.desktop;
  }

  private network(): NetworkControls {
    if (!this.deps.network)
      throw new ApiError('not-supported', 'This box has no network mode here.');
    return this.deps.network;
  }

  private networkOnly(): never {
    throw new ApiError('not-supported', 'Devices pair and report over the network listener.');
  }

  private startSession(): string {
    const token = this.deps.newToken();
    this.sessions.set(token, this.deps.now().getTime());
    return token;
  }

  private sessionValid(token: string | null | undefined): boolean {
    if (!token) return false;
    const last = this.sessions.get(token);
    if (last === undefined) return false;
    const now = this.deps.now().getTime();
    if (now - last > (this.deps.sessionSeconds ?? 1800) * 1000) {
      this.sessions.delete(token);
      return false;
    }
    this.sessions.set(token, now);
    return true;
  }

  /**
   * Why this call would be refused before its input is even read (unknown method, no staff
   * session), or null. Transports ask it first so that a large body from nobody is not read.
   */
  refusal(method: string, token: string | null | undefined): ApiErrorBody | null {
    if (!isMethodName(method))
      return new ApiError('unknown-method', `Unknown method ${method}`, { method }).toBody();
    if (contract[method].access === 'staff' && !this.sessionValid(token))
      return new ApiError('staff-only', 'This needs a staff session (PIN).').toBody();
    return null;
  }

  /**
   * Handle one call from any transport. `client` names where it came from (an address, a
   * window), so that one kiosk guessing codes is slowed down without stopping the others.
   */
  async call(raw: unknown, client = 'local'): Promise<CallResult> {
    try {
      const env = CallEnvelopeSchema.safeParse(raw);
      if (!env.success) throw new ApiError('bad-request', 'The request is not a call envelope.');
      const { method, input, token } = env.data;
      if (!isMethodName(method))
        throw new ApiError('unknown-method', `Unknown method ${method}`, { method });
      const spec = contract[method];
      if (spec.access === 'staff' && !this.sessionValid(token))
        throw new ApiError('staff-only', 'This needs a staff session (PIN).');
      const parsed = spec.input.safeParse(input ?? {});
      if (!parsed.success)
        throw new ApiError(
          'bad-request',
          `Invalid input for ${method}`,
          { method },
          requestIssues(parsed.error.issues.slice(0, 20), input),
        );
      const handler = this.handlers[method] as (i: unknown) => unknown;
      const value = await this.guarded(method, parsed.data, client, () => handler(parsed.data));
      if (method === 'staff.logout' && token) this.sessions.delete(token);
      return { ok: true, value };
    } catch (e) {
      if (e instanceof ApiError) return { ok: false, error: e.toBody() };
      console.error('internal error', e);
      return { ok: false, error: { code: 'internal', message: 'Internal error' } };
    }
  }

  /** Every pushed event of shared/api.ts `events`; returns the unsubscribe function. */
  on(listener: <E extends EventName>(event: E, payload: EventPayload<E>) => void): () => void {
    return this.deps.box.on(listener);
  }

  /** For the desktop root: the vote's status (the display stays awake while it is open). */
  status(): Status {
    return this.deps.box.status;
  }

  /** For the desktop root: quitting is refused while the vote is open, unless staff allowed it. */
  canQuit(): boolean {
    return this.deps.box.canQuit;
  }

  /** Closes the ballot box's files and releases its lock, when the app ends. */
  shutdown(): void {
    this.deps.network?.shutdown?.();
    this.deps.box.shutdown();
  }

  /** Code checks, direct or inside a cast, go through the guess limiter. */
  private async guarded(
    method: MethodName,
    input: unknown,
    client: string,
    run: () => unknown,
  ): Promise<unknown> {
    const withCode =
      method === 'kiosk.checkCode' ||
      (method === 'kiosk.cast' && typeof (input as { code?: unknown }).code === 'string');
    if (!withCode) return run();
    this.guesses.check(client);
    try {
      const value = await run();
      this.guesses.succeeded(client);
      return value;
    } catch (e) {
      if (e instanceof ApiError && e.code === 'code-unknown') this.guesses.failed(client);
      throw e;
    }
  }

  /** Staff gone: every session ends (leaving the console returns the kiosk to its welcome). */
  endAllSessions(): void {
    this.sessions.clear();
  }
}

/**
 * A refused request's issues; those about an election definition (the editor's save) get the
 * catalog codes of election files, so that staff read them in their language.
 */
function requestIssues(issues: readonly ZodIssue[], input: unknown): ApiIssue[] {
  const election = (input as { election?: unknown } | null)?.election;
  return issues.map((i) =>
    i.path[0] === 'election'
      ? (electionIssues([{ ...i, path: i.path.slice(1) }], election)[0] as ApiIssue)
      : { path: i.path.join('.') || '(root)', message: i.message },
  );
}
