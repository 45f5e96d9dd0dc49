import { describe, expect, it } from 'vitest';
import { DamagedFileError } from '../core/document-store';
import { AlreadyRunningError } from '../core/instance-lock';
import { applicationMenu } from './app-menu';
import { ozonePlatform, x11Relaunch } from './display-server';
import { explainDesktopStartFailure } from './start-failure';

describe('Linux display server', () => {
  it('a Wayland session with XWayland runs the app as X11, where windows can be placed', () => {
    expect(ozonePlatform('linux', { XDG_SESSION_TYPE: 'wayland', DISPLAY: ':0' })).toBe('x11');
    expect(ozonePlatform('linux', { WAYLAND_DISPLAY: 'wayland-0', DISPLAY: ':1' })).toBe('x11');
  });

  it('stays native where there is no X server, when asked, on X11 and off Linux', () => {
    expect(ozonePlatform('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBeNull();
    const both = { XDG_SESSION_TYPE: 'wayland', DISPLAY: ':0' };
    expect(ozonePlatform('linux', { ...both, PRIORITES_WAYLAND: '1' })).toBeNull();
    expect(ozonePlatform('linux', { XDG_SESSION_TYPE: 'x11', DISPLAY: ':0' })).toBeNull();
    expect(ozonePlatform('win32', both)).toBeNull();
    expect(ozonePlatform('darwin', both)).toBeNull();
  });
});

describe('relaunching under XWayland', () => {
  const wayland = { XDG_SESSION_TYPE: 'wayland', DISPLAY: ':0' };

  it('adds the switch once, keeping the arguments it was started with', () => {
    expect(x11Relaunch('linux', wayland, ['/opt/Priorités/priorites'])).toEqual({
      args: ['--ozone-platform=x11'],
    });
    expect(x11Relaunch('linux', wayland, ['/x/electron', '.'])).toEqual({
      args: ['.', '--ozone-platform=x11'],
    });
  });

  it('an AppImage relaunches the image, not its vanishing mount', () => {
    const env = { ...wayland, APPIMAGE: '/home/k/Priorites.AppImage' };
    expect(x11Relaunch('linux', env, ['/tmp/.mount_Prio/priorites'])).toEqual({
      execPath: '/home/k/Priorites.AppImage',
      args: ['--ozone-platform=x11'],
    });
  });

  it('never loops, and leaves an explicit choice alone', () => {
    expect(x11Relaunch('linux', wayland, ['/x/electron', '.', '--ozone-platform=x11'])).toBeNull();
    expect(x11Relaunch('linux', wayland, ['/x/p', '--ozone-platform=wayland'])).toBeNull();
    expect(x11Relaunch('linux', { DISPLAY: ':0' }, ['/x/p'])).toBeNull();
    expect(x11Relaunch('win32', wayland, ['/x/p'])).toBeNull();
  });
});

describe('application menu', () => {
  it('macOS gets the Edit menu (Cmd+C/V/X/A/Z) and nothing that quits, hides or reloads', () => {
    const menu = applicationMenu('darwin');
    expect(menu?.map((m) => m.role ?? m.label)).toEqual(['Priorités', 'editMenu']);
    const items = menu?.flatMap((m) => (Array.isArray(m.submenu) ? m.submenu : []));
    for (const role of ['quit', 'hide', 'reload', 'forceReload', 'toggleDevTools', 'close'])
      expect(items?.map((i) => i.role)).not.toContain(role);
  });

  it('Windows and Linux get no menu at all', () => {
    expect(applicationMenu('win32')).toBeNull();
    expect(applicationMenu('linux')).toBeNull();
  });
});

describe('the installed app cannot open its ballot box', () => {
  const dataDir = 'C:\\Users\\borne\\AppData\\Roaming\\Priorités';

  it('a damaged file: keep the data folder, repair from the console; no developer command', () => {
    const msg = explainDesktopStartFailure(
      new DamagedFileError(`${dataDir}\\ballots.jsonl`, 'line 3 is not JSON'),
      dataDir,
    );
    expect(msg).not.toMatch(/npm|--data-dir|recover/);
    for (const text of [
      'console de l’équipe',
      '« Réparer »',
      'la personne qui a installé Priorités',
      'de persoon die Priorités',
      'the person who installed Priorités',
    ])
      expect(msg).toContain(text);
    expect(msg?.split(dataDir).length).toBe(4 + 3); // the file and the folder, in each language
  });

  it('another instance on the same folder is told as before', () => {
    expect(explainDesktopStartFailure(new AlreadyRunningError(dataDir, 42), dataDir)).toContain(
      'déjà ouvert',
    );
    expect(explainDesktopStartFailure(new Error('other'), dataDir)).toBeNull();
  });
});
