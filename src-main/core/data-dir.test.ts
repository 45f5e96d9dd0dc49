import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from './data-dir';

describe('defaultDataDir', () => {
  it('prefers PRIORITES_DATA_DIR', () => {
    expect(defaultDataDir('linux', { PRIORITES_DATA_DIR: 'rel/box' }, '/home/a')).toBe(
      path.resolve('rel/box'),
    );
  });

  it('matches Electron userData on each platform', () => {
    expect(defaultDataDir('linux', {}, '/home/a')).toBe('/home/a/.config/Priorités');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/x' }, '/home/a')).toBe('/x/Priorités');
    expect(defaultDataDir('darwin', {}, '/Users/a')).toBe(
      '/Users/a/Library/Application Support/Priorités',
    );
    expect(
      defaultDataDir('win32', { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'C:\\Users\\a'),
    ).toBe('C:\\Users\\a\\AppData\\Roaming\\Priorités');
  });
});
