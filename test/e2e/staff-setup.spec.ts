/**
 * The console for a newcomer and for a careful day: the first-steps checklist, entitled counts
 * that survive saving the election (and a question before a change drops one), visible save
 * confirmations, whole question texts, the code slips in the section's languages (PDF read
 * back with poppler), the closed-vote help after the reveal, and the PIN screen's buttons.
 */
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { apiCall, staffToken, TEST_PIN } from '../support/api-call';
import { startHost, type HostHandle } from '../support/host-process';

const SHOTS = process.env.PRIORITES_SHOTS_DIR;
const PIN = '271828';

let host: HostHandle;
test.afterEach(async () => {
  await host?.stop();
});
test.beforeEach(async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1366, height: 768 });
});

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

async function noAxeViolations(page: Page) {
  const r = await new AxeBuilder({ page }).analyze();
  expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}

async function signIn(page: Page, pin = TEST_PIN) {
  await page.goto(`${host.url}/staff`);
  await page.getByLabel('Code PIN', { exact: true }).fill(pin);
  await page.getByRole('button', { name: 'Entrer' }).click();
  await expect(page.getByTestId('vote-status')).toBeVisible();
}

const inDutch = (page: Page) => page.getByLabel('Langue').selectOption('nl');
const inFrench = (page: Page) => page.getByLabel('Taal').selectOption('fr');

test('a newcomer is walked through PIN, election, entitled counts and opening', async ({
  page,
}) => {
  host = await startHost();
  await page.goto(`${host.url}/staff`);
  await shot(page, 'console-pin-first-fr');
  // The PIN screen's two buttons stand apart (they touched).
  const leave = await page.getByRole('button', { name: 'Quitter la console' }).boundingBox();
  const set = await page.getByRole('button', { name: 'Enregistrer le code PIN' }).boundingBox();
  if (!leave || !set) throw new Error('PIN buttons not laid out');
  // Side by side or wrapped (200 % text), never touching.
  const apart = Math.max(set.x - (leave.x + leave.width), set.y - (leave.y + leave.height));
  expect(apart).toBeGreaterThanOrEqual(12);
  await page.getByLabel('Code PIN', { exact: true }).fill(PIN);
  await page.getByLabel('Répétez le code PIN').fill(PIN);
  await page.getByRole('button', { name: 'Enregistrer le code PIN' }).click();

  const steps = page.getByTestId('setup-step');
  await expect(page.getByRole('heading', { name: 'Premiers pas' })).toBeVisible();
  await expect(steps).toHaveText([
    'Choisir le code PIN de l’équipe (fait)',
    'Vérifier le scrutin « Smart in Progress (SIP) : adoption des nouveaux thèmes pour 2020-2021 » (à faire)',
    'Indiquer le nombre d’inscrits de chaque section (à faire)',
    'Passer à l’ouverture du vote (à faire)',
  ]);
  // The whole checklist is on the first screen at 1366×768.
  const box = await page.locator('.setup').boundingBox();
  expect(box && box.y + box.height).toBeLessThanOrEqual(768);
  await noAxeViolations(page);
  await shot(page, 'console-setup-fr');

  await page.getByRole('button', { name: /^Vérifier le scrutin/ }).click();
  await expect(page.getByRole('heading', { name: 'Scrutin', level: 2 })).toBeVisible();
  await page.getByRole('button', { name: 'Vote', exact: true }).click();
  await expect(steps.nth(1)).toHaveText(/\(fait\)$/);

  await page.getByRole('button', { name: /^Indiquer le nombre d’inscrits/ }).click();
  await page.getByRole('spinbutton', { name: 'France' }).fill('180');
  await page.getByRole('spinbutton', { name: 'Belgique' }).fill('120');
  await page.getByRole('button', { name: 'Enregistrer les inscrits' }).click();
  await expect(page.getByText('Les nombres d’inscrits sont enregistrés.')).toBeInViewport();
  // Every setting saved says so, beside itself.
  await page
    .getByRole('combobox', { name: 'Section enregistrée par ce kiosque' })
    .selectOption('BE');
  await expect(
    page.getByText('Ce kiosque enregistre désormais la section Belgique.'),
  ).toBeVisible();
  await page.getByRole('combobox', { name: 'Langue d’accueil du kiosque' }).selectOption('nl');
  await expect(page.getByText('Langue d’accueil du kiosque : Nederlands.')).toBeVisible();
  await noAxeViolations(page);
  await shot(page, 'console-settings-saved-fr');
  await page.getByRole('button', { name: 'Vote', exact: true }).click();
  await expect(steps.nth(2)).toHaveText(/\(fait\)$/);
  await shot(page, 'console-setup-ticked-fr');

  await inDutch(page);
  await expect(page.getByRole('heading', { name: 'Eerste stappen' })).toBeVisible();
  await expect(steps.nth(1)).toHaveText(
    'De stemming “Smart in Progress (SIP): goedkeuring van de nieuwe thema’s voor 2020-2021” nakijken (klaar)',
  );
  await noAxeViolations(page);
  await shot(page, 'console-setup-nl');
  await inFrench(page);
  // At 200 % text the checklist still reads without sideways scrolling.
  await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
  await shot(page, 'console-setup-200');
  await page.evaluate(() => (document.documentElement.style.fontSize = ''));

  // The last step leads to the open button further down, in view and focused.
  await page.getByRole('button', { name: /^Passer à l’ouverture du vote/ }).click();
  const open = page.getByRole('button', { name: 'Ouvrir le vote' });
  await expect(open).toBeFocused();
  await expect(open).toBeInViewport();
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').getByRole('button', { name: 'Ouvrir le vote' }).click();
  await expect(page.getByTestId('vote-status')).toHaveText('Vote ouvert');
  await expect(page.getByRole('heading', { name: 'Premiers pas' })).toHaveCount(0);
});

test('saving the election keeps the entitled counts; dropping one asks first and says which', async ({
  page,
}) => {
  host = await startHost();
  const token = await staffToken(host.url);
  await apiCall(host.url, 'staff.setEntitled', { section: 'FR', count: 180 }, token);
  await apiCall(host.url, 'staff.setEntitled', { section: 'BE', count: 120 }, token);
  const { election } = await apiCall(host.url, 'staff.overview', {}, token);
  await signIn(page);
  const counts = page.locator('.summary'); // the vote's state, in either language
  await expect(counts).toContainText('0 / 180');
  await expect(counts).toContainText('0 / 120');

  await page.getByRole('button', { name: 'Scrutin', exact: true }).click();
  // Every question field shows its whole text.
  for (const area of await page.locator('textarea').all()) {
    const [scroll, client] = await area.evaluate((el) => [el.scrollHeight, el.clientHeight]);
    expect(scroll).toBeLessThanOrEqual(client + 1);
  }
  await page.getByRole('button', { name: 'Enregistrer le scrutin' }).click();
  // The confirmation is beside the button, on screen.
  const saved = page.getByText('Le scrutin est enregistré.');
  await expect(saved).toBeVisible();
  await expect(saved).toBeInViewport();
  await expect(counts).toContainText('0 / 180');
  await expect(counts).toContainText('0 / 120');
  await shot(page, 'console-election-saved-fr');

  // A definition without Belgium would drop its count: asked first, nothing changes on cancel.
  const frOnly = { ...election, sections: election.sections.filter((s) => s.id === 'FR') };
  const load = (label = 'Charger un fichier de scrutin (JSON)') =>
    page.getByLabel(label).setInputFiles({
      name: 'france.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(frOnly)),
    });
  await load();
  const dialog = page.getByRole('dialog', { name: 'Effacer des nombres d’inscrits ?' });
  await expect(dialog).toContainText(
    'Ce scrutin n’a pas la section Belgique (120 inscrits) : son nombre d’inscrits sera effacé.',
  );
  await noAxeViolations(page);
  await shot(page, 'console-confirm-drop-fr');
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  await expect(counts).toContainText('0 / 120');
  await expect(page.getByText('Scrutin chargé depuis france.json.')).toHaveCount(0);

  await inDutch(page);
  await load('Stemmingsbestand laden (JSON)');
  const nl = page.getByRole('dialog', { name: 'Aantallen ingeschrevenen wissen?' });
  await expect(nl).toContainText(
    'Deze stemming heeft de afdeling België (120 ingeschrevenen) niet',
  );
  await noAxeViolations(page);
  await shot(page, 'console-confirm-drop-nl');
  await nl.getByRole('button', { name: 'Wissen en doorgaan' }).click();
  await expect(page.getByText('Stemming geladen uit france.json.')).toBeVisible();
  await expect(counts).toContainText('0 / 180');
  await expect(counts).not.toContainText('België');
});

test('Belgian code slips are in Dutch and French, on screen, in the PDF and on paper', async ({
  page,
}) => {
  host = await startHost();
  await staffToken(host.url);
  await signIn(page);
  await page.getByRole('button', { name: 'Codes de vote' }).click();
  await page.getByRole('combobox', { name: 'Section', exact: true }).selectOption('BE');
  await page.getByLabel('Nombre de codes').fill('7');
  await page.getByRole('button', { name: 'Créer les codes' }).click();
  await expect(page.getByTestId('slip-code')).toHaveCount(7);
  const codes = await page.getByTestId('slip-code').allTextContents();
  const slip = page.locator('.slip').first();
  await expect(slip).toContainText('Uw stemcode / Votre code de vote');
  await expect(slip).toContainText('In te voeren aan de kiosk. Eenmalig geldig.');
  await expect(slip).toContainText('À saisir au kiosque. Valable une seule fois.');
  await noAxeViolations(page);
  await shot(page, 'console-codes-be-fr');

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'priorites-e2e-slips-'));
  try {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Enregistrer en PDF' }).click();
    const file = path.join(dir, 'slips.pdf');
    await (await download).saveAs(file);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/^Pages:\s+1$/m);
    const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    for (const c of codes) expect(text).toContain(c);
    expect(text).toContain(
      'Smart in Progress (SIP): goedkeuring van de nieuwe thema’s voor 2020-2021',
    );
    expect(text).toContain('Smart in Progress (SIP) : adoption des nouveaux thèmes pour 2020-2021');
    if (SHOTS)
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '70',
        '-singlefile',
        file,
        path.join(SHOTS, 'console-slips-pdf'),
      ]);

    // Printing the sheet: only the slips, and no blank page after them.
    await page.emulateMedia({ media: 'print' });
    await shot(page, 'console-codes-print');
    const printed = path.join(dir, 'printed.pdf');
    fs.writeFileSync(printed, await page.pdf({ format: 'A4' }));
    expect(execFileSync('pdfinfo', [printed], { encoding: 'utf8' })).toMatch(/^Pages:\s+1$/m);
    const paper = execFileSync('pdftotext', [printed, '-'], { encoding: 'utf8' });
    expect(paper).toContain(codes[0] as string);
    expect(paper).not.toContain('Console de l’équipe');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('after the reveal, the closed vote no longer asks to reveal the results', async ({ page }) => {
  host = await startHost();
  const token = await staffToken(host.url);
  // An election that keeps its results hidden until the close: the one that has a reveal.
  const { election } = await apiCall(host.url, 'staff.overview', {}, token);
  const hidden = { ...election, results: { ...election.results, policy: 'hidden' as const } };
  await apiCall(host.url, 'staff.updateElection', { election: hidden }, token);
  await apiCall(host.url, 'staff.open', {}, token);
  await apiCall(host.url, 'staff.close', { confirm: true }, token);
  await signIn(page);
  const help = page.getByText(/^Le vote est clos et ne peut pas être rouvert/);
  await expect(help).toContainText('révélez les résultats');
  // Irreversible for the room: the console asks first.
  await page.getByRole('button', { name: 'Révéler les résultats' }).click();
  const dialog = page.getByRole('dialog', { name: 'Révéler les résultats sur le projecteur ?' });
  await expect(dialog).toContainText('Cela ne peut pas être caché ensuite.');
  await noAxeViolations(page);
  await dialog.getByRole('button', { name: 'Révéler les résultats' }).click();
  await expect(
    page.getByText('Les résultats sont révélés sur l’écran de projection.'),
  ).toBeVisible();
  await expect(help).not.toContainText('révélez');
  await expect(page.getByRole('button', { name: 'Révéler les résultats' })).toHaveCount(0);
  await noAxeViolations(page);
  await shot(page, 'console-closed-revealed-fr');
  await inDutch(page);
  await expect(page.getByText(/^De stemming is gesloten/)).not.toContainText('toon de resultaten');
  // An outcome stays in the language it was said in: hidden, not left in French.
  await expect(page.getByText('Les résultats sont révélés sur l’écran de projection.')).toHaveCount(
    0,
  );
  await noAxeViolations(page);
  await shot(page, 'console-closed-revealed-nl');
});

test('live results: the closed vote waits for « Révéler » too, and the console says why', async ({
  page,
}) => {
  // #13: the live slide trails by one batch, so the final one must come in one go at the reveal.
  host = await startHost();
  const token = await staffToken(host.url);
  const { election } = await apiCall(host.url, 'staff.overview', {}, token);
  expect(election.results.policy).toBe('live');
  await apiCall(host.url, 'staff.open', {}, token);
  await apiCall(host.url, 'staff.close', { confirm: true }, token);
  await signIn(page);
  await expect(page.getByText(/^Le vote est clos et ne peut pas être rouvert/)).toContainText(
    'le dernier lot de chaque section y est retenu',
  );
  await expect(page.getByRole('button', { name: 'Révéler les résultats' })).toHaveCount(1);
  await inDutch(page);
  await expect(page.getByRole('button', { name: 'Resultaten tonen' })).toHaveCount(1);
  await noAxeViolations(page);
});

test('turnout in the counts is written as each language writes a percentage', async ({ page }) => {
  host = await startHost();
  const token = await staffToken(host.url);
  await apiCall(host.url, 'staff.setEntitled', { section: 'BE', count: 120 }, token);
  await apiCall(host.url, 'staff.open', {}, token);
  const ballotId = 'b'.repeat(32);
  await apiCall(host.url, 'kiosk.cast', { ballotId, ranking: ['accompagnement'], section: 'BE' });
  await signIn(page);
  const counts = page.locator('.counts');
  await expect(counts).toContainText('1 / 120 (0,8 %)');
  await inDutch(page);
  await expect(counts).toContainText('1 / 120 (0,8%)');
});
