/**
 * Over the web host, the renderer cannot be made to leave the app: no navigation to another
 * origin, no new window or tab, no inline or foreign script, no form posted elsewhere, no file
 * dropped in its place. (In Electron, will-navigate, will-redirect and setWindowOpenHandler add
 * the same refusals in the main process; see src-main/electron/navigation-guard.test.ts.)
 */
import { expect, test, type Page } from '@playwright/test';
import { startHost, type HostHandle } from '../support/host-process';

let host: HostHandle;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await host?.stop();
});

const EXTERNAL = 'https://example.invalid/phish';

/** Opens an app page and records every request that leaves the host's origin. */
async function openPage(page: Page, path = '/kiosk'): Promise<string[]> {
  const foreign: string[] = [];
  const origin = new URL(host.url).origin;
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol.startsWith('http') && u.origin !== origin) foreign.push(r.url());
  });
  await page.goto(`${host.url}${path}`);
  await expect(page.locator('#root')).not.toBeEmpty();
  return foreign;
}

async function injectLink(page: Page, href: string, attrs: Record<string, string> = {}) {
  await page.evaluate(
    ({ href, attrs }) => {
      const a = document.createElement('a');
      a.href = href;
      a.id = 'injected-link';
      a.textContent = 'link';
      for (const [k, v] of Object.entries(attrs)) a.setAttribute(k, v);
      a.style.cssText = 'position:fixed;top:0;left:0;z-index:99999;padding:20px;background:#fff';
      document.body.append(a);
    },
    { href, attrs },
  );
  return page.locator('#injected-link');
}

test('every page carries a CSP without unsafe-inline or unsafe-eval', async ({ request }) => {
  for (const path of ['/', '/kiosk', '/results', '/staff']) {
    const res = await request.get(`${host.url}${path}`);
    const csp = res.headers()['content-security-policy'] ?? '';
    expect(csp, path).toContain("default-src 'self'");
    expect(csp, path).toContain("script-src 'self'");
    expect(csp, path).toContain("object-src 'none'");
    expect(csp, path).toContain("form-action 'none'");
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  }
});

test('an inline script, an inline handler, string code and a foreign request are refused', async ({
  page,
}) => {
  const foreign = await openPage(page);
  await page.addScriptTag({ content: 'window.__inlineRan = true;' }).catch(() => undefined);
  expect(await page.evaluate(() => 'inlineRan' in window || '__inlineRan' in window)).toBe(false);
  // An injected inline event handler (the usual XSS vector) and string-to-code do not run.
  // (page.evaluate itself runs outside the CSP, so the page must compile the string.)
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.setAttribute('onerror', "document.body.dataset.pwned = 'handler'");
    img.src = '/no-such-image.png';
    document.body.append(img);
    const timer = window.setTimeout as unknown as (code: string, ms: number) => number;
    try {
      timer("document.body.dataset.pwned = 'timer'", 0);
    } catch {
      // refused synchronously: fine
    }
  });
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => document.body.dataset.pwned ?? 'nothing ran')).toBe(
    'nothing ran',
  );
  const fetchResult = await page.evaluate(async (url) => {
    try {
      await fetch(url);
      return 'fetched';
    } catch {
      return 'blocked';
    }
  }, EXTERNAL);
  expect(fetchResult).toBe('blocked');
  expect(foreign).toEqual([]);
});

test('a link to another origin does not navigate, by mouse or keyboard', async ({ page }) => {
  const foreign = await openPage(page);
  const before = page.url();
  const link = await injectLink(page, EXTERNAL);
  await link.click();
  await link.focus();
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  expect(page.url()).toBe(before);
  await expect(page.locator('#root')).not.toBeEmpty();
  expect(foreign).toEqual([]);
});

test('no new window or tab: target=_blank, middle, Ctrl and Shift clicks, window.open', async ({
  page,
  context,
}) => {
  const foreign = await openPage(page);
  let opened = 0;
  context.on('page', () => opened++);
  page.on('popup', () => opened++);
  const blank = await injectLink(page, '/results', { target: '_blank' });
  await blank.click();
  await blank.click({ button: 'middle' });
  await blank.click({ modifiers: ['Control'] });
  await blank.click({ modifiers: ['Shift'] });
  expect(await page.evaluate((url) => window.open(url), EXTERNAL)).toBeNull();
  expect(await page.evaluate(() => window.open('/results', '_blank'))).toBeNull();
  await page.waitForTimeout(300);
  expect(opened).toBe(0);
  expect(context.pages()).toHaveLength(1);
  expect(foreign).toEqual([]);
});

test('a form cannot be posted to another origin', async ({ page }) => {
  const foreign = await openPage(page);
  const before = page.url();
  await page.evaluate((url) => {
    const f = document.createElement('form');
    f.action = url;
    f.method = 'post';
    document.body.append(f);
    f.submit();
  }, EXTERNAL);
  await page.waitForTimeout(300);
  expect(page.url()).toBe(before);
  expect(foreign).toEqual([]);
});

test('a file dropped on the page does not replace the app', async ({ page }) => {
  await openPage(page);
  const prevented = await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['<h1>not the app</h1>'], 'evil.html', { type: 'text/html' }));
    const over = new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true });
    const drop = new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true });
    document.body.dispatchEvent(over);
    document.body.dispatchEvent(drop);
    return [over.defaultPrevented, drop.defaultPrevented];
  });
  expect(prevented).toEqual([true, true]);
});

test('the browser context menu (Back, Reload, Inspect) does not open', async ({ page }) => {
  await openPage(page);
  const prevented = await page.evaluate(() => {
    const e = new MouseEvent('contextmenu', { bubbles: true, cancelable: true, button: 2 });
    document.body.dispatchEvent(e);
    return e.defaultPrevented;
  });
  expect(prevented).toBe(true);
});

test('links inside the app still work', async ({ page }) => {
  await openPage(page);
  const link = await injectLink(page, '/results');
  await link.click();
  await expect(page).toHaveURL(`${host.url}/results`);
});
