/** The ballot in plain words before it is sent, including what leaving themes unranked means. */
import { localize, type Election } from '../../shared/domain/election';
import { useI18n } from '../i18n/i18n-context';
import { unranked } from './ballot-rules';
import { ScreenHeading } from './screen-heading';

export function ReviewScreen(props: {
  election: Election;
  order: readonly string[];
  ranking: readonly string[];
  sending: boolean;
  error: string | null;
  onConfirm: () => void;
  onEdit: () => void;
}) {
  const { t, lang, ordinal } = useI18n();
  const { election: e, ranking } = props;
  const title = (id: string) =>
    localize(e.options.find((o) => o.id === id)?.title ?? { fr: id }, lang);
  const left = ranking.length === 0 ? [] : unranked(props.order, ranking);
  return (
    <section aria-labelledby="review-title" className="screen review-screen">
      <ScreenHeading id="review-title">{t('kiosk.review.title')}</ScreenHeading>
      {ranking.length === 0 ? (
        <p className="big">{t('kiosk.review.blank')}</p>
      ) : (
        <ol className="review">
          {ranking.map((id, i) => (
            <li key={id}>
              {t('kiosk.review.choice', { ordinal: ordinal(i + 1), title: title(id) })}
            </li>
          ))}
        </ol>
      )}
      {left.length > 0 && (
        <section className="unranked" aria-labelledby="unranked-title">
          <h2 id="unranked-title">{t('kiosk.review.unrankedTitle')}</h2>
          <ul>
            {left.map((id) => (
              <li key={id}>{title(id)}</li>
            ))}
          </ul>
          <p>{t('kiosk.review.unrankedMeaning')}</p>
        </section>
      )}
      {/* Sticky: what confirming means, and a refused cast, stay beside the button. */}
      <div className="action-bar">
        <p id="review-final">{t('kiosk.review.final')}</p>
        {props.error && (
          <p role="alert" className="error">
            {props.error}
          </p>
        )}
        <div className="actions">
          <button type="button" onClick={props.onEdit} disabled={props.sending}>
            {t('kiosk.review.edit')}
          </button>
          <button
            type="button"
            className="primary"
            onClick={props.onConfirm}
            disabled={props.sending}
          >
            {props.sending ? t('kiosk.sending') : t('kiosk.review.confirm')}
          </button>
        </div>
      </div>
    </section>
  );
}
