import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tally, tallyElection } from './index';
import type { RankingGroup, Tally } from './index';

// Published examples (each case names its source) and constructed cases, kept in the repository.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const vectorsPath = path.join(repoRoot, 'test', 'fixtures', 'tally-vectors.json');

interface Expected {
  pairwise: Record<string, Record<string, number>>;
  borda: Record<string, number>;
  borda_order?: string[][];
  schulze: string[][];
  kemeny: { score: number; orders: string[][] };
  copeland: string[][];
}
interface VectorCase {
  name: string;
  source: string;
  options: string[];
  ballots: (RankingGroup & { section?: string })[];
  expected: Expected | Record<string, Expected>;
}

const { cases } = JSON.parse(readFileSync(vectorsPath, 'utf8')) as { cases: VectorCase[] };

function check(t: Tally, e: Expected) {
  expect(t.pairwise).toEqual(e.pairwise);
  expect(t.borda).toEqual(e.borda);
  if (e.borda_order) expect(t.orders.borda).toEqual(e.borda_order);
  expect(t.orders.schulze).toEqual(e.schulze);
  expect(t.kemeny.score).toBe(e.kemeny.score);
  expect(t.kemeny.orders).toEqual(e.kemeny.orders);
  expect(t.kemeny.truncated).toBe(false);
  expect(t.orders.copeland).toEqual(e.copeland);
}

describe('tally vectors', () => {
  it('finds the vectors file, every case naming where it comes from', () => {
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) expect(c.source, c.name).toMatch(/\S{3,}/);
  });
  for (const c of cases) {
    it(c.name, () => {
      const sections = [...new Set(c.ballots.map((b) => b.section).filter((s) => s !== undefined))];
      if (sections.length === 0) {
        check(tally(c.options, c.ballots), c.expected as Expected);
        return;
      }
      const bySection = Object.fromEntries(
        sections.map((s) => [s, c.ballots.filter((b) => b.section === s)]),
      );
      const t = tallyElection(c.options, sections, bySection);
      const e = c.expected as Record<string, Expected>;
      for (const s of sections) check(t.bySection[s] as Tally, e[s] as Expected);
      check(t.combined, e.combined as Expected);
    });
  }
});
