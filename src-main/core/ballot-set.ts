/**
 * One file of ballots (a slot file: each ballot at a random place, slot-file.ts) with its
 * in-memory counts. Ballots are kept grouped by
 * identical ranking per section, so counting a million costs little more than a thousand.
 * Records hold only id, election, section and ranking: nothing that dates or orders them.
 */
import {
  asBallotRecord,
  ballotLine,
  CANONICAL_LINE,
  type Ballot,
} from '../../shared/domain/ballot';
import { randomIndex } from '../../shared/random';
import type { RankingGroup } from '../../shared/tally/types';
import { DamagedFileError } from './document-store';
import { readRecords, removeLegacy, type StoredDigest } from './record-file';
import { SetDigest, type Mark } from './seal';
import { SlotStore } from './slot-file';
import { randomBytes as cryptoBytes } from 'node:crypto';

const TAG_SEP = '\u0001';
const keyOf = (ranking: readonly string[]) => ranking.map((r) => `"${r}"`).join(',');

interface StoredLine {
  id: string;
  election: string;
  section: string;
  /** The ranking as it appears in the canonical line (`"a","b"`): the grouping key. */
  key: string;
  line: string;
  /** Whether `line` is the stored text itself (so a stored digest of that text is its own). */
  canonical: boolean;
  /** The shared tag (election, section, ranking key), when already known. */
  tag?: string;
}

/** What a canonical line says after its id: the same for every ballot of one ranking. */
type Tail = Pick<StoredLine, 'election' | 'section' | 'key' | 'tag'>;
/** `{"id":"` and 32 hex digits and the closing quote: a canonical line's first 39 characters. */
const CANONICAL_HEAD = /^\{"id":"[0-9a-f]{32}"/;
const TAIL_AT = 39;

/** The ranking a grouping key stands for (option ids hold no quote or comma). */
const rankingOf = (key: string): string[] => (key === '' ? [] : key.slice(1, -1).split('","'));

/** A stored line as a ballot: the canonical fast path, else the full check. */
function parseLine(text: string): StoredLine | null {
  // Every line this app writes is canonical: matching it without JSON.parse, and with no
  // object but the result, keeps opening 100,000 ballots under half a second.
  const m = CANONICAL_LINE.exec(text);
  if (m)
    return {
      id: m[1] as string,
      election: m[2] as string,
      section: m[3] as string,
      key: m[4] ?? '',
      line: text + '\n',
      canonical: true,
    };
  let b: Ballot | null;
  try {
    b = asBallotRecord(JSON.parse(text));
  } catch {
    return null;
  }
  if (!b) return null;
  const ballot = b;
  return {
    id: ballot.id,
    election: ballot.election,
    section: ballot.section,
    key: keyOf(ballot.ranking),
    line: ballotLine(ballot),
    canonical: false,
  };
}

/** How many of a section's `cast` ballots the live slide shows: all whole batches but the latest. */
export const liveRelease = (cast: number, batchSize: number): number =>
  Math.max(0, Math.floor(cast / batchSize) - 1) * batchSize;

class SectionCounts {
  /** Group key of each ballot, in file order: only used to know what a release adds. */
  readonly keys: string[] = [];
  readonly all = new Map<string, number>();
  readonly released = new Map<string, number>();
  releasedCount = 0;

  add(key: string): void {
    this.keys.push(key);
    this.all.set(key, (this.all.get(key) ?? 0) + 1);
  }

  releaseTo(n: number): void {
    for (let i = this.releasedCount; i < n; i++) {
      const k = this.keys[i] as string;
      this.released.set(k, (this.released.get(k) ?? 0) + 1);
    }
    this.releasedCount = n;
  }
}

export interface OpenReport {
  ballots: number;
  /** A last line cut by a crash, dropped on open (a log of an earlier version). */
  tornTail: string | null;
  /** The file that line was in. */
  tornFile: string;
}

export interface BallotSetOptions {
  /** The slot size of a new file (from the election, `ballotSlotBytes`). */
  slotBytes?: number;
  /** How many ballots to expect (entitled members, issued codes): the slots preallocated. */
  capacity?: () => number;
  randomBytes?: (n: number) => Uint8Array;
  /** Hash every record rather than trust the digests stored beside them (record-file.ts). */
  rederive?: boolean;
}

/** A slot that holds any valid ballot (shared/domain/ballot.ts `MAX_BALLOT_LINE_BYTES`). */
export const DEFAULT_BALLOT_SLOT = 2048;

export class BallotSet {
  private readonly store: SlotStore;
  private legacy: string | null;
  /** The log left by a conversion cut short: its records are already in the slot file. */
  private staleLegacy = false;
  private readonly digest = new SetDigest();
  /**
   * Ballot id → its shared tag (election, section, ranking key): a ballot costs one map entry
   * and its id, whatever its ranking, so eight hours of voting keep the memory flat.
   */
  private readonly ids = new Map<string, string>();
  private readonly tags = new Map<string, string>();
  private readonly sections = new Map<string, SectionCounts>();
  private readonly rankings = new Map<string, { key: string; ranking: readonly string[] }>();
  private blankCount = 0;
  readonly openReport: OpenReport;

  /**
   * @param batchSize ballots of one section are released to the projector only in groups of
   *   this size, so one ballot never changes what the room sees on its own.
   */
  constructor(
    readonly file: string,
    private batchSize: number,
    private readonly opts: BallotSetOptions = {},
  ) {
    // One pass over the records, no object per record: this is what opening 100,000 costs.
    const read = readRecords(file, 'ballots', opts.rederive);
    const shown = read.scan ? file : (read.legacy?.file ?? file);
    // Ballots of one ranking in one section differ only by their id: what follows the id is
    // matched once per distinct ranking, not once per ballot.
    const tails = new Map<string, Tail>();
    let count = 0;
    for (let i = 0; i < read.records.length; i++) {
      const r = this.parseStored(read.records[i] as string, tails);
      if (!r) throw new DamagedFileError(shown, `${read.where(i)} is not a ballot record`);
      count++;
      // A replayed cast journal may have written a ballot twice: the same record is harmless.
      // (The stored line is rebuilt only for a repeated id: rebuilding it for every record
      // cost a tenth of the opening time.)
      if (!this.ids.has(r.id)) {
        this.remember(r, r.canonical ? read.storedDigest(i) : null);
      } else if (this.lineOf(r.id) !== r.line)
        throw new DamagedFileError(shown, `ballot id ${r.id} appears twice`);
    }
    const random = opts.randomBytes ?? cryptoBytes;
    this.store = new SlotStore(file, read.scan, {
      kind: 'ballots',
      slotBytes: opts.slotBytes ?? DEFAULT_BALLOT_SLOT,
      capacity: () => Math.ceil((opts.capacity?.() ?? 0) * 1.25),
      randomIndex: (n) => randomIndex(n, random),
      all: () => this.records(),
    });
    this.legacy = read.legacy?.file ?? null;
    this.staleLegacy = read.legacy?.stale === true;
    this.releaseFull();
    this.openReport = { ballots: count, tornTail: read.legacy?.tornTail ?? null, tornFile: shown };
  }

  /** A stored line, its tail looked up in `tails` (and added to it) when the line is canonical. */
  private parseStored(text: string, tails: Map<string, Tail>): StoredLine | null {
    if (!CANONICAL_HEAD.test(text)) return parseLine(text);
    const tailText = text.slice(TAIL_AT);
    let tail = tails.get(tailText);
    if (tail === undefined) {
      const r = parseLine(text);
      if (!r?.canonical) return r;
      tail = { election: r.election, section: r.section, key: r.key, tag: this.tagOf(r) };
      tails.set(tailText, tail);
    }
    return { id: text.slice(7, TAIL_AT), ...tail, line: text + '\n', canonical: true };
  }

  /** The one shared tag string of a ballot's election, section and ranking. */
  private tagOf(r: Pick<StoredLine, 'election' | 'section' | 'key'>): string {
    const t = `${r.election}${TAG_SEP}${r.section}${TAG_SEP}${r.key}`;
    let tag = this.tags.get(t);
    if (tag === undefined) this.tags.set(t, (tag = t));
    return tag;
  }

  /** Every stored record, without its newline. */
  private records(): string[] {
    return [...this.ids.keys()].map((id) => (this.lineOf(id) as string).slice(0, -1));
  }

  /**
   * Once the seal agrees: a log of an earlier version (casting order) becomes a slot file,
   * atomically, every ballot at a random place, and the log is removed. Answers the file
   * converted, for the audit.
   */
  repairTail(): { from: string; records: number } | null {
    if (this.legacy === null) return null;
    const from = this.legacy;
    if (!this.staleLegacy) this.store.rewrite(this.records());
    removeLegacy(from);
    this.legacy = null;
    return { from, records: this.ids.size };
  }

  /** Takes a slot size for the election's longest ballot (rewrites a file that has records). */
  widenSlots(slotBytes: number): void {
    this.store.widen(slotBytes);
  }

  /** The count and digest of the ballots held (box/seal.ts). */
  get mark(): Mark {
    return this.digest.mark;
  }

  /** The mark once `ballots` (all new ids) are added. */
  markAfter(ballots: readonly Ballot[]): Mark {
    return this.digest.after(ballots.map(ballotLine));
  }

  get size(): number {
    return this.ids.size;
  }

  get blank(): number {
    return this.blankCount;
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  /** The stored line of a ballot id, to tell a harmless retry from a conflicting replay. */
  lineOf(id: string): string | undefined {
    const tag = this.ids.get(id);
    if (tag === undefined) return undefined;
    const [election, section, key] = tag.split(TAG_SEP) as [string, string, string];
    return `{"id":"${id}","election":"${election}","section":"${section}","ranking":[${key}]}\n`;
  }

  /**
   * Durably store ballots, then count them: one ballot in a random free slot (one write, one
   * fdatasync), several (an import) by rewriting the file atomically with all of them.
   */
  append(ballots: readonly Ballot[]): void {
    if (ballots.length === 1) {
      this.stage(ballots).commit();
      return;
    }
    if (ballots.length === 0) return;
    this.repairTail();
    this.store.rewrite([...this.records(), ...ballots.map((b) => ballotLine(b).slice(0, -1))]);
    this.count(ballots);
  }

  /**
   * Write ballots durably but count them only on commit, so that a step that must succeed
   * with them (burning a code) can still take them back with undo.
   */
  stage(ballots: readonly Ballot[], flush = true): { commit(): void; undo(): void } {
    this.repairTail();
    const slots = ballots.map((b) => this.store.add(ballotLine(b).slice(0, -1), flush));
    return {
      commit: () => this.count(ballots),
      undo: () => {
        for (const s of slots) this.store.clear(s);
      },
    };
  }

  /** Flushes records staged without a flush. */
  flush(): void {
    this.store.flush();
  }

  private count(ballots: readonly Ballot[]): void {
    for (const b of ballots)
      this.remember({
        id: b.id,
        election: b.election,
        section: b.section,
        key: keyOf(b.ranking),
        line: ballotLine(b),
        canonical: true,
      });
    this.releaseFull();
  }

  countBySection(): Record<string, number> {
    return Object.fromEntries([...this.sections].map(([s, c]) => [s, c.keys.length]));
  }

  releasedBySection(): Record<string, number> {
    return Object.fromEntries([...this.sections].map(([s, c]) => [s, c.releasedCount]));
  }

  groups(section: string, which: 'all' | 'released'): RankingGroup[] {
    const c = this.sections.get(section);
    if (!c) return [];
    const m = which === 'all' ? c.all : c.released;
    return [...m].map(([k, count]) => ({ ranking: this.rankings.get(k)?.ranking ?? [], count }));
  }

  /** At the reveal after the close everything is released, including incomplete batches. */
  releaseAll(): void {
    for (const c of this.sections.values()) c.releaseTo(c.keys.length);
  }

  setBatchSize(n: number): void {
    this.batchSize = n;
    this.releaseFull();
  }

  /** Every ballot, for export (the caller shuffles). */
  ballots(): Ballot[] {
    return [...this.ids.keys()].map((id) => JSON.parse(this.lineOf(id) as string) as Ballot);
  }

  /** Deletes the file and answers an empty set in its place (the purge of test ballots). */
  erase(): BallotSet {
    this.store.erase();
    if (this.legacy !== null) removeLegacy(this.legacy);
    return new BallotSet(this.file, this.batchSize, this.opts);
  }

  close(): void {
    this.store.close();
  }

  /**
   * The live slide trails the box by one whole batch per section: it shows the batches before
   * the latest complete one. So the final release (all ballots, at the reveal) always adds at
   * least one whole batch to what the room last saw, never the last one to four voters.
   */
  private releaseFull(): void {
    for (const c of this.sections.values()) {
      const n = liveRelease(c.keys.length, this.batchSize);
      if (n > c.releasedCount) c.releaseTo(n);
    }
  }

  /** @param stored the record's SHA-256 as its slot holds it (checked by the slot's CRC) */
  private remember(r: StoredLine, stored: StoredDigest | null = null): void {
    this.ids.set(r.id, r.tag ?? this.tagOf(r));
    if (stored) this.digest.addStored(stored.buf, stored.at);
    else this.digest.add(r.line);
    let g = this.rankings.get(r.key);
    // The map's own key string is kept per ballot, so equal rankings share one string.
    if (!g) this.rankings.set(r.key, (g = { key: r.key, ranking: rankingOf(r.key) }));
    let c = this.sections.get(r.section);
    if (!c) this.sections.set(r.section, (c = new SectionCounts()));
    c.add(g.key);
    if (g.ranking.length === 0) this.blankCount++;
  }
}
