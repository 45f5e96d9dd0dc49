/**
 * Keeps the projector (results) window where it belongs: fullscreen on a display other than
 * the kiosk's, or the display staff chose; when displays come and go it follows, and with a
 * single display it falls back to an ordinary window on the main one.
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
}

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

  /** Where the window goes now; also used for a new window's first bounds. */
  placement(): Placement {
    const displays = this.screen.getAllDisplays();
    const preferred = displays.some((d) => d.id === this.preferredId)
      ? this.preferredId
      : undefined;
    return placeResults(displays, this.screen.getPrimaryDisplay().id, preferred);
  }

  /** Moves the live window to its placement. */
  place(): Placement {
    const p = this.placement();
    const win = this.window();
    if (win && !win.isDestroyed()) {
      // A fullscreen window cannot change display: leave fullscreen, move, then enter again.
      if (win.isFullScreen()) win.setFullScreen(false);
      win.setBounds(p.bounds);
      if (p.kind === 'fullscreen') win.setFullScreen(true);
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
    const current = (this.lastPlacement ?? this.placement()).displayId;
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
