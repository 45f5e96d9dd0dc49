/**
 * A broken election file in the console: nothing is loaded and every problem is listed with
 * its path, in the console's language (the schema's own messages are English only).
 */
import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { apiCall, staffToken, TEST_PIN } from '../support/api-call';
import { startHost, type HostHandle } from '../support/host-process';

const SHOTS = process.env.PRIORITES_SHOTS_DIR;

let host: HostHandle;
test.afterEach(async () => {
  await host?.stop();
});

test('an invalid election file lists its problems in French, then in English', async ({ page }) => {
  host = await startHost();
  const token = await staffToken(host.url);
  const { election } = await apiCall(host.url, 'staff.overview', {}, token);
  const first = election.options[0]?.id ?? '';
  const broken = {
    ...election,
    results: { ...election.results, batchSize: 5000 },
    extra: true,
  };
  delete (broken as Partial<typeof broken>).method;

  await page.goto(`${host.url}/staff`);
  await page.getByLabel('Code PIN', { exact: true }).fill(TEST_PIN);
  await page.getByRole('button', { name: 'Entrer' }).click();
  await page.getByRole('button', { name: 'Scrutin', exact: true }).click();
  await page.getByLabel('Charger un fichier de scrutin (JSON)').setInputFiles({
    name: 'scrutin.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  const alert = page.getByRole('alert');
  await expect(alert.locator('.error')).toHaveText('La définition du scrutin n’est pas valide.');
  await expect(alert.getByRole('listitem')).toHaveText([
    'results.batchSize : nombre trop grand (au plus 1\u202f000)',
    'method : valeur manquante',
    'fichier : champ inconnu : extra',
  ]);
  const r = await new AxeBuilder({ page }).include('.staff-panel').analyze();
  expect(r.violations.map((v) => v.id)).toEqual([]);
  if (SHOTS)
    await page.screenshot({ path: path.join(SHOTS, 'staff-election-issues.png'), fullPage: true });
  // Nothing was loaded.
  const after = await apiCall(host.url, 'staff.overview', {}, token);
  expect(after.election).toEqual(election);

  // The schema checks duplicate ids only once every field is right: a second file.
  const duplicate = {
    ...election,
    options: election.options.map((o, i) => (i === 1 ? { ...o, id: first } : o)),
  };
  await page.getByLabel('Charger un fichier de scrutin (JSON)').setInputFiles({
    name: 'scrutin.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(duplicate)),
  });
  await expect(alert.getByRole('listitem')).toHaveText([
    `options : l’identifiant de thème « ${first} » est utilisé deux fois`,
  ]);

  await page.getByRole('combobox', { name: /^Langue/ }).selectOption('en');
  await page.getByLabel('Load an election file (JSON)').setInputFiles({
    name: 'election.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{ "id": '),
  });
  await expect(alert.getByRole('listitem')).toHaveText([
    /^file: the file is not valid JSON \(.+\)$/,
  ]);
});
