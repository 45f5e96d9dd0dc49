/**
 * The audit trail in the console reads as sentences in the staff's language (« Export vers … :
 * 13 bulletins, 6 fichiers »), in French and in Dutch, at 1366×768, without raw details.
 */
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { apiCall, staffToken, TEST_PIN } from '../support/api-call';
import { startHost, type HostHandle } from '../support/host-process';

const SHOTS = process.env.PRIORITES_SHOTS_DIR;

let host: HostHandle;
let stick: string;
test.afterEach(async () => {
  await host?.stop();
  if (stick) fs.rmSync(stick, { recursive: true, force: true });
});

test.use({ viewport: { width: 1366, height: 768 } });

test('the audit trail is a list of sentences in French and in Dutch', async ({ page }) => {
  host = await startHost();
  const token = await staffToken(host.url);
  await apiCall(host.url, 'staff.setTestMode', { on: true }, token);
  await apiCall(host.url, 'staff.setTestMode', { on: false }, token);
  await apiCall(host.url, 'staff.setEntitled', { section: 'BE', count: 120 }, token);
  await apiCall(host.url, 'staff.setEntitled', { section: 'BE', count: null }, token);
  await apiCall(host.url, 'staff.open', {}, token);
  await apiCall(host.url, 'staff.generateCodes', { section: 'BE', count: 1 }, token);
  stick = fs.mkdtempSync(path.join(os.tmpdir(), 'priorites-audit-e2e-'));
  const report = await apiCall(host.url, 'staff.export', { folder: stick }, token);
  const folder = path.basename(report.folder);

  await page.goto(`${host.url}/staff`);
  await page.getByLabel('Code PIN', { exact: true }).fill(TEST_PIN);
  await page.getByRole('button', { name: 'Entrer' }).click();
  await page.getByRole('button', { name: 'Journal' }).click();
  const table = page.locator('table.audit');
  for (const sentence of [
    'Mode test activé.',
    'Mode test désactivé.',
    'Section BE : 120 inscrits.',
    'Nombre d’inscrits de la section BE effacé.',
    '1 code de vote créé pour la section BE.',
    `Export vers ${folder} : 0 bulletin, 6 fichiers.`,
  ])
    await expect(table.getByRole('cell', { name: sentence, exact: true })).toBeVisible();
  await expect(table).not.toContainText(/\w: (true|false|\d|null)/);
  await expect(table).toContainText(/\d{1,2}(er)? décembre 20\d\d/);
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
  if (SHOTS)
    await page.screenshot({ path: path.join(SHOTS, 'staff-audit-fr.png'), fullPage: true });

  await page.getByLabel('Langue').selectOption('nl');
  await page.getByRole('button', { name: 'Logboek' }).click();
  for (const sentence of [
    'Testmodus aangezet.',
    'Afdeling BE: 120 ingeschrevenen.',
    '1 stemcode aangemaakt voor afdeling BE.',
    `Export naar ${folder}: 0 stembiljetten, 6 bestanden.`,
  ])
    await expect(table.getByRole('cell', { name: sentence, exact: true })).toBeVisible();
  await expect(table).not.toContainText(/[«»]/);
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
  if (SHOTS)
    await page.screenshot({ path: path.join(SHOTS, 'staff-audit-nl.png'), fullPage: true });
});
