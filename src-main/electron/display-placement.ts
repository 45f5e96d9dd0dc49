/**
 * Where the projector window goes: fullscreen on a display other than the kiosk's, if any, or
 * on the display staff chose. With a single display it is hidden: shown over the fullscreen
 * kiosk it would cover the ballot and take the keyboard. Its bounds are then those of an
 * ordinary window on the main display, ready for when staff send it there.
 */
export interface DisplayLike {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
}

export type Placement =
  | { kind: 'fullscreen'; displayId: number; bounds: DisplayLike['bounds'] }
  | { kind: 'hidden'; displayId: number; bounds: DisplayLike['bounds'] };

export function placeResults(
  displays: readonly DisplayLike[],
  primaryId: number,
  preferredId?: number,
): Placement {
  const primary = displays.find((d) => d.id === primaryId) ?? displays[0];
  if (!primary) throw new Error('No display');
  const preferred =
    preferredId !== undefined ? displays.find((d) => d.id === preferredId) : undefined;
  const target = preferred ?? displays.find((d) => d.id !== primary.id);
  if (target) return { kind: 'fullscreen', displayId: target.id, bounds: target.bounds };
  const { x, y, width, height } = primary.bounds;
  const w = Math.round(width * 0.8);
  const h = Math.round(height * 0.8);
  return {
    kind: 'hidden',
    displayId: primary.id,
    bounds: {
      x: x + Math.round((width - w) / 2),
      y: y + Math.round((height - h) / 2),
      width: w,
      height: h,
    },
  };
}
