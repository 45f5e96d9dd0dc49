import { expect, test } from '@playwright/test';
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
  tallyVector,
} from './results-slide';

// Each test starts its own host and casts through HTTP: slow on a busy two-core machine.
test.describe.configure({ timeout: 150_000 });

let host: HostHandle;
test.afterEach(async () => {
  await host?.stop();
});

// The shared vector's A-D stand for the election's four options, in order.
const vector = tallyVector('tie-cycle');

for (const vp of VIEWPORTS)
  for (const method of ['copeland', 'borda'] as const) {
    test(`the tie-cycle case shows its ties as ties, ${method} (${vp.width}×${vp.height})`, async ({
      browser,
    }) => {
      host = await startHost();
      const token = await openVote(host.url, {
        method,
        results: { batchSize: 5, minBallots: 5, policy: 'live' },
      });
      const { election } = await apiCall(host.url, 'results.get', {});
      const ids = election.options.map((o) => o.id);
      const map = (letter: string) => ids[vector.options.indexOf(letter)] as string;
      const groups = vector.ballots.map((g) => ({ count: g.count, ranking: g.ranking.map(map) }));
      await castAll(host.url, expand(groups, 'FR'));
      await apiCall(host.url, 'staff.close', { confirm: true }, token);
      await apiCall(host.url, 'staff.reveal', {}, token);

      const page = await browser.newPage({ viewport: vp });
      await page.goto(`${host.url}/results`);
      await expect(page.getByTestId('ballot-count')).toHaveText('9', { timeout: 15_000 });
      const rows = await shownRows(page, 4);
      const tiers = (
        vector.expected[method === 'borda' ? 'borda_order' : 'copeland'] as string[][]
      ).map((t) => t.map(map));
      let rank = 1;
      for (const tier of tiers) {
        for (const id of tier) {
          const row = rows.find((r) => r.option === id);
          expect(row?.rank, id).toBe(rank);
          expect(row?.tied, id).toBe(tier.length > 1);
          if (tier.length > 1) expect(row?.rankText).toContain('ex aequo');
        }
        rank += tier.length;
      }
      if (method === 'borda') {
        const borda = vector.expected.borda as Record<string, number>;
        for (const [letter, points] of Object.entries(borda))
          expect(rows.find((r) => r.option === map(letter))?.score).toBe(points);
      }
      // Methods disagree here: the slide says so in plain words, and there is no Condorcet winner.
      await expect(page.getByTestId('agreement')).toHaveAttribute('data-all-same', 'false');
      const agreement = page.getByTestId('agreement');
      if (method === 'borda') {
        // Copeland ties A and B at the top where Borda puts B first.
        await expect(agreement).toContainText(
          'La méthode Copeland place l’accompagnement et le projet politique à égalité en tête.',
        );
        await expect(page.getByTestId('score-note')).toHaveText(
          '3 points pour un 1er choix, 2 pour un 2e, 1 pour un 3e, 0 pour un 4e ; les thèmes non classés se partagent le reste, d’où les scores en ,5.',
        );
      } else {
        // Borda puts B alone first where Copeland ties A and B.
        await expect(agreement).toContainText(
          'La méthode Borda place le projet politique en tête.',
        );
      }
      await expect(page.getByTestId('method-check')).not.toContainText(/≠|autre ordre|rang :/);
      await expect(page.getByTestId('condorcet')).toHaveAttribute('data-winner', '');
      const fit = await scrollFits(page);
      expect(fit.scroll).toBeLessThanOrEqual(fit.inner);
      await shot(page, `tie-cycle-${method}-${vp.height}`);

      await page.keyboard.press('m');
      const pairwise = vector.expected.pairwise as Record<string, Record<string, number>>;
      for (const [a, row] of Object.entries(pairwise))
        for (const [b, n] of Object.entries(row))
          await expect(
            page.locator(`main td[data-row="${map(a)}"][data-col="${map(b)}"]`),
          ).toHaveAttribute('data-count', String(n));
      // Read out: « L’accompagnement préféré au projet politique », contracted.
      await expect(
        page.locator(`main td[data-row="${map('A')}"][data-col="${map('B')}"] .sr-only`),
      ).toHaveText('L’accompagnement préféré au projet politique par 5 votants (majorité)');
      // Columns follow the rows.
      const cols = await page
        .locator('main [data-testid="matrix"] thead th')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-option')));
      const rowIds = await page
        .locator('main [data-testid="matrix"] tbody tr')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-option')));
      expect(cols).toEqual(rowIds);
      // The letters read A, B, C… across the top and down the rows alike.
      const headLetters = await page
        .locator('main [data-testid="matrix"] thead th')
        .evaluateAll((els) => els.map((e) => e.textContent?.trim()));
      const rowLetters = await page
        .locator('main [data-testid="matrix"] tbody th .letter')
        .evaluateAll((els) => els.map((e) => e.textContent?.trim()));
      const abc = rowIds.map((_, i) => String.fromCharCode(65 + i));
      expect(headLetters).toEqual(abc);
      expect(rowLetters).toEqual(abc);
      await shot(page, `tie-cycle-${method}-matrix-${vp.height}`);

      // Dutch, without French guillemets.
      await page.goto(`${host.url}/results?lang=nl`);
      await expect(page.getByTestId('ballot-count')).toHaveText('9', { timeout: 15_000 });
      await expect(page.locator('main.results')).not.toContainText(/[«»]/);
      if (method === 'borda')
        await expect(page.getByTestId('agreement')).toContainText(
          'De methode Copeland zet Begeleiding en het politieke project gelijk bovenaan.',
        );
      await shot(page, `tie-cycle-${method}-nl-${vp.height}`);
    });
  }
