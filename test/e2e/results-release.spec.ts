import { expect, test, type Page } from '@playwright/test';
import { tally } from '../../shared/tally';
import { apiCall } from '../support/api-call';
import { openVote } from '../support/election-fixture';
import { startHost, type HostHandle } from '../support/host-process';
import { VIEWPORTS, castAll, shot, shownRows } from './results-slide';

// Each test starts its own host and casts through HTTP: slow on a busy two-core machine.
test.describe.configure({ timeout: 150_000 });

let host: HostHandle;
test.afterEach(async () => {
  await host?.stop();
});

const slideText = (page: Page) => page.locator('main.results').innerText();

async function optionIds(url: string): Promise<[string, string, string, string]> {
  const { election } = await apiCall(url, 'results.get', {});
  return election.options.map((o) => o.id) as [string, string, string, string];
}

for (const vp of VIEWPORTS) {
  test(`one ballot does not change the slide, the fifth does (one batch behind), within a second (${vp.width}×${vp.height})`, async ({
    browser,
  }) => {
    host = await startHost();
    await openVote(host.url, { results: { batchSize: 5, minBallots: 5, policy: 'live' } });
    const [a, b, c, d] = await optionIds(host.url);
    // The slide trails the box by one whole batch: ten cast, five shown.
    await castAll(host.url, [
      ...Array.from({ length: 5 }, () => ({ ranking: [a, b, c, d], section: 'FR' })),
      ...Array.from({ length: 5 }, () => ({ ranking: [d, c, b, a], section: 'FR' })),
    ]);
    const page = await browser.newPage({ viewport: vp });
    await page.goto(`${host.url}/results`);
    await expect(page.getByTestId('ballot-count')).toHaveText('5', { timeout: 15_000 });
    await page.keyboard.press('2');
    const before = await slideText(page);
    await shot(page, `release-before-${vp.height}`);

    // Four more: the room sees nothing move, not even the count.
    for (let k = 0; k < 4; k++) {
      await castAll(host.url, [{ ranking: [d, c, b, a], section: 'FR' }]);
      await page.waitForTimeout(300);
      expect(await slideText(page)).toBe(before);
    }
    await page.waitForTimeout(1000);
    expect(await slideText(page)).toBe(before);

    await castAll(host.url, [{ ranking: [d, c, b, a], section: 'FR' }]);
    const castAt = Date.now();
    await expect(page.getByTestId('ballot-count')).toHaveText('10', { timeout: 1000 });
    expect(Date.now() - castAt).toBeLessThan(1000);
    const want = tally(
      [a, b, c, d],
      [
        { count: 5, ranking: [a, b, c, d] },
        { count: 5, ranking: [d, c, b, a] },
      ],
    );
    const rows = await shownRows(page, 4);
    for (const r of rows) expect(r.distribution).toEqual(want.rankDistribution[r.option]);
    expect(await slideText(page)).not.toBe(before);
    await shot(page, `release-after-${vp.height}`);
  });

  test(`sections below the threshold stay hidden, and so does the combined view (${vp.width}×${vp.height})`, async ({
    browser,
  }) => {
    host = await startHost();
    // Batches of one so that small counts do reach the projector: the threshold alone must hide them.
    const token = await openVote(host.url, {
      results: { batchSize: 1, minBallots: 5, policy: 'live' },
    });
    const [a, b, c, d] = await optionIds(host.url);
    await castAll(host.url, [
      ...Array.from({ length: 6 }, () => ({ ranking: [a, b, c, d], section: 'FR' })),
      { ranking: [], section: 'BE' },
      { ranking: [], section: 'BE' },
      { ranking: [c], section: 'BE' },
    ]);
    const page = await browser.newPage({ viewport: vp });
    await page.goto(`${host.url}/results`);
    // Batches of one, one behind: five French and two Belgian ballots on the slide.
    await expect(page.getByTestId('ballot-count')).toHaveText('7', { timeout: 15_000 });
    await expect(page.getByTestId('hidden-notice')).toHaveAttribute(
      'data-reason',
      'below-threshold',
    );
    await expect(page.getByTestId('hidden-notice')).toContainText('chaque section');
    await expect(page.getByTestId('order')).toHaveCount(0);
    await shot(page, `threshold-all-${vp.height}`);

    await page.getByRole('button', { name: 'Belgique' }).click();
    await expect(page.locator('main.results')).toHaveAttribute('data-view', 'BE');
    await expect(page.getByTestId('ballot-count')).toHaveText('2');
    await expect(page.getByTestId('hidden-notice')).toContainText('à partir de 6 bulletins');
    // Two blanks out of three would say how Belgium voted.
    await expect(page.getByTestId('blank-count')).toHaveCount(0);
    await expect(page.getByTestId('order')).toHaveCount(0);
    await page.keyboard.press('m');
    await expect(page.getByTestId('matrix')).toHaveCount(0);
    await shot(page, `threshold-be-${vp.height}`);

    await page.getByRole('button', { name: 'France' }).click();
    await expect(page.getByTestId('matrix')).toBeVisible();

    // At the reveal every ballot is released, and Belgium, still under 5, stays hidden.
    await apiCall(host.url, 'staff.close', { confirm: true }, token);
    await apiCall(host.url, 'staff.reveal', {}, token);
    await page.keyboard.press('3');
    await expect(page.getByTestId('status')).toHaveAttribute('data-status', 'closed');
    await expect(page.getByTestId('hidden-notice')).toBeVisible();
    await page.keyboard.press('1');
    await expect(page.getByTestId('hidden-notice')).toBeVisible();
    const r = await apiCall(host.url, 'results.get', {});
    expect(
      r.views.filter((v) => v.view !== 'FR').every((v) => v.tally === null && v.blank === 0),
    ).toBe(true);
  });

  test(`"hidden until close" shows participation only, until staff reveal (${vp.width}×${vp.height})`, async ({
    browser,
  }) => {
    host = await startHost();
    const token = await openVote(host.url, {
      results: { batchSize: 5, minBallots: 5, policy: 'hidden' },
    });
    const [a, b, c, d] = await optionIds(host.url);
    const ballots = [
      ...Array.from({ length: 6 }, () => ({ ranking: [b, a, c, d], section: 'FR' })),
      ...Array.from({ length: 4 }, () => ({ ranking: [c, d], section: 'FR' })),
    ];
    await castAll(host.url, ballots);
    const page = await browser.newPage({ viewport: vp });
    await page.goto(`${host.url}/results`);
    // The count trails by one batch too: ten cast, five counted on the slide.
    await expect(page.getByTestId('ballot-count')).toHaveText('5', { timeout: 15_000 });
    await expect(page.getByTestId('hidden-notice')).toHaveAttribute(
      'data-reason',
      'hidden-until-close',
    );
    await expect(page.getByTestId('order')).toHaveCount(0);
    await shot(page, `hidden-open-${vp.height}`);

    await apiCall(host.url, 'staff.close', { confirm: true }, token);
    await expect(page.getByTestId('status')).toHaveAttribute('data-status', 'closed');
    await expect(page.getByTestId('hidden-notice')).toHaveAttribute(
      'data-reason',
      'hidden-until-close',
    );
    await expect(page.getByTestId('order')).toHaveCount(0);

    await apiCall(host.url, 'staff.reveal', {}, token);
    const revealedAt = Date.now();
    await expect(page.getByTestId('order')).toBeVisible({ timeout: 1000 });
    expect(Date.now() - revealedAt).toBeLessThan(1000);
    const want = tally(
      [a, b, c, d],
      [
        { count: 6, ranking: [b, a, c, d] },
        { count: 4, ranking: [c, d] },
      ],
    );
    const rows = await shownRows(page, 4);
    expect(rows.map((r) => r.option)).toEqual(want.primaryOrder.flat());
    for (const r of rows) expect(r.score).toBeCloseTo(want.borda[r.option] as number, 1);
    await shot(page, `hidden-revealed-${vp.height}`);
  });
}

test('a section whose ballots wait for their batch says from how many results show, never "no ballot"', async ({
  browser,
}) => {
  host = await startHost();
  const token = await openVote(host.url, {
    results: { batchSize: 5, minBallots: 5, policy: 'live' },
  });
  const [a, b, c, d] = await optionIds(host.url);
  // Three Belgian ballots: below the first batch, so none reaches the slide yet.
  await castAll(
    host.url,
    Array.from({ length: 3 }, () => ({ ranking: [a, b, c, d], section: 'BE' })),
  );
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(`${host.url}/results`);
  await expect(page.getByTestId('status')).toHaveAttribute('data-status', 'open', {
    timeout: 15_000,
  });
  for (const [key, view] of [
    ['1', 'ALL'],
    ['3', 'BE'],
  ] as const) {
    await page.keyboard.press(key);
    await expect(page.locator('main.results')).toHaveAttribute('data-view', view);
    const notice = page.getByTestId('hidden-notice');
    await expect(notice).toHaveText(
      'Résultats affichés à partir de 10 bulletins, pour garder le vote secret.',
    );
    await expect(page.locator('main.results')).not.toContainText('Aucun bulletin');
  }
  await page.goto(`${host.url}/results?lang=nl`);
  await expect(page.getByTestId('status')).toHaveAttribute('data-status', 'open', {
    timeout: 15_000,
  });
  await page.keyboard.press('3');
  await expect(page.locator('main.results')).toHaveAttribute('data-view', 'BE');
  await expect(page.getByTestId('hidden-notice')).toHaveText(
    'Resultaten worden getoond vanaf 10 stembiljetten, om de stemming geheim te houden.',
  );
  await shot(page, 'held-back-be-nl');

  // Once the vote is closed and revealed every ballot is out: an empty view may say it is empty.
  await apiCall(host.url, 'staff.close', { confirm: true }, token);
  await apiCall(host.url, 'staff.reveal', {}, token);
  await page.goto(`${host.url}/results`);
  await expect(page.getByTestId('status')).toHaveAttribute('data-status', 'closed', {
    timeout: 15_000,
  });
  await page.keyboard.press('2');
  await expect(page.locator('main.results')).toHaveAttribute('data-view', 'FR');
  await expect(page.getByTestId('hidden-notice')).toHaveAttribute('data-message', 'none');
  await expect(page.getByTestId('hidden-notice')).toHaveText('Aucun bulletin pour le moment.');
});
