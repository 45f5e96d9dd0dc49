/**
 * The projector: one view at a time (combined, each section; ranking or head to head), kept
 * live by the pushed `results` event. The language follows the staff's choice unless the
 * facilitator picks another here; theme, view and auto-cycle are the facilitator's.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { LANGS, LangSchema, localize, type Lang } from '../../shared/domain/election';
import { useI18n } from '../i18n/i18n-context';
import { useRemote } from '../ui/use-remote';
import { ControlsStrip } from './controls-strip';
import { slideToPng } from './export-png';
import { saveBlob } from '../ui/save-blob';
import { PrintReport } from './print-report';
import { StatusLine } from './status-line';
import { useAutoCycle } from './use-auto-cycle';
import { useFitToScreen } from './use-fit-to-screen';
import { usePrinting } from './use-printing';
import { useFacilitatorKeys, type FacilitatorActions } from './use-facilitator-keys';
import { ViewBody } from './view-body';
import { ViewSwitcher, type Page } from './view-switcher';
import '../styles/results.css';
import { UnbrokenNumbers } from '../ui/unbroken-numbers';

type Theme = 'dark' | 'light';

// The slide's type scale steps down with the number of themes, so that ten still fit.
const density = (options: number) => (options <= 5 ? 'roomy' : options <= 7 ? 'medium' : 'dense');

const query = new URLSearchParams(window.location.search);
const initialTheme: Theme = query.get('theme') === 'light' ? 'light' : 'dark';
const initialLang = LangSchema.safeParse(query.get('lang'));
const cycleSeconds = Math.max(5, Number(query.get('cycle')) || 20);

export function ResultsApp({ setLang }: { setLang: (l: Lang) => void }) {
  // Every few seconds: a projector left on for two hours must never stay stale.
  const results = useRemote('results.get', 'results', 5000);
  const kiosk = useRemote('kiosk.state', 'kiosk');
  const { t, lang } = useI18n();
  const [chosenLang, setChosenLang] = useState<Lang | null>(
    initialLang.success ? initialLang.data : null,
  );
  const [viewIndex, setViewIndex] = useState(0);
  const [page, setPage] = useState<Page>(query.get('page') === 'matrix' ? 'matrix' : 'summary');
  const [theme, setTheme] = useState<Theme>(initialTheme);
  const [cycling, setCycling] = useState(query.has('cycle'));
  const [controls, setControls] = useState(query.get('controls') === '1');
  const [exportError, setExportError] = useState(false);
  const printing = usePrinting();

  const staffLang = kiosk?.language ?? 'fr';
  const shownLang = chosenLang ?? staffLang;
  useEffect(() => setLang(shownLang), [setLang, shownLang]);
  useEffect(() => {
    document.body.dataset.theme = theme;
  }, [theme]);

  const count = results?.views.length ?? 1;
  const step = useCallback((d: number) => setViewIndex((i) => (i + d + count) % count), [count]);
  const next = useCallback(() => step(1), [step]);
  useAutoCycle(cycling, cycleSeconds, next);

  const actions = useMemo<FacilitatorActions>(
    () => ({
      view: (i) => i < count && setViewIndex(i),
      step,
      togglePage: () => setPage((p) => (p === 'summary' ? 'matrix' : 'summary')),
      toggleTheme: () => setTheme((x) => (x === 'dark' ? 'light' : 'dark')),
      nextLanguage: () =>
        setChosenLang(LANGS[(LANGS.indexOf(shownLang) + 1) % LANGS.length] ?? 'fr'),
      toggleCycle: () => setCycling((c) => !c),
      toggleControls: () => setControls((c) => !c),
    }),
    [count, step, shownLang],
  );
  useFacilitatorKeys(actions);
  const slide = useFitToScreen([results, viewIndex, page, shownLang, controls, theme]);

  if (!results) return <p className="loading">{t('app.loading')}</p>;
  const view = results.views[Math.min(viewIndex, results.views.length - 1)];
  if (!view) return <p className="loading">{t('app.loading')}</p>;
  const e = results.election;

  const exportPng = () => {
    setExportError(false);
    if (!slide.current) return;
    slideToPng(slide.current)
      .then((png) => saveBlob(png, `${e.id}-${view.view.toLowerCase()}-${page}.png`))
      .catch((err: unknown) => {
        console.error('PNG export failed', err);
        setExportError(true);
      });
  };

  return (
    <>
      <main
        ref={slide}
        className="results"
        data-theme={theme}
        data-view={view.view}
        data-page={page}
        data-released={results.released}
        data-density={density(e.options.length)}
      >
        <header className="results-head">
          <h1>
            <UnbrokenNumbers text={localize(e.title, lang)} />
          </h1>
          <div className="head-side">
            <ViewSwitcher
              results={results}
              viewIndex={results.views.indexOf(view)}
              page={page}
              onView={setViewIndex}
              onPage={setPage}
            />
            <StatusLine results={results} />
          </div>
        </header>
        <div className="results-body">
          <ViewBody results={results} view={view} page={page} />
        </div>
        {controls && (
          <ControlsStrip
            theme={theme}
            cycling={cycling}
            exportError={exportError}
            onTheme={actions.toggleTheme}
            onLang={setChosenLang}
            onCycle={actions.toggleCycle}
            onPng={exportPng}
            onPdf={() => window.print()}
          />
        )}
      </main>
      {printing && <PrintReport results={results} lang={staffLang} />}
    </>
  );
}
