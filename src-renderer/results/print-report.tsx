/**
 * Every view, one per printed page (its ranking, then its head-to-head matrix), in the
 * election's language: printing it, or "Save as PDF" in the print dialog, gives the minutes
 * their results. Hidden on screen; results.css shows it only in print.
 */
import type { PublicResults } from '../../shared/api';
import { localize, type Lang } from '../../shared/domain/election';
import { formatDate } from '../../shared/i18n/dates';
import { I18nProvider, useI18n } from '../i18n/i18n-context';
import { viewName } from './labels';
import { StatusLine } from './status-line';
import { ViewBody } from './view-body';

function Pages({ results }: { results: PublicResults }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const e = results.election;
  const at = formatDate(lang, new Date(), 'minutes');
  return (
    <>
      {results.views.flatMap((v) =>
        (v.tally ? (['summary', 'matrix'] as const) : (['summary'] as const)).map((page) => (
          <article key={`${v.view}-${page}`} className="report-page" data-view={v.view}>
            <header>
              <p className="report-meta">
                {t('results.report.title')} · {t('results.report.at', { date: at })}
              </p>
              <h1>
                {localize(e.title, lang)} · {viewName(e, v.view, i18n)}
              </h1>
              <StatusLine results={results} />
            </header>
            <ViewBody results={results} view={v} page={page} />
          </article>
        )),
      )}
    </>
  );
}

export function PrintReport({ results, lang }: { results: PublicResults; lang: Lang }) {
  return (
    <div className="print-report" data-testid="print-report" lang={lang}>
      <I18nProvider lang={lang}>
        <Pages results={results} />
      </I18nProvider>
    </div>
  );
}
