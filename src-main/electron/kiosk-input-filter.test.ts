import { describe, expect, it } from 'vitest';
import {
  blockReason,
  kioskKeyVerdict,
  STAFF_SHORTCUT,
  type BlockReason,
  type KeyInput,
} from './kiosk-input-filter';

const press = (key: string, mods: Partial<KeyInput> = {}, code?: string): KeyInput => ({
  key,
  code: code ?? (/^[a-z]$/i.test(key) ? `Key${key.toUpperCase()}` : key),
  control: false,
  alt: false,
  shift: false,
  meta: false,
  ...mods,
});
const ctrl = { control: true };
const cmd = { meta: true };

const blocked: [string, KeyInput, BlockReason][] = [
  ['Ctrl+R', press('r', ctrl), 'reload'],
  ['Cmd+R', press('r', cmd), 'reload'],
  ['Ctrl+Shift+R', press('R', { control: true, shift: true }), 'reload'],
  ['F5', press('F5'), 'reload'],
  ['Ctrl+F5', press('F5', ctrl), 'reload'],
  ['Ctrl+W', press('w', ctrl), 'close'],
  ['Cmd+W', press('w', cmd), 'close'],
  ['Alt+F4', press('F4', { alt: true }), 'close'],
  ['Ctrl+F4', press('F4', ctrl), 'close'],
  ['Cmd+Q', press('q', cmd), 'close'],
  ['Ctrl+Q', press('q', ctrl), 'close'],
  // AZERTY: the key labelled W sits where QWERTY has Z; the character decides.
  ['Ctrl+W on AZERTY', press('w', ctrl, 'KeyZ'), 'close'],
  ['F12', press('F12'), 'devtools'],
  ['Ctrl+Shift+I', press('I', { control: true, shift: true }), 'devtools'],
  ['Ctrl+Shift+J', press('J', { control: true, shift: true }), 'devtools'],
  ['Ctrl+Shift+C', press('C', { control: true, shift: true }), 'devtools'],
  ['Cmd+Alt+I', press('i', { meta: true, alt: true }), 'devtools'],
  ['Ctrl+P', press('p', ctrl), 'print'],
  ['Cmd+P', press('p', cmd), 'print'],
  ['Ctrl+plus', press('+', { control: true, shift: true }, 'Equal'), 'zoom'],
  ['Ctrl+=', press('=', ctrl, 'Equal'), 'zoom'],
  ['Ctrl+-', press('-', ctrl, 'Minus'), 'zoom'],
  ['Ctrl+0', press('0', ctrl, 'Digit0'), 'zoom'],
  ['Ctrl+numpad +', press('+', ctrl, 'NumpadAdd'), 'zoom'],
  ['Ctrl+numpad -', press('-', ctrl, 'NumpadSubtract'), 'zoom'],
  ['Cmd+0', press('0', cmd, 'Digit0'), 'zoom'],
  ['F11', press('F11'), 'fullscreen'],
  ['Ctrl+Cmd+F', press('f', { control: true, meta: true }), 'fullscreen'],
  ['Alt+Left', press('ArrowLeft', { alt: true }), 'history'],
  ['Alt+Right', press('ArrowRight', { alt: true }), 'history'],
  ['BrowserBack', press('BrowserBack'), 'history'],
  ['Ctrl+U (view source)', press('u', ctrl), 'browser'],
  ['Ctrl+S (save page)', press('s', ctrl), 'browser'],
  ['Ctrl+N (new window)', press('n', ctrl), 'browser'],
  ['Ctrl+F (find)', press('f', ctrl), 'browser'],
  ['F1', press('F1'), 'function-key'],
  ['F7 (caret browsing)', press('F7'), 'function-key'],
];

describe('kiosk input filter', () => {
  it.each(blocked)('swallows %s', (_name, input, reason) => {
    expect(kioskKeyVerdict(input)).toBe(reason);
  });

  const passed: [string, KeyInput][] = [
    ['a letter', press('e')],
    ['a capital', press('E', { shift: true })],
    ['a digit', press('7', {}, 'Digit7')],
    ['Tab', press('Tab')],
    ['Shift+Tab', press('Tab', { shift: true })],
    ['Enter', press('Enter')],
    ['Space', press(' ', {}, 'Space')],
    ['Escape', press('Escape')],
    ['arrows', press('ArrowDown')],
    ['Backspace', press('Backspace')],
    ['Ctrl+C (copy)', press('c', ctrl)],
    ['Ctrl+V (paste)', press('v', ctrl)],
    ['Ctrl+A (select all)', press('a', ctrl)],
    ['Ctrl+Z (undo)', press('z', ctrl)],
    // AltGr is Ctrl+Alt on Windows: AltGr+0 types @ on a French keyboard.
    ['AltGr+0 (@ on AZERTY)', press('@', { control: true, alt: true }, 'Digit0')],
    ['AltGr+E (€)', press('€', { control: true, alt: true }, 'KeyE')],
  ];
  it.each(passed)('lets %s through', (_name, input) => {
    expect(kioskKeyVerdict(input)).toBeNull();
  });

  it('lets the staff shortcut Ctrl+Alt+Shift+S through by default', () => {
    expect(kioskKeyVerdict(press('S', { control: true, alt: true, shift: true }))).toBeNull();
    expect(STAFF_SHORTCUT).toMatchObject({ control: true, alt: true, shift: true });
  });

  it('lets an allowed combo through even when a rule would swallow it', () => {
    const f12 = press('F12');
    expect(blockReason(f12)).toBe('devtools');
    expect(kioskKeyVerdict(f12, [{ key: 'F12' }])).toBeNull();
    // The allowance is exact: a modifier more and the rule applies again.
    expect(kioskKeyVerdict(press('F12', { shift: true }), [{ key: 'F12' }])).toBe('devtools');
  });

  it('swallows everything once the allowed list is empty', () => {
    expect(kioskKeyVerdict(press('s', ctrl), [])).toBe('browser');
  });
});
