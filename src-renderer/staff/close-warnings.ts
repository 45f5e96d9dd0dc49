/**
 * What staff should know before closing, kept up to date while the close question is open:
 * kiosks with a voter midway, ballots still waiting on app kiosks for the hub, and paired
 * kiosks that are offline (an app kiosk cut off may hold ballots the hub no longer takes over
 * the network after the close; the README says what to do). From the hub's counts only.
 */
import { useEffect, useState } from 'react';
import type { DeviceInfo } from '../../shared/api';
import type { useApi } from '../api/client';

export interface CloseWarnings {
  midway: number;
  waiting: number;
  offline: string[];
}

const NONE: CloseWarnings = { midway: 0, waiting: 0, offline: [] };

/** The kiosks' share of the warnings, from the device list. */
export function deviceWarnings(devices: readonly DeviceInfo[]): Omit<CloseWarnings, 'midway'> {
  const kiosks = devices.filter((d) => d.role === 'kiosk');
  return {
    waiting: kiosks.reduce((n, d) => n + (d.waiting ?? 0), 0),
    offline: kiosks.filter((d) => !d.online).map((d) => d.name),
  };
}

export function useCloseWarnings(api: ReturnType<typeof useApi>, asking: boolean): CloseWarnings {
  const [warnings, setWarnings] = useState<CloseWarnings>(NONE);
  useEffect(() => {
    if (!asking) return;
    let alive = true;
    const ask = async () => {
      const [presence, devices] = await Promise.all([
        api.call('staff.kioskPresence', {}).catch(() => ({ midway: 0 })),
        // A box without network mode has no devices to speak of.
        api.call('staff.devices', {}).catch(() => ({ devices: [] })),
      ]);
      if (alive) setWarnings({ midway: presence.midway, ...deviceWarnings(devices.devices) });
    };
    void ask();
    const id = setInterval(() => void ask(), 2000);
    return () => {
      alive = false;
      clearInterval(id);
      setWarnings(NONE);
    };
  }, [api, asking]);
  return warnings;
}
