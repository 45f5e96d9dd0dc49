/**
 * Helpers of the projector specs: cast a known ballot set through the HTTP API, and read the
 * numbers the slide shows (as displayed text, parsed back), to compare with the tally.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { apiCall } from '../support/api-call';
import { repoRoot } from '../support/host-process';

export const VIEWPORTS = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
] as const;

export const SHOTS = '/tmp/shots-results';

export interface CastBallot {
  ranking: string[];
  section?: string;
}

export async function castAll(url: string, ballots: readonly CastBallot[]): Promise<void> {
  for (const b of ballots)
    await apiCall(url, 'kiosk.cast', {
      ballotId: randomBytes(16).toString('hex'),
      ranking: b.ranking,
      ...(b.section ? { section: b.section } : {}),
    });
}

export const expand = (groups: readonly { count: number; ranking: string[] }[], section?: string) =>
  groups.flatMap((g) =>
    Array.from({ length: g.count }, () => ({
      ranking: [...g.ranking],
      ...(section ? { section } : {}),
    })),
  );

/** "1 234,5" (fr), "1.234,5" (nl), "1,234.5" (en) back to a number. */
export function parseShown(text: string, lang: 'fr' | 'nl' | 'en' = 'fr'): number {
  let s = text.replace(/[\s\u00a0\u202f+]/g, '').replace('−', '-');
  if (lang === 'en') s = s.replace(/,/g, '');
  else s = s.replace(/\./g, '').replace(',', '.');
  return Number(s);
}

export interface ShownRow {
  option: string;
  rank: number;
  tied: boolean;
  rankText: string;
  score: number;
  /** Counts by position: 1st…c-th, then unranked; 0 where the bar has no segment. */
  distribution: number[];
}

export async function shownRows(page: Page, ranks: number): Promise<ShownRow[]> {
  const rows = page.locator('main [data-testid="order"] > li');
  const out: ShownRow[] = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const li = rows.nth(i);
    const distribution = Array.from({ length: ranks + 1 }, () => 0);
    const segs = li.locator('.segment');
    for (let k = 0; k < (await segs.count()); k++) {
      const seg = segs.nth(k);
      const r = (await seg.getAttribute('data-rank')) as string;
      const n = parseShown(await seg.getByTestId('segment-count').innerText());
      distribution[r === 'unranked' ? ranks : Number(r) - 1] = n;
    }
    const rankText = await li.getByTestId('rank').innerText();
    out.push({
      option: (await li.getAttribute('data-option')) as string,
      rank: parseInt(rankText, 10),
      tied: (await li.getAttribute('data-tied')) === 'true',
      rankText,
      score: parseShown(await li.getByTestId('score-value').innerText()),
      distribution,
    });
  }
  return out;
}

export interface TallyVector {
  name: string;
  options: string[];
  ballots: { count: number; ranking: string[] }[];
  expected: Record<string, unknown>;
}

/** The counting vectors of test/fixtures (each case names its source). */
export function tallyVector(name: string): TallyVector {
  const file = path.join(repoRoot, 'test', 'fixtures', 'tally-vectors.json');
  const all = JSON.parse(fs.readFileSync(file, 'utf8')) as { cases: TallyVector[] };
  const v = all.cases.find((c) => c.name === name);
  if (!v) throw new Error(`no tally vector ${name} in ${file}`);
  return v;
}

/** Smallest font size of any visible text on the page, with the element that has it. */
export async function smallestText(page: Page): Promise<{ size: number; text: string }> {
  return page.evaluate(() => {
    let best = { size: Infinity, text: '' };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent?.trim()) continue;
      const el = n.parentElement;
      if (!el) continue;
      const rect = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      // Screen-reader-only text (1 px box) is not read off the screen.
      if (rect.width <= 1 || rect.height <= 1 || style.visibility === 'hidden') continue;
      if (el.closest('[hidden], [aria-hidden="true"][style*="display: none"]')) continue;
      const size = parseFloat(style.fontSize);
      if (size < best.size) best = { size, text: n.textContent.trim().slice(0, 60) };
    }
    return best;
  });
}

export async function scrollFits(
  page: Page,
): Promise<{ scroll: number; inner: number; wide: number; innerW: number }> {
  return page.evaluate(() => ({
    scroll: document.documentElement.scrollHeight,
    inner: window.innerHeight,
    wide: document.documentElement.scrollWidth,
    innerW: window.innerWidth,
  }));
}

export async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}
