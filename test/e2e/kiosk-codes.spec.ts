/** Single-use codes at the kiosk: valid, mistyped, unknown, reused, and two kiosks racing. */
import { expect, test, type Page } from '@playwright/test';
import { apiCall, staffToken } from '../support/api-call';
import { startHost } from '../support/host-process';
import {
  ballotCount,
  kioskPage,
  openBox,
  shot,
  storedRankings,
  theme,
  type OpenBox,
} from './kiosk-helpers';

let box: OpenBox | undefined;
test.afterEach(async () => {
  await box?.host.stop();
  box = undefined;
});

async function codesBox(): Promise<{ box: OpenBox; codes: string[] }> {
  const b = await openBox({ eligibility: 'codes' });
  const { codes } = await apiCall(
    b.host.url,
    'staff.generateCodes',
    { section: 'BE', count: 3 },
    b.token,
  );
  return { box: b, codes };
}

async function typeCode(page: Page, code: string) {
  await page.getByRole('textbox', { name: 'Code de vote' }).fill(code);
  await page.getByRole('button', { name: 'Valider le code' }).click();
}

/** A one-character typo that keeps the alphabet: the check character must catch it. */
function mistype(code: string): string {
  const i = code.length - 2;
  const c = code[i] === '2' ? '3' : '2';
  return code.slice(0, i) + c + code.slice(i + 1);
}

test('a valid code lets the voter vote once, in the code’s section; a reused code is refused', async ({
  browser,
}) => {
  const made = await codesBox();
  box = made.box;
  const code = made.codes[0] as string;
  const page = await kioskPage(browser, box.host.url);
  await page.getByRole('button', { name: 'Commencer' }).click();
  await expect(page.getByRole('heading', { name: 'Votre code de vote' })).toBeVisible();
  await shot(page, 'code');

  await typeCode(page, mistype(code));
  await expect(page.getByRole('alert')).toHaveText(
    'Ce code ne semble pas correct. Vérifiez chaque caractère et réessayez.',
  );
  await expect(page.getByRole('textbox', { name: 'Code de vote' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await shot(page, 'code-mistyped');
  // Well formed but never issued for this vote.
  await typeCode(page, 'BE-2222-2222'.replace(/2$/, 'X'));
  await expect(page.getByRole('alert')).not.toHaveText('');

  // Lower case, no dashes: accepted the way the slip reader types it.
  await typeCode(page, code.replace(/-/g, '').toLowerCase());
  await expect(page.getByRole('heading', { name: 'Classez les thèmes' })).toBeVisible();
  await theme(page, 'accompagnement').click();
  await page.getByRole('button', { name: 'Vérifier mon vote' }).click();
  await page.getByRole('button', { name: 'Je confirme mon vote' }).click();
  await expect(page.getByRole('heading', { name: 'A voté !' })).toBeVisible();
  expect(storedRankings(box.host.dataDir)).toEqual([
    expect.objectContaining({ section: 'BE', ranking: ['accompagnement'] }),
  ]);
  // The ballot record never holds the code.
  expect(JSON.stringify(storedRankings(box.host.dataDir))).not.toContain(code.slice(3, 7));

  await page.reload();
  await page.getByRole('button', { name: 'Commencer' }).click();
  await typeCode(page, code);
  await expect(page.getByRole('alert')).toHaveText(
    'Ce code a déjà servi à voter. Si ce n’est pas vous, adressez-vous à l’accueil.',
  );
  await expect(page.getByRole('heading', { name: 'Classez les thèmes' })).toHaveCount(0);
  expect(await ballotCount(box)).toBe(1);
});

test('an unknown code gets a kind message and no ballot', async ({ browser }) => {
  const made = await codesBox();
  box = made.box;
  // A code issued by another ballot box: well formed, unknown here.
  const other = await openBox({ eligibility: 'codes' });
  const { codes } = await apiCall(
    other.host.url,
    'staff.generateCodes',
    { section: 'FR', count: 1 },
    other.token,
  );
  await other.host.stop();
  const page = await kioskPage(browser, box.host.url);
  await page.getByRole('button', { name: 'Commencer' }).click();
  await typeCode(page, codes[0] as string);
  await expect(page.getByRole('alert')).toHaveText(
    'Ce code n’est pas reconnu pour ce vote. Adressez-vous à l’accueil.',
  );
  expect(await ballotCount(box)).toBe(0);
});

test('two kiosks racing for the same code: exactly one ballot', async ({ browser }) => {
  const made = await codesBox();
  box = made.box;
  const code = made.codes[1] as string;
  const kiosks = [
    await kioskPage(browser, box.host.url),
    await kioskPage(browser, box.host.url, 'laptop', '?section=FR'),
  ];
  for (const [i, page] of kiosks.entries()) {
    await page.getByRole('button', { name: 'Commencer' }).click();
    await typeCode(page, code);
    await theme(page, i === 0 ? 'accompagnement' : 'projet-politique').click();
    await page.getByRole('button', { name: 'Vérifier mon vote' }).click();
  }
  await Promise.all(
    kiosks.map((p) => p.getByRole('button', { name: 'Je confirme mon vote' }).click()),
  );
  const outcomes = await Promise.all(
    kiosks.map(async (p) => {
      const thanks = p.getByRole('heading', { name: 'A voté !' });
      const used = p.getByText('Ce code a déjà servi à voter.', { exact: false });
      await expect(thanks.or(used)).toBeVisible();
      return (await thanks.count()) > 0 ? 'voted' : 'refused';
    }),
  );
  expect([...outcomes].sort()).toEqual(['refused', 'voted']);
  expect(await ballotCount(box)).toBe(1);
  // The refused voter is back at the code step with the ranking kept, not left stranded.
  const refused = kiosks[outcomes.indexOf('refused')] as Page;
  await expect(refused.getByRole('heading', { name: 'Votre code de vote' })).toBeVisible();
  await shot(refused, 'code-race-refused');
});

test('test mode with codes: the kiosk asks no code (none may exist yet), burns none, casts a test ballot', async ({
  browser,
}) => {
  const host = await startHost();
  const token = await staffToken(host.url);
  box = { host, token };
  const { election } = await apiCall(host.url, 'staff.overview', {}, token);
  await apiCall(
    host.url,
    'staff.updateElection',
    { election: { ...election, eligibility: 'codes' } },
    token,
  );
  await apiCall(host.url, 'staff.setTestMode', { on: true }, token);
  const page = await kioskPage(browser, host.url);
  await page.getByRole('button', { name: 'Commencer' }).click();
  // Straight to the ranking: test ballots take no code, and staff rehearse before printing any.
  await expect(page.getByRole('heading', { name: 'Classez les thèmes' })).toBeVisible();
  await theme(page, 'projet-politique').click();
  await page.getByRole('button', { name: 'Vérifier mon vote' }).click();
  await page.getByRole('button', { name: 'Je confirme mon vote' }).click();
  await expect(page.getByRole('heading', { name: 'A voté !' })).toBeVisible();
  const ov = await apiCall(host.url, 'staff.overview', {}, token);
  expect(ov.testBallots).toBe(1);
  expect(ov.ballots).toBe(0);
  expect(ov.codes.used).toBe(0);
});
