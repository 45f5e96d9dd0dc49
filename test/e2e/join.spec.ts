/**
 * An app kiosk joins a hub from its own console: a hub host with network mode on 127.0.0.1,
 * a second host process as a stand-alone kiosk. In Chromium, staff open the kiosk's console
 * (its own PIN), « Poste central »: wrong code, no hub at the address, a join link whose
 * fingerprint is not the hub's, then the real join link. The joined kiosk votes, the ballot is
 * at the hub; the hub stops: the kiosk's staff indicator shows and an open-mode vote still
 * says « A voté »; the hub restarts: the waiting ballot drains. A relay with another
 * certificate in the hub's place: the clear message on the kiosk and in its console; staff
 * unpair it. French and Dutch, axe at zero, screenshots at 1366×768.
 */
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import tls from 'node:tls';
import { expect, test, type Page } from '@playwright/test';
import { loadOrCreateIdentity } from '../../src-main/core/network/tls-identity';
import { apiCall, staffToken, TEST_PIN } from '../support/api-call';
import { openVote, patchElection } from '../support/election-fixture';
import { startHost, tempDataDir, type HostHandle } from '../support/host-process';

const SHOTS = process.env.PRIORITES_SHOTS ?? '/tmp/shots-join';
test.describe.configure({ timeout: 170_000 });

const hosts: HostHandle[] = [];
const servers: (net.Server | tls.Server)[] = [];
test.afterEach(async () => {
  for (const s of servers.splice(0)) await new Promise<void>((r) => s.close(() => r()));
  for (const h of hosts.splice(0)) await h.stop();
});

async function shot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}
async function axeClean(page: Page) {
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
}
const hubEnv = (port: string) => ({
  PRIORITES_NETWORK_BIND: '127.0.0.1',
  PRIORITES_NETWORK_PORT: port,
});
/** A loopback port nothing listens on (taken, then released). */
async function deadPort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const p = (s.address() as net.AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return p;
}

test('an app kiosk joins a hub from its join screen, votes through the hub, survives the hub’s absence', async ({
  browser,
}) => {
  const hubDir = tempDataDir('priorites-hub-');
  let hub = await startHost(hubDir, hubEnv('0'));
  hosts.push(hub);
  await openVote(hub.url, { results: { batchSize: 2, minBallots: 2, policy: 'live' } });
  let hubToken = await staffToken(hub.url);
  const network = await apiCall(hub.url, 'staff.setNetwork', { on: true }, hubToken);
  const hubAddress = network.addresses[0] as string;
  const hubPort = new URL(hubAddress).port;
  const hubBallots = async () => (await apiCall(hub.url, 'staff.overview', {}, hubToken)).ballots;

  const kioskHost = await startHost(tempDataDir('priorites-kiosk-'));
  hosts.push(kioskHost);
  await staffToken(kioskHost.url);

  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const console_ = await context.newPage();
  await console_.goto(`${kioskHost.url}/staff`);
  await console_.getByLabel('Code PIN', { exact: true }).fill(TEST_PIN);
  await console_.getByRole('button', { name: 'Entrer' }).click();
  await console_.getByRole('button', { name: 'Poste central' }).click();
  await expect(
    console_.getByRole('heading', { name: 'Relier cette borne à un poste central' }),
  ).toBeVisible();
  await expect(console_.getByTestId('no-hub-found')).toBeVisible();
  await shot(console_, 'join-empty-fr-1366');
  await axeClean(console_);

  const address = console_.getByLabel('Adresse du poste central ou lien d’appairage');
  const codeField = console_.getByLabel('Code d’appairage');
  const submit = console_.getByRole('button', { name: 'Relier', exact: true });
  const alert = console_.locator('#join-error');

  // A wrong code.
  await address.fill(`127.0.0.1:${hubPort}`);
  await codeField.fill('ABCD-2345');
  await console_.getByLabel('Nom de cette borne').fill('Borne Bruxelles');
  await submit.click();
  await expect(alert).toHaveText(/Ce code d’appairage est erroné, déjà utilisé ou expiré/);
  await shot(console_, 'join-wrong-code-fr-1366');
  await axeClean(console_);

  // Nobody at the address.
  const offer = await apiCall(
    hub.url,
    'staff.newPairingCode',
    { role: 'kiosk', section: 'BE' },
    hubToken,
  );
  await address.fill(`127.0.0.1:${await deadPort()}`);
  await codeField.fill(offer.code);
  await submit.click();
  await expect(alert).toHaveText(/Aucun poste central ne répond à cette adresse/);

  // A join link whose fingerprint is not the hub's certificate: refused before the code goes.
  const forged = offer.link.replace(/fp=[0-9A-F]+/i, `fp=${'AB'.repeat(32)}`);
  await address.fill(forged);
  await expect(console_.getByTestId('expected-fingerprint')).toContainText('ABAB');
  await expect(codeField).toHaveValue(offer.code);
  await submit.click();
  await expect(alert).toHaveText(/présente un autre certificat que celui du code QR/);
  await shot(console_, 'join-certificate-fr-1366');

  // The real join link, pasted: address, code and fingerprint in one go.
  await address.fill(offer.link);
  await expect(console_.getByTestId('expected-fingerprint')).toContainText(
    network.fingerprint.replace(/:/g, ''),
  );
  await submit.click();
  await expect(console_.getByTestId('join-result')).toContainText(
    `Cette borne est reliée au poste central ${hubAddress}, pour la section Belgique.`,
  );
  await expect(console_.getByTestId('join-link')).toHaveText('Liaison : le poste central répond.');
  // The vote's own panels are gone: it runs at the hub.
  await expect(console_.getByRole('button', { name: 'Vote', exact: true })).toHaveCount(0);
  await shot(console_, 'join-joined-fr-1366');
  await axeClean(console_);
  const devices = await apiCall(hub.url, 'staff.devices', {}, hubToken);
  expect(devices.devices.map((d) => [d.name, d.role, d.section])).toEqual([
    ['Borne Bruxelles', 'kiosk', 'BE'],
  ]);

  await console_.getByLabel('Langue').selectOption('nl');
  await expect(console_.getByTestId('join-result')).toContainText(
    'Deze stemzuil is gekoppeld aan de centrale computer',
  );
  await shot(console_, 'join-joined-nl-1366');
  await axeClean(console_);
  await console_.getByLabel('Taal').selectOption('fr');

  // The joined kiosk votes; the ballot is at the hub.
  const kiosk = await context.newPage();
  await kiosk.goto(`${kioskHost.url}/kiosk`);
  const vote = async () => {
    await kiosk.getByRole('button', { name: /Commencer/ }).click();
    await kiosk.locator('[data-option="projet-politique"]').click();
    await kiosk.getByRole('button', { name: /Vérifier mon vote/ }).click();
    await kiosk.getByRole('button', { name: /Je confirme mon vote/ }).click();
    await expect(kiosk.getByRole('heading', { name: /A voté/ })).toBeVisible();
    await kiosk.reload();
  };
  await vote();
  await expect.poll(hubBallots).toBe(1);
  await expect(kiosk.getByTestId('hub-indicator')).toHaveCount(0);

  // The hub stops: the staff indicator shows; an open-mode vote still counts on this kiosk.
  await hub.stop();
  await expect(kiosk.getByTestId('hub-indicator')).toContainText('Poste central injoignable', {
    timeout: 15_000,
  });
  await vote();
  await expect(kiosk.getByTestId('hub-indicator')).toHaveText(
    'Poste central injoignable · 1 bulletin en attente',
    { timeout: 15_000 },
  );
  await shot(kiosk, 'kiosk-hub-down-fr-1366');
  await axeClean(kiosk);
  await expect(console_.getByTestId('join-link')).toContainText('le poste central ne répond pas');
  await expect(
    console_.getByText('1 bulletin attend d’être envoyé au poste central.'),
  ).toBeVisible();
  // Staff can take every ballot of this kiosk away as a file for the hub's import.
  const saving = console_.waitForEvent('download');
  await console_.getByRole('button', { name: 'Enregistrer les bulletins de cette borne' }).click();
  const download = await saving;
  const exported = fs.readFileSync(await download.path(), 'utf8');
  await expect(console_.getByText('2 bulletins enregistrés dans le fichier.')).toBeVisible();
  expect(download.suggestedFilename()).toMatch(/^bulletins-[a-z0-9-]+\.csv$/);
  expect(exported.trim().split(/\r?\n/)).toHaveLength(3);

  // The hub comes back on the same port: the waiting ballot drains, the indicator goes.
  hub = await startHost(hubDir, hubEnv(hubPort));
  hosts.push(hub);
  hubToken = await staffToken(hub.url);
  await apiCall(hub.url, 'staff.setNetwork', { on: true }, hubToken);
  await expect.poll(hubBallots, { timeout: 20_000 }).toBe(2);
  await expect(kiosk.getByTestId('hub-indicator')).toHaveCount(0, { timeout: 15_000 });
  const counted = await apiCall(hub.url, 'staff.devices', {}, hubToken);
  await expect
    .poll(async () => (await apiCall(hub.url, 'staff.devices', {}, hubToken)).devices[0]?.waiting, {
      timeout: 15_000,
    })
    .toBe(0);
  expect(counted.devices).toHaveLength(1);
  // The kiosk's file at the hub: both ballots are there already, so they count once.
  const imported = await apiCall(
    hub.url,
    'staff.import',
    { files: [{ name: download.suggestedFilename(), content: exported }] },
    hubToken,
  );
  expect(imported).toMatchObject({ added: 0, alreadyPresent: 2 });
  expect(await hubBallots()).toBe(2);

  // Something else answers at the hub's address with another certificate.
  await hub.stop();
  const other = await loadOrCreateIdentity(tempDataDir('priorites-mitm-'));
  const relay = tls.createServer({ key: other.key, cert: other.cert }, (s) => s.destroy());
  servers.push(relay);
  await new Promise<void>((r) => relay.listen(Number(hubPort), '127.0.0.1', r));
  await expect(kiosk.getByTestId('hub-indicator')).toHaveText(
    'Poste central : autre certificat, liaison refusée',
    { timeout: 20_000 },
  );
  await shot(kiosk, 'kiosk-hub-certificate-fr-1366');
  await expect(console_.getByTestId('join-link')).toHaveText(
    /Liaison refusée : le poste central présente un autre certificat/,
  );
  await shot(console_, 'join-link-certificate-fr-1366');
  await axeClean(console_);

  // Staff unpair it (nothing waits): the kiosk stands alone again, on its own box.
  await console_.getByRole('button', { name: 'Délier cette borne' }).click();
  await console_.getByRole('dialog').getByRole('button', { name: 'Délier' }).click();
  await expect(console_.getByText('Cette borne est de nouveau autonome.')).toBeVisible();
  // The next pairing starts from an empty form.
  await expect(console_.getByLabel('Adresse du poste central ou lien d’appairage')).toHaveValue('');
  await expect(codeField).toHaveValue('');
  await kiosk.reload();
  await expect(kiosk.getByText(/Le vote n’est pas ouvert/)).toBeVisible();
  await expect(kiosk.getByTestId('hub-indicator')).toHaveCount(0);

  await console_.getByLabel('Langue').selectOption('nl');
  await expect(
    console_.getByRole('heading', { name: 'Deze stemzuil aan een centrale computer koppelen' }),
  ).toBeVisible();
  // The outcome follows the language: not left in French.
  await expect(console_.getByText('Deze stemzuil werkt weer zelfstandig.')).toBeVisible();
  await shot(console_, 'join-empty-nl-1366');
  await axeClean(console_);
});

test('a joined kiosk asks voters to wait while the hub is away, refuses a code then, and takes it once the hub is back', async ({
  browser,
}) => {
  const hubDir = tempDataDir('priorites-hub-');
  let hub = await startHost(hubDir, hubEnv('0'));
  hosts.push(hub);
  let token = await staffToken(hub.url);
  const { election } = await apiCall(hub.url, 'staff.overview', {}, token);
  await apiCall(
    hub.url,
    'staff.updateElection',
    { election: patchElection(election, { eligibility: 'codes' }) },
    token,
  );
  const { codes } = await apiCall(
    hub.url,
    'staff.generateCodes',
    { section: 'FR', count: 2 },
    token,
  );
  await apiCall(hub.url, 'staff.open', {}, token);
  const network = await apiCall(hub.url, 'staff.setNetwork', { on: true }, token);
  const hubPort = new URL(network.addresses[0] as string).port;
  const offer = await apiCall(
    hub.url,
    'staff.newPairingCode',
    { role: 'kiosk', section: 'FR' },
    token,
  );

  const kioskHost = await startHost(tempDataDir('priorites-kiosk-'));
  hosts.push(kioskHost);
  await staffToken(kioskHost.url);
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const console_ = await context.newPage();
  await console_.goto(`${kioskHost.url}/staff`);
  await console_.getByLabel('Code PIN', { exact: true }).fill(TEST_PIN);
  await console_.getByRole('button', { name: 'Entrer' }).click();
  await console_.getByRole('button', { name: 'Poste central' }).click();
  await console_.getByLabel('Adresse du poste central ou lien d’appairage').fill(offer.link);
  await console_.getByRole('button', { name: 'Relier', exact: true }).click();
  await expect(console_.getByTestId('join-result')).toContainText('pour la section France');

  const kiosk = await context.newPage();
  await kiosk.goto(`${kioskHost.url}/kiosk`);
  // A voter already on the code screen when the hub goes away is not interrupted. (A welcome
  // screen renews itself when the kiosk's state changes, as it does once just after joining: a
  // tap at that moment is lost, so the voter taps again.)
  const codeBox = kiosk.getByRole('textbox', { name: 'Code de vote' });
  await expect(async () => {
    await kiosk.getByRole('button', { name: 'Commencer' }).click({ timeout: 2000 });
    await expect(codeBox).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 30_000 });
  await hub.stop();
  await expect(kiosk.getByTestId('hub-indicator')).toBeVisible({ timeout: 15_000 });
  await codeBox.fill(codes[0] as string);
  await kiosk.getByRole('button', { name: 'Valider le code' }).click();
  await expect(kiosk.getByRole('alert')).toHaveText(
    'Le poste central ne répond pas : votre vote n’a pas été enregistré. Appelez le personnel.',
  );
  await expect(kiosk.getByRole('heading', { name: 'Classez les thèmes' })).toHaveCount(0);
  await shot(kiosk, 'kiosk-code-hub-down-fr-1366');
  await axeClean(kiosk);
  // The next voter is told at once, before typing a code for nothing.
  await kiosk.getByRole('button', { name: 'Retour' }).click();
  await expect(kiosk.getByRole('status')).toHaveText(
    'Cette borne attend le poste central, qui ne répond pas pour le moment. Patientez un instant ou appelez l’équipe.',
  );
  // No language switch on this screen: Dutch and English are written beneath.
  await expect(kiosk.locator('p[lang="nl"]')).toHaveText(
    'Deze stemzuil wacht op de centrale computer, die nu niet antwoordt. Even geduld, of roep het team.',
  );
  await expect(kiosk.locator('p[lang="en"]')).toContainText('This kiosk is waiting for the hub');
  await expect(kiosk.getByRole('button', { name: 'Commencer' })).toHaveCount(0);
  await shot(kiosk, 'kiosk-hub-wait-fr-1366');
  await axeClean(kiosk);

  hub = await startHost(hubDir, hubEnv(hubPort));
  hosts.push(hub);
  token = await staffToken(hub.url);
  await apiCall(hub.url, 'staff.setNetwork', { on: true }, token);
  await expect(kiosk.getByTestId('hub-indicator')).toHaveCount(0, { timeout: 15_000 });
  await kiosk.getByRole('button', { name: 'Commencer' }).click();
  await kiosk.getByRole('textbox', { name: 'Code de vote' }).fill(codes[0] as string);
  await kiosk.getByRole('button', { name: 'Valider le code' }).click();
  await expect(kiosk.getByRole('heading', { name: 'Classez les thèmes' })).toBeVisible();
  await kiosk.locator('[data-option="projet-politique"]').click();
  await kiosk.getByRole('button', { name: 'Vérifier mon vote' }).click();
  await kiosk.getByRole('button', { name: 'Je confirme mon vote' }).click();
  await expect(kiosk.getByRole('heading', { name: 'A voté !' })).toBeVisible();
  const o = await apiCall(hub.url, 'staff.overview', {}, token);
  expect([o.ballots, o.codes.used]).toEqual([1, 1]);
});
