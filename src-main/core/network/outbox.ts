/**
 * An app kiosk's ballots on their way to the hub. `add` returns only once the ballot is on the
 * kiosk's own disk (appended whole and fsync'd, like the box's own log): that is when the voter
 * may read « A voté ». Then it is sent under its 128-bit id until the hub acknowledges it; the
 * hub records an id once, so sending again after any doubt (a cut, a timeout, a restart) is
 * always safe.
 *
 * Which ballots were acknowledged is kept in memory only: a list of acknowledgements on disk
 * would be one more record of the casting order. After a restart every ballot of the file is
 * offered again, and the hub answers « already there » for those it has.
 */
import fs from 'node:fs';
import { ApiError } from '../../../shared/api';
import { AppendFile, scanLines } from '../durable-file';

export interface OutgoingBallot {
  ballotId: string;
  section: string;
  ranking: string[];
}

/** What happened to one send: kept by the hub, try again later, or refused for good. */
export type SendOutcome = 'acknowledged' | 'retry' | 'refused';

export interface OutboxDeps {
  file: string;
  send: (b: OutgoingBallot) => Promise<SendOutcome>;
  /** Waiting count changed (for the staff indicator and the hub's device list). */
  onChange?: (waiting: number) => void;
  /** Sends in flight at once. */
  concurrency?: number;
  /** Pause after a failed send, doubling up to maxDelayMs. */
  minDelayMs?: number;
  maxDelayMs?: number;
}

/** Classifies a send's failure: only a refusal of the ballot itself is final. */
export function outcomeOf(e: unknown): SendOutcome {
  if (!(e instanceof ApiError)) return 'retry';
  switch (e.code) {
    case 'invalid-ranking':
    case 'unknown-section':
    case 'ballot-id-conflict':
    case 'vote-not-open':
    case 'bad-request':
      return 'refused';
    default:
      return 'retry';
  }
}

export class Outbox {
  private readonly out: AppendFile;
  private readonly pending = new Map<string, OutgoingBallot>();
  private readonly inFlight = new Set<string>();
  private readonly refusedIds = new Set<string>();
  private delay: number;
  private timer: NodeJS.Timeout | null = null;
  private stopped = true;
  private idle: (() => void)[] = [];

  constructor(private readonly deps: OutboxDeps) {
    this.delay = deps.minDelayMs ?? 200;
    const buf = fs.existsSync(deps.file) ? fs.readFileSync(deps.file) : Buffer.alloc(0);
    const scan = scanLines(buf);
    this.out = new AppendFile(deps.file);
    // A cut last line was never acknowledged to a voter: drop it.
    if (scan.tornTail !== null) this.out.truncate(scan.goodBytes);
    for (const { text } of scan.lines) {
      try {
        const b = JSON.parse(text) as OutgoingBallot;
        this.pending.set(b.ballotId, b);
      } catch {
        // A damaged line is left in the file for staff (export); it cannot be sent.
      }
    }
  }

  get waiting(): number {
    return this.pending.size;
  }

  get refused(): number {
    return this.refusedIds.size;
  }

  /** Durable before it returns; throws StorageError (nothing recorded) when the disk fails. */
  add(b: OutgoingBallot): void {
    if (this.pending.has(b.ballotId)) return;
    this.out.append(JSON.stringify(b) + '\n');
    this.pending.set(b.ballotId, b);
    this.deps.onChange?.(this.waiting);
    this.pump();
  }

  start(): void {
    this.stopped = false;
    this.pump();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  close(): void {
    this.stop();
    this.out.close();
  }

  /** Resolves when nothing waits (for tests and the bench). */
  drained(): Promise<void> {
    if (this.pending.size === 0) return Promise.resolve();
    return new Promise((r) => this.idle.push(r));
  }

  /** Send now rather than after the current pause (the link came back). */
  kick(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.delay = this.deps.minDelayMs ?? 200;
    this.pump();
  }

  private pump(): void {
    if (this.stopped || this.timer) return;
    const max = this.deps.concurrency ?? 4;
    for (const b of this.pending.values()) {
      if (this.inFlight.size >= max) break;
      if (this.inFlight.has(b.ballotId)) continue;
      this.inFlight.add(b.ballotId);
      void this.sendOne(b);
    }
  }

  private async sendOne(b: OutgoingBallot): Promise<void> {
    let outcome: SendOutcome;
    try {
      outcome = await this.deps.send(b);
    } catch (e) {
      outcome = outcomeOf(e);
    }
    this.inFlight.delete(b.ballotId);
    if (outcome === 'retry') {
      if (!this.stopped && !this.timer)
        this.timer = setTimeout(() => {
          this.timer = null;
          this.pump();
        }, this.delay);
      this.delay = Math.min(this.delay * 2, this.deps.maxDelayMs ?? 3000);
      return;
    }
    // Refused for good (the hub closed, the election changed): it stays in the kiosk's file,
    // which staff can export and import at the hub; it no longer waits.
    if (outcome === 'refused') this.refusedIds.add(b.ballotId);
    this.pending.delete(b.ballotId);
    this.delay = this.deps.minDelayMs ?? 200;
    this.deps.onChange?.(this.waiting);
    if (this.pending.size === 0) for (const r of this.idle.splice(0)) r();
    this.pump();
  }
}
