import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { apiCall } from '../support/api-call';
import { openVote } from '../support/election-fixture';
import { startHost, type HostHandle } from '../support/host-process';
import { SHOTS, castAll } from './results-slide';

// Each test starts its own host and casts through HTTP: slow on a busy two-core machine.
test.describe.configure({ timeout: 150_000 });

let host: HostHandle;
test.afterEach(async () => {
  await host?.stop();
});

async function votedBox() {
  host = await startHost();
  const token = await openVote(host.url, {
    results: { batchSize: 5, minBallots: 5, policy: 'live' },
  });
  const { election } = await apiCall(host.url, 'results.get', {});
  const [a, b, c, d] = election.options.map((o) => o.id) as [string, string, string, string];
  await castAll(host.url, [
    ...Array.from({ length: 6 }, () => ({ ranking: [a, b, c, d], section: 'FR' })),
    ...Array.from({ length: 4 }, () => ({ ranking: [c, a], section: 'FR' })),
    ...Array.from({ length: 2 }, () => ({ ranking: [b], section: 'BE' })),
  ]);
  await apiCall(host.url, 'staff.close', { confirm: true }, token);
  await apiCall(host.url, 'staff.reveal', {}, token);
  return { token, election };
}

test('staff save the current slide as a 1920×1080 PNG, from any window size', async ({
  browser,
}) => {
  await votedBox();
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(`${host.url}/results?controls=1`);
  await expect(page.getByTestId('ballot-count')).toHaveText('12', { timeout: 15_000 });
  await page.keyboard.press('2');
  await expect(page.getByTestId('order')).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-png').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^sip-2020-2021-fr-summary\.png$/);
  fs.mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, 'export-slide.png');
  await download.saveAs(file);
  const png = fs.readFileSync(file);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.readUInt32BE(16)).toBe(1920);
  expect(png.readUInt32BE(20)).toBe(1080);

  // The image holds the slide (text, bars), not an empty frame, and not the controls strip.
  const stats = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d') as CanvasRenderingContext2D;
    ctx.drawImage(img, 0, 0);
    const colours = new Set<number>();
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    for (let i = 0; i < data.length; i += 4 * 97)
      colours.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
    return { colours: colours.size };
  }, png.toString('base64'));
  expect(stats.colours).toBeGreaterThan(20);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('printing gives every view, one per page, in the election’s language', async ({ browser }) => {
  const { token, election } = await votedBox();
  await apiCall(host.url, 'staff.setLanguage', { language: 'nl' }, token);
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  // The facilitator shows English; the minutes follow the election's language (staff's choice).
  await page.goto(`${host.url}/results?lang=en`);
  await expect(page.locator('main h1')).toHaveText(election.title.en ?? '', { timeout: 15_000 });
  await expect(page.getByTestId('print-report')).toHaveCount(0);

  await page.emulateMedia({ media: 'print' });
  const report = page.getByTestId('print-report');
  await expect(report).toBeVisible();
  await expect(page.locator('main.results')).toBeHidden();
  const { views } = await apiCall(host.url, 'results.get', {});
  const expectedPages = views.reduce((n, v) => n + (v.tally ? 2 : 1), 0);
  await expect(report.locator('.report-page')).toHaveCount(expectedPages);
  for (const v of views)
    await expect(report.locator(`.report-page[data-view="${v.view}"]`).first()).toBeVisible();
  await expect(report.locator('h1').first()).toContainText(election.title.nl ?? '');
  await expect(report).toHaveAttribute('lang', 'nl');
  await expect(report.locator('[data-view="FR"] [data-testid="order"]')).toBeVisible();
  await expect(report.locator('[data-view="FR"] [data-testid="matrix"]')).toBeVisible();
  await expect(report.locator('[data-view="BE"] [data-testid="hidden-notice"]')).toBeVisible();

  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
  fs.mkdirSync(SHOTS, { recursive: true });
  fs.writeFileSync(path.join(SHOTS, 'report.pdf'), pdf);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBe(expectedPages);

  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByTestId('print-report')).toHaveCount(0);
  await expect(page.locator('main h1')).toHaveText(election.title.en ?? '');
});
