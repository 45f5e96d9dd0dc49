/**
 * The service a composition root holds (host, Electron): the open box's ApiService when the
 * data folder opens, the damaged mode (damaged-service.ts) when a damaged file stops it, and
 * the passage from one to the other without restarting the app. The recovery is the one of
 * `npm run recover` (recovery.ts): asked by staff from the console, at opening or after the
 * staff check found damage while the box ran. Staff sessions and event listeners outlive each
 * passage, so the console stays signed in and the kiosks learn at once that the box opened.
 */
import path from 'node:path';
import {
  ApiError,
  type CallResult,
  type Damage,
  type EventName,
  type EventPayload,
  type RecoveryReport,
  type Status,
} from '../../shared/api';
import type { ApiService, BoxApi } from './api-service';
import type { BallotBox } from './ballot-box';
import { DamagedBox } from './damaged-box';
import { DamagedService } from './damaged-service';
import { DamagedFileError } from './document-store';
import type { RecoveryStep } from './recovery';
import { StaffSessions } from './staff-sessions';

type Listener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export interface RecoverableDeps {
  dataDir: string;
  now: () => Date;
  newToken: () => string;
  /** A random salt in hex, for the damaged mode's PIN check. */
  salt: () => string;
  sessionSeconds?: number;
  /** Opens the box and its service (as startBox); throws DamagedFileError on a damaged folder. */
  open(
    sessions: StaffSessions,
    recover: () => Promise<RecoveryReport>,
  ): {
    service: ApiService;
    box: BallotBox;
  };
  /** recoverDataDir with its lock deps. */
  recover(dataDir: string): RecoveryStep[];
}

export class RecoverableService implements BoxApi {
  private readonly sessions: StaffSessions;
  private readonly listeners = new Set<Listener>();
  private current!: BoxApi;
  private box: BallotBox | null = null;
  private damaged: DamagedBox | null = null;
  private offCurrent: () => void = () => {};
  private recovering = false;
  private stopped = false;

  constructor(private readonly deps: RecoverableDeps) {
    this.sessions = new StaffSessions(deps.now, deps.newToken, deps.sessionSeconds);
    this.enter();
  }

  /** The damage that keeps the box closed now, or null once it is open. */
  get damage(): Damage | null {
    return this.damaged?.damage ?? null;
  }

  /** The open box, for tests; null in the damaged mode. */
  get openBox(): BallotBox | null {
    return this.box;
  }

  /** Opens the box, or enters the damaged mode; answers the damage that stopped it. */
  private enter(): Damage | null {
    const recover = () => this.recover();
    try {
      const { service, box } = this.deps.open(this.sessions, recover);
      this.current = service;
      this.box = box;
      this.damaged = null;
      this.offCurrent = service.on((event, payload) => this.emit(event, payload));
      return null;
    } catch (e) {
      if (!(e instanceof DamagedFileError)) throw e;
      const damage = { file: path.basename(e.file), reason: e.reason };
      const box = new DamagedBox({
        dataDir: this.deps.dataDir,
        damage,
        now: this.deps.now,
        salt: this.deps.salt,
      });
      this.box = null;
      this.damaged = box;
      this.current = new DamagedService({ box, sessions: this.sessions, recover });
      this.offCurrent = () => {};
      return damage;
    }
  }

  private emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const l of this.listeners) l(event, payload);
  }

  /**
   * Closes the box (if open), runs the recovery, opens again. Staff reach it only through
   * `staff.recover`, behind their session, and only while a damage stops the box.
   */
  private async recover(): Promise<RecoveryReport> {
    if (this.recovering || this.stopped)
      throw new ApiError('wrong-state', 'A recovery is already running.');
    this.recovering = true;
    const before = this.damaged;
    try {
      this.offCurrent();
      this.current.shutdown();
      let steps: RecoveryStep[];
      try {
        steps = this.deps.recover(this.deps.dataDir);
      } catch (e) {
        this.enter(); // as it was: open or damaged
        throw e;
      }
      const damage = this.enter();
      const box = this.box as BallotBox | null;
      if (box) {
        box.record('console-recovery', {
          steps: steps.length,
          failedPins: before?.failedPins ?? 0,
        });
        before?.forgetLockout();
        this.emit('kiosk', box.kioskState());
        this.emit('results', box.publicResults());
        this.emit('staff', {});
      }
      return { steps, opened: damage === null, damage };
    } finally {
      this.recovering = false;
    }
  }

  refusal(method: string, token: string | null | undefined) {
    return this.current.refusal(method, token);
  }

  call(raw: unknown, client?: string): Promise<CallResult> {
    return this.current.call(raw, client);
  }

  on(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  status(): Status {
    return this.current.status();
  }

  canQuit(): boolean {
    return this.current.canQuit();
  }

  shutdown(): void {
    this.stopped = true;
    this.current.shutdown();
  }

  endAllSessions(): void {
    this.sessions.endAll();
  }
}
