/**
 * Which key presses a kiosk swallows before the page or Electron sees them: the browser's own
 * reload, close, devtools, print, zoom, fullscreen and history shortcuts. Typing, arrows,
 * Tab, Enter, Space and Escape always reach the page, and so do the combos listed as allowed
 * (the staff console shortcut). Pure: the wiring lives in kiosk-input-wiring.ts.
 */

/** The fields of Electron's `Input` this decision reads. */
export interface KeyInput {
  key: string;
  code: string;
  control: boolean;
  alt: boolean;
  shift: boolean;
  meta: boolean;
}

/** A key combination; modifiers not given must be up. `key` matches `Input.key` or `Input.code`. */
export interface Combo {
  key: string;
  control?: boolean;
  alt?: boolean;
  shift?: boolean;
  meta?: boolean;
}

export type BlockReason =
  | 'reload'
  | 'close'
  | 'devtools'
  | 'print'
  | 'zoom'
  | 'fullscreen'
  | 'history'
  | 'browser'
  | 'function-key';

/** Opens the staff console from the kiosk (the staff screen listens for the same combo). */
export const STAFF_SHORTCUT: Combo = { key: 'KeyS', control: true, alt: true, shift: true };

const ZOOM_KEYS = new Set(['+', '=', '-', '_', '0']);
const ZOOM_CODES = new Set(['Equal', 'Minus', 'Digit0', 'NumpadAdd', 'NumpadSubtract', 'Numpad0']);
const HISTORY_KEYS = new Set(['browserback', 'browserforward', 'browserhome', 'browsersearch']);
// Save, open, new window/tab, find, history, view source: nothing an attendee needs.
const BROWSER_LETTERS = ['s', 'o', 'n', 't', 'f', 'g', 'h', 'u', 'j', 'd', 'e', 'l', 'k'];

export function matchesCombo(input: KeyInput, combo: Combo): boolean {
  const keyMatches =
    input.key.toLowerCase() === combo.key.toLowerCase() || input.code === combo.key;
  return (
    keyMatches &&
    input.control === (combo.control ?? false) &&
    input.alt === (combo.alt ?? false) &&
    input.shift === (combo.shift ?? false) &&
    input.meta === (combo.meta ?? false)
  );
}

/** Why the kiosk swallows this key press, or null when the page should receive it. */
export function blockReason(input: KeyInput): BlockReason | null {
  const key = input.key.toLowerCase();
  const letter = (l: string) => key === l || input.code === `Key${l.toUpperCase()}`;
  // Ctrl on Windows and Linux, Cmd on macOS; Ctrl+Alt is AltGr on European keyboards, which
  // types characters such as @ and € and must reach the page.
  const primary = (input.control || input.meta) && !input.alt;

  if (key === 'f5' || key === 'browserrefresh' || (primary && letter('r'))) return 'reload';
  if (key === 'f4' && (input.alt || input.control || input.meta)) return 'close';
  if (primary && (letter('w') || letter('q'))) return 'close';
  if (key === 'f12') return 'devtools';
  const devtoolsLetter = letter('i') || letter('j') || letter('c');
  if (devtoolsLetter && primary && input.shift) return 'devtools';
  if (devtoolsLetter && input.meta && input.alt) return 'devtools';
  if (primary && letter('p')) return 'print';
  if (primary && (ZOOM_KEYS.has(key) || ZOOM_CODES.has(input.code))) return 'zoom';
  if (key === 'f11' || (input.control && input.meta && letter('f'))) return 'fullscreen';
  if (HISTORY_KEYS.has(key)) return 'history';
  if (input.alt && !input.control && (key === 'arrowleft' || key === 'arrowright'))
    return 'history';
  if (primary && BROWSER_LETTERS.some(letter)) return 'browser';
  if (/^f\d{1,2}$/.test(key)) return 'function-key';
  return null;
}

/** The verdict the wiring acts on: pass to the page, or swallow (and why). */
export function kioskKeyVerdict(
  input: KeyInput,
  allowed: readonly Combo[] = [STAFF_SHORTCUT],
): BlockReason | null {
  if (allowed.some((c) => matchesCombo(input, c))) return null;
  return blockReason(input);
}
