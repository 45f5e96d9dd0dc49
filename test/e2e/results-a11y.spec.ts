import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { apiCall, staffToken } from '../support/api-call';
import { openVote } from '../support/election-fixture';
import { startHost, type HostHandle } from '../support/host-process';
import { castAll, shot } from './results-slide';

// Each test starts its own host and casts through HTTP: slow on a busy two-core machine.
test.describe.configure({ timeout: 150_000 });

let host: HostHandle;
test.afterEach(async () => {
  await host?.stop();
});

for (const theme of ['dark', 'light'] as const) {
  test(`the ${theme} theme has no axe violation, on every view and page, controls shown`, async ({
    browser,
  }) => {
    host = await startHost();
    await openVote(host.url, { results: { batchSize: 5, minBallots: 5, policy: 'live' } });
    const { election } = await apiCall(host.url, 'results.get', {});
    const [a, b, c, d] = election.options.map((o) => o.id) as [string, string, string, string];
    // France visible with a blank and a tie; Belgium below the threshold (hidden notice).
    await castAll(host.url, [
      ...Array.from({ length: 3 }, () => ({ ranking: [a, b, c, d], section: 'FR' })),
      ...Array.from({ length: 3 }, () => ({ ranking: [b, a, d, c], section: 'FR' })),
      { ranking: [], section: 'FR' },
      ...Array.from({ length: 3 }, () => ({ ranking: [c], section: 'FR' })),
      ...Array.from({ length: 2 }, () => ({ ranking: [d], section: 'BE' })),
    ]);
    const token = await staffToken(host.url);
    await apiCall(host.url, 'staff.close', { confirm: true }, token);
    await apiCall(host.url, 'staff.reveal', {}, token);
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await page.goto(`${host.url}/results?theme=${theme}&controls=1`);
    await expect(page.getByTestId('ballot-count')).toHaveText('12', { timeout: 15_000 });
    for (const key of ['1', '2', '3']) {
      await page.keyboard.press(key);
      for (const p of ['summary', 'matrix']) {
        if ((await page.locator('main.results').getAttribute('data-page')) !== p)
          await page.keyboard.press('m');
        await expect(page.locator('main.results')).toHaveAttribute('data-page', p);
        await expect(page.getByTestId('ballot-count')).toBeVisible();
        const r = await new AxeBuilder({ page }).analyze();
        expect(r.violations, `${theme} view ${key} ${p}`).toEqual([]);
        await shot(page, `a11y-${theme}-${key}-${p}`);
      }
    }
    await context.close();
  });
}
