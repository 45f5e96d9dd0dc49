/** Ranking on the kiosk by tap (with undo), by mouse drag and by keyboard only. */
import { expect, test, type Page } from '@playwright/test';
import { apiCall } from '../support/api-call';
import {
  DEVICES,
  kioskPage,
  openBox,
  press,
  shot,
  storedRankings,
  theme,
  type DeviceName,
  type OpenBox,
} from './kiosk-helpers';

let box: OpenBox | undefined;
test.afterEach(async () => {
  await box?.host.stop();
  box = undefined;
});

const confirmAndWait = async (page: Page, device: DeviceName) => {
  await press(page.getByRole('button', { name: 'Je confirme mon vote' }), device);
  await expect(page.getByRole('heading', { name: 'A voté !' })).toBeVisible();
};

for (const device of Object.keys(DEVICES) as DeviceName[]) {
  test(`tap flow with undo on the ${device} set-up`, async ({ browser }) => {
    box = await openBox();
    const page = await kioskPage(browser, box.host.url, device);
    await press(page.getByRole('button', { name: 'Commencer' }), device);
    await press(theme(page, 'horizon-post-crise'), device);
    await press(theme(page, 'accompagnement'), device);
    await press(theme(page, 'projet-politique'), device);
    await expect(theme(page, 'accompagnement')).toContainText('2e choix');
    // Undo: taking the 2nd back closes the ranks up behind it.
    await press(theme(page, 'accompagnement'), device);
    await expect(theme(page, 'accompagnement')).toContainText('Non classé');
    await expect(theme(page, 'accompagnement')).toHaveAttribute('aria-pressed', 'false');
    await expect(theme(page, 'projet-politique')).toContainText('2e choix');
    await expect(page.locator('[aria-live="polite"]')).toHaveText(
      'L’accompagnement : retiré du classement.',
    );
    await shot(page, `rank-${device}`);
    await press(page.getByRole('button', { name: 'Vérifier mon vote' }), device);
    await expect(
      page.getByText('Votre 1er choix : Un nouvel horizon post-crise sanitaire'),
    ).toBeVisible();
    await expect(page.getByText('Votre 2e choix : Le projet politique')).toBeVisible();
    await shot(page, `review-${device}`);
    await confirmAndWait(page, device);
    await shot(page, `thanks-${device}`);
    expect(storedRankings(box.host.dataDir).map((b) => b.ranking)).toEqual([
      ['horizon-post-crise', 'projet-politique'],
    ]);
    // Back to welcome by itself for the next voter, with a new ballot.
    await expect(page.getByRole('button', { name: 'Commencer' })).toBeVisible({ timeout: 8000 });
  });
}

/** Drags a theme by its handle onto another theme's place, in small steps as a hand would. */
async function drag(page: Page, from: string, onto: string) {
  // As a voter would: bring the target above the sticky action bar first.
  await page
    .locator(`[data-card="${onto}"]`)
    .evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const a = await page.locator(`[data-handle="${from}"]`).boundingBox();
  const b = await page.locator(`[data-card="${onto}"]`).boundingBox();
  if (!a || !b) throw new Error('theme not on screen');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2 + 10, { steps: 3 });
  await page.mouse.move(a.x + a.width / 2, b.y + b.height / 2, { steps: 12 });
  await page.mouse.up();
  // dnd-kit swallows clicks for 50 ms after a drop (so the drop is no tap); no hand is faster.
  await page.waitForTimeout(100);
}

test('drag flow with the mouse: drop to rank, reorder, and drop below to take back', async ({
  browser,
}) => {
  box = await openBox({ kiosk: { shuffleOptions: false } });
  const page = await kioskPage(browser, box.host.url, 'laptop');
  await page.getByRole('button', { name: 'Commencer' }).click();
  // Shown order without shuffle: accompagnement, projet-politique, horizon-post-crise, place-salaries.
  await theme(page, 'accompagnement').click();
  await expect(theme(page, 'accompagnement')).toContainText('1er choix');
  // Dropping an unranked theme on the 1st place ranks it 1st.
  await drag(page, 'place-salaries', 'accompagnement');
  await expect(theme(page, 'place-salaries')).toContainText('1er choix');
  await expect(theme(page, 'accompagnement')).toContainText('2e choix');
  await expect(page.locator('[aria-live="polite"]')).toContainText('1er choix');
  // Reordering the ranked ones.
  await drag(page, 'accompagnement', 'place-salaries');
  await expect(theme(page, 'accompagnement')).toContainText('1er choix');
  await expect(theme(page, 'place-salaries')).toContainText('2e choix');
  // A ranked theme dropped among the unranked ones leaves the ranking.
  const last = await page.locator('[data-card]').last().getAttribute('data-card');
  await drag(page, 'place-salaries', last ?? '');
  await expect(theme(page, 'place-salaries')).toContainText('Non classé');
  await page.getByRole('button', { name: 'Vérifier mon vote' }).click();
  await expect(page.getByText('Votre 1er choix : L’accompagnement')).toBeVisible();
  await confirmAndWait(page, 'laptop');
  expect(storedRankings(box.host.dataDir).map((b) => b.ranking)).toEqual([['accompagnement']]);
});

test('keyboard-only flow: Tab, digits, arrows, Delete and Enter, each change announced', async ({
  browser,
}) => {
  box = await openBox({ kiosk: { shuffleOptions: false } });
  const page = await kioskPage(browser, box.host.url, 'laptop');
  const live = page.locator('[aria-live="polite"]');
  const start = page.getByRole('button', { name: 'Commencer' });
  // Tab until the start button has the focus, then Enter.
  for (let i = 0; i < 20 && !(await start.evaluate((b) => b === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Classez les thèmes' })).toBeFocused();

  const tabTo = async (id: string) => {
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      if (await theme(page, id).evaluate((b) => b === document.activeElement)) return;
    }
    throw new Error(`could not reach ${id} with Tab`);
  };
  await tabTo('horizon-post-crise');
  await page.keyboard.press('2'); // beyond the ranked ones: next rank, i.e. 1st
  await expect(theme(page, 'horizon-post-crise')).toContainText('1er choix');
  await expect(live).toContainText('Un nouvel horizon post-crise sanitaire : 1er choix.');
  await tabTo('place-salaries');
  await page.keyboard.press('1');
  await expect(theme(page, 'place-salaries')).toContainText('1er choix');
  await expect(theme(page, 'horizon-post-crise')).toContainText('2e choix');
  // The moved theme keeps the focus although the list re-ordered.
  await expect(theme(page, 'place-salaries')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(theme(page, 'place-salaries')).toContainText('2e choix');
  await expect(live).toContainText('2e choix');
  await page.keyboard.press('ArrowDown'); // from the last rank: out of the ranking
  await expect(theme(page, 'place-salaries')).toContainText('Non classé');
  await expect(live).toContainText('retiré du classement');
  await page.keyboard.press('ArrowUp');
  await expect(theme(page, 'place-salaries')).toContainText('2e choix');
  await page.keyboard.press('Delete');
  await expect(theme(page, 'place-salaries')).toContainText('Non classé');
  await page.keyboard.press('Enter');
  await expect(
    page.getByText('Votre 1er choix : Un nouvel horizon post-crise sanitaire'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Je confirme mon vote' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'A voté !' })).toBeVisible();
  expect(storedRankings(box.host.dataDir).map((b) => b.ranking)).toEqual([['horizon-post-crise']]);
});

test('each voter gets a fresh shuffled order when the election asks for it', async ({
  browser,
}) => {
  box = await openBox({ kiosk: { shuffleOptions: true } });
  const page = await kioskPage(browser, box.host.url, 'laptop');
  const orders = new Set<string>();
  for (let i = 0; i < 8; i++) {
    await page.reload();
    await page.getByRole('button', { name: 'Commencer' }).click();
    orders.add(
      (
        await page
          .locator('[data-card]')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-card')))
      ).join(','),
    );
  }
  // 8 voters over 24 possible orders: all equal would happen with probability 24^-7.
  expect(orders.size).toBeGreaterThan(1);
});

test('the shown order stays put when staff change something mid-ballot', async ({ browser }) => {
  box = await openBox({ kiosk: { shuffleOptions: true } });
  const page = await kioskPage(browser, box.host.url, 'laptop');
  await page.getByRole('button', { name: 'Commencer' }).click();
  const cards = page.locator('[data-card]');
  const before = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-card')));
  // Each staff change pushes a fresh kiosk state to every kiosk.
  for (const section of ['BE', 'FR', 'BE', 'FR', 'BE'])
    await apiCall(box.host.url, 'staff.setKioskSection', { section }, box.token);
  await page.waitForTimeout(500);
  expect(await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-card')))).toEqual(
    before,
  );
});
