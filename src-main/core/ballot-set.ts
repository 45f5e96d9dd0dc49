/**
 * One append-only file of ballots with its in-memory counts. Ballots are kept grouped by
 * identical ranking per section, so counting a million costs little more than a thousand.
 * Records hold only id, election, section and ranking: nothing that dates or orders them.
 */
import fs from 'node:fs';
import {
  asBallotRecord,
  ballotLine,
  CANONICAL_LINE,
  type Ballot,
} from '../../shared/domain/ballot';
import { shuffled } from '../../shared/random';
import type { RankingGroup } from '../../shared/tally/types';
import { DamagedFileError } from './document-store';
import { LineLog, readLog, splitTornTail } from './line-log';
import { SetDigest, type Mark } from './seal';

const TAG_SEP = '\u0001';
const keyOf = (ranking: readonly string[]) => ranking.map((r) => `"${r}"`).join(',');

interface StoredLine {
  id: string;
  election: string;
  section: string;
  /** The ranking as it appears in the canonical line (`"a","b"`): the grouping key. */
  key: string;
  line: string;
  ranking: () => string[];
}

/** A stored line as a ballot: the canonical fast path, else the full check. */
function parseLine(text: string): StoredLine | null {
  // Every line this app writes is canonical: matching it without JSON.parse keeps opening
  // 100,000 ballots well under half a second.
  const m = CANONICAL_LINE.exec(text);
  if (m) {
    const inner = m[4] ?? '';
    return {
      id: m[1] as string,
      election: m[2] as string,
      section: m[3] as string,
      key: inner,
      line: text + '\n',
      ranking: () => (inner === '' ? [] : inner.slice(1, -1).split('","')),
    };
  }
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
    ranking: () => [...ballot.ranking],
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
  /** A last line cut by a crash, dropped on open. */
  tornTail: string | null;
}

export class BallotSet {
  /** Opened on the first write, so that opening a damaged box changes none of its bytes. */
  private logFile: LineLog | null = null;
  private readonly text: string | null;
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
  ) {
    // One pass over the text, no object per line: this is what opening 100,000 ballots costs.
    const text = readLog(file);
    let start = 0;
    let line = 0;
    let count = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl < 0) break;
      line++;
      if (nl > start) {
        const r = parseLine(text.slice(start, nl));
        if (!r) throw new DamagedFileError(file, `line ${line} is not a ballot record`);
        count++;
        // A replayed cast journal may have written a ballot twice: the same line is harmless.
        // (The stored line is rebuilt only for a repeated id: rebuilding it for every line
        // cost a tenth of the opening time.)
        if (!this.ids.has(r.id)) this.remember(r);
        else if (this.lineOf(r.id) !== r.line)
          throw new DamagedFileError(file, `ballot id ${r.id} appears twice`);
      }
      start = nl + 1;
    }
    // Only once every line is known good, and the seal agrees, may the file be touched.
    this.text = text;
    this.releaseFull();
    this.openReport = { ballots: count, tornTail: splitTornTail(text).tornTail };
  }

  private get log(): LineLog {
    this.logFile ??= new LineLog(this.file, this.text ?? '');
    return this.logFile;
  }

  /** Cuts a torn last line off the file (the box calls this once the seal agrees). */
  repairTail(): void {
    void this.log;
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

  /** Durably append ballots (one write, one fsync), then count them. */
  append(ballots: readonly Ballot[]): void {
    this.stage(ballots).commit();
  }

  /**
   * Write ballots durably but count them only on commit, so that a step that must succeed
   * with them (burning a code) can still take them back with undo.
   */
  stage(ballots: readonly Ballot[]): { commit(): void; undo(): void } {
    const before = this.log.bytes;
    if (ballots.length > 0) this.log.append(ballots.map(ballotLine).join(''));
    return {
      commit: () => {
        for (const b of ballots)
          this.remember({
            id: b.id,
            election: b.election,
            section: b.section,
            key: keyOf(b.ranking),
            line: ballotLine(b),
            ranking: () => [...b.ranking],
          });
        this.releaseFull();
      },
      undo: () => this.log.truncate(before),
    };
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

  /**
   * Rewrite the log in a random order (temp file, fsync, rename, fsync folder), so that the
   * file no longer tells in which order ballots were cast. Only sound once every ballot is
   * released: the projector's batches follow file order while the vote is open.
   * @param randomIndex uniform integer in [0, n)
   */
  shuffle(randomIndex: (n: number) => number): void {
    const lines = [...this.ids.keys()].map((id) => this.lineOf(id) as string);
    this.log.rewrite(shuffled(lines, randomIndex).join(''));
  }

  /** Deletes the file and answers an empty set in its place (the purge of test ballots). */
  erase(): BallotSet {
    this.close();
    fs.rmSync(this.file, { force: true });
    return new BallotSet(this.file, this.batchSize);
  }

  close(): void {
    this.logFile?.close();
    this.logFile = null;
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

  private remember(r: StoredLine): void {
    const t = `${r.election}${TAG_SEP}${r.section}${TAG_SEP}${r.key}`;
    let tag = this.tags.get(t);
    if (tag === undefined) this.tags.set(t, (tag = t));
    this.ids.set(r.id, tag);
    this.digest.add(r.line);
    let g = this.rankings.get(r.key);
    // The map's own key string is kept per ballot, so equal rankings share one string.
    if (!g) this.rankings.set(r.key, (g = { key: r.key, ranking: r.ranking() }));
    let c = this.sections.get(r.section);
    if (!c) this.sections.set(r.section, (c = new SectionCounts()));
    c.add(g.key);
    if (g.ranking.length === 0) this.blankCount++;
  }
}
