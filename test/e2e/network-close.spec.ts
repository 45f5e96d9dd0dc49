/**
 * Closing with kiosks out on the network: the close confirmation names the ballots still
 * waiting on app kiosks and the kiosks that are offline (from the hub's device counts), in
 * French and Dutch, axe at zero. On 127.0.0.1; the app kiosk is the core's HubClient reporting
 * what its outbox holds, as JoinedKiosk does.
 */
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { HubClient, pairWithHub } from '../../src-main/core/network/hub-client';
import { apiCall, staffToken, TEST_PIN } from '../support/api-call';
import { openVote } from '../support/election-fixture';
import { startHost, tempDataDir, type HostHandle } from '../support/host-process';

const SHOTS = '/tmp/shots-network';
let host: HostHandle;
const clients: HubClient[] = [];
test.afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await host?.stop();
});

async function shot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

test('the close confirmation names ballots waiting on kiosks and offline kiosks', async ({
  browser,
}) => {
  host = await startHost(tempDataDir(), {
    PRIORITES_NETWORK_BIND: '127.0.0.1',
    PRIORITES_NETWORK_PORT: '0',
  });
  await openVote(host.url);
  const token = await staffToken(host.url);
  const { addresses } = await apiCall(host.url, 'staff.setNetwork', { on: true }, token);
  const hub = addresses[0] as string;
  const pair = async (name: string, section: string) =>
    pairWithHub({
      address: hub,
      name,
      code: (await apiCall(host.url, 'staff.newPairingCode', { role: 'kiosk', section }, token))
        .code,
    });
  // One app kiosk online, holding three ballots for the hub; one paired kiosk never heard of.
  const app = new HubClient(await pair('Borne France 1', 'FR'));
  clients.push(app);
  await app.call('device.report', { waiting: 3 });
  await pair('Borne Belgique', 'BE');

  const staff = await (
    await browser.newContext({ viewport: { width: 1366, height: 768 } })
  ).newPage();
  await staff.goto(`${host.url}/staff`);
  await staff.getByLabel('Code PIN', { exact: true }).fill(TEST_PIN);
  await staff.getByRole('button', { name: 'Entrer' }).click();
  await staff.locator('nav').getByRole('button', { name: 'Vote', exact: true }).click();
  await staff.getByRole('button', { name: 'Clore le vote' }).click();
  const dialog = staff.getByRole('dialog');
  await expect(dialog).toContainText(
    '3 bulletins attendent encore sur les bornes d’application pour rejoindre le poste central.',
  );
  await expect(dialog).toContainText('Une borne est hors ligne : Borne Belgique.');
  await expect(dialog).not.toContainText('Borne France 1');
  await shot(staff, 'close-waiting-fr-1366');
  expect((await new AxeBuilder({ page: staff }).analyze()).violations.map((v) => v.id)).toEqual([]);

  // The kiosk's ballots arrive: the count follows while the question is open.
  await app.call('device.report', { waiting: 0 });
  await expect(dialog).not.toContainText('attendent encore', { timeout: 8_000 });
  await expect(dialog).toContainText('Borne Belgique');
  await dialog.getByRole('button', { name: 'Annuler' }).click();

  // The device list says the same, kiosk by kiosk.
  await app.call('device.report', { waiting: 1 });
  await staff.getByRole('button', { name: 'Réseau' }).click();
  const list = staff.getByTestId('device-list');
  await expect(list).toContainText('Borne France 1');
  await expect(list).toContainText('Borne Belgique');
  // En attente: the sixth cell after the name.
  const waitingCell = (name: string) =>
    list
      .getByRole('row', { name: new RegExp(name) })
      .getByRole('cell')
      .nth(5);
  await expect(waitingCell('Borne France 1')).toHaveText('1');
  await expect(waitingCell('Borne Belgique')).toHaveText('—');
  await shot(staff, 'network-devices-fr-1366');
  expect((await new AxeBuilder({ page: staff }).analyze()).violations.map((v) => v.id)).toEqual([]);
  await staff.locator('nav').getByRole('button', { name: 'Vote', exact: true }).click();

  await staff.getByLabel('Langue').selectOption('nl');
  await staff.getByRole('button', { name: 'Stemming sluiten' }).click();
  await expect(dialog).toContainText('Er wacht nog 1 stembiljet op een app-stemzuil');
  await expect(dialog).toContainText('Eén stemzuil is offline: Borne Belgique.');
  await shot(staff, 'close-waiting-nl-1366');
  expect((await new AxeBuilder({ page: staff }).analyze()).violations.map((v) => v.id)).toEqual([]);
});
