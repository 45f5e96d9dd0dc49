import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { apiCall } from '../support/api-call';
import { startHost, type HostHandle } from '../support/host-process';

const SHOTS = process.env.PRIORITES_SHOTS_DIR;
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');
const PIN = '271828';

let host: HostHandle;
test.afterEach(async () => {
  await host?.stop();
});

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

async function noAxeViolations(page: Page) {
  const r = await new AxeBuilder({ page }).analyze();
  expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}

async function signIn(page: Page, first: boolean) {
  await page.goto(`${host.url}/staff`);
  await page.getByLabel('Code PIN', { exact: true }).fill(PIN);
  if (first) {
    await page.getByLabel('Répétez le code PIN').fill(PIN);
    await page.getByRole('button', { name: 'Enregistrer le code PIN' }).click();
  } else await page.getByRole('button', { name: 'Entrer' }).click();
  await expect(page.getByTestId('vote-status')).toBeVisible();
}

test('first start sets the PIN; wrong PINs are counted and then lock the console', async ({
  page,
}) => {
  host = await startHost();
  await page.goto(`${host.url}/staff`);
  await expect(
    page.getByRole('heading', { name: 'Choisissez le code PIN de l’équipe' }),
  ).toBeVisible();
  await noAxeViolations(page);
  await shot(page, 'staff-pin-first');
  await page.getByLabel('Code PIN', { exact: true }).fill(PIN);
  await page.getByLabel('Répétez le code PIN').fill('000000');
  await page.getByRole('button', { name: 'Enregistrer le code PIN' }).click();
  await expect(page.getByRole('alert')).toHaveText('Les deux codes PIN ne sont pas identiques.');
  await page.getByLabel('Code PIN', { exact: true }).fill(PIN);
  await page.getByLabel('Répétez le code PIN').fill(PIN);
  await page.getByRole('button', { name: 'Enregistrer le code PIN' }).click();
  await expect(page.getByTestId('vote-status')).toHaveText('En préparation');
  await page.getByRole('button', { name: 'Quitter la console' }).click();
  await expect(page).toHaveURL(/\/kiosk$/);

  await page.goto(`${host.url}/staff`);
  for (let i = 1; i <= 4; i++) {
    await page.getByLabel('Code PIN', { exact: true }).fill('1111');
    await page.getByRole('button', { name: 'Entrer' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      5 - i === 1
        ? 'Code PIN incorrect. Encore 1 essai.'
        : `Code PIN incorrect. Encore ${5 - i} essais.`,
    );
  }
  await page.getByLabel('Code PIN', { exact: true }).fill('1111');
  await page.getByRole('button', { name: 'Entrer' }).click();
  await expect(page.getByRole('alert')).toHaveText(/^Trop d’essais\. Réessayez dans \d+ s\.$/);
  await shot(page, 'staff-pin-locked');
  // Even the right PIN is refused while locked.
  await page.getByLabel('Code PIN', { exact: true }).fill(PIN);
  await page.getByRole('button', { name: 'Entrer' }).click();
  await expect(page.getByRole('alert')).toHaveText(/^Trop d’essais/);
});

test('the kiosk gesture opens the console; leaving returns to the welcome screen', async ({
  page,
}) => {
  host = await startHost();
  await page.goto(`${host.url}/kiosk`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Control+Alt+Shift+KeyS');
  await expect(page).toHaveURL(/\/staff$/);
  await expect(
    page.getByRole('heading', { name: 'Choisissez le code PIN de l’équipe' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Quitter la console' }).click();
  await expect(page).toHaveURL(/\/kiosk$/);
});

test('open with confirmation, generate codes, export to a folder, import, close', async ({
  page,
}) => {
  test.setTimeout(180_000); // a whole day of staff work, on a slow shared machine
  host = await startHost();
  const stick = fs.mkdtempSync(path.join(os.tmpdir(), 'priorites-e2e-stick-'));
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, true);
  await noAxeViolations(page);
  await shot(page, 'staff-dashboard-preparation');

  // Test mode: a test ballot, then its purge, confirmed.
  const testMode = page.getByLabel('Permettre des votes de test sur le kiosque');
  await testMode.click();
  await expect(testMode).toBeChecked();
  await expect(page.getByText('Mode test', { exact: true }).first()).toBeVisible();
  await apiCall(host.url, 'kiosk.cast', { ballotId: 'a'.repeat(32), ranking: ['accompagnement'] });
  await expect(page.getByText('1 bulletin de test enregistré', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Effacer les bulletins de test' }).click();
  await expect(page.getByRole('dialog')).toContainText('1 bulletin de test sera effacé.');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: 'Effacer les bulletins de test' })
    .click();
  await expect(page.getByText('1 bulletin de test effacé.')).toBeVisible();
  await expect(page.getByText('Aucun bulletin de test enregistré', { exact: true })).toBeVisible();

  // Settings: entitled per section.
  await page.getByRole('button', { name: 'Réglages' }).click();
  await page.getByRole('spinbutton', { name: 'France' }).fill('120');
  await page.getByRole('button', { name: 'Enregistrer les inscrits' }).click();
  await expect(page.getByText('Les nombres d’inscrits sont enregistrés.')).toBeVisible();
  await noAxeViolations(page);
  await shot(page, 'staff-settings');

  // Election editor.
  await page.getByRole('button', { name: 'Scrutin', exact: true }).click();
  await noAxeViolations(page);
  await shot(page, 'staff-election');

  // Open: a confirmation first, cancel keeps the preparation.
  await page.getByRole('button', { name: 'Vote', exact: true }).click();
  await testMode.click();
  await expect(testMode).not.toBeChecked();
  await page.getByRole('button', { name: 'Ouvrir le vote' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ouvrir le vote ?' });
  await expect(dialog).toBeVisible();
  await noAxeViolations(page);
  await shot(page, 'staff-confirm-open');
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  await expect(page.getByTestId('vote-status')).toHaveText('En préparation');
  await page.getByRole('button', { name: 'Ouvrir le vote' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ouvrir le vote' }).click();
  await expect(page.getByTestId('vote-status')).toHaveText('Vote ouvert');

  // Codes: shown once, then gone.
  await page.getByRole('button', { name: 'Codes de vote' }).click();
  await page.getByLabel('Nombre de codes').fill('6');
  await page.getByRole('button', { name: 'Créer les codes' }).click();
  await expect(page.getByTestId('slip-code')).toHaveCount(6);
  await expect(page.getByTestId('slip-code').first()).toHaveText(
    /^(FR|BE)-[2-9A-Z]{4}-[2-9A-Z]{4}$/,
  );
  await noAxeViolations(page);
  await shot(page, 'staff-codes-sheet');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Enregistrer en PDF' }).click();
  const pdf = fs.readFileSync(await (await download).path());
  expect(pdf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
  await page.getByRole('button', { name: 'Terminé : masquer les codes' }).click();
  await expect(page.getByTestId('slip-code')).toHaveCount(0);

  // Import two kiosks' files.
  await page.getByRole('button', { name: 'Importer des bulletins' }).click();
  await page
    .getByLabel('Choisir des fichiers CSV')
    .setInputFiles([path.join(FIXTURES, 'kiosk-a.csv'), path.join(FIXTURES, 'kiosk-b.csv')]);
  await expect(page.getByText('7 nouveaux bulletins, 1 déjà présent.')).toBeVisible();
  await expect(page.getByTestId('staff-ballots')).toHaveText('7');
  await page
    .getByLabel('Choisir des fichiers CSV')
    .setInputFiles([path.join(FIXTURES, 'duplicate-rank.csv')]);
  await expect(page.getByRole('alert')).toContainText(
    'duplicate-rank.csv, ligne 4 : le thème « accompagnement » est classé deux fois',
  );
  await expect(page.getByTestId('staff-ballots')).toHaveText('7');
  await noAxeViolations(page);
  await shot(page, 'staff-import-error');

  // Export to a folder.
  await page.getByRole('button', { name: 'Export sur clé USB' }).click();
  await page.getByLabel('Ou un dossier de votre choix (chemin complet)').fill(stick);
  await page.getByRole('button', { name: 'Exporter dans ce dossier' }).click();
  await expect(page.getByTestId('remove-ok')).toHaveText('Vous pouvez retirer la clé.');
  const [folder] = fs.readdirSync(stick);
  expect(fs.readdirSync(path.join(stick, folder as string)).sort()).toEqual([
    'audit-log.jsonl',
    'ballots.csv',
    'manifest.json',
    'recompter.html',
    'results.csv',
    'tally.mjs',
  ]);
  await noAxeViolations(page);
  await shot(page, 'staff-export-done');
  await page.getByLabel('Ou un dossier de votre choix (chemin complet)').fill('/nonexistent/stick');
  await page.getByRole('button', { name: 'Exporter dans ce dossier' }).click();
  await expect(page.getByRole('alert')).toHaveText('Clé introuvable. Est-elle branchée ?');

  // Close, with its confirmation.
  await page.getByRole('button', { name: 'Vote', exact: true }).click();
  await page.getByRole('button', { name: 'Clore le vote' }).click();
  await expect(page.getByRole('dialog')).toContainText('7 bulletins sont enregistrés');
  await page.getByRole('dialog').getByRole('button', { name: 'Clore le vote' }).click();
  await expect(page.getByTestId('vote-status')).toHaveText('Vote clos');

  // The audit trail shows what happened, and its chain holds.
  await page.getByRole('button', { name: 'Journal' }).click();
  await expect(page.getByText('La chaîne du journal est intacte.')).toBeVisible();
  // Each action is a sentence in the staff's language, never raw details (`on: true`).
  for (const sentence of [
    /^Mode test activé\.$/,
    /^1 bulletin de test effacé\.$/,
    /^Vote ouvert \(scrutin « sip-2020-2021 »\)\.$/,
    /^6 codes de vote créés pour la section [A-Z]+\.$/,
    /^Import de 2 fichiers : 7 nouveaux bulletins, 1 déjà présent\.$/,
    /^Export vers \S+ : 7 bulletins, 6 fichiers\.$/,
    /^Vote clos \(scrutin « sip-2020-2021 »\) : 7 bulletins\.$/,
  ])
    await expect(page.getByRole('cell', { name: sentence }).first()).toBeVisible();
  await expect(page.locator('table.audit')).not.toContainText(/\w: (true|false|\d)/);
  await noAxeViolations(page);
  await shot(page, 'staff-audit');
  fs.rmSync(stick, { recursive: true, force: true });
});
