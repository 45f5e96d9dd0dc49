/**
 * Nothing of one voter reaches the next, whatever the way back to the welcome screen, and a
 * voter caught midway by a close is told the ballot was not recorded (issue #16, items 1-2).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { apiCall, staffToken, TEST_PIN } from '../support/api-call';
import { startHost } from '../support/host-process';
import {
  ballotCount,
  DEVICES,
  kioskPage,
  openBox,
  press,
  shot,
  theme,
  type DeviceName,
  type OpenBox,
} from './kiosk-helpers';

let box: OpenBox | undefined;
test.afterEach(async () => {
  await box?.host.stop();
  box = undefined;
});

async function codesBox(count = 2): Promise<{ box: OpenBox; codes: string[] }> {
  const b = await openBox({ eligibility: 'codes', kiosk: { shuffleOptions: false } });
  const { codes } = await apiCall(
    b.host.url,
    'staff.generateCodes',
    { section: 'FR', count },
    b.token,
  );
  return { box: b, codes };
}

/** A voter who chose Dutch, large text and high contrast, typed a valid code and ranked one theme. */
async function voterMidway(page: Page, code: string, device: DeviceName) {
  await press(page.getByRole('button', { name: 'Nederlands' }), device);
  await press(page.getByRole('button', { name: 'Heel groot' }), device);
  await press(page.getByRole('button', { name: 'Hoog contrast' }), device);
  await press(page.getByRole('button', { name: 'Beginnen' }), device);
  await page.getByRole('textbox', { name: 'Stemcode' }).fill(code);
  await press(page.getByRole('button', { name: 'Code bevestigen' }), device);
  await press(theme(page, 'accompagnement'), device);
  await expect(theme(page, 'accompagnement')).toContainText('1e keuze');
}

/** The next person finds a kiosk as new: station language, normal display, a code to type. */
async function expectFresh(page: Page, device: DeviceName, code: string) {
  await expect(page.getByRole('button', { name: 'Commencer' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'normal');
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'normal');
  await press(page.getByRole('button', { name: 'Commencer' }), device);
  // Not the previous voter's ranking: the code screen, empty.
  await expect(page.getByRole('heading', { name: 'Votre code de vote' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Code de vote' })).toHaveValue('');
  await page.getByRole('textbox', { name: 'Code de vote' }).fill(code);
  await press(page.getByRole('button', { name: 'Valider le code' }), device);
  for (const id of ['accompagnement', 'place-salaries', 'projet-politique', 'horizon-post-crise'])
    await expect(theme(page, id)).toContainText('Non classé');
}

for (const device of Object.keys(DEVICES) as DeviceName[]) {
  test(`Retour from the ranking forgets the voter: code, ranking, language, display (${device})`, async ({
    browser,
  }) => {
    const made = await codesBox();
    box = made.box;
    const page = await kioskPage(browser, box.host.url, device);
    await voterMidway(page, made.codes[0] as string, device);
    await press(page.getByRole('button', { name: 'Terug' }), device);
    await expectFresh(page, device, made.codes[0] as string);
    // The code was never burned: its owner can still vote with it.
    expect(await ballotCount(box)).toBe(0);
  });
}

test('Retour from the code screen forgets the typed code and the display settings', async ({
  browser,
}) => {
  const made = await codesBox();
  box = made.box;
  const page = await kioskPage(browser, box.host.url, 'touch');
  await page.getByRole('button', { name: 'Très grand' }).tap();
  await page.getByRole('button', { name: 'Commencer' }).tap();
  await page.getByRole('textbox', { name: 'Code de vote' }).fill('FR-7KQM');
  await page.getByRole('button', { name: 'Retour' }).tap();
  await expectFresh(page, 'touch', made.codes[0] as string);
});

test('inactivity with a validated code: the next person must type a code again', async ({
  browser,
}) => {
  const made = await codesBox();
  box = made.box;
  const context = await browser.newContext(DEVICES.laptop);
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(`${box.host.url}/kiosk`);
  await voterMidway(page, made.codes[0] as string, 'laptop');
  await page.clock.runFor(125_000);
  await expectFresh(page, 'laptop', made.codes[1] as string);
});

test('a staff language change reaches the welcome screen and resets what the last person chose there', async ({
  browser,
}) => {
  const made = await codesBox();
  box = made.box;
  const page = await kioskPage(browser, box.host.url, 'laptop');
  await page.getByRole('button', { name: 'Très grand' }).click();
  await page.getByRole('button', { name: 'Contraste élevé' }).click();
  await apiCall(box.host.url, 'staff.setLanguage', { language: 'nl' }, box.token);
  await expect(page.getByRole('button', { name: 'Beginnen' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'normal');
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'normal');
  await apiCall(box.host.url, 'staff.setLanguage', { language: 'fr' }, box.token);
  await expectFresh(page, 'laptop', made.codes[0] as string);
});

test('staff gesture to the console and back: the voter midway is forgotten', async ({
  browser,
}) => {
  const made = await codesBox();
  box = made.box;
  const page = await kioskPage(browser, box.host.url, 'laptop');
  await voterMidway(page, made.codes[0] as string, 'laptop');
  await page.keyboard.press('Control+Alt+Shift+KeyS');
  await page.getByLabel('Code PIN', { exact: true }).fill(TEST_PIN);
  await page.getByRole('button', { name: 'Entrer' }).click();
  await page.getByRole('button', { name: 'Quitter la console' }).click();
  await expectFresh(page, 'laptop', made.codes[0] as string);
});

test('a pushed change of the ballot in test mode: the voter midway is told, then forgotten', async ({
  browser,
}) => {
  // Test mode in preparation, where staff may still change the election.
  const fresh = await startHost();
  const token = await staffToken(fresh.url);
  box = { host: fresh, token };
  await apiCall(fresh.url, 'staff.setTestMode', { on: true }, token);
  const page = await kioskPage(browser, fresh.url, 'touch');
  await page.getByRole('button', { name: 'Très grand' }).tap();
  await page.getByRole('button', { name: 'Commencer' }).tap();
  await theme(page, 'accompagnement').tap();
  const { election } = await apiCall(fresh.url, 'staff.overview', {}, token);
  await apiCall(
    fresh.url,
    'staff.updateElection',
    { election: { ...election, rules: { ...election.rules, minRanked: 2 } } },
    token,
  );
  await expect(
    page.getByRole('heading', { name: 'Votre vote n’a pas été enregistré' }),
  ).toBeVisible();
  await expect(page.getByText('L’équipe a modifié le scrutin pendant votre vote')).toBeVisible();
  await page.getByRole('button', { name: 'J’ai compris' }).tap();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'normal');
  await page.getByRole('button', { name: 'Commencer' }).tap();
  await expect(theme(page, 'accompagnement')).toContainText('Non classé');
  expect((await apiCall(fresh.url, 'staff.overview', {}, token)).testBallots).toBe(0);
});

async function staffConsole(browser: Browser, url: string) {
  const page = await (await browser.newContext(DEVICES.laptop)).newPage();
  await page.goto(`${url}/staff`);
  await page.getByLabel('Code PIN', { exact: true }).fill(TEST_PIN);
  await page.getByRole('button', { name: 'Entrer' }).click();
  await page.locator('nav').getByRole('button', { name: 'Vote', exact: true }).click();
  return page;
}

for (const lang of ['fr', 'nl'] as const) {
  test(`close while a voter is on the review screen: staff are warned, the voter is told the ballot was not recorded (${lang})`, async ({
    browser,
  }) => {
    box = await openBox({ kiosk: { shuffleOptions: false } });
    const page = await kioskPage(browser, box.host.url, 'touch');
    if (lang === 'nl') await page.getByRole('button', { name: 'Nederlands' }).tap();
    await page.getByRole('button', { name: lang === 'nl' ? 'Beginnen' : 'Commencer' }).tap();
    for (const id of ['accompagnement', 'place-salaries', 'projet-politique', 'horizon-post-crise'])
      await theme(page, id).tap();
    await page
      .getByRole('button', { name: lang === 'nl' ? 'Mijn stem nakijken' : 'Vérifier mon vote' })
      .tap();

    const staff = await staffConsole(browser, box.host.url);
    await staff.getByRole('button', { name: 'Clore le vote' }).click();
    const dialog = staff.getByRole('dialog');
    await expect(dialog).toContainText('un vote est en cours sur 1 kiosque.');
    await shot(staff, 'staff-close-midway');
    // Staff wait: cancel, the voter confirms, and the warning is gone.
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await page
      .getByRole('button', {
        name: lang === 'nl' ? 'Ik bevestig mijn stem' : 'Je confirme mon vote',
      })
      .tap();
    await expect(page.locator('[data-step="thanks"]')).toBeVisible();
    await staff.getByRole('button', { name: 'Clore le vote' }).click();
    await expect(dialog).toBeVisible();
    await expect(dialog).not.toContainText('en cours', { timeout: 8_000 });
    await dialog.getByRole('button', { name: 'Annuler' }).click();

    // A second voter is midway when staff close all the same.
    await expect(page.locator('[data-step="welcome"]')).toBeVisible({ timeout: 10_000 });
    if (lang === 'nl') await page.getByRole('button', { name: 'Nederlands' }).tap();
    await page.getByRole('button', { name: lang === 'nl' ? 'Beginnen' : 'Commencer' }).tap();
    await theme(page, 'accompagnement').tap();
    for (const id of ['place-salaries', 'projet-politique', 'horizon-post-crise'])
      await theme(page, id).tap();
    await page
      .getByRole('button', { name: lang === 'nl' ? 'Mijn stem nakijken' : 'Vérifier mon vote' })
      .tap();
    await staff.getByRole('button', { name: 'Clore le vote' }).click();
    await expect(dialog).toContainText('en cours sur 1 kiosque');
    await dialog.getByRole('button', { name: 'Clore le vote' }).click();

    const title =
      lang === 'nl' ? 'Uw stem is niet opgeslagen' : 'Votre vote n’a pas été enregistré';
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
    await expect(
      page.getByRole('button', {
        name: lang === 'nl' ? 'Ik bevestig mijn stem' : 'Je confirme mon vote',
      }),
    ).toHaveCount(0);
    await shot(page, `interrupted-${lang}`);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
    const staffAxe = await new AxeBuilder({ page: staff }).analyze();
    expect(staffAxe.violations.map((v) => v.id)).toEqual([]);
    expect(await ballotCount(box)).toBe(1);
    await page.getByRole('button', { name: lang === 'nl' ? 'Begrepen' : 'J’ai compris' }).tap();
    await expect(page.getByText('Le vote est clos.')).toBeVisible();
  });
}

test('a cast that reaches the box after the close: the voter is told it was not recorded', async ({
  browser,
}) => {
  box = await openBox({ kiosk: { shuffleOptions: false } });
  const open = box;
  const page = await kioskPage(browser, box.host.url, 'laptop');
  await page.getByRole('button', { name: 'Commencer' }).click();
  for (const id of ['accompagnement', 'place-salaries', 'projet-politique', 'horizon-post-crise'])
    await theme(page, id).click();
  await page.getByRole('button', { name: 'Vérifier mon vote' }).click();
  // Staff close while the confirmation is on its way.
  await page.route('**/api/kiosk.cast', async (route) => {
    await apiCall(open.host.url, 'staff.close', { confirm: true }, open.token);
    await route.continue();
  });
  await page.getByRole('button', { name: 'Je confirme mon vote' }).click();
  await expect(
    page.getByRole('heading', { name: 'Votre vote n’a pas été enregistré' }),
  ).toBeVisible();
  await expect(page.getByText('Le vote a été clos avant que vous ne confirmiez')).toBeVisible();
  expect(await ballotCount(box)).toBe(0);
});

test('what the ranking screen announced leaves with it: nothing of the choices on the review or thanks screen', async ({
  browser,
}) => {
  box = await openBox({ kiosk: { shuffleOptions: false } });
  const page = await kioskPage(browser, box.host.url, 'touch');
  const said = page.locator('[aria-live="polite"]');
  await press(page.getByRole('button', { name: 'Commencer' }), 'touch');
  await press(theme(page, 'accompagnement'), 'touch');
  await expect(said).toContainText('L’accompagnement : 1er choix.');
  await press(page.getByRole('button', { name: 'Vérifier mon vote' }), 'touch');
  await expect(page.getByRole('heading', { name: 'Vérifiez votre vote' })).toBeVisible();
  await expect(said).toHaveText('');
  // Back to the ranking: the old sentence does not come back either.
  await press(page.getByRole('button', { name: 'Modifier' }), 'touch');
  await expect(theme(page, 'accompagnement')).toContainText('1er choix');
  await expect(said).toHaveText('');
  await press(page.getByRole('button', { name: 'Vérifier mon vote' }), 'touch');
  await press(page.getByRole('button', { name: 'Je confirme mon vote' }), 'touch');
  await expect(page.getByRole('heading', { name: 'A voté !' })).toBeVisible();
  // The thanks screen stays up after the voter walked away: the page holds no theme at all.
  await expect(page.locator('body')).not.toContainText('accompagnement');
  expect(await ballotCount(box)).toBe(1);
});
