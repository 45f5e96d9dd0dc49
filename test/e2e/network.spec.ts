/**
 * Several kiosks, one ballot box, over HTTPS on 127.0.0.1: staff switch network mode on in
 * the console's « Réseau » panel and pair devices; a browser kiosk (Chromium, its token in an
 * HttpOnly cookie) and two app-style kiosks (the core's JoinedKiosk with their own outboxes)
 * vote; a paired projector page shows the room's pooled ballots in batches; staff revoke the
 * browser kiosk mid-vote and pair a new one. French and Dutch, axe at zero, screenshots.
 */
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { pairWithHub } from '../../src-main/core/network/hub-client';
import { JoinedKiosk } from '../../src-main/core/network/joined-kiosk';
import { apiCall, staffToken, TEST_PIN } from '../support/api-call';
import { openVote } from '../support/election-fixture';
import { startHost, tempDataDir, type HostHandle } from '../support/host-process';

const SHOTS = '/tmp/shots-network';
test.describe.configure({ timeout: 150_000 });

let host: HostHandle;
const joined: JoinedKiosk[] = [];
test.afterEach(async () => {
  for (const k of joined.splice(0)) k.stop();
  await host?.stop();
});

async function shot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/**
 * A plain Chromium paired through the hub's /pair page (certificate errors accepted here as
 * the guide's SPKI flag does): its token then lives in an HttpOnly cookie.
 */
async function browserDevice(
  browser: Browser,
  hub: string,
  code: string,
  page: string,
  size: { width: number; height: number },
  look?: string,
) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: size });
  const p = await context.newPage();
  await p.goto(`${hub}${page}`);
  // Unpaired: sent to the pairing page.
  await expect(p).toHaveURL(`${hub}/pair`);
  await p.getByLabel('Code d’appairage').fill(code.toLowerCase());
  await p.getByLabel('Nom de cet appareil').fill(`Chromium ${page}`);
  if (look) {
    await shot(p, look);
    expect((await new AxeBuilder({ page: p }).analyze()).violations.map((v) => v.id)).toEqual([]);
  }
  await p.getByRole('button', { name: 'Relier' }).click();
  await expect(p).toHaveURL(`${hub}${page}`);
  const cookies = await context.cookies();
  expect(cookies.find((c) => c.name === 'priorites-device')).toMatchObject({
    httpOnly: true,
    secure: true,
  });
  return p;
}

test('hub, three kiosks and a projector over HTTPS; revoke one mid-vote; pair a new one', async ({
  browser,
}) => {
  host = await startHost(tempDataDir(), {
    PRIORITES_NETWORK_BIND: '127.0.0.1',
    PRIORITES_NETWORK_PORT: '0',
  });
  await openVote(host.url, { results: { batchSize: 2, minBallots: 2, policy: 'live' } });
  const token = await staffToken(host.url);

  const staff = await (
    await browser.newContext({ viewport: { width: 1366, height: 768 } })
  ).newPage();
  await staff.goto(`${host.url}/staff`);
  await staff.getByLabel('Code PIN', { exact: true }).fill(TEST_PIN);
  await staff.getByRole('button', { name: 'Entrer' }).click();
  await staff.getByRole('button', { name: 'Réseau' }).click();
  // The switch follows the hub's answer, not the click.
  await staff.getByRole('switch', { name: 'Mode réseau' }).click();
  await expect(staff.getByText('Mode réseau activé.')).toBeVisible();
  await expect(staff.getByRole('switch', { name: 'Mode réseau' })).toBeChecked();
  const hub = (
    await staff.getByTestId('network-addresses').locator('code').first().innerText()
  ).trim();
  expect(hub).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
  const status = await apiCall(host.url, 'staff.network', {}, token);
  await expect(
    staff.getByText(`--ignore-certificate-errors-spki-list=${status.spki}`),
  ).toBeVisible();

  // The projector first, paired from the console's own form.
  await staff.getByLabel('Rôle').selectOption('projector');
  await staff.getByRole('button', { name: 'Créer un code d’appairage' }).click();
  const projectorCode = await staff.getByTestId('pairing-code').innerText();
  await expect(staff.getByRole('img', { name: /Code QR/ })).toBeVisible();
  await shot(staff, 'network-panel-fr-1366');
  expect((await new AxeBuilder({ page: staff }).analyze()).violations.map((v) => v.id)).toEqual([]);
  const projector = await browserDevice(browser, hub, projectorCode, '/results', {
    width: 1920,
    height: 1080,
  });
  await expect(projector.getByTestId('ballot-count')).toHaveText('0');

  // Three kiosks: a Chromium for Belgium, two app kiosks (France, Belgium).
  const code = async (section: string) =>
    (await apiCall(host.url, 'staff.newPairingCode', { role: 'kiosk', section }, token)).code;
  const kiosk = await browserDevice(
    browser,
    hub,
    await code('BE'),
    '/kiosk',
    { width: 1366, height: 768 },
    'pair-page-fr-1366',
  );
  for (const section of ['FR', 'BE']) {
    const link = await pairWithHub({
      address: hub,
      code: await code(section),
      name: `App ${section}`,
      fingerprint: status.fingerprint,
    });
    const k = new JoinedKiosk({ link, dataDir: tempDataDir('priorites-joined-') });
    k.start();
    joined.push(k);
  }

  const vote = async () => {
    await kiosk.getByRole('button', { name: /Commencer|Beginnen/ }).click();
    await kiosk.locator('[data-option="projet-politique"]').click();
    await kiosk.getByRole('button', { name: /Vérifier mon vote|Mijn stem nakijken/ }).click();
    await kiosk.getByRole('button', { name: /Je confirme mon vote|Ik bevestig mijn stem/ }).click();
    await expect(kiosk.getByRole('heading', { name: /A voté|Gestemd/ })).toBeVisible();
  };
  await vote();
  // One ballot: below the batch, the projector still shows none.
  await expect(projector.getByTestId('ballot-count')).toHaveText('0');
  const appCast = async (k: JoinedKiosk) => {
    await k.call({ method: 'kiosk.state', input: {} });
    const r = await k.call({
      method: 'kiosk.cast',
      input: { ballotId: crypto.randomUUID().replace(/-/g, ''), ranking: ['accompagnement'] },
    });
    expect(r.ok).toBe(true);
  };
  // Batches are released per section: France 1, Belgium 1 show nothing yet…
  await appCast(joined[0] as JoinedKiosk);
  await expect
    .poll(async () => (await apiCall(host.url, 'staff.overview', {}, token)).ballots)
    .toBe(2);
  await expect(projector.getByTestId('ballot-count')).toHaveText('0');
  // …the second Belgian ballot, from another kiosk, completes Belgium's first batch, pooled
  // across kiosks; the live slide trails the box by one batch (#13), so it shows once a second
  // Belgian batch is complete.
  await appCast(joined[1] as JoinedKiosk);
  await expect
    .poll(async () => (await apiCall(host.url, 'staff.overview', {}, token)).ballots)
    .toBe(3);
  await expect(projector.getByTestId('ballot-count')).toHaveText('0');
  await appCast(joined[1] as JoinedKiosk);
  await appCast(joined[1] as JoinedKiosk);
  await expect(projector.getByTestId('ballot-count')).toHaveText('2', { timeout: 3000 });
  await shot(projector, 'network-projector-1920');

  // Staff revoke the Chromium kiosk while a voter is midway.
  await kiosk.getByRole('button', { name: /Commencer|Beginnen/ }).click();
  await staff.getByRole('button', { name: 'Réseau' }).click();
  const list = staff.getByTestId('device-list');
  await expect(list).toContainText('Chromium /kiosk');
  // At 200 % text the list keeps its words whole (it scrolls sideways instead).
  await staff.evaluate(() => void (document.documentElement.style.fontSize = '200%'));
  const broken = await list.evaluate((table) => {
    const out: string[] = [];
    for (const cell of Array.from(table.querySelectorAll('th, td, button'))) {
      const text = cell.firstChild;
      if (!(text instanceof Text)) continue;
      for (const m of text.data.matchAll(/\S+/g)) {
        const r = document.createRange();
        r.setStart(text, m.index);
        r.setEnd(text, m.index + m[0].length);
        if (r.getClientRects().length > 1) out.push(m[0]);
      }
    }
    return out;
  });
  expect(broken).toEqual([]);
  await staff.evaluate(() => void (document.documentElement.style.fontSize = ''));
  await staff.getByRole('button', { name: 'Retirer Chromium /kiosk' }).click();
  // Cutting a device off cannot be undone without a new pairing code: the console asks first.
  const asked = staff.getByRole('dialog', { name: 'Retirer « Chromium /kiosk » ?' });
  await expect(asked).toContainText('un nouveau code d’appairage');
  await expect(list).toContainText('Chromium /kiosk');
  await asked.getByRole('button', { name: 'Retirer', exact: true }).click();
  await expect(staff.getByText('L’appareil « Chromium /kiosk » est retiré')).toBeVisible();
  await expect(list).not.toContainText('Chromium /kiosk');
  await kiosk.locator('[data-option="projet-politique"]').click();
  await kiosk.getByRole('button', { name: /Vérifier mon vote/ }).click();
  await kiosk.getByRole('button', { name: /Je confirme mon vote/ }).click();
  // The voter is told the vote did not count here.
  await expect(
    kiosk.getByText(/retiré du poste central : il n’enregistre plus aucun vote/),
  ).toBeVisible();
  await expect(kiosk.getByRole('heading', { name: /A voté/ })).toHaveCount(0);

  // A new kiosk in its place, and the app kiosk's ballots reach the room's count.
  const again = await browserDevice(browser, hub, await code('FR'), '/kiosk', {
    width: 1366,
    height: 768,
  });
  await expect(again.getByRole('button', { name: /Commencer/ })).toBeVisible();
  await expect
    .poll(async () => (await apiCall(host.url, 'staff.overview', {}, token)).ballots)
    .toBe(5);
  await expect(list).toContainText('Chromium /kiosk');

  await staff.getByLabel('Langue').selectOption('nl');
  await staff.getByRole('button', { name: 'Netwerk' }).click();
  await expect(staff.getByRole('switch', { name: 'Netwerkmodus' })).toBeChecked();
  await shot(staff, 'network-panel-nl-1366');
  expect((await new AxeBuilder({ page: staff }).analyze()).violations.map((v) => v.id)).toEqual([]);
});
