/**
 * The staff console follows staff changes by pushed `staff` events; casts are never pushed on
 * the public stream (that would time every vote), so their counts come by a short poll while
 * the vote is open; a closed vote (whose overview recounts every method) is not asked again.
 */
import { expect, test } from '@playwright/test';
import { apiCall } from '../support/api-call';
import { startHost, type HostHandle } from '../support/host-process';

const PIN = '271828';
let host: HostHandle;
test.afterEach(async () => {
  await host?.stop();
});

test('staff changes are pushed, casts are not (the counts follow by a short poll), and a closed vote is not polled', async ({
  page,
}) => {
  host = await startHost();
  const { token } = await apiCall(host.url, 'staff.setPin', { pin: PIN });
  await apiCall(host.url, 'staff.open', {}, token);
  const election = await apiCall(host.url, 'kiosk.state', {});
  const option = election.election.options[0]?.id as string;

  let overviews = 0;
  page.on('request', (r) => {
    if (r.url().endsWith('/api/staff.overview')) overviews++;
  });
  await page.goto(`${host.url}/staff`);
  await page.getByLabel('Code PIN', { exact: true }).fill(PIN);
  await page.getByRole('button', { name: 'Entrer' }).click();
  await expect(page.getByTestId('staff-ballots')).toHaveText('0');

  // Listening on the public stream: a cast below a batch pushes nothing at all.
  const pushed = await page.evaluate(
    async ({ url, first }) => {
      const seen: string[] = [];
      const es = new EventSource(`${url}/api/events`);
      for (const name of ['results', 'kiosk', 'staff'])
        es.addEventListener(name, () => seen.push(name));
      await new Promise((r) => setTimeout(r, 500));
      await fetch(`${url}/api/kiosk.cast`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ballotId: '1'.padStart(32, '0'), ranking: [first] }),
      });
      await new Promise((r) => setTimeout(r, 1000));
      es.close();
      return seen;
    },
    { url: host.url, first: option },
  );
  expect(pushed).toEqual([]);
  // The console's own short poll shows it.
  await expect(page.getByTestId('staff-ballots')).toHaveText('1', { timeout: 4000 });

  await apiCall(host.url, 'staff.close', { confirm: true }, token);
  await expect(page.getByTestId('vote-status')).toHaveText('Vote clos');
  await page.waitForTimeout(500);
  const before = overviews;
  await page.waitForTimeout(7000);
  expect(overviews - before).toBe(0);

  // A staff change is pushed: one overview, asked because of the push, with the new count.
  await apiCall(host.url, 'staff.setEntitled', { section: 'FR', count: 180 }, token);
  await expect(page.getByText('/ 180', { exact: false }).first()).toBeVisible({ timeout: 1500 });
  expect(overviews - before).toBe(1);
});
