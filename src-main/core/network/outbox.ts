/**
 * An app kiosk's ballots on their way to the hub. `add` returns only once the ballot is on the
 * kiosk's own disk (in a random free slot of a slot file, fdatasync'd, like the box's own
 * ballots: slot-file.ts), so the file says nothing of the order of casting: that is when the
 * voter may read « A voté ». Then it is sent under its 128-bit id until the hub acknowledges it; the
 * hub records an id once, so sending again after any doubt (a cut, a timeout, a restart) is
 * always safe.
 *
 * Which ballots were acknowledged is kept in memory only: a list of acknowledgements on disk
 * would be one more record of the casting order. After a restart every ballot of the file is
 * offered again, and the hub answers « already there » for those it has.
 */
import { randomBytes as cryptoBytes } from 'node:crypto';
import { ApiError } from '../../../shared/api';
import { randomIndex } from '../../../shared/random';
import { readRecords, removeLegacy } from '../record-file';
import { SlotStore } from '../slot-file';

/** Holds any valid ballot's record (shared/domain/ballot.ts MAX_BALLOT_LINE_BYTES, 988). */
export const OUTBOX_SLOT_BYTES = 2048;

export interface OutgoingBallot {
  ballotId: string;
  section: string;
  ranking: string[];
}

/** What happened to one send: kept by the hub, try again later, or refused for good. */
export type SendOutcome = 'acknowledged' | 'retry' | 'refused';

export interface OutboxDeps {
  /** The slot file (`outbox.slots`); an `outbox.jsonl` of an earlier version is converted. */
  file: string;
  randomBytes?: (n: number) => Uint8Array;
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
  private readonly out: SlotStore;
  private readonly pending = new Map<string, OutgoingBallot>();
  private readonly inFlight = new Set<string>();
  private readonly refusedIds = new Set<string>();
  private delay: number;
  private timer: NodeJS.Timeout | null = null;
  private stopped = true;
  private idle: (() => void)[] = [];

  constructor(private readonly deps: OutboxDeps) {
    this.delay = deps.minDelayMs ?? 200;
    // A damaged slot or header throws DamagedFileError: the kiosk does not start over it.
    const read = readRecords(deps.file, 'outbox');
    const kept: string[] = [];
    for (const payload of read.records) {
      try {
        const b = JSON.parse(payload) as OutgoingBallot;
        this.pending.set(b.ballotId, b);
        kept.push(payload);
      } catch {
        // A damaged line of an earlier version's log: it cannot be sent.
      }
    }
    const random = deps.randomBytes ?? cryptoBytes;
    // Every ballot stays in the file (acknowledgements are in memory only).
    this.all = kept;
    this.out = new SlotStore(deps.file, read.scan, {
      kind: 'outbox',
      slotBytes: OUTBOX_SLOT_BYTES,
      capacity: () => 0,
      randomIndex: (n) => randomIndex(n, random),
      all: () => [...this.all],
    });
    // A log of an earlier version (a cut last line was never acknowledged: dropped) becomes a
    // slot file, every ballot at a random place.
    if (read.legacy) {
      this.out.rewrite(kept);
      removeLegacy(read.legacy.file);
    }
  }

  private readonly all: string[];

  /** Every ballot record this kiosk took, sent or not (for the file staff take to the hub). */
  records(): readonly string[] {
    return [...this.all];
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
    const record = JSON.stringify(b);
    this.out.add(record);
    this.all.push(record);
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
