/**
 * The join screen's list of hubs: mDNS browsing starts when the screen first asks, not at
 * start-up (a kiosk that never joins never multicasts), and stops once nobody asked for a
 * while. The first answer waits a moment so that hubs already on the network can reply.
 */
import type { FoundHub } from '../../../shared/api';
import type { HubBrowser } from './hub-discovery';

export interface HubFinderOptions {
  /** How long the first ask waits for answers. */
  firstWaitMs?: number;
  /** Browsing stops after this long without an ask. */
  idleMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (t: unknown) => void;
  sleep?: (ms: number) => Promise<void>;
}

export function hubFinder(
  browse: () => HubBrowser,
  opts: HubFinderOptions = {},
): () => Promise<FoundHub[]> {
  const firstWaitMs = opts.firstWaitMs ?? 1500;
  const idleMs = opts.idleMs ?? 120_000;
  const setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = opts.clearTimer ?? ((t) => clearTimeout(t as NodeJS.Timeout));
  const sleep = opts.sleep ?? ((ms) => new Promise<void>((r) => setTimeout(r, ms)));
  let browser: HubBrowser | null = null;
  let idle: unknown = null;
  return async () => {
    if (idle !== null) clearTimer(idle);
    const fresh = browser === null;
    const current = (browser ??= browse());
    const timer = setTimer(() => {
      current.stop();
      if (browser === current) browser = null;
      idle = null;
    }, idleMs);
    (timer as { unref?: () => void }).unref?.();
    idle = timer;
    if (fresh) await sleep(firstWaitMs);
    return current.list();
  };
}
