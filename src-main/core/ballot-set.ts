/**
 * One append-only file of ballots with its in-memory counts. Ballots are kept grouped by
 * identical ranking per section, so counting a million costs little more than a thousand.
 * Records hold only id, election, section and ranking: nothing that dates or orders them.
 */
import fs from 'node:fs';
import type { Ballot } from '../../shared/domain/ballot';
import type { RankingGroup } from '../../shared/tally/types';
import { AppendFile, scanLines, writeFileAtomic } from './durable-file';
import { DamagedFileError } from './document-store';

const ID = /^[0-9a-f]{32}$/;
const SLUG = /^[a-z0-9][a-z0-9-]{0,39}$/;
const SECTION = /^[A-Z][A-Z0-9]{0,7}$/;

/** Same rules as BallotSchema, written out because opening 100,000 records must stay fast. */
export function asBallotRecord(raw: unknown): Ballot | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const r = raw as Record<string, unknown>;
  const keys = Object.keys(r);
  if (keys.length !== 4) return null;
  const { id, election, section, ranking } = r;
  if (typeof id !== 'string' || !ID.test(id)) return null;
  if (typeof election !== 'string' || !SLUG.test(election)) return null;
  if (typeof section !== 'string' || !SECTION.test(section)) return null;
  if (!Array.isArray(ranking) || ranking.length > 20) return null;
  for (const o of ranking) if (typeof o !== 'string' || !SLUG.test(o)) return null;
  return { id, election, section, ranking: ranking as string[] };
}

/** The canonical line of a ballot: fixed key order, no whitespace. */
export const ballotLine = (b: Ballot): string =>
  JSON.stringify({ id: b.id, election: b.election, section: b.section, ranking: b.ranking }) + '\n';

const SEP = '\u0001';
const keyOf = (ranking: readonly string[]) => ranking.join(SEP);

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
  private out: AppendFile;
  private readonly ids = new Map<string, string>();
  private readonly sections = new Map<string, SectionCounts>();
  private readonly rankings = new Map<string, readonly string[]>();
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
    const buf = fs.existsSync(file) ? fs.readFileSync(file) : Buffer.alloc(0);
    const scan = scanLines(buf);
    const loaded: Ballot[] = [];
    for (const { text, line } of scan.lines) {
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch {
        throw new DamagedFileError(file, `line ${line} is not a ballot record`);
      }
      const b = asBallotRecord(raw);
      if (!b) throw new DamagedFileError(file, `line ${line} is not a ballot record`);
      loaded.push(b);
    }
    this.out = new AppendFile(file);
    if (scan.tornTail !== null) this.out.truncate(scan.goodBytes);
    for (const b of loaded) {
      const seen = this.ids.get(b.id);
      // A replayed cast journal may have written a ballot twice: the same line is harmless.
      if (seen === undefined) this.remember(b);
      else if (seen !== ballotLine(b))
        throw new DamagedFileError(file, `ballot id ${b.id} appears twice`);
    }
    this.releaseFull();
    this.openReport = { ballots: loaded.length, tornTail: scan.tornTail };
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
    return this.ids.get(id);
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
    const before = this.out.bytes;
    if (ballots.length > 0) this.out.append(ballots.map(ballotLine).join(''));
    return {
      commit: () => {
        for (const b of ballots) this.remember(b);
        this.releaseFull();
      },
      undo: () => this.out.truncate(before),
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
    return [...m].map(([k, count]) => ({ ranking: this.rankings.get(k) ?? [], count }));
  }

  /** At close everything is released, including incomplete batches. */
  releaseAll(): void {
    for (const c of this.sections.values()) c.releaseTo(c.keys.length);
  }

  setBatchSize(n: number): void {
    this.batchSize = n;
    this.releaseFull();
  }

  /** Every ballot, for export (the caller shuffles). */
  ballots(): Ballot[] {
    return [...this.ids.values()].map((l) => JSON.parse(l) as Ballot);
  }

  /**
   * Rewrite the log in a random order (temp file, fsync, rename, fsync folder), so that the
   * file no longer tells in which order ballots were cast. Only sound once every ballot is
   * released: the projector's batches follow file order while the vote is open.
   * @param randomIndex uniform integer in [0, n)
   */
  shuffle(randomIndex: (n: number) => number): void {
    const lines = [...this.ids.values()];
    for (let i = lines.length - 1; i > 0; i--) {
      const j = randomIndex(i + 1);
      const t = lines[i] as string;
      lines[i] = lines[j] as string;
      lines[j] = t;
    }
    this.out.close();
    try {
      writeFileAtomic(this.file, lines.join(''));
    } finally {
      this.out = new AppendFile(this.file);
    }
  }

  close(): void {
    this.out.close();
  }

  private releaseFull(): void {
    for (const c of this.sections.values()) {
      const n = Math.floor(c.keys.length / this.batchSize) * this.batchSize;
      if (n > c.releasedCount) c.releaseTo(n);
    }
  }

  private remember(b: Ballot): void {
    this.ids.set(b.id, ballotLine(b));
    const key = keyOf(b.ranking);
    if (!this.rankings.has(key)) this.rankings.set(key, [...b.ranking]);
    let c = this.sections.get(b.section);
    if (!c) this.sections.set(b.section, (c = new SectionCounts()));
    c.add(key);
    if (b.ranking.length === 0) this.blankCount++;
  }
}
