/**
 * The staff check of the files' integrity (#11 §1), in the console's audit panel: sound on a
 * healthy box; after a file is damaged behind the app's back, the message names the file and
 * the vote stops. French and Dutch, 1366×768, axe at zero.
 */
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { apiCall, staffToken, TEST_PIN } from '../support/api-call';
import { startHost, type HostHandle } from '../support/host-process';

const SHOTS = process.env.PRIORITES_SHOTS_DIR;

let host: HostHandle;
test.afterEach(async () => {
  await host?.stop();
});

test.use({ viewport: { width: 1366, height: 768 } });

test('staff check the files and are told which one is damaged', async ({ page }) => {
  host = await startHost();
  const token = await staffToken(host.url);
  await apiCall(host.url, 'staff.open', {}, token);

  await page.goto(`${host.url}/staff`);
  await page.getByLabel('Code PIN', { exact: true }).fill(TEST_PIN);
  await page.getByRole('button', { name: 'Entrer' }).click();
  await page.getByRole('button', { name: 'Journal' }).click();
  await page.getByRole('button', { name: 'Vérifier l’intégrité des fichiers' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'exactement ce qui a été enregistré' }),
  ).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
  if (SHOTS)
    await page.screenshot({ path: path.join(SHOTS, 'staff-integrity-fr.png'), fullPage: true });

  fs.appendFileSync(path.join(host.dataDir, 'audit.jsonl'), '{"seq":99}\n');
  await page.getByLabel('Langue').selectOption('nl');
  await page.getByRole('button', { name: 'Logboek' }).click();
  await page.getByRole('button', { name: 'Integriteit van de bestanden controleren' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Het bestand audit.jsonl is beschadigd' }),
  ).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
  if (SHOTS)
    await page.screenshot({ path: path.join(SHOTS, 'staff-integrity-nl.png'), fullPage: true });
});
