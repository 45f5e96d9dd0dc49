/**
 * Text size and contrast chosen by one voter. They live on the root element (rem sizes and
 * colour variables follow), and the kiosk puts them back to normal for the next voter.
 */
import { useEffect } from 'react';
import { useI18n } from '../i18n/i18n-context';

export const TEXT_SIZES = ['normal', 'large', 'xlarge'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export interface Display {
  text: TextSize;
  highContrast: boolean;
}
export const DEFAULT_DISPLAY: Display = { text: 'normal', highContrast: false };

export const isDefaultDisplay = (d: Display): boolean =>
  d.text === DEFAULT_DISPLAY.text && d.highContrast === DEFAULT_DISPLAY.highContrast;

/** Mirrors the choice onto <html> for kiosk.css; undone when the kiosk unmounts. */
export function useDisplayOnRoot(d: Display): void {
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.textSize = d.text;
    root.dataset.contrast = d.highContrast ? 'high' : 'normal';
    return () => {
      delete root.dataset.textSize;
      delete root.dataset.contrast;
    };
  }, [d.text, d.highContrast]);
}

const SIZE_KEY = {
  normal: 'kiosk.display.normal',
  large: 'kiosk.display.large',
  xlarge: 'kiosk.display.xlarge',
} as const;

export function DisplayBar({
  value,
  onChange,
}: {
  value: Display;
  onChange: (d: Display) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="display-bar" role="group" aria-label={t('kiosk.display.label')}>
      <div className="text-sizes" role="group" aria-label={t('kiosk.display.text')}>
        <span className="display-caption" aria-hidden="true">
          {t('kiosk.display.text')}
        </span>
        {TEXT_SIZES.map((s) => (
          <button
            key={s}
            type="button"
            className={`text-size text-size-${s}`}
            aria-pressed={value.text === s}
            onClick={() => onChange({ ...value, text: s })}
          >
            {t(SIZE_KEY[s])}
          </button>
        ))}
      </div>
      <button
        type="button"
        className="contrast"
        aria-pressed={value.highContrast}
        onClick={() => onChange({ ...value, highContrast: !value.highContrast })}
      >
        {t('kiosk.display.contrast')}
      </button>
    </div>
  );
}
