/**
 * recompter.html, from a real export, opened as a file (file://) with no server: it checks
 * ballots.csv against the manifest and shows the same numbers as `npm run tally -- --json`, in
 * French and in Dutch, with zero axe violations; a changed ballots.csv is refused.
 */
import AxeBuilder from '@axe-core/playwright';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { apiCall, staffToken } from '../support/api-call';
import { repoRoot, startHost, type HostHandle } from '../support/host-process';
import { castAll, parseShown, type CastBallot } from './results-slide';

const SHOTS = '/tmp/shots-recount';
const A = 'projet-politique';
const B = 'accompagnement';
const C = 'place-salaries';
const D = 'horizon-post-crise';

let host: HostHandle;
let stick: string;
test.afterEach(async () => {
  await host?.stop();
  if (stick) fs.rmSync(stick, { recursive: true, force: true });
});

interface CliTally {
  ballots: number;
  blank: number;
  sections: string[];
  combined: ScopeTally;
  bySection: Record<string, ScopeTally>;
}
interface ScopeTally {
  ballots: number;
  blank: number;
  options: string[];
  borda: Record<string, number>;
  copeland: Record<string, number>;
  firstChoices: Record<string, number>;
  pairwise: Record<string, Record<string, number>>;
}

/** The numbers one scope's tables show, read back from their text. */
async function shownScope(page: Page, scope: string, lang: 'fr' | 'nl') {
  const s = page.locator(`section[data-scope="${scope}"]`);
  const counts = ((await s.locator('p.counts').textContent()) ?? '').match(/\d[\d\s\u202f.]*/g);
  const options = await s
    .locator('.duels tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-option') ?? ''));
  const cells = async (table: string, o: string) =>
    (await s.locator(`${table} tr[data-option="${o}"] td`).allTextContents()).map((t) =>
      t === '—' ? null : parseShown(t, lang),
    );
  const borda: Record<string, number> = {};
  const copeland: Record<string, number> = {};
  const firstChoices: Record<string, number> = {};
  const pairwise: Record<string, Record<string, number>> = {};
  for (const o of options) {
    const [first, points, cope] = await cells('.per-option', o);
    firstChoices[o] = first as number;
    borda[o] = points as number;
    copeland[o] = cope as number;
    const duels = await cells('.duels', o);
    pairwise[o] = Object.fromEntries(
      options.flatMap((b, i) => (b === o ? [] : [[b, duels[i] as number]])),
    );
  }
  return {
    ballots: parseShown(counts?.[0] ?? '', lang),
    blank: parseShown(counts?.[1] ?? '', lang),
    options: [...options].sort(),
    borda,
    copeland,
    firstChoices,
    pairwise,
  };
}

const expected = (x: ScopeTally) => ({
  ballots: x.ballots,
  blank: x.blank,
  options: [...x.options].sort(),
  borda: x.borda,
  copeland: x.copeland,
  firstChoices: x.firstChoices,
  pairwise: Object.fromEntries(
    Object.entries(x.pairwise).map(([a, row]) => [
      a,
      Object.fromEntries(Object.entries(row).filter(([b]) => b !== a)),
    ]),
  ),
});

async function exportSome(): Promise<string> {
  host = await startHost();
  const token = await staffToken(host.url);
  await apiCall(host.url, 'staff.open', {}, token);
  const rankings = [[A, B, C, D], [B, A], [C], [], [D, C, B, A], [A, C], [B, D, A], [A]];
  const ballots: CastBallot[] = [];
  for (let i = 0; i < 37; i++)
    ballots.push({
      ranking: rankings[i % rankings.length] as string[],
      section: i % 3 ? 'FR' : 'BE',
    });
  await castAll(host.url, ballots);
  await apiCall(host.url, 'staff.close', { confirm: true }, token);
  stick = fs.mkdtempSync(path.join(os.tmpdir(), 'priorites-recount-e2e-'));
  return (await apiCall(host.url, 'staff.export', { folder: stick }, token)).folder;
}

test.use({ viewport: { width: 1366, height: 768 } });

test('recompter.html opened from the export folder recounts as the CLI does', async ({ page }) => {
  const folder = await exportSome();
  expect(fs.existsSync(path.join(folder, 'recompter.html'))).toBe(true);
  const cli = spawnSync(
    'npm',
    ['run', '--silent', 'tally', '--', path.join(folder, 'ballots.csv'), '--json'],
    { cwd: repoRoot, encoding: 'utf8' },
  );
  expect(cli.status, cli.stderr).toBe(0);
  const tally = JSON.parse(cli.stdout) as CliTally;
  expect(tally.ballots).toBe(37);

  // The tally.mjs of the folder alone, with plain Node, from the folder (outside the repository,
  // no node_modules anywhere up its path): the same JSON as the checkout's CLI.
  expect(path.relative(repoRoot, folder).startsWith('..')).toBe(true);
  const shipped = spawnSync(process.execPath, ['tally.mjs', 'ballots.csv', '--json'], {
    cwd: folder,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
  expect(shipped.status, shipped.stderr).toBe(0);
  expect({ ...JSON.parse(shipped.stdout), files: [] }).toEqual({ ...tally, files: [] });

  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const violations: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') violations.push(m.text());
  });
  await page.goto(pathToFileURL(path.join(folder, 'recompter.html')).href);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Recompter les bulletins');
  await page
    .getByLabel('Fichiers du dossier d’export (ballots.csv et manifest.json)')
    .setInputFiles([path.join(folder, 'ballots.csv'), path.join(folder, 'manifest.json')]);
  await expect(page.getByText('ballots.csv est intact', { exact: false })).toBeVisible();

  for (const scope of [...tally.sections, 'combined']) {
    const want = scope === 'combined' ? tally.combined : (tally.bySection[scope] as ScopeTally);
    expect(await shownScope(page, scope, 'fr'), scope).toEqual(expected(want));
  }
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, 'recount-fr-1366.png'), fullPage: true });

  await page.getByLabel('Langue').selectOption('nl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('De stembiljetten hertellen');
  for (const scope of [...tally.sections, 'combined']) {
    const want = scope === 'combined' ? tally.combined : (tally.bySection[scope] as ScopeTally);
    expect(await shownScope(page, scope, 'nl'), scope).toEqual(expected(want));
  }
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
  await page.screenshot({ path: path.join(SHOTS, 'recount-nl-1366.png'), fullPage: true });

  // Nothing but the page itself was loaded, and the CSP let every inline part run.
  expect(requests.every((u) => u.startsWith('file://'))).toBe(true);
  expect(violations).toEqual([]);
});

test('recompter.html refuses a ballots.csv that differs from the manifest', async ({ page }) => {
  const folder = await exportSome();
  const changed = path.join(stick, 'ballots.csv');
  fs.writeFileSync(
    changed,
    fs.readFileSync(path.join(folder, 'ballots.csv'), 'utf8').replace(/\r?\n$/, '\r\n\r\n'),
  );
  await page.goto(pathToFileURL(path.join(folder, 'recompter.html')).href);
  const input = page.getByLabel('Fichiers du dossier d’export (ballots.csv et manifest.json)');
  await input.setInputFiles([changed, path.join(folder, 'manifest.json')]);
  await expect(page.getByRole('alert')).toContainText('ballots.csv a été modifié ou abîmé');
  await expect(page.locator('section[data-scope]')).toHaveCount(0);
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
  await page.screenshot({ path: path.join(SHOTS, 'recount-refused-fr-1366.png'), fullPage: true });
});
