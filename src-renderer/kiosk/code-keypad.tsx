/**
 * An on-screen keypad for a touch-only kiosk: only the characters a code can hold (the code
 * alphabet and the letters of the election's sections), big targets, plus erase keys. A mouse
 * or finger press leaves the focus in the field, so a physical keyboard keeps working there.
 */
import { CODE_ALPHABET } from '../../shared/domain/codes';
import type { Election } from '../../shared/domain/election';
import { useI18n } from '../i18n/i18n-context';

/** Digits first, then letters, as on the printed slips' alphabet. */
export function keypadKeys(election: Election): string[] {
  const chars = new Set([...CODE_ALPHABET, ...election.sections.flatMap((s) => [...s.id])]);
  return [...chars].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

const keepFocus = (ev: { preventDefault: () => void }) => ev.preventDefault();

export function CodeKeypad(props: {
  election: Election;
  disabled: boolean;
  onKey: (c: string) => void;
  onErase: () => void;
  onClear: () => void;
}) {
  const { t } = useI18n();
  return (
    <div className="keypad" role="group" aria-label={t('kiosk.code.keypad')}>
      <div className="keypad-keys">
        {keypadKeys(props.election).map((c) => (
          <button
            key={c}
            type="button"
            className="key"
            data-key={c}
            disabled={props.disabled}
            onMouseDown={keepFocus}
            onClick={() => props.onKey(c)}
          >
            {c}
          </button>
        ))}
      </div>
      <div className="keypad-edit">
        <button
          type="button"
          className="key-erase"
          aria-label={t('kiosk.code.eraseLabel')}
          disabled={props.disabled}
          onMouseDown={keepFocus}
          onClick={props.onErase}
        >
          <span aria-hidden="true">⌫ </span>
          {t('kiosk.code.erase')}
        </button>
        <button
          type="button"
          className="key-clear"
          disabled={props.disabled}
          onMouseDown={keepFocus}
          onClick={props.onClear}
        >
          {t('kiosk.code.clear')}
        </button>
      </div>
    </div>
  );
}
