/** Pure ranking edits used by every way of ranking (tap, drag, keyboard). */

/** Tap: an unranked option takes the next rank; a ranked one leaves and the ranks behind close up. */
export const toggle = (ranking: readonly string[], id: string): string[] =>
  ranking.includes(id) ? ranking.filter((x) => x !== id) : [...ranking, id];

/** Put `id` at 0-based position `to` (clamped); an unranked option joins the ranking there. */
export function placeAt(ranking: readonly string[], id: string, to: number): string[] {
  const rest = ranking.filter((x) => x !== id);
  const at = Math.max(0, Math.min(to, rest.length));
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}

/** Move a ranked option up (-1) or down (+1); unchanged at the ends or when unranked. */
export function move(ranking: readonly string[], id: string, delta: -1 | 1): string[] {
  const i = ranking.indexOf(id);
  if (i < 0) return [...ranking];
  return placeAt(ranking, id, i + delta);
}

/**
 * Drag and drop over the list shown on screen (ranked themes first, then the unranked ones):
 * `to` is the index the dragged theme lands at in that list. Landing among the ranked themes
 * gives it that rank; a ranked theme dropped below them leaves the ranking.
 */
export function dropAt(ranking: readonly string[], id: string, to: number): string[] {
  const ranked = ranking.includes(id);
  if (ranked)
    return to < ranking.length ? placeAt(ranking, id, to) : ranking.filter((x) => x !== id);
  return to <= ranking.length ? placeAt(ranking, id, to) : [...ranking];
}

/** What the screen lists: ranked themes in rank order, then the others in the voter's order. */
export const displayed = (ranking: readonly string[], order: readonly string[]): string[] => [
  ...ranking,
  ...order.filter((id) => !ranking.includes(id)),
];
