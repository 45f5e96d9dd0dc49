import { expect, test } from '@playwright/test';
import { openVote } from '../support/election-fixture';
import { castAll } from './results-slide';
import { startHost, type HostHandle } from '../support/host-process';

let host: HostHandle;

test.afterEach(async () => {
  await host?.stop();
});

test('a ballot ranked on the kiosk reaches the results page live, and survives a restart', async ({
  browser,
}) => {
  host = await startHost();
  // One ballot is enough to show here; batching and thresholds have their own tests.
  await openVote(host.url, { results: { batchSize: 1, minBallots: 1, policy: 'live' } });

  const results = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await results.goto(`${host.url}/results`);
  await expect(results.getByTestId('ballot-count')).toHaveText('0');
  let reloaded = false;
  results.on('load', () => (reloaded = true));

  const kiosk = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await kiosk.goto(`${host.url}/kiosk`);
  await expect(kiosk.getByRole('heading', { level: 1 })).toContainText('Smart in Progress');
  await expect(kiosk.getByText('Penser et agir pour l’égalité', { exact: false })).toBeVisible();
  await kiosk.getByRole('button', { name: 'Commencer' }).click();
  await kiosk.locator('[data-option="projet-politique"]').click();
  await kiosk.locator('[data-option="accompagnement"]').click();
  await kiosk.getByRole('button', { name: 'Vérifier mon vote' }).click();
  await expect(kiosk.getByText('Votre 1er choix : Le projet politique')).toBeVisible();
  await expect(kiosk.getByText('Votre 2e choix : L’accompagnement')).toBeVisible();
  await kiosk.getByRole('button', { name: 'Je confirme mon vote' }).click();
  const confirmedAt = Date.now();
  await expect(kiosk.getByRole('heading', { name: 'A voté !' })).toBeVisible();
  // The slide trails by one batch (of one here): the next ballot releases the kiosk's.
  expect(Date.now() - confirmedAt).toBeLessThan(1500);
  await castAll(host.url, [{ ranking: ['accompagnement'], section: 'FR' }]);
  const nextAt = Date.now();

  await expect(results.getByTestId('ballot-count')).toHaveText('1', { timeout: 1000 });
  expect(Date.now() - nextAt).toBeLessThan(1500);
  expect(reloaded).toBe(false);
  await expect(results.locator('[data-testid="order"] li').first()).toHaveAttribute(
    'data-option',
    'projet-politique',
  );
  // The kiosk never shows results.
  await expect(kiosk.getByTestId('ballot-count')).toHaveCount(0);

  await host.stop();
  host = await (await import('../support/host-process')).startHost(host.dataDir);
  await results.goto(`${host.url}/results`);
  await expect(results.getByTestId('ballot-count')).toHaveText('1');
});
