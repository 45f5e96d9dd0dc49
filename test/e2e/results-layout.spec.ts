/**
 * The slide read from the back of a 300-person room: at 1920×1080 and, scaled, at 1280×720,
 * with four themes and with ten, in French and Dutch, dark and light, every part measured —
 * theme titles, the rank-distribution bars, the method sentences, the head-to-head table —
 * and no part scrolls. Screenshots go to /tmp/shots-projector for a human look.
 */
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { Election } from '../../shared/domain/election';
import { apiCall } from '../support/api-call';
import { openVote } from '../support/election-fixture';
import { startHost, type HostHandle } from '../support/host-process';
import { VIEWPORTS, castAll, scrollFits, smallestText } from './results-slide';

test.describe.configure({ timeout: 170_000 });

const SHOTS = '/tmp/shots-projector';

let host: HostHandle;
test.afterEach(async () => {
  await host?.stop();
});

// Six more themes of realistic length, beside the four of the embedded election.
const EXTRA: Election['options'] = [
  ['formation', 'La formation des membres', 'De opleiding van de leden', 'Training for members'],
  [
    'outils',
    'Les outils numériques partagés',
    'De gedeelde digitale tools',
    'Shared digital tools',
  ],
  [
    'transition',
    'La transition écologique de nos activités',
    'De ecologische transitie van onze activiteiten',
    'The ecological transition of our activities',
  ],
  [
    'revenu',
    'Un revenu plus stable pour les freelances',
    'Een stabieler inkomen voor freelancers',
    'A steadier income for freelancers',
  ],
  [
    'gouvernance',
    'La gouvernance et la participation des membres',
    'Het bestuur en de inspraak van de leden',
    'Governance and member participation',
  ],
  ['logement', 'L’accès au logement', 'Toegang tot huisvesting', 'Access to housing'],
].map(([id, fr, nl, en]) => ({ id: id as string, title: { fr: fr as string, nl, en } }));

/** Ballots for every section, partial and full, so that no method ties everything. */
function ballots(ids: readonly string[]) {
  const rot = (k: number, len: number) => [...ids.slice(k), ...ids.slice(0, k)].slice(0, len);
  return ['FR', 'BE'].flatMap((section, s) =>
    Array.from({ length: 23 + 4 * s }, (_, i) => ({
      section,
      ranking: rot((i * (s + 3)) % ids.length, 1 + ((i + s) % ids.length)),
    })),
  );
}

async function openWith(n: 4 | 10): Promise<void> {
  host = await startHost();
  const { election } = await apiCall(host.url, 'results.get', {});
  const options = n === 4 ? election.options : [...election.options, ...EXTRA];
  const token = await openVote(host.url, {
    options,
    results: { batchSize: 5, minBallots: 5, policy: 'live' },
  });
  await castAll(host.url, ballots(options.map((o) => o.id)));
  await apiCall(host.url, 'staff.close', { confirm: true }, token);
  await apiCall(host.url, 'staff.reveal', {}, token);
}

interface Box {
  top: number;
  bottom: number;
  size: number;
}

/** Font size and box of every element matched, as the browser computed them. */
const measure = (page: Page, selector: string): Promise<Box[]> =>
  page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, size: parseFloat(getComputedStyle(el).fontSize) };
    }),
  );

const minSize = (boxes: Box[]) => Math.min(...boxes.map((b) => b.size));

async function checkSummary(page: Page, n: number, scale: number, h: number) {
  const titles = await measure(page, 'main .order .option-title');
  expect.soft(titles).toHaveLength(n);
  // Four themes: titles of 48 px at 1080p; ten: they step down to fit, never under 28 px.
  expect.soft(minSize(titles)).toBeGreaterThanOrEqual((n <= 5 ? 48 : 28) * scale - 0.01);
  const ranks = await measure(page, 'main .order .rank');
  expect.soft(minSize(ranks)).toBeGreaterThanOrEqual(48 * scale - 0.01);
  const counts = await measure(page, 'main .order [data-testid="segment-count"]');
  expect.soft(counts.length).toBeGreaterThan(n);
  expect.soft(minSize(counts)).toBeGreaterThanOrEqual(28 * scale - 0.01);
  const sentences = await measure(page, 'main [data-testid="method-check"] p');
  expect.soft(sentences.length).toBe(3);
  expect.soft(minSize(sentences)).toBeGreaterThanOrEqual(28 * scale - 0.01);
  // The Borda line is one line of text.
  const note = page.getByTestId('score-note');
  const lines = await note.evaluate(
    (el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight),
  );
  expect.soft(lines).toBeLessThan(1.5);
  // The order fills the screen: it reaches 70 % of the height, no empty band below it.
  const order = await measure(page, 'main [data-testid="order"]');
  const check = await measure(page, 'main [data-testid="method-check"]');
  expect.soft((order[0] as Box).bottom / h).toBeGreaterThanOrEqual(0.7);
  expect.soft((check[0] as Box).top - (order[0] as Box).bottom).toBeLessThan(0.05 * h);
}

async function checkMatrix(page: Page, n: number, scale: number, h: number) {
  const rows = await measure(page, 'main [data-testid="matrix"] tbody th');
  expect.soft(rows).toHaveLength(n);
  expect.soft(minSize(rows)).toBeGreaterThanOrEqual((n <= 5 ? 48 : 28) * scale - 0.01);
  const cells = await measure(page, 'main [data-testid="matrix"] td[data-count]');
  expect.soft(minSize(cells)).toBeGreaterThanOrEqual((n <= 5 ? 48 : 28) * scale - 0.01);
  const table = await measure(page, 'main [data-testid="matrix"]');
  expect.soft((table[0] as Box).bottom / h).toBeGreaterThanOrEqual(0.7);
  // Columns in the order of the rows.
  const colIds = await page
    .locator('main [data-testid="matrix"] thead th')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-option')));
  const rowIds = await page
    .locator('main [data-testid="matrix"] tbody tr')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-option')));
  expect.soft(colIds).toEqual(rowIds);
}

for (const n of [4, 10] as const)
  test(`the slide fills the screen and reads from the back, ${n} themes, every view, fr and nl, dark and light`, async ({
    browser,
  }) => {
    await openWith(n);
    fs.mkdirSync(SHOTS, { recursive: true });
    for (const vp of VIEWPORTS) {
      const scale = vp.height / 1080;
      const context = await browser.newContext({ viewport: vp });
      const page = await context.newPage();
      for (const lang of ['fr', 'nl'] as const)
        for (const theme of ['dark', 'light'] as const) {
          await page.goto(`${host.url}/results?lang=${lang}&theme=${theme}`);
          await expect(page.getByTestId('order')).toBeVisible({ timeout: 15_000 });
          await page.evaluate(() => document.fonts.ready.then(() => undefined));
          for (const view of ['1', '2', '3']) {
            await page.keyboard.press(view);
            for (const p of ['summary', 'matrix'] as const) {
              if ((await page.locator('main.results').getAttribute('data-page')) !== p)
                await page.keyboard.press('m');
              await expect(page.locator('main.results')).toHaveAttribute('data-page', p);
              const where = `${n} themes ${vp.height} ${lang} ${theme} view ${view} ${p}`;
              await test.step(where, async () => {
                if (p === 'summary') await checkSummary(page, n, scale, vp.height);
                else await checkMatrix(page, n, scale, vp.height);
                const fit = await scrollFits(page);
                expect.soft(fit.scroll, where).toBeLessThanOrEqual(fit.inner);
                expect.soft(fit.wide, where).toBeLessThanOrEqual(fit.innerW);
                expect
                  .soft((await smallestText(page)).size, where)
                  .toBeGreaterThanOrEqual(28 * scale - 0.01);
                // Contrast and the rest of axe, once per language, theme and page.
                if (vp.height === 1080 && view === '1') {
                  const r = await new AxeBuilder({ page }).include('main').analyze();
                  expect.soft(r.violations, where).toEqual([]);
                }
              });
              if (view !== '3')
                await page.screenshot({
                  path: path.join(
                    SHOTS,
                    `layout-${n}-${vp.height}-${lang}-${theme}-${view}-${p}.png`,
                  ),
                });
            }
          }
        }
      await context.close();
    }
  });
