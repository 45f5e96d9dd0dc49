/**
 * Recovery without a terminal (#11 §5), against the real web host started on a damaged data
 * folder (three ballots cast, then ballots.slots emptied behind the app's back): the kiosk asks
 * voters to call the staff; the console, after the PIN, names the damaged file and why,
 * « Réparer » asks for a confirmation, shows its progress and the report, and the box opens
 * without a restart: the kiosk is back to its welcome and a ballot is recorded again. French
 * and Dutch at 1366×768, axe at zero on every new screen.
 */
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { apiCall, TEST_PIN } from '../support/api-call';
import { openVote } from '../support/election-fixture';
import { startHost, type HostHandle } from '../support/host-process';

const SHOTS = process.env.PRIORITES_SHOTS_DIR;

let host: HostHandle | undefined;
test.afterEach(async () => {
  await host?.stop();
  host = undefined;
});

test.use({ viewport: { width: 1366, height: 768 } });

const A = 'accompagnement';
const id = (n: number) => n.toString(16).padStart(32, 'a');

async function axeClean(page: Page): Promise<void> {
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
}

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, name), fullPage: true });
}

/** A host on a folder whose ballots file was emptied after three votes. */
async function damagedHost(): Promise<HostHandle> {
  const first = await startHost();
  await openVote(first.url);
  for (let i = 1; i <= 3; i++)
    await apiCall(first.url, 'kiosk.cast', { ballotId: id(i), ranking: [A] });
  await first.stop();
  fs.writeFileSync(path.join(first.dataDir, 'ballots.slots'), '');
  return startHost(first.dataDir);
}

const WORDS = {
  fr: {
    title: 'Un fichier du vote est endommagé',
    why: 'le fichier est vide ou coupé',
    repair: 'Réparer',
    confirm: 'Oui, réparer',
    report: 'Rapport de la réparation',
    line: 'ballots.slots : il contient 0 enregistrement au lieu de 3 enregistrements',
    opened: 'Le dossier s’ouvre correctement',
    go: 'Aller à la console',
    running: 'Réparation en cours',
  },
  nl: {
    title: 'Een bestand van de stemming is beschadigd',
    why: 'het bestand is leeg of afgebroken',
    repair: 'Herstellen',
    confirm: 'Ja, herstellen',
    report: 'Verslag van het herstel',
    line: 'ballots.slots: het bevat 0 records in plaats van 3 records',
    opened: 'De map gaat correct open',
    go: 'Naar de console',
    running: 'Bezig met herstellen',
  },
} as const;

for (const lang of ['fr', 'nl'] as const) {
  test(`a damaged folder is repaired from the console (${lang})`, async ({ browser }) => {
    host = await damagedHost();
    const w = WORDS[lang];
    const untouched = fs.readFileSync(path.join(host.dataDir, 'cast-journal.json'));

    const kiosk = await (await browser.newContext()).newPage();
    await kiosk.goto(`${host.url}/kiosk`);
    await expect(kiosk.getByRole('heading', { name: 'Appelez l’équipe' })).toBeVisible();
    await expect(kiosk.getByRole('button', { name: 'Commencer' })).toHaveCount(0);
    await axeClean(kiosk);
    if (lang === 'fr') await shot(kiosk, 'kiosk-call-staff-fr.png');

    const page = await (await browser.newContext()).newPage();
    await page.goto(`${host.url}/staff`);
    await expect(page.getByText('Un fichier du vote est endommagé. Saisissez')).toBeVisible();
    await axeClean(page);
    if (lang === 'fr') await shot(page, 'staff-damaged-pin-fr.png');
    await page.getByLabel('Code PIN', { exact: true }).fill(TEST_PIN);
    await page.getByRole('button', { name: 'Entrer' }).click();
    await expect(page.getByTestId('damaged-file')).toContainText('ballots.slots');
    if (lang === 'nl') await page.getByLabel('Langue').selectOption('nl');
    await expect(page.getByRole('heading', { name: w.title })).toBeVisible();
    await expect(page.getByText(w.why)).toBeVisible();
    await axeClean(page);
    await shot(page, `staff-damaged-${lang}.png`);
    // Nothing has been written yet.
    expect(fs.readFileSync(path.join(host.dataDir, 'cast-journal.json'))).toEqual(untouched);

    await page.getByRole('button', { name: w.repair, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await axeClean(page);
    await shot(page, `staff-repair-confirm-${lang}.png`);
    // Held back a moment, so that the progress line can be seen (a large folder takes time).
    await page.route('**/api/staff.recover', async (route) => {
      await new Promise((r) => setTimeout(r, 800));
      await route.continue();
    });
    await dialog.getByRole('button', { name: w.confirm }).click();
    await expect(page.getByRole('status').filter({ hasText: w.running })).toBeVisible();

    await expect(page.getByRole('heading', { name: w.report })).toBeVisible();
    await expect(page.getByTestId('repair-report')).toContainText(w.line);
    await expect(page.getByText(w.opened)).toBeVisible();
    await axeClean(page);
    await shot(page, `staff-repair-report-${lang}.png`);
    expect(fs.readdirSync(path.join(host.dataDir, 'damaged')).length).toBeGreaterThan(0);

    // The box is open again, without a restart: the console and the kiosk go on.
    await page.getByRole('button', { name: w.go }).click();
    await expect(page.getByTestId('vote-status')).toBeVisible();
    await expect(kiosk.getByRole('button', { name: 'Commencer' })).toBeVisible({
      timeout: 10_000,
    });
    await expect(
      apiCall(host.url, 'kiosk.cast', { ballotId: id(9), ranking: [A] }),
    ).resolves.toEqual({ recorded: true, duplicate: false });
  });
}

test('the kiosk asks for the staff when the staff check finds damage while voting', async ({
  browser,
}) => {
  host = await startHost();
  await openVote(host.url);
  const kiosk = await (await browser.newContext()).newPage();
  await kiosk.goto(`${host.url}/kiosk`);
  await expect(kiosk.getByRole('button', { name: 'Commencer' })).toBeVisible();

  const page = await (await browser.newContext()).newPage();
  await page.goto(`${host.url}/staff`);
  await page.getByLabel('Code PIN', { exact: true }).fill(TEST_PIN);
  await page.getByRole('button', { name: 'Entrer' }).click();
  await apiCall(host.url, 'kiosk.cast', { ballotId: id(1), ranking: [A] });
  fs.writeFileSync(path.join(host.dataDir, 'ballots.slots'), '');
  await page.getByRole('button', { name: 'Journal' }).click();
  await page.getByRole('button', { name: 'Vérifier l’intégrité des fichiers' }).click();
  await expect(kiosk.getByRole('heading', { name: 'Appelez l’équipe' })).toBeVisible();
  await page.getByRole('button', { name: 'Réparer', exact: true }).click();
  await expect(page.getByTestId('damaged-file')).toContainText('ballots.slots');
  await page.getByRole('button', { name: 'Réparer', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Oui, réparer' }).click();
  await expect(page.getByText('Le dossier s’ouvre correctement')).toBeVisible();
  await expect(kiosk.getByRole('button', { name: 'Commencer' })).toBeVisible({ timeout: 10_000 });
});

test('no PIN can be proven: nobody signs in, and the console says what to do', async ({
  browser,
}) => {
  const first = await startHost();
  await openVote(first.url);
  await first.stop();
  // A PIN record the seal never vouched for, in the document and every backup.
  const settings = path.join(first.dataDir, 'settings.json');
  const forged = fs.readFileSync(settings, 'utf8').replace(/"hash": "[0-9a-f]/, '"hash": "x');
  fs.writeFileSync(settings, forged);
  const backups = path.join(first.dataDir, 'backups');
  for (const f of fs.readdirSync(backups))
    if (f.startsWith('settings.')) fs.writeFileSync(path.join(backups, f), forged);
  host = await startHost(first.dataDir);

  const page = await (await browser.newContext()).newPage();
  await page.goto(`${host.url}/staff`);
  await expect(
    page.getByRole('heading', { name: 'Le code PIN ne peut pas être vérifié' }),
  ).toBeVisible();
  await expect(page.getByText('personne ne peut réparer depuis cette console')).toBeVisible();
  await expect(page.getByLabel('Code PIN', { exact: true })).toHaveCount(0);
  await axeClean(page);
  await shot(page, 'staff-pin-unproven-fr.png');
  await expect(apiCall(host.url, 'staff.setPin', { pin: TEST_PIN })).rejects.toMatchObject({
    status: 503,
  });
});
