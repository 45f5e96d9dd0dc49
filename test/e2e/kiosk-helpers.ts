/** Shared steps of the kiosk end-to-end specs: a host with an open vote, and ways to act on it. */
import fs from 'node:fs';
import path from 'node:path';
import { scanSlots } from '../../src-main/core/slot-file';
import type { Browser, BrowserContextOptions, Locator, Page } from '@playwright/test';
import { apiCall } from '../support/api-call';
import { openVote, type ElectionPatch } from '../support/election-fixture';
import { startHost, type HostHandle } from '../support/host-process';

/** The two set-ups the issue asks for: a laptop with a mouse, a large touch screen. */
export const DEVICES = {
  laptop: { viewport: { width: 1366, height: 768 } },
  touch: { viewport: { width: 1920, height: 1080 }, hasTouch: true },
} as const satisfies Record<string, BrowserContextOptions>;
export type DeviceName = keyof typeof DEVICES;

export const SHOTS = '/tmp/shots-kiosk';

export interface OpenBox {
  host: HostHandle;
  token: string;
}

export async function openBox(patch: ElectionPatch = {}): Promise<OpenBox> {
  const host = await startHost();
  const token = await openVote(host.url, patch);
  return { host, token };
}

export async function kioskPage(
  browser: Browser,
  url: string,
  device: DeviceName = 'laptop',
  query = '',
): Promise<Page> {
  const context = await browser.newContext(DEVICES[device]);
  const page = await context.newPage();
  await page.goto(`${url}/kiosk${query}`);
  return page;
}

/** Tap on a touch screen, click elsewhere: what a voter on that device would do. */
export async function press(target: Locator, device: DeviceName): Promise<void> {
  if (device === 'touch') await target.tap();
  else await target.click();
}

export const theme = (page: Page, id: string): Locator => page.locator(`[data-option="${id}"]`);

/** The rankings stored in the ballot box, read from its slot file. */
export function storedRankings(dataDir: string): { section: string; ranking: string[] }[] {
  const file = path.join(dataDir, 'ballots.slots');
  if (!fs.existsSync(file)) return [];
  return scanSlots(fs.readFileSync(file), 'ballots').records.map(
    (r) => JSON.parse(r.payload) as { section: string; ranking: string[] },
  );
}

export async function ballotCount(box: OpenBox): Promise<number> {
  return (await apiCall(box.host.url, 'staff.overview', {}, box.token)).ballots;
}

/** Whole-page screenshot for review by a person (kept out of the repo). */
export async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}
