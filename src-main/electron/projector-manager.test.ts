import { describe, expect, it } from 'vitest';
import { ProjectorManager } from './projector-manager';
import { roleOptions } from './window-options';
import { FakeBrowserWindow, FakeScreen, fakeDisplay } from './testing/electron-fakes';

function setUp(displays = [fakeDisplay(1, 0)]) {
  const screen = new FakeScreen(displays, 1);
  let win: FakeBrowserWindow | null = null;
  const manager = new ProjectorManager(screen, () => win);
  // As the window slot opens it: with the placement's options, shown unless hidden.
  const first = manager.placement();
  win = new FakeBrowserWindow(roleOptions('projector', first));
  if (first.kind !== 'hidden') win.showInactive();
  manager.place();
  return { screen, manager, win };
}

describe('projector window placement', () => {
  it('one display: hidden, so the fullscreen kiosk stays in front with the keyboard', () => {
    const { win, manager } = setUp();
    expect(win.fullScreen).toBe(false);
    expect(win.visible).toBe(false);
    expect(manager.placement().kind).toBe('hidden');
    // Ready for when staff send it somewhere: an ordinary window's bounds on the main display.
    expect(win.bounds).toEqual({ x: 192, y: 108, width: 1536, height: 864 });
    expect(manager.list()).toEqual([
      { id: 1, label: 'Display 1', width: 1920, height: 1080, primary: true, projector: false },
    ]);
  });

  it('one display: staff sending it to the main display shows it there, without focus', () => {
    const { win, manager } = setUp();
    manager.moveTo(1);
    expect(win.visible).toBe(true);
    expect(win.focused).toBe(false);
    expect(win.fullScreen).toBe(true);
    expect(manager.list()[0]?.projector).toBe(true);
  });

  it('two displays: fullscreen on the one that is not the kiosk', () => {
    const { win } = setUp([fakeDisplay(1, 0), fakeDisplay(2, 1920, 1280, 720)]);
    expect(win.fullScreen).toBe(true);
    expect(win.bounds).toEqual({ x: 1920, y: 0, width: 1280, height: 720 });
  });

  it('a projector plugged in during the session: the window moves there, fullscreen', () => {
    const { win, screen, manager } = setUp();
    screen.add(fakeDisplay(5, 1920));
    expect(win.fullScreen).toBe(true);
    expect(win.bounds.x).toBe(1920);
    expect(manager.list().find((d) => d.projector)?.id).toBe(5);
  });

  it('the projector unplugged: hidden on the main display, behind nothing but the kiosk', () => {
    const { win, screen } = setUp([fakeDisplay(1, 0), fakeDisplay(2, 1920)]);
    win.showInactive();
    screen.remove(2);
    expect(win.fullScreen).toBe(false);
    expect(win.visible).toBe(false);
    expect(win.bounds.x).toBeLessThan(1920);
    expect(win.bounds.width).toBeLessThan(1920);
    // Plugged back in: shown again, fullscreen there, the kiosk keeping the focus.
    screen.add(fakeDisplay(2, 1920));
    expect(win.visible).toBe(true);
    expect(win.focused).toBe(false);
    expect(win.fullScreen).toBe(true);
  });

  it('a work-area or scale change of its display does not make the projector flicker', () => {
    const { win, screen } = setUp([fakeDisplay(1, 0), fakeDisplay(2, 1920)]);
    win.moves.length = 0;
    screen.change(2, { height: 1040 }, ['workArea']);
    screen.change(2, {}, ['scaleFactor']);
    screen.change(1, { height: 1040 }, ['workArea']);
    // Another display plugged in leaves the projector where it is too.
    screen.add(fakeDisplay(3, 3840));
    expect(win.moves).toEqual([]);
    expect(win.fullScreen).toBe(true);
  });

  it('staff send it to any display, and it stays there while that display exists', () => {
    const { win, screen, manager } = setUp([
      fakeDisplay(1, 0),
      fakeDisplay(2, 1920),
      fakeDisplay(3, 3840),
    ]);
    expect(win.bounds.x).toBe(1920);
    manager.moveTo(3);
    expect(win.bounds.x).toBe(3840);
    expect(win.fullScreen).toBe(true);
    screen.fire('display-metrics-changed');
    expect(win.bounds.x).toBe(3840);
    screen.remove(3);
    expect(win.bounds.x).toBe(1920);
    // Plugged back: the staff choice holds again.
    screen.add(fakeDisplay(3, 3840));
    expect(win.bounds.x).toBe(3840);
  });

  it('staff may put it on the main display too', () => {
    const { win, manager } = setUp([fakeDisplay(1, 0), fakeDisplay(2, 1920)]);
    manager.moveTo(1);
    expect(win.bounds).toEqual({ x: 0, y: 0, width: 1920, height: 1080 });
    expect(manager.list().map((d) => [d.id, d.projector])).toEqual([
      [1, true],
      [2, false],
    ]);
  });

  it('refuses a display that does not exist, and does not move', () => {
    const { win, manager } = setUp([fakeDisplay(1, 0), fakeDisplay(2, 1920)]);
    expect(() => manager.moveTo(99)).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(win.bounds.x).toBe(1920);
  });

  it('leaves fullscreen before changing display (a fullscreen window cannot move)', () => {
    const { win, manager } = setUp([fakeDisplay(1, 0), fakeDisplay(2, 1920)]);
    const steps: string[] = [];
    win.setFullScreen = (on) => {
      steps.push(`fullscreen:${on}`);
      win.fullScreen = on;
    };
    win.setBounds = (b) => {
      steps.push(`bounds:${b.x}`);
      win.bounds = b;
    };
    manager.moveTo(1);
    expect(steps).toEqual(['fullscreen:false', 'bounds:0', 'fullscreen:true']);
  });

  it('survives a destroyed or missing window', () => {
    const screen = new FakeScreen([fakeDisplay(1, 0)], 1);
    const manager = new ProjectorManager(screen, () => null);
    expect(() => screen.add(fakeDisplay(2, 1920))).not.toThrow();
    expect(manager.list()).toHaveLength(2);
  });
});
