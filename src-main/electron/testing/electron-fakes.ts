/**
 * Stand-ins for the Electron objects the shell modules receive (the Electron binary cannot
 * run on the build machines). Each records what was done to it so tests can assert on it.
 */
import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions } from 'electron';

export class FakeEvent {
  defaultPrevented = false;
  constructor(readonly extra: Record<string, unknown> = {}) {}
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

/** Emits like Electron: the first argument of every listener is a preventable event. */
export class FakeEmitter extends EventEmitter {
  fire(name: string, ...args: unknown[]): FakeEvent {
    const event = new FakeEvent();
    this.emit(name, event, ...args);
    return event;
  }
}

export class FakeWebContents extends FakeEmitter {
  readonly loaded: string[] = [];
  visualZoomLimits: [number, number] | null = null;
  zoomFactor = 1;
  crashed = 0;
  reloads = 0;
  destroyed = false;
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null;
  readonly sent: { channel: string; payload: unknown }[] = [];

  async setVisualZoomLevelLimits(min: number, max: number): Promise<void> {
    this.visualZoomLimits = [min, max];
  }
  setZoomFactor(f: number): void {
    this.zoomFactor = f;
  }
  async loadURL(url: string): Promise<void> {
    this.loaded.push(url);
  }
  reload(): void {
    this.reloads++;
  }
  forcefullyCrashRenderer(): void {
    this.crashed++;
  }
  setWindowOpenHandler(h: (details: { url: string }) => { action: 'allow' | 'deny' }): void {
    this.windowOpenHandler = h;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class FakeBrowserWindow extends FakeEmitter {
  static created: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  bounds: Rect;
  fullScreen: boolean;
  shown = false;
  visible = false;
  focused = false;
  /** Every call that changes where or how the window shows, in order. */
  readonly moves: string[] = [];
  destroyed = false;
  minimized = false;

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    this.bounds = {
      x: options.x ?? 0,
      y: options.y ?? 0,
      width: options.width ?? 800,
      height: options.height ?? 600,
    };
    this.fullScreen = options.fullscreen === true;
    FakeBrowserWindow.created.push(this);
  }
  setBounds(b: Rect): void {
    this.moves.push(`bounds:${b.x},${b.y},${b.width}x${b.height}`);
    this.bounds = { ...b };
  }
  getBounds(): Rect {
    return { ...this.bounds };
  }
  setFullScreen(on: boolean): void {
    this.moves.push(`fullscreen:${on}`);
    this.fullScreen = on;
  }
  isFullScreen(): boolean {
    return this.fullScreen;
  }
  show(): void {
    this.moves.push('show');
    this.shown = this.visible = this.focused = true;
  }
  showInactive(): void {
    this.moves.push('showInactive');
    this.shown = this.visible = true;
  }
  hide(): void {
    this.moves.push('hide');
    this.visible = this.focused = false;
  }
  isVisible(): boolean {
    return this.visible;
  }
  focus(): void {
    this.focused = true;
  }
  restore(): void {
    this.minimized = false;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  destroy(): void {
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}

export interface FakeDisplay {
  id: number;
  label: string;
  bounds: Rect;
}

export class FakeScreen extends FakeEmitter {
  constructor(
    public displays: FakeDisplay[],
    public primaryId: number,
  ) {
    super();
  }
  getAllDisplays(): FakeDisplay[] {
    return this.displays;
  }
  getPrimaryDisplay(): FakeDisplay {
    const d = this.displays.find((x) => x.id === this.primaryId) ?? this.displays[0];
    if (!d) throw new Error('no display');
    return d;
  }
  add(d: FakeDisplay): void {
    this.displays = [...this.displays, d];
    this.fire('display-added', d);
  }
  remove(id: number): void {
    const d = this.displays.find((x) => x.id === id);
    this.displays = this.displays.filter((x) => x.id !== id);
    this.fire('display-removed', d);
  }
  /** A work-area, scale or resolution change of one display. */
  change(id: number, bounds: Partial<Rect>, changedMetrics = ['workArea']): void {
    this.displays = this.displays.map((d) =>
      d.id === id ? { ...d, bounds: { ...d.bounds, ...bounds } } : d,
    );
    this.fire(
      'display-metrics-changed',
      this.displays.find((d) => d.id === id),
      changedMetrics,
    );
  }
}

export class FakePowerSaveBlocker {
  private next = 1;
  readonly active = new Map<number, string>();
  start(type: 'prevent-app-suspension' | 'prevent-display-sleep'): number {
    const id = this.next++;
    this.active.set(id, type);
    return id;
  }
  stop(id: number): boolean {
    return this.active.delete(id);
  }
  isStarted(id: number): boolean {
    return this.active.has(id);
  }
}

export class FakeApp extends FakeEmitter {
  quits = 0;
  constructor(public hasLock = true) {
    super();
  }
  requestSingleInstanceLock(): boolean {
    return this.hasLock;
  }
  quit(): void {
    this.quits++;
  }
}

export const fakeDisplay = (id: number, x: number, width = 1920, height = 1080): FakeDisplay => ({
  id,
  label: `Display ${id}`,
  bounds: { x, y: 0, width, height },
});
