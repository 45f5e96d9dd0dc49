import { expect, test } from '@playwright/test';
import { tally } from '../../shared/tally';
import { apiCall } from '../support/api-call';
import { openVote } from '../support/election-fixture';
import { startHost, type HostHandle } from '../support/host-process';
import {
  VIEWPORTS,
  castAll,
  expand,
  scrollFits,
  shot,
  shownRows,
  smallestText,
  parseShown,
} from './results-slide';

// Each test starts its own host and casts through HTTP: slow on a busy two-core machine.
test.describe.configure({ timeout: 150_000 });

let host: HostHandle;
test.afterEach(async () => {
  await host?.stop();
});

// A known set: partial rankings, blanks, and sections that disagree.
const sets = (o: string[]) => {
  const [a, b, c, d] = o as [string, string, string, string];
  return {
    FR: [
      { count: 4, ranking: [a, b, c, d] },
      { count: 3, ranking: [b, a] },
      { count: 2, ranking: [c, d, b, a] },
      { count: 1, ranking: [] },
    ],
    BE: [
      { count: 3, ranking: [d, c, b, a] },
      { count: 3, ranking: [b, d, a, c] },
      { count: 2, ranking: [c] },
      { count: 2, ranking: [a, d, c, b] },
    ],
  };
};

for (const vp of VIEWPORTS) {
  test(`the slide shows the tally of a known ballot set (${vp.width}×${vp.height})`, async ({
    browser,
  }) => {
    host = await startHost();
    const token = await openVote(host.url, {
      results: { batchSize: 5, minBallots: 5, policy: 'live' },
    });
    const { election } = await apiCall(host.url, 'results.get', {});
    const options = election.options.map((o) => o.id);
    const groups = sets(options);
    await castAll(host.url, [...expand(groups.FR, 'FR'), ...expand(groups.BE, 'BE')]);
    // The whole set reaches the slide at the reveal (live, it trails by one batch).
    await apiCall(host.url, 'staff.close', { confirm: true }, token);
    await apiCall(host.url, 'staff.reveal', {}, token);

    const page = await browser.newPage({ viewport: vp });
    await page.goto(`${host.url}/results`);
    await expect(page.getByTestId('order')).toBeVisible({ timeout: 15_000 });
    const expected = {
      ALL: tally(options, [...groups.FR, ...groups.BE]),
      FR: tally(options, groups.FR),
      BE: tally(options, groups.BE),
    };
    for (const [key, view] of [
      ['1', 'ALL'],
      ['2', 'FR'],
      ['3', 'BE'],
    ] as const) {
      await page.keyboard.press(key);
      await expect(page.locator('main.results')).toHaveAttribute('data-view', view);
      const t = expected[view];
      await expect(page.getByTestId('ballot-count')).toHaveText(String(t.ballots));
      const rows = await shownRows(page, options.length);
      // Order, ranks with ties, scores and every segment of every bar are the tally's.
      expect(rows.map((r) => r.option)).toEqual(t.primaryOrder.flat());
      let rank = 1;
      for (const tier of t.primaryOrder) {
        for (const id of tier) {
          const row = rows.find((r) => r.option === id);
          expect(row?.rank).toBe(rank);
          expect(row?.tied).toBe(tier.length > 1);
          expect(row?.score).toBeCloseTo(t.borda[id] as number, 1);
          expect(row?.distribution).toEqual(t.rankDistribution[id]);
        }
        rank += tier.length;
      }
      if (t.blank > 0) await expect(page.getByTestId('blank-count')).toContainText(String(t.blank));
      await expect(page.getByTestId('agreement')).toHaveAttribute(
        'data-all-same',
        String(t.agreement.allSame),
      );
      await expect(page.getByTestId('condorcet')).toHaveAttribute(
        'data-winner',
        t.condorcetWinner ?? '',
      );
      await shot(page, `tally-${view}-${vp.height}`);
      const fit = await scrollFits(page);
      expect(fit.scroll).toBeLessThanOrEqual(fit.inner);
      expect(fit.wide).toBeLessThanOrEqual(fit.innerW);
      if (vp.height === 1080) expect((await smallestText(page)).size).toBeGreaterThanOrEqual(28);

      // The head-to-head page: every cell is the pairwise count.
      await page.keyboard.press('m');
      await expect(page.locator('main.results')).toHaveAttribute('data-page', 'matrix');
      for (const a of options)
        for (const b of options) {
          if (a === b) continue;
          const cell = page.locator(`main td[data-row="${a}"][data-col="${b}"]`);
          const shown = parseShown(
            (await cell.locator('[aria-hidden="true"]').innerText()).replace('▲', ''),
          );
          expect(shown).toBe(t.pairwise[a]?.[b]);
        }
      await shot(page, `tally-${view}-matrix-${vp.height}`);
      const fitM = await scrollFits(page);
      expect(fitM.scroll).toBeLessThanOrEqual(fitM.inner);
      if (vp.height === 1080) expect((await smallestText(page)).size).toBeGreaterThanOrEqual(28);
      await page.keyboard.press('m');
    }
  });
}
