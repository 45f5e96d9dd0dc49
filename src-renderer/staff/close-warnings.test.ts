import { describe, expect, it } from 'vitest';
import type { DeviceInfo } from '../../shared/api';
import { deviceWarnings } from './close-warnings';

const device = (d: Partial<DeviceInfo> & Pick<DeviceInfo, 'name'>): DeviceInfo => ({
  id: d.name,
  role: 'kiosk',
  section: 'FR',
  online: true,
  lastContact: null,
  received: 0,
  waiting: null,
  ...d,
});

describe('deviceWarnings', () => {
  it('adds up what kiosks hold and names the offline kiosks, not the projectors', () => {
    expect(
      deviceWarnings([
        device({ name: 'A', waiting: 2 }),
        device({ name: 'B', waiting: 1, online: false }),
        device({ name: 'C', online: false }),
        device({ name: 'P', role: 'projector', section: null, online: false }),
      ]),
    ).toEqual({ waiting: 3, offline: ['B', 'C'] });
  });
  it('is quiet without devices', () => {
    expect(deviceWarnings([])).toEqual({ waiting: 0, offline: [] });
  });
});
