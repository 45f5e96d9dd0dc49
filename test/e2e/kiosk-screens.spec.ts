/**
 * The kiosk as a whole: inactivity reset, language switch, section override, kiosk hardening,
 * and accessibility of every screen (axe-core in French and Dutch, 200 % text, touch targets).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { apiCall } from '../support/api-call';
import { openVote } from '../support/election-fixture';
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

test('inactivity: a visible countdown one touch dismisses, then the ballot is discarded and the voter’s settings reset', async ({
  browser,
}) => {
  box = await openBox({ kiosk: { inactivitySeconds: 90 } });
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(`${box.host.url}/kiosk`);
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await page.getByRole('button', { name: 'Heel groot' }).click();
  await page.getByRole('button', { name: 'Hoog contrast' }).click();
  await page.getByRole('button', { name: 'Beginnen' }).click();
  await theme(page, 'accompagnement').click();

  await page.clock.runFor(70_000);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await page.clock.runFor(7_000);
  const dialog = page.getByRole('alertdialog', { name: 'Bent u er nog?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('over 13 s');
  await shot(page, 'still-there-nl');
  await page.mouse.click(5, 5);
  await expect(dialog).toHaveCount(0);
  await expect(theme(page, 'accompagnement')).toContainText('1e keuze');

  await page.clock.runFor(80_000);
  await expect(dialog).toBeVisible();
  await page.clock.runFor(11_000);
  await expect(page.getByRole('button', { name: 'Commencer' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'normal');
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'normal');
  await page.getByRole('button', { name: 'Commencer' }).click();
  await expect(theme(page, 'accompagnement')).toContainText('Non classé');
  expect(await ballotCount(box)).toBe(0);
});

test('language switch on the welcome screen: Dutch texts, Dutch ordinals, back to French after the vote', async ({
  browser,
}) => {
  box = await openBox();
  const page = await kioskPage(browser, box.host.url);
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(
    page.getByText('Denken en handelen voor gelijkheid', { exact: false }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Beginnen' }).click();
  await theme(page, 'projet-politique').click();
  await theme(page, 'accompagnement').click();
  await expect(theme(page, 'accompagnement')).toContainText('2e keuze');
  await page.getByRole('button', { name: 'Mijn stem nakijken' }).click();
  await expect(page.getByText('Uw 1e keuze: Het politieke project')).toBeVisible();
  await page.getByRole('button', { name: 'Ik bevestig mijn stem' }).click();
  await expect(page.getByRole('heading', { name: 'Gestemd!' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Commencer' })).toBeVisible({ timeout: 8000 });

  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await theme(page, 'horizon-post-crise').click();
  await theme(page, 'place-salaries').click();
  await theme(page, 'accompagnement').click();
  await expect(theme(page, 'accompagnement')).toContainText('3rd choice');
});

test('a kiosk address with ?section=BE records its ballots for Belgium; no results are shown', async ({
  browser,
}) => {
  box = await openBox();
  const page = await kioskPage(browser, box.host.url, 'touch', '?section=BE');
  await page.getByRole('button', { name: 'Commencer' }).tap();
  await theme(page, 'accompagnement').tap();
  await page.getByRole('button', { name: 'Vérifier mon vote' }).tap();
  await page.getByRole('button', { name: 'Je confirme mon vote' }).tap();
  await expect(page.getByRole('heading', { name: 'A voté !' })).toBeVisible();
  expect(storedRankings(box.host.dataDir).map((b) => b.section)).toEqual(['BE']);
  await expect(page.getByTestId('ballot-count')).toHaveCount(0);
  await expect(page.getByText('points', { exact: false })).toHaveCount(0);
});

test('the kiosk page refuses the context menu and keeps touch targets at 48 px or more', async ({
  browser,
}) => {
  box = await openBox();
  const page = await kioskPage(browser, box.host.url);
  const prevented = await page.evaluate(() => {
    const ev = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
    return !document.body.dispatchEvent(ev);
  });
  expect(prevented).toBe(true);
  for (const step of ['welcome', 'rank']) {
    if (step === 'rank') await page.getByRole('button', { name: 'Commencer' }).click();
    const small = await page.locator('main button, main input').evaluateAll((els) =>
      els
        .map((el) => ({ el: el.textContent, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && (r.width < 48 || r.height < 48))
        .map(({ el }) => el),
    );
    expect(small, `${step}: targets under 48 px`).toEqual([]);
  }
  const handle = await page.locator('[data-handle]').first().boundingBox();
  expect(handle?.width).toBeGreaterThanOrEqual(48);
  expect(handle?.height).toBeGreaterThanOrEqual(48);
});

async function noHorizontalScroll(page: Page, where: string) {
  const over = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(over, `${where}: horizontal overflow in px`).toBeLessThanOrEqual(0);
}

test('readable at 200 % text: no horizontal scrolling on any screen', async ({ browser }) => {
  box = await openBox({ eligibility: 'codes' });
  const { codes } = await apiCall(
    box.host.url,
    'staff.generateCodes',
    { section: 'FR', count: 1 },
    box.token,
  );
  const page = await kioskPage(browser, box.host.url);
  await page.getByRole('button', { name: 'Très grand' }).click();
  const size = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  expect(parseFloat(size)).toBeGreaterThanOrEqual(2 * 18);
  await noHorizontalScroll(page, 'welcome');
  await shot(page, 'welcome-200');
  await page.getByRole('button', { name: 'Commencer' }).click();
  await noHorizontalScroll(page, 'code');
  await page.getByRole('textbox', { name: 'Code de vote' }).fill(codes[0] as string);
  await page.getByRole('button', { name: 'Valider le code' }).click();
  await theme(page, 'place-salaries').click();
  await page.getByRole('button', { name: 'Description : Le projet politique' }).click();
  await noHorizontalScroll(page, 'rank');
  await shot(page, 'rank-200');
  await page.getByRole('button', { name: 'Vérifier mon vote' }).click();
  await noHorizontalScroll(page, 'review');
  await shot(page, 'review-200');
  await page.getByRole('button', { name: 'Je confirme mon vote' }).click();
  await expect(page.getByRole('heading', { name: 'A voté !' })).toBeVisible();
  await noHorizontalScroll(page, 'thanks');
});

async function axe(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    where,
  ).toEqual([]);
}

for (const lang of ['fr', 'nl'] as const) {
  test(`axe-core finds no violation on any kiosk screen (${lang})`, async ({ browser }) => {
    test.setTimeout(240_000);
    const names = {
      fr: {
        lang: 'Français',
        start: 'Commencer',
        code: 'Valider le code',
        more: 'Description',
        next: 'Vérifier mon vote',
        confirm: 'Je confirme mon vote',
        voted: 'A voté !',
        contrast: 'Contraste élevé',
      },
      nl: {
        lang: 'Nederlands',
        start: 'Beginnen',
        code: 'Code bevestigen',
        more: 'Beschrijving',
        next: 'Mijn stem nakijken',
        confirm: 'Ik bevestig mijn stem',
        voted: 'Gestemd!',
        contrast: 'Hoog contrast',
      },
    }[lang];
    const host = await startHost();
    box = { host, token: '' };
    // Before opening: the "not open" screen.
    const early = await kioskPage(browser, host.url);
    await expect(early.getByText('Le vote n’est pas ouvert', { exact: false })).toBeVisible();
    await axe(early, 'not open');
    await shot(early, `not-open-${lang}`);

    box = { host, token: await openVote(host.url, { eligibility: 'codes' }) };
    const { codes } = await apiCall(
      host.url,
      'staff.generateCodes',
      { section: 'FR', count: 2 },
      box.token,
    );
    const page = await (
      await browser.newContext({ viewport: { width: 1366, height: 768 } })
    ).newPage();
    // Frozen wall clock, timers still running: the thanks screen and the inactivity timer (both
    // measured with Date.now) stay put while axe works, however slow the machine.
    await page.clock.setFixedTime(new Date());
    await page.goto(`${host.url}/kiosk`);
    const begin = async (p: Page, code: string) => {
      await p.getByRole('button', { name: names.lang }).click();
      await p.getByRole('button', { name: names.start }).click();
      await p.getByRole('textbox').fill(code);
      await p.getByRole('button', { name: names.code }).click();
    };
    await page.getByRole('button', { name: names.lang }).click();
    await axe(page, 'welcome');
    await shot(page, `welcome-${lang}`);
    await page.getByRole('button', { name: names.start }).click();
    await axe(page, 'code');
    await page.getByRole('textbox').fill('FR-0000');
    await page.getByRole('button', { name: names.code }).click();
    await expect(page.getByRole('alert')).not.toBeEmpty();
    await axe(page, 'code with error');
    await shot(page, `code-error-${lang}`);
    await page.getByRole('textbox').fill(codes[0] as string);
    await page.getByRole('button', { name: names.code }).click();
    await theme(page, 'projet-politique').click();
    await page.getByRole('button', { name: names.more }).first().click();
    await axe(page, 'rank');
    await shot(page, `rank-${lang}`);
    await page.getByRole('button', { name: names.contrast }).click();
    await axe(page, 'rank, high contrast');
    await shot(page, `rank-contrast-${lang}`);
    await page.getByRole('button', { name: names.contrast }).click();
    await page.getByRole('button', { name: names.next }).click();
    await axe(page, 'review');
    await shot(page, `review-${lang}`);
    await page.getByRole('button', { name: names.confirm }).click();
    await expect(page.getByRole('heading', { name: names.voted })).toBeVisible();
    await shot(page, `thanks-${lang}`);
    await axe(page, 'thanks');
    await expect(page.getByRole('heading', { name: names.voted })).toBeVisible();

    // "Are you still there?": fast-forward to the countdown, then let time flow for axe.
    const idle = await (
      await browser.newContext({ viewport: { width: 1366, height: 768 } })
    ).newPage();
    await idle.clock.install();
    await idle.goto(`${host.url}/kiosk`);
    await begin(idle, codes[1] as string);
    await theme(idle, 'accompagnement').click();
    await idle.clock.runFor(76_000);
    await expect(idle.getByRole('alertdialog')).toBeVisible();
    await idle.clock.resume();
    await axe(idle, 'still there?');
  });
}
