import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/fault/support/box-fixture';
import { DataFolder } from './data-folder';
import { Settings } from './settings';

describe('Settings', () => {
  it('keeps the kiosk section, the language and the PIN record across a restart', () => {
    const folder = new DataFolder(tempDir());
    const s = new Settings(folder, 'BE');
    expect([s.kioskSection, s.language]).toEqual(['BE', 'fr']);
    s.setKioskSection('FR');
    s.setLanguage('nl');
    s.pinStore.write({ pinFailures: 3 });
    const again = new Settings(folder, 'BE');
    expect([again.kioskSection, again.language]).toEqual(['FR', 'nl']);
    expect(again.pinStore.read()).toEqual({ pin: null, pinFailures: 3, lockedUntil: null });
  });

  it('forgets the quit permission at a restart', () => {
    const folder = new DataFolder(tempDir());
    const s = new Settings(folder, 'FR');
    s.allowQuit(true);
    expect(s.allowsQuit).toBe(true);
    expect(new Settings(folder, 'FR').allowsQuit).toBe(false);
  });
});
