/** The first screen: the question, the context notes and the language choice. */
import { localize, type Election, type Lang } from '../../shared/domain/election';
import { useI18n } from '../i18n/i18n-context';
import { LanguageSwitch } from './language-switch';
import { ScreenHeading } from './screen-heading';
import { UnbrokenNumbers } from '../ui/unbroken-numbers';

export function WelcomeScreen(props: {
  election: Election;
  onLang: (l: Lang) => void;
  onStart: () => void;
}) {
  const { t, lang } = useI18n();
  const e = props.election;
  return (
    <section aria-labelledby="welcome-title" className="screen welcome">
      <LanguageSwitch onChange={props.onLang} />
      <ScreenHeading id="welcome-title">
        <UnbrokenNumbers text={localize(e.title, lang)} />
      </ScreenHeading>
      <p className="question">{localize(e.question, lang)}</p>
      {e.context.length > 0 && (
        <aside className="context" aria-labelledby="context-title">
          <h2 id="context-title">{t('kiosk.welcome.info')}</h2>
          <ul>
            {e.context.map((c, i) => (
              <li key={i}>{localize(c, lang)}</li>
            ))}
          </ul>
        </aside>
      )}
      <p className="secret">{t('kiosk.welcome.secret')}</p>
      <div className="actions actions-end action-bar">
        <button type="button" className="primary" onClick={props.onStart}>
          {t('kiosk.welcome.start')}
        </button>
      </div>
    </section>
  );
}
