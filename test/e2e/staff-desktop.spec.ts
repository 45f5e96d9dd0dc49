/**
 * The console's projector panel over the web host: no window to move there, so it explains
 * that the projector is the /results page; the quit switch drives staff.allowQuit.
 */
import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { apiCall, staffToken, TEST_PIN } from '../support/api-call';
import { openVote } from '../support/election-fixture';
import { startHost, type HostHandle } from '../support/host-process';

const SHOTS = process.env.PRIORITES_SHOTS_DIR;

let host: HostHandle;
test.afterEach(async () => {
  await host?.stop();
});

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

async function openProjectorPanel(page: Page) {
  await page.goto(`${host.url}/staff`);
  await page.getByLabel('Code PIN', { exact: true }).fill(TEST_PIN);
  await page.getByRole('button', { name: 'Entrer' }).click();
  await page.getByRole('button', { name: 'Projecteur' }).click();
  await expect(page.getByRole('heading', { name: 'Projecteur', level: 2 })).toBeVisible();
}

test('in a browser the projector panel points to the results page', async ({ page }) => {
  host = await startHost();
  await staffToken(host.url);
  await openProjectorPanel(page);
  await expect(page.getByTestId('projector-browser')).toHaveText(
    `Dans le navigateur, le projecteur est la page des résultats, à l’adresse ${host.url}/results. Ouvrez-la dans une fenêtre placée sur l’écran du projecteur, puis passez-la en plein écran (touche F11).`,
  );
  // The host cannot move windows: no display picker and no error alert.
  await expect(page.getByLabel('Écran', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  // Before the vote opens, closing is always allowed and the switch says so.
  const sw = page.getByRole('switch', { name: 'Autoriser la fermeture de l’application' });
  await expect(sw).toBeChecked();
  await expect(sw).toBeDisabled();
  await expect(page.getByText('Le vote n’est pas ouvert')).toBeVisible();
  const r = await new AxeBuilder({ page }).include('.staff-panel').analyze();
  expect(r.violations.map((v) => v.id)).toEqual([]);
  await shot(page, 'staff-projector-browser');

  await page.getByRole('combobox', { name: /^Langue/ }).selectOption('en');
  await expect(page.getByTestId('projector-browser')).toContainText(`at ${host.url}/results`);
});

test('during the vote the quit switch unlocks and locks closing the application', async ({
  page,
}) => {
  host = await startHost();
  const token = await openVote(host.url);
  const canQuit = async () => (await apiCall(host.url, 'staff.overview', {}, token)).canQuit;
  expect(await canQuit()).toBe(false);

  await openProjectorPanel(page);
  const sw = page.getByRole('switch', { name: 'Autoriser la fermeture de l’application' });
  await expect(sw).not.toBeChecked();
  await expect(sw).toBeEnabled();
  await sw.click();
  await expect(page.getByRole('status').filter({ hasText: 'autorisée' })).toHaveText(
    'La fermeture de l’application est autorisée.',
  );
  await expect(sw).toBeChecked();
  expect(await canQuit()).toBe(true);
  const r = await new AxeBuilder({ page }).include('.staff-panel').analyze();
  expect(r.violations.map((v) => v.id)).toEqual([]);
  await shot(page, 'staff-projector-quit-allowed');

  await sw.click();
  await expect(
    page.getByText('La fermeture de l’application est de nouveau bloquée.'),
  ).toBeVisible();
  await expect(sw).not.toBeChecked();
  expect(await canQuit()).toBe(false);
});
