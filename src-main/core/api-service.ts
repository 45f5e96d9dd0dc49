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
  contract,
  type AuditAction,
  type ApiErrorBody,
  type CallResult,
  type Contract,
  type DeviceInfo,
  type DeviceRole,
  type DisplayInfo,
  type NetworkStatus,
  type PairingOffer,
  type RecoveryReport,
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
import { failure, parseCall, refusalOf } from './call-checks';
import { CodeGuessLimiter } from './code-guess-limiter';
import { KioskPresence } from './kiosk-presence';
import { LOCAL_WHEN_JOINED, type JoinControls } from './join-controls';
import { StaffSessions } from './staff-sessions';

type Listener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

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
  /** This device's link to a hub (join screen, joined mode), where the root offers it. */
  join?: JoinControls;
  /** The staff sessions, when they outlive this service (a recovery from the console). */
  sessions?: StaffSessions;
  /** The recovery from the console (src-main/core/recoverable-service.ts); absent: not here. */
  recover?: () => Promise<RecoveryReport>;
}

/**
 * What a composition root holds: calls, pushed events, the vote's status, quit permission,
 * shutdown. Implemented by ApiService, by the damaged mode, and by the recoverable service
 * that passes from one to the other.
 */
export interface BoxApi {
  refusal(method: string, token: string | null | undefined): ApiErrorBody | null;
  call(raw: unknown, client?: string): Promise<CallResult>;
  on(listener: <E extends EventName>(event: E, payload: EventPayload<E>) => void): () => void;
  status(): Status;
  canQuit(): boolean;
  shutdown(): void;
  endAllSessions(): void;
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

export class ApiService implements BoxApi {
  private readonly sessions: StaffSessions;
  private readonly handlers: Handlers;
  private readonly guesses: CodeGuessLimiter;
  private readonly listeners = new Set<Listener>();

  constructor(private readonly deps: ServiceDeps) {
    const box = deps.box;
    this.sessions =
      deps.sessions ?? new StaffSessions(deps.now, deps.newToken, deps.sessionSeconds ?? 1800);
    // While joined, the hub's events replace the local box's of the same name.
    box.on((event, payload) => {
      if (!deps.join?.overrides(event)) this.emit(event, payload);
    });
    deps.join?.on((event, payload) => this.emit(event, payload));
    const presence = deps.presence ?? new KioskPresence(() => deps.now().getTime());
    this.guesses = new CodeGuessLimiter(
      () => deps.now().getTime(),
      (burst) => box.record('code-guesses-limited', burst),
    );
    this.handlers = {
      // A damage found by the staff check stops the vote: kiosks ask voters to call staff.
      'kiosk.state': () => (this.refuseIfDamaged(), box.kioskState()),
      'kiosk.checkCode': ({ code }) => (
        this.refuseIfDamaged(),
        { section: box.checkCode(code).section }
      ),
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
      'staff.damage': () => ({ damage: box.damageFound, language: box.kioskState().language }),
      'staff.recover': () => {
        if (!box.damageFound)
          throw new ApiError('nothing-to-repair', 'No damage stops the box: nothing to repair.');
        if (!deps.recover) throw new ApiError('not-supported', 'No recovery here.');
        return deps.recover();
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
      'join.status': () => this.joinControls().status(this.canJoin()),
      'join.findHubs': async () => ({ hubs: await this.joinControls().findHubs() }),
      'join.pair': async (i) => {
        if (!this.canJoin())
          throw new ApiError(
            'wrong-state',
            'Join a hub only from a fresh box in preparation, network mode off.',
          );
        await this.joinControls().pair(i);
        return this.joinControls().status(false);
      },
      'join.exportOutbox': () => {
        const file = this.joinControls().exportOutbox();
        if (!file) throw new ApiError('wrong-state', 'Only a kiosk joined to a hub has an outbox.');
        return file;
      },
      'join.unpair': async () => {
        await this.joinControls().unpair();
        // The screens fall back to this box at once.
        this.emit('kiosk', box.kioskState());
        this.emit('results', box.publicResults());
        return this.joinControls().status(this.canJoin());
      },
      'staff.listDisplays': () => ({ displays: this.desktop().listDisplays() }),
      'staff.moveProjector': ({ displayId }) => {
        this.desktop().moveProjector(displayId);
        return { displays: this.desktop().listDisplays() };
      },
    };
  }

  private refuseIfDamaged(): void {
    if (this.deps.box.damageFound)
      throw new ApiError('box-damaged', 'A file of the box is damaged: call staff.');
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

  private joinControls(): JoinControls {
    if (!this.deps.join) throw new ApiError('not-supported', 'This device cannot join a hub.');
    return this.deps.join;
  }

  /** Joining is for a device whose own box has nothing to lose: fresh, and not a hub. */
  private canJoin(): boolean {
    const box = this.deps.box;
    return (
      this.deps.join?.mode === 'standalone' &&
      box.status === 'preparation' &&
      box.overview().ballots === 0 &&
      !this.deps.network?.status().on
    );
  }

  private emit: Listener = (event, payload) => {
    for (const l of this.listeners) l(event, payload);
  };

  private networkOnly(): never {
    throw new ApiError('not-supported', 'Devices pair and report over the network listener.');
  }

  private startSession(): string {
    return this.sessions.start();
  }

  /**
   * Why this call would be refused before its input is even read (unknown method, no staff
   * session), or null. Transports ask it first so that a large body from nobody is not read.
   */
  refusal(method: string, token: string | null | undefined): ApiErrorBody | null {
    return refusalOf(method, token, this.sessions);
  }

  /**
   * Handle one call from any transport. `client` names where it came from (an address, a
   * window), so that one kiosk guessing codes is slowed down without stopping the others.
   */
  async call(raw: unknown, client = 'local'): Promise<CallResult> {
    try {
      const { method, data, token } = parseCall(raw, this.sessions);
      const join = this.deps.join;
      if (join && join.mode !== 'standalone') {
        if (join.forwards(method)) return await join.call(raw);
        if (contract[method].access === 'staff' && !LOCAL_WHEN_JOINED.has(method))
          throw new ApiError('wrong-state', 'This device is joined to a hub: the vote runs there.');
      }
      const handler = this.handlers[method] as (i: unknown) => unknown;
      const value = await this.guarded(method, data, client, () => handler(data));
      if (method === 'staff.logout' && token) this.sessions.end(token);
      return { ok: true, value };
    } catch (e) {
      return failure(e);
    }
  }

  /** Every pushed event of shared/api.ts `events`; returns the unsubscribe function. */
  on(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
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
    this.deps.join?.stop();
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
    this.sessions.endAll();
  }
}
