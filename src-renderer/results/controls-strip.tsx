/**
 * The facilitator's strip, shown with ?controls=1 or the C key: theme, language, auto-cycle,
 * and the exports for the minutes (this slide as PNG, every view as PDF through printing).
 * It is left out of the PNG.
 */
import { LANGS, type Lang } from '../../shared/domain/election';
import { useI18n } from '../i18n/i18n-context';

export function ControlsStrip(props: {
  theme: 'dark' | 'light';
  cycling: boolean;
  exportError: boolean;
  onTheme: () => void;
  onLang: (l: Lang) => void;
  onCycle: () => void;
  onPng: () => void;
  onPdf: () => void;
}) {
  const { t, lang } = useI18n();
  return (
    <section className="controls-strip" aria-label={t('results.controls')} data-export="omit">
      <button type="button" onClick={props.onTheme} data-testid="theme-toggle">
        {props.theme === 'dark'
          ? t('results.controls.themeLight')
          : t('results.controls.themeDark')}
      </button>
      {LANGS.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={l === lang}
          onClick={() => props.onLang(l)}
        >
          {t(`lang.${l}`)}
        </button>
      ))}
      <button type="button" aria-pressed={props.cycling} onClick={props.onCycle}>
        {props.cycling ? t('results.controls.cycleOff') : t('results.controls.cycleOn')}
      </button>
      <button type="button" onClick={props.onPng} data-testid="export-png">
        {t('results.controls.png')}
      </button>
      <button type="button" onClick={props.onPdf} data-testid="export-pdf">
        {t('results.controls.pdf')}
      </button>
      {props.exportError && (
        <p role="alert" className="error">
          {t('results.export.failed')}
        </p>
      )}
      <p className="keys">{t('results.controls.keys')}</p>
    </section>
  );
}
