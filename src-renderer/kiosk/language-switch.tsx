/** The three interface languages, each named in itself. */
import { LANGS, type Lang } from '../../shared/domain/election';
import { useI18n } from '../i18n/i18n-context';

export function LanguageSwitch({ onChange }: { onChange: (l: Lang) => void }) {
  const { t, lang } = useI18n();
  return (
    <div className="languages" role="group" aria-label={t('lang.choose')}>
      {LANGS.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={lang === l}
          onClick={() => onChange(l)}
        >
          {t(`lang.${l}`)}
        </button>
      ))}
    </div>
  );
}
