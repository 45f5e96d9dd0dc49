/**
 * The facilitator's choice of view (Combined, each section) and page (ranking, head to head).
 * Toggle buttons: they read well on the slide and take a click; keys are in use-facilitator-keys.
 */
import type { PublicResults } from '../../shared/api';
import { useI18n } from '../i18n/i18n-context';
import { viewName } from './labels';

export type Page = 'summary' | 'matrix';

export function ViewSwitcher(props: {
  results: PublicResults;
  viewIndex: number;
  page: Page;
  onView: (i: number) => void;
  onPage: (p: Page) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <nav className="view-switcher">
      <ul aria-label={t('results.views')}>
        {props.results.views.map((v, i) => (
          <li key={v.view}>
            <button
              type="button"
              aria-pressed={i === props.viewIndex}
              data-view={v.view}
              onClick={() => props.onView(i)}
            >
              {viewName(props.results.election, v.view, i18n)}
            </button>
          </li>
        ))}
      </ul>
      <ul aria-label={t('results.pages')}>
        {(['summary', 'matrix'] as const).map((p) => (
          <li key={p}>
            <button
              type="button"
              aria-pressed={p === props.page}
              data-page={p}
              onClick={() => props.onPage(p)}
            >
              {t(`results.page.${p}`)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
