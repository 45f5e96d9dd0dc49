/**
 * Declared tie-break rules, end to end: the editor's rule places, the close that shows nothing
 * until « Révéler », the seed typed in the console after the close, and the slide saying what
 * the draw decided, in French and Dutch, with axe at zero violations.
 */
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { apiCall, staffToken, TEST_PIN } from '../support/api-call';
import { openVote } from '../support/election-fixture';
import { startHost, type HostHandle } from '../support/host-process';
import { castAll } from './results-slide';

const SHOTS = '/tmp/shots-minutes';
let host: HostHandle;
test.describe.configure({ timeout: 150_000 });
test.afterEach(async () => {
  await host?.stop();
});

async function shot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}
async function noAxe(page: Page) {
  const r = await new AxeBuilder({ page }).analyze();
  expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}

test('the editor declares the rules; after the close staff enter the seed and the slide tells the draw', async ({
  browser,
}) => {
  host = await startHost();
  const staff = await (
    await browser.newContext({ viewport: { width: 1366, height: 768 } })
  ).newPage();
  await staffToken(host.url);
  await staff.goto(`${host.url}/staff`);
  await staff.getByLabel('Code PIN', { exact: true }).fill(TEST_PIN);
  await staff.getByRole('button', { name: 'Entrer' }).click();
  await expect(staff.getByTestId('vote-status')).toBeVisible();
  await staff
    .getByRole('button', { name: /Scrutin/ })
    .first()
    .click();
  const place1 = staff.getByLabel('1re règle');
  await expect(place1).toBeVisible();
  await place1.selectOption('lot');
  await staff.getByLabel('2e règle').selectOption('first-choices');
  await staff
    .getByRole('button', { name: /Enregistrer/ })
    .first()
    .click();
  // The draw breaks every tie: a rule after it is refused, in French.
  await expect(staff.getByText(/doit venir en dernier/)).toBeVisible();
  await shot(staff, 'editor-lot-not-last-fr');
  await staff.getByLabel('1re règle').selectOption('first-choices');
  await staff.getByLabel('2e règle').selectOption('lot');
  await noAxe(staff);
  await shot(staff, 'editor-tie-break-fr');

  const token = await openVote(host.url, {
    tieBreak: ['first-choices', 'lot'],
    results: { batchSize: 1, minBallots: 1, policy: 'live' },
  });
  const { election } = await apiCall(host.url, 'results.get', {});
  const [a, b, c, d] = election.options.map((o) => o.id) as [string, string, string, string];
  await castAll(host.url, [
    { ranking: [a, b, c, d], section: 'FR' },
    { ranking: [b, a, d, c], section: 'FR' },
    { ranking: [a, b, c, d], section: 'FR' },
    { ranking: [b, a, d, c], section: 'FR' },
  ]);
  await apiCall(host.url, 'staff.close', { confirm: true }, token);

  const slide = await (
    await browser.newContext({ viewport: { width: 1920, height: 1080 } })
  ).newPage();
  await slide.goto(`${host.url}/results`);
  await expect(slide.getByTestId('hidden-notice')).toHaveAttribute(
    'data-message',
    'awaiting-reveal',
    {
      timeout: 15_000,
    },
  );
  await shot(slide, 'slide-awaiting-reveal-fr-1920');
  await apiCall(host.url, 'staff.reveal', {}, token);
  await expect(slide.getByTestId('tie-break')).toContainText('tirage au sort public', {
    timeout: 5000,
  });

  await staff.getByRole('button', { name: /Vote/ }).first().click();
  await staff.getByLabel('Graine du tirage').fill('4217');
  await noAxe(staff);
  await shot(staff, 'console-seed-fr');
  await staff.getByRole('button', { name: 'Enregistrer la graine' }).click();
  await expect(staff.getByTestId('draw-seed')).toHaveText(
    'Graine du tirage enregistrée : « 4217 ».',
  );

  await expect(slide.locator('[data-testid="tie-break"] [data-rule="lot"]').first()).toBeVisible({
    timeout: 5000,
  });
  await noAxe(slide);
  await shot(slide, 'slide-tie-break-fr-1920');
  const small = await (
    await browser.newContext({ viewport: { width: 1280, height: 720 } })
  ).newPage();
  await small.goto(`${host.url}/results?lang=nl`);
  await expect(small.locator('[data-testid="tie-break"] [data-rule="lot"]').first()).toContainText(
    'openbare loting',
    { timeout: 15_000 },
  );
  await noAxe(small);
  await shot(small, 'slide-tie-break-nl-1280');
});
