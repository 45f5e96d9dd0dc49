/**
 * Single-use codes: generate N for a section, then print the sheet of slips or save it as a
 * PDF. The codes live only in this screen's memory until staff press "Done": the box keeps
 * salted hashes, so a printed code is never shown again.
 */
import { useState } from 'react';
import type { StaffOverview } from '../../shared/api';
import { LANGS, localize, type Election, type Lang } from '../../shared/domain/election';
import { useApi } from '../api/client';
import { useI18n } from '../i18n/i18n-context';
import { translate } from '../i18n/translate';
import { ActionOutcome } from './action-outcome';
import type { SlipTexts } from './codes-pdf';
import { SectionOptions } from './section-options';
import { useAction } from './use-action';
import { saveBlob } from '../ui/save-blob';

/** A slip speaks the languages of its section (Dutch and French in Belgium), else the staff's. */
function slipTexts(election: Election, section: string, staffLang: Lang): SlipTexts[] {
  const langs = election.sections.find((s) => s.id === section)?.languages ?? [staffLang];
  return [...new Set(langs)]
    .filter((l) => LANGS.includes(l))
    .map((l) => ({
      lang: l,
      title: localize(election.title, l),
      label: translate(l, 'staff.codes.slipLabel'),
      hint: translate(l, 'staff.codes.slipHint'),
    }));
}

export function CodesPanel({ ov, onChange }: { ov: StaffOverview; onChange: () => void }) {
  const api = useApi();
  const { t, lang } = useI18n();
  const action = useAction(onChange);
  const [section, setSection] = useState(ov.kioskSection);
  const [count, setCount] = useState('50');
  const [sheet, setSheet] = useState<{ section: string; codes: string[] } | null>(null);

  const generate = async () => {
    const r = await action.run(
      () => api.call('staff.generateCodes', { section, count: Number(count) }),
      (x) => t('staff.codes.generated', { count: x.codes.length }),
    );
    if (r) setSheet({ section, codes: r.codes });
  };

  const texts = sheet ? slipTexts(ov.election, sheet.section, lang) : [];
  const pdf = useAction(() => undefined);
  const savePdf = async () => {
    if (!sheet) return;
    // The PDF writer and its fonts load only when needed.
    const [{ codesSheetPdf }, { slipFonts }] = await Promise.all([
      import('./codes-pdf'),
      import('./slip-fonts'),
    ]);
    const bytes = await codesSheetPdf(sheet.codes, texts, slipFonts());
    saveBlob(
      new Blob([bytes as BlobPart], { type: 'application/pdf' }),
      `${ov.election.id}-codes-${sheet.section}.pdf`,
    );
  };

  return (
    <section aria-labelledby="codes-title">
      <h2 id="codes-title">{t('staff.nav.codes')}</h2>
      <p>{t('staff.codes.help')}</p>
      {ov.election.eligibility !== 'codes' && <p className="note">{t('staff.codes.notUsed')}</p>}
      {!sheet && (
        <form
          className="group inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void generate();
          }}
        >
          <label className="field">
            <span>{t('staff.codes.section')}</span>
            <select value={section} onChange={(e) => setSection(e.target.value)}>
              <SectionOptions sections={ov.election.sections} />
            </select>
          </label>
          <label className="field">
            <span>{t('staff.codes.howMany')}</span>
            <input
              type="number"
              min={1}
              max={5000}
              value={count}
              onChange={(e) => setCount(e.target.value)}
              required
            />
          </label>
          <button type="submit" className="primary" disabled={action.busy}>
            {t('staff.codes.generate')}
          </button>
        </form>
      )}
      <ActionOutcome state={action} />
      {sheet && (
        <div className="codes-ready">
          <p className="warning">{t('staff.codes.onlyOnce')}</p>
          <div className="actions start">
            <button type="button" className="primary" onClick={() => window.print()}>
              {t('staff.codes.print')}
            </button>
            <button type="button" disabled={pdf.busy} onClick={() => void pdf.run(savePdf)}>
              {t('staff.codes.pdf')}
            </button>
            <button type="button" onClick={() => setSheet(null)}>
              {t('staff.codes.done')}
            </button>
          </div>
          <ActionOutcome state={pdf} />
          <ul className="codes-sheet" aria-label={t('staff.codes.sheet')}>
            {sheet.codes.map((c) => (
              <li key={c} className="slip">
                {texts.map((x) => (
                  <span key={x.lang} className="slip-title" lang={x.lang}>
                    {x.title}
                  </span>
                ))}
                <span className="slip-label">
                  {texts.map((x, i) => (
                    <span key={x.lang} lang={x.lang}>
                      {i > 0 && ' / '}
                      {x.label}
                    </span>
                  ))}
                </span>
                <span className="slip-code" data-testid="slip-code">
                  {c}
                </span>
                {texts.map((x) => (
                  <span key={x.lang} className="slip-hint" lang={x.lang}>
                    {x.hint}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
