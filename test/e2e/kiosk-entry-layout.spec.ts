/**
 * Code entry, the sticky way forward, keyboard ranking announcements, focus rings and the
 * waiting screen (issue #16, items 4-7 and the kiosk half of 16).
 */
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { CODE_ALPHABET } from '../../shared/domain/codes';
import { apiCall } from '../support/api-call';
import { startHost } from '../support/host-process';
import {
  ballotCount,
  DEVICES,
  kioskPage,
  openBox,
  press,
  SHOTS,
  theme,
  type DeviceName,
  type OpenBox,
} from './kiosk-helpers';

let box: OpenBox | undefined;
test.afterEach(async () => {
  await box?.host.stop();
  box = undefined;
});

/** What the voter sees without scrolling (the helpers' shot() is full-page). */
async function viewShot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

async function axe(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    where,
  ).toEqual([]);
}

/** Inside the viewport with the page not scrolled, and not hidden under anything else. */
async function expectInView(target: Locator, where: string) {
  const r = await target.evaluate((el) => {
    const b = el.getBoundingClientRect();
    const hit = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
    return {
      top: b.top,
      bottom: b.bottom,
      height: window.innerHeight,
      scrolled: window.scrollY,
      onTop: hit !== null && (hit === el || el.contains(hit)),
    };
  });
  expect(r.scrolled, `${where}: page scrolled`).toBe(0);
  expect(r.top, `${where}: top`).toBeGreaterThanOrEqual(0);
  expect(r.bottom, `${where}: bottom`).toBeLessThanOrEqual(r.height);
  expect(r.onTop, `${where}: covered`).toBe(true);
}

async function codesBox(section = 'FR') {
  const b = await openBox({ eligibility: 'codes', kiosk: { shuffleOptions: false } });
  const { codes } = await apiCall(
    b.host.url,
    'staff.generateCodes',
    { section, count: 2 },
    b.token,
  );
  return { box: b, codes };
}

// ---------------------------------------------------------------- 4. code entry

test('code screen: the field has the focus, typing works at once', async ({ browser }) => {
  const made = await codesBox();
  box = made.box;
  const page = await kioskPage(browser, box.host.url, 'laptop');
  await page.getByRole('button', { name: 'Commencer' }).click();
  const field = page.getByRole('textbox', { name: 'Code de vote' });
  await expect(field).toBeFocused();
  // A refused code by the button: the field has the focus back for the next try.
  await page.keyboard.type('FR-2222');
  await page.getByRole('button', { name: 'Valider le code' }).click();
  await expect(page.getByRole('alert')).toContainText('Ce code ne semble pas correct');
  await expect(field).toBeFocused();
  await page.getByRole('button', { name: 'Tout effacer' }).click();
  await expect(field).toHaveValue('');
  await page.keyboard.type((made.codes[0] as string).toLowerCase());
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Classez les thèmes' })).toBeVisible();
});

for (const device of Object.keys(DEVICES) as DeviceName[]) {
  test(`on-screen keypad: only code characters, big keys, a whole code typed by ${device === 'touch' ? 'touch' : 'mouse'} (${device})`, async ({
    browser,
  }) => {
    const made = await codesBox('BE');
    box = made.box;
    const code = made.codes[0] as string;
    const page = await kioskPage(browser, box.host.url, device);
    await press(page.getByRole('button', { name: 'Commencer' }), device);
    const keypad = page.getByRole('group', { name: 'Caractères du code' });
    await expect(page.getByRole('textbox', { name: 'Code de vote' })).toBeFocused();
    const keys = await keypad.locator('[data-key]').evaluateAll((els) =>
      els.map((e) => ({
        k: e.getAttribute('data-key'),
        w: e.getBoundingClientRect().width,
        h: e.getBoundingClientRect().height,
      })),
    );
    // The code alphabet (no 0/O, 1/I/L, U), plus nothing but the sections' letters.
    expect(keys.map((k) => k.k).sort()).toEqual([...CODE_ALPHABET].sort());
    for (const k of keys) expect(Math.min(k.w, k.h), `key ${k.k}`).toBeGreaterThanOrEqual(56);
    await viewShot(page, `code-keypad-${device}`);

    // A wrong key, erased; then the code, dashes left out.
    await press(keypad.locator('[data-key="Z"]'), device);
    await press(keypad.getByRole('button', { name: 'Effacer le dernier caractère' }), device);
    for (const c of code.replace(/-/g, ''))
      await press(keypad.locator(`[data-key="${c}"]`), device);
    const field = page.getByRole('textbox', { name: 'Code de vote' });
    await expect(field).toHaveValue(code.replace(/-/g, ''));
    if (device === 'laptop') {
      // A mouse press leaves the focus in the field: the physical keyboard still types there.
      await expect(field).toBeFocused();
      await page.keyboard.press('Backspace');
      await page.keyboard.type(code.slice(-1));
      await expect(field).toHaveValue(code.replace(/-/g, ''));
    }
    await press(page.getByRole('button', { name: 'Valider le code' }), device);
    await expect(page.getByRole('heading', { name: 'Classez les thèmes' })).toBeVisible();
    await press(theme(page, 'accompagnement'), device);
    await press(page.getByRole('button', { name: 'Vérifier mon vote' }), device);
    await press(page.getByRole('button', { name: 'Je confirme mon vote' }), device);
    await expect(page.getByRole('heading', { name: 'A voté !' })).toBeVisible();
    expect(await ballotCount(box)).toBe(1);
  });
}

test('the example code shows the kiosk’s own section and stays on one line, even at 200 % text', async ({
  browser,
}) => {
  const made = await codesBox();
  box = made.box;
  await apiCall(box.host.url, 'staff.setKioskSection', { section: 'BE' }, box.token);
  const page = await kioskPage(browser, box.host.url, 'laptop');
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await page.getByRole('button', { name: 'Beginnen' }).click();
  const example = page.locator('.code-example');
  await expect(example).toHaveText(/^BE-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await expect(page.locator('#code-help')).not.toContainText('FR-');
  for (const size of ['Normaal', 'Heel groot']) {
    await page.getByRole('button', { name: size }).click();
    expect(await example.evaluate((el) => el.getClientRects().length), size).toBe(1);
  }
  await viewShot(page, 'code-200-nl');
  // ?section=FR on the kiosk address wins over the station's section.
  const fr = await kioskPage(browser, box.host.url, 'touch', '?section=FR');
  await fr.getByRole('button', { name: 'Commencer' }).tap();
  await expect(fr.locator('.code-example')).toHaveText(/^FR-/);
});

// ---------------------------------------------------------------- 5. the way forward

for (const size of ['Normal', 'Très grand'] as const) {
  test(`at 1366×768 the primary action and its hint are on screen without scrolling (${size})`, async ({
    browser,
  }) => {
    const made = await codesBox();
    box = made.box;
    const page = await kioskPage(browser, box.host.url, 'laptop');
    await page.getByRole('button', { name: size }).click();
    await expectInView(page.getByRole('button', { name: 'Commencer' }), 'welcome');
    await page.getByRole('button', { name: 'Commencer' }).click();
    await expectInView(page.getByRole('button', { name: 'Valider le code' }), 'code');
    await page.getByRole('textbox', { name: 'Code de vote' }).fill(made.codes[0] as string);
    await page.getByRole('button', { name: 'Valider le code' }).click();
    await page.evaluate(() => window.scrollTo(0, 0));
    await expectInView(page.getByRole('button', { name: 'Vérifier mon vote' }), 'rank');
    await expectInView(page.locator('#continue-why'), 'rank hint');
    await expect(page.locator('#continue-why')).toContainText('classez encore');
    await viewShot(page, `rank-fold-${size === 'Normal' ? 'normal' : '200'}`);
    for (const id of ['accompagnement', 'place-salaries', 'projet-politique', 'horizon-post-crise'])
      await theme(page, id).click();
    await page.getByRole('button', { name: 'Vérifier mon vote' }).click();
    await page.evaluate(() => window.scrollTo(0, 0));
    await expectInView(page.getByRole('button', { name: 'Je confirme mon vote' }), 'review');
    await expectInView(page.locator('#review-final'), 'review hint');
    await viewShot(page, `review-fold-${size === 'Normal' ? 'normal' : '200'}`);
  });
}

test('the title never breaks inside « 2020-2021 », at 1366×768 and at 200 % text', async ({
  browser,
}) => {
  box = await openBox();
  const page = await kioskPage(browser, box.host.url, 'laptop');
  for (const size of ['Normal', 'Très grand'] as const) {
    await page.getByRole('button', { name: size }).click();
    const range = page.locator('#welcome-title .nowrap');
    await expect(range).toHaveText('2020-2021');
    // One line box: a range broken after its hyphen has two client rects.
    const lines = await range.evaluate((el) => el.getClientRects().length);
    expect(lines, size).toBe(1);
  }
});

test('in test mode « Commencer » is not clipped at 1366×768, in French and Dutch', async ({
  browser,
}) => {
  const host = await startHost();
  box = { host, token: '' };
  const { staffToken } = await import('../support/api-call');
  const token = await staffToken(host.url);
  box = { host, token };
  await apiCall(host.url, 'staff.setTestMode', { on: true }, token);
  const page = await kioskPage(browser, host.url, 'laptop');
  await expect(page.getByText('MODE TEST', { exact: false })).toBeVisible();
  await expectInView(page.getByRole('button', { name: 'Commencer' }), 'welcome, test mode');
  await viewShot(page, 'welcome-test-fr');
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await page.getByRole('button', { name: 'Heel groot' }).click();
  await expectInView(
    page.getByRole('button', { name: 'Beginnen' }),
    'welcome, test mode, nl 200 %',
  );
  await viewShot(page, 'welcome-test-nl-200');
});

// ---------------------------------------------------------------- 6. keyboard ranking

test('keyboard: the moved theme keeps the focus, and the announcement says where it went and why', async ({
  browser,
}) => {
  box = await openBox({ kiosk: { shuffleOptions: false } });
  const page = await kioskPage(browser, box.host.url, 'laptop');
  const live = page.locator('[aria-live="polite"]');
  await page.getByRole('button', { name: 'Commencer' }).click();
  // Shown order without shuffle: accompagnement, projet-politique, horizon-post-crise, place-salaries.
  await theme(page, 'place-salaries').focus();
  await page.keyboard.press('3');
  await expect(theme(page, 'place-salaries')).toContainText('1er choix');
  await expect(live).toContainText('1er choix. En tête de la liste.');
  await expect(live).toContainText('Le 3e rang n’est pas possible : les rangs se suivent');
  await expect(theme(page, 'place-salaries')).toBeFocused();

  await theme(page, 'horizon-post-crise').focus();
  await page.keyboard.press('1');
  await expect(theme(page, 'horizon-post-crise')).toBeFocused();
  await expect(live).toContainText(
    'Un nouvel horizon post-crise sanitaire : 1er choix. En tête de la liste.',
  );
  await expect(live).not.toContainText('pas possible');
  await page.keyboard.press('2');
  await expect(theme(page, 'horizon-post-crise')).toBeFocused();
  await expect(live).toContainText('2e choix. Juste après « Au sein de la communauté Smart');
  // Unranked, far down the list, sent up to the 1st place: still the focus.
  await theme(page, 'projet-politique').focus();
  await page.keyboard.press('1');
  await expect(theme(page, 'projet-politique')).toBeFocused();
  await expect(page.locator('[data-card]').first()).toHaveAttribute(
    'data-card',
    'projet-politique',
  );
  await page.keyboard.press('ArrowDown');
  await expect(theme(page, 'projet-politique')).toBeFocused();
  await expect(live).toContainText('Le projet politique : 2e choix. Juste après');
});

test('keyboard in Dutch: where the theme went, and why « 4 » gave a 2nd place', async ({
  browser,
}) => {
  box = await openBox({ kiosk: { shuffleOptions: false } });
  const page = await kioskPage(browser, box.host.url, 'laptop');
  const live = page.locator('[aria-live="polite"]');
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await page.getByRole('button', { name: 'Beginnen' }).click();
  await theme(page, 'accompagnement').focus();
  await page.keyboard.press('1');
  await theme(page, 'place-salaries').focus();
  await page.keyboard.press('4');
  await expect(theme(page, 'place-salaries')).toBeFocused();
  await expect(live).toContainText('2e keuze. Net na „');
  await expect(live).toContainText('De 4e plaats kan niet');
});

// ---------------------------------------------------------------- 7. focus rings, tap highlight

test('focused titles show no ring, every control shows one; no tap highlight on cards', async ({
  browser,
}) => {
  box = await openBox({ kiosk: { shuffleOptions: false } });
  const page = await kioskPage(browser, box.host.url, 'laptop');
  const outline = (l: Locator) =>
    l.evaluate((el) => {
      const s = getComputedStyle(el);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
  await page.keyboard.press('Tab');
  await page.getByRole('button', { name: 'Commencer' }).focus();
  await page.keyboard.press('Enter');
  const title = page.getByRole('heading', { name: 'Classez les thèmes' });
  await expect(title).toBeFocused();
  expect((await outline(title)).style).toBe('none');
  // Keyboard focus on each kind of control: a visible ring.
  // Every control after the title, up to the end of the page.
  let checked = 0;
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    const o = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      if (el === document.body || !el.closest('main')) return null;
      const s = getComputedStyle(el);
      return {
        name: el.textContent ?? el.tagName,
        style: s.outlineStyle,
        width: parseFloat(s.outlineWidth),
      };
    });
    if (o === null) break;
    expect(o.style, o.name).not.toBe('none');
    expect(o.width, o.name).toBeGreaterThanOrEqual(3);
    checked++;
  }
  expect(checked).toBeGreaterThanOrEqual(10);
  const tap = await page
    .locator('[data-option]')
    .first()
    .evaluate((el) => getComputedStyle(el).getPropertyValue('-webkit-tap-highlight-color'));
  expect(tap.replace(/\s/g, '')).toBe('rgba(0,0,0,0)');
});

// ---------------------------------------------------------------- 16. the waiting screen

for (const lang of ['fr', 'nl'] as const) {
  test(`the waiting screen tells staff, discreetly, how to reach the console (${lang})`, async ({
    browser,
  }) => {
    const host = await startHost();
    box = { host, token: '' };
    if (lang === 'nl') {
      const { staffToken } = await import('../support/api-call');
      const token = await staffToken(host.url);
      await apiCall(host.url, 'staff.setLanguage', { language: 'nl' }, token);
    }
    for (const device of ['laptop', 'touch'] as const) {
      const page = await kioskPage(browser, host.url, device);
      const hint = page.locator('.staff-door-hint');
      await expect(hint).toContainText(lang === 'fr' ? 'Ctrl+Alt+Maj+S' : 'Ctrl+Alt+Shift+S');
      await expect(hint).toContainText(lang === 'fr' ? 'coin supérieur gauche' : 'linkerbovenhoek');
      const sizes = await page.evaluate(() => {
        const px = (s: string) =>
          parseFloat(getComputedStyle(document.querySelector(s) as Element).fontSize);
        return { hint: px('.staff-door-hint'), text: px('.kiosk-closed .big') };
      });
      expect(sizes.hint).toBeLessThan(sizes.text);
      await expectInView(hint, 'hint');
      await axe(page, `waiting ${lang} ${device}`);
      await viewShot(page, `waiting-${lang}-${device}`);
      // What the hint says works: the shortcut opens the console.
      if (device === 'laptop') await page.keyboard.press('Control+Alt+Shift+KeyS');
      else {
        // The 3-second press in the top-left corner, as the hint says.
        await page.mouse.move(10, 10);
        await page.mouse.down();
        await page.waitForTimeout(3300);
        await page.mouse.up();
      }
      await expect(page).toHaveURL(/\/staff$/);
    }
  });
}
