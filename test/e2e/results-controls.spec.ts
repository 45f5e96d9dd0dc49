import { expect, test } from '@playwright/test';
import { apiCall } from '../support/api-call';
import { openVote } from '../support/election-fixture';
import { startHost, type HostHandle } from '../support/host-process';
import { VIEWPORTS, castAll, scrollFits, shot, smallestText } from './results-slide';

// Each test starts its own host and casts through HTTP: slow on a busy two-core machine.
test.describe.configure({ timeout: 150_000 });

let host: HostHandle;
test.afterEach(async () => {
  await host?.stop();
});

async function votedBox() {
  host = await startHost();
  const token = await openVote(host.url, {
    results: { batchSize: 5, minBallots: 5, policy: 'live' },
  });
  const { election } = await apiCall(host.url, 'results.get', {});
  const [a, b, c, d] = election.options.map((o) => o.id) as [string, string, string, string];
  // Ten per section: the live slide, one batch behind, shows the first five of each.
  await castAll(host.url, [
    ...Array.from({ length: 10 }, () => ({ ranking: [a, b, c, d], section: 'FR' })),
    ...Array.from({ length: 10 }, () => ({ ranking: [b, a], section: 'BE' })),
  ]);
  return { token, election };
}

for (const vp of VIEWPORTS) {
  test(`the language follows staff, and the facilitator can switch it (${vp.width}×${vp.height})`, async ({
    browser,
  }) => {
    const { token, election } = await votedBox();
    const page = await browser.newPage({ viewport: vp });
    await page.goto(`${host.url}/results`);
    await expect(page.locator('h1')).toHaveText(election.title.fr, { timeout: 15_000 });
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByText('Bulletins', { exact: false }).first()).toBeVisible();

    await apiCall(host.url, 'staff.setLanguage', { language: 'nl' }, token);
    await expect(page.locator('h1')).toHaveText(election.title.nl ?? '', { timeout: 1000 });
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('button', { name: 'Alle afdelingen' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2 })).toContainText('Volgorde van prioriteit');
    await shot(page, `lang-nl-${vp.height}`);

    await page.keyboard.press('l');
    await expect(page.locator('h1')).toHaveText(election.title.en ?? '');
    await expect(page.getByRole('button', { name: 'Combined' })).toBeVisible();
    await expect(page.getByTestId('agreement')).toBeVisible();
    const fit = await scrollFits(page);
    expect(fit.scroll).toBeLessThanOrEqual(fit.inner);
    if (vp.height === 1080) expect((await smallestText(page)).size).toBeGreaterThanOrEqual(28);
    await shot(page, `lang-en-${vp.height}`);

    await page.goto(`${host.url}/results?controls=1`);
    await page.getByRole('button', { name: 'Français' }).click();
    await expect(page.locator('h1')).toHaveText(election.title.fr);
  });

  test(`views switch by click and keys, cycle on their own, and the theme toggles (${vp.width}×${vp.height})`, async ({
    browser,
  }) => {
    await votedBox();
    const page = await browser.newPage({ viewport: vp });
    await page.goto(`${host.url}/results`);
    const main = page.locator('main.results');
    await expect(main).toHaveAttribute('data-view', 'ALL', { timeout: 15_000 });
    await page.getByRole('button', { name: 'Belgique' }).click();
    await expect(main).toHaveAttribute('data-view', 'BE');
    await expect(page.getByRole('button', { name: 'Belgique' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await page.keyboard.press('ArrowRight');
    await expect(main).toHaveAttribute('data-view', 'ALL');
    await page.keyboard.press('ArrowLeft');
    await expect(main).toHaveAttribute('data-view', 'BE');
    await page.keyboard.press('2');
    await expect(main).toHaveAttribute('data-view', 'FR');
    await page.getByRole('button', { name: 'Face-à-face' }).click();
    await expect(page.getByTestId('matrix')).toBeVisible();
    await page.keyboard.press('m');
    await expect(page.getByTestId('order')).toBeVisible();

    await expect(main).toHaveAttribute('data-theme', 'dark');
    const darkBg = await main.evaluate((el) => getComputedStyle(el).backgroundColor);
    await page.keyboard.press('t');
    await expect(main).toHaveAttribute('data-theme', 'light');
    expect(await main.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(darkBg);
    await shot(page, `theme-light-${vp.height}`);

    // The controls strip appears on C, with the facilitator's buttons.
    await expect(page.getByTestId('export-png')).toHaveCount(0);
    await page.keyboard.press('c');
    await expect(page.getByTestId('export-png')).toBeVisible();
    await shot(page, `controls-${vp.height}`);
    const fit = await scrollFits(page);
    expect(fit.scroll).toBeLessThanOrEqual(fit.inner);
    if (vp.height === 1080) expect((await smallestText(page)).size).toBeGreaterThanOrEqual(28);

    // A slow tour of the views: ?cycle=5 steps every 5 seconds.
    await page.goto(`${host.url}/results?cycle=5`);
    await expect(main).toHaveAttribute('data-view', 'ALL');
    await expect(main).toHaveAttribute('data-view', 'FR', { timeout: 7000 });
    await expect(main).toHaveAttribute('data-view', 'BE', { timeout: 7000 });
    await page.keyboard.press('a');
    await page.waitForTimeout(5500);
    await expect(main).toHaveAttribute('data-view', 'BE');
  });
}

test('under prefers-reduced-motion nothing animates', async ({ browser }) => {
  await votedBox();
  const context = await browser.newContext({
    viewport: { width: 1920, height: 1080 },
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await page.goto(`${host.url}/results`);
  await expect(page.getByTestId('order')).toBeVisible();
  const durations = await page.evaluate(() =>
    Array.from(document.querySelectorAll('main *')).map(
      (el) => getComputedStyle(el).transitionDuration,
    ),
  );
  expect(durations.every((d) => d.split(',').every((x) => parseFloat(x) === 0))).toBe(true);
  const normal = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await normal.goto(`${host.url}/results`);
  const seg = normal.locator('main .segment').first();
  expect(
    parseFloat(await seg.evaluate((el) => getComputedStyle(el).transitionDuration)),
  ).toBeGreaterThan(0);
  await context.close();
});

test('a view key pressed the instant the slide appears is not lost', async ({ browser }) => {
  await votedBox();
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  // Presses « 2 » in the very task that put the slide in the page (a MutationObserver runs
  // before React's passive effects): what a facilitator's early key meets on a loaded machine.
  await page.addInitScript(() => {
    new MutationObserver((_m, observer) => {
      if (!document.querySelector('main.results')) return;
      observer.disconnect();
      window.dispatchEvent(new KeyboardEvent('keydown', { key: '2' }));
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${host.url}/results`);
  await expect(page.locator('main.results')).toHaveAttribute('data-view', 'FR', {
    timeout: 15_000,
  });
});

test('a change pushed before the slide’s event stream is open still reaches the slide', async ({
  browser,
}) => {
  const { token, election } = await votedBox();
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  // The stream opens two seconds late, as on a loaded machine or after a reconnect: the slide
  // is already drawn from its first load when staff change the language.
  await page.route('**/api/events', async (route) => {
    await new Promise((r) => setTimeout(r, 2000));
    await route.continue();
  });
  await page.goto(`${host.url}/results`);
  await expect(page.locator('h1')).toHaveText(election.title.fr, { timeout: 15_000 });
  await apiCall(host.url, 'staff.setLanguage', { language: 'nl' }, token);
  // Well before the slow periodic reload (15 s) would have mended it.
  await expect(page.locator('h1')).toHaveText(election.title.nl ?? '', { timeout: 8000 });
});
