/**
 * The keyboard model of the ranking list, kept pure so that it is tested without a browser:
 * a digit gives the focused theme that rank, arrows move it, Delete takes it back, Enter
 * continues. Anything else is left to the browser (Tab, Space on the button).
 */
import { move, placeAt } from './ranking';

export type KeyAction =
  { kind: 'rank'; ranking: string[] } | { kind: 'continue' } | { kind: 'none' };

export function keyAction(
  key: string,
  ranking: readonly string[],
  id: string,
  optionCount: number,
): KeyAction {
  if (key === 'Enter') return { kind: 'continue' };
  if (/^[1-9]$/.test(key)) {
    const n = Number(key);
    if (n > optionCount) return { kind: 'none' };
    return { kind: 'rank', ranking: placeAt(ranking, id, n - 1) };
  }
  const ranked = ranking.includes(id);
  if (key === 'ArrowUp')
    return { kind: 'rank', ranking: ranked ? move(ranking, id, -1) : [...ranking, id] };
  if (key === 'ArrowDown') {
    if (!ranked) return { kind: 'none' };
    // Moving the last ranked theme further down takes it out of the ranking.
    if (ranking.indexOf(id) === ranking.length - 1)
      return { kind: 'rank', ranking: ranking.filter((x) => x !== id) };
    return { kind: 'rank', ranking: move(ranking, id, 1) };
  }
  if (key === 'Delete' || key === 'Backspace' || key === '0')
    return { kind: 'rank', ranking: ranking.filter((x) => x !== id) };
  return { kind: 'none' };
}
