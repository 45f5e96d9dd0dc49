/**
 * The staff console follows the box by pushed `staff` events, not by a poll: a cast shows at
 * once, and a closed vote (whose overview recounts every method) is not asked again and again.
 */
import { expect, test } from '@playwright/test';
import { apiCall } from '../support/api-call';
import { startHost, type HostHandle } from '../support/host-process';

const PIN = '271828';
let host: HostHandle;
test.afterEach(async () => {
  await host?.stop();
});

const id = (n: number) => n.toString(16).padStart(32, '0');

test('the dashboard is pushed each change, and not polled once the vote is closed', async ({
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

  // Pushed: well before the 3 s a poll would have taken at worst.
  await apiCall(host.url, 'kiosk.cast', { ballotId: id(1), ranking: [option] });
  await expect(page.getByTestId('staff-ballots')).toHaveText('1', { timeout: 1500 });

  await apiCall(host.url, 'staff.close', { confirm: true }, token);
  await expect(page.getByTestId('vote-status')).toHaveText('Vote clos');
  await page.waitForTimeout(500);
  const before = overviews;
  await page.waitForTimeout(7000);
  expect(overviews - before).toBe(0);
});
