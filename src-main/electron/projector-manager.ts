/**
 * Keeps the projector (results) window where it belongs: fullscreen on a display other than
 * the kiosk's, or the display staff chose; when displays come and go it follows, and with a
 * single display it hides until staff send it somewhere (see display-placement.ts). It is
 * shown without focus, so the kiosk keeps the keyboard. A display event that leaves the
 * target where it was (a work-area or scale change, another screen plugged in) changes
 * nothing: leaving and re-entering fullscreen for it would make the projector flicker.
 */
import { ApiError, type DisplayInfo } from '../../shared/api';
import { placeResults, type DisplayLike, type Placement } from './display-placement';

export interface ScreenLike {
  getAllDisplays(): (DisplayLike & { label?: string })[];
  getPrimaryDisplay(): DisplayLike;
  on(
    event: 'display-added' | 'display-removed' | 'display-metrics-changed',
    listener: () => void,
  ): unknown;
}

export interface PlaceableWindow {
  isDestroyed(): boolean;
  isFullScreen(): boolean;
  setFullScreen(on: boolean): void;
  setBounds(bounds: DisplayLike['bounds']): void;
  isVisible(): boolean;
  showInactive(): void;
  hide(): void;
}

const sameTarget = (a: Placement | null, b: Placement) =>
  a !== null && a.kind === b.kind && a.displayId === b.displayId;

export class ProjectorManager {
  private preferredId: number | undefined;
  private lastPlacement: Placement | null = null;

  constructor(
    private readonly screen: ScreenLike,
    private readonly window: () => PlaceableWindow | null,
  ) {
    const follow = () => this.place();
    screen.on('display-added', follow);
    screen.on('display-removed', follow);
    screen.on('display-metrics-changed', follow);
  }

  private target(): Placement {
    const displays = this.screen.getAllDisplays();
    const preferred = displays.some((d) => d.id === this.preferredId)
      ? this.preferredId
      : undefined;
    return placeResults(displays, this.screen.getPrimaryDisplay().id, preferred);
  }

  /** Where a new window opens; the live window is now there. */
  placement(): Placement {
    this.lastPlacement = this.target();
    return this.lastPlacement;
  }

  /** Moves the live window to its placement, if that changed. */
  place(): Placement {
    const p = this.target();
    const win = this.window();
    if (sameTarget(this.lastPlacement, p)) return p;
    if (win && !win.isDestroyed()) {
      // A fullscreen window cannot change display: leave fullscreen, move, then enter again.
      if (win.isFullScreen()) win.setFullScreen(false);
      if (p.kind === 'hidden') win.hide();
      win.setBounds(p.bounds);
      if (p.kind === 'fullscreen') {
        if (!win.isVisible()) win.showInactive();
        win.setFullScreen(true);
      }
    }
    this.lastPlacement = p;
    return p;
  }

  /** Staff send the projector to a display; it stays there while that display exists. */
  moveTo(displayId: number): Placement {
    if (!this.screen.getAllDisplays().some((d) => d.id === displayId))
      throw new ApiError('not-found', `No display ${displayId}`, { displayId });
    this.preferredId = displayId;
    return this.place();
  }

  list(): DisplayInfo[] {
    const primaryId = this.screen.getPrimaryDisplay().id;
    const p = this.lastPlacement ?? this.target();
    const current = p.kind === 'hidden' ? undefined : p.displayId;
    return this.screen.getAllDisplays().map((d, i) => ({
      id: d.id,
      label: d.label || `${i + 1}`,
      width: d.bounds.width,
      height: d.bounds.height,
      primary: d.id === primaryId,
      projector: d.id === current,
    }));
  }
}
