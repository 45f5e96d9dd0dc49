/**
 * recompter.html: choose or drop ballots.csv and manifest.json, see the recount. The page
 * speaks the election's main language once a manifest is read, and any language on demand.
 */
import { LANGS, type Election, type Lang } from '../../shared/domain/election';
import { translate } from '../i18n/translate';
import { recount, type RecountOutcome } from './recount';
import { h, outcomeView, problemLines } from './view';
import { config } from 'zod';
import './recount.css';

// The CSP forbids eval: zod would otherwise probe for it on its first schema.
config({ jitless: true });

let lang: Lang = 'fr';
let files = new Map<string, Uint8Array<ArrayBuffer>>();
let outcome: RecountOutcome | null = null;
let busy = false;

/** The main language of every section when they share one (Belgium alone: Dutch), else French. */
function electionLang(e: Election): Lang {
  const main = new Set(e.sections.map((s) => s.languages?.[0] ?? 'fr'));
  return main.size === 1 ? ([...main][0] as Lang) : 'fr';
}

const root = document.getElementById('root') as HTMLElement;

async function take(list: FileList | null): Promise<void> {
  if (!list || list.length === 0) return;
  const next = new Map(files);
  for (const f of Array.from(list)) next.set(f.name, new Uint8Array(await f.arrayBuffer()));
  files = next;
  busy = true;
  render();
  outcome = await recount(files);
  busy = false;
  if (outcome.ok) lang = electionLang(outcome.election);
  render();
  document.getElementById('outcome')?.focus();
}

function render(): void {
  const t = (k: Parameters<typeof translate>[1]) => translate(lang, k);
  document.documentElement.lang = lang;
  document.title = `${t('recount.title')} — Priorités`;
  const select = h(
    'select',
    { id: 'lang' },
    ...LANGS.map((l) => h('option', { value: l }, translate(l, `lang.${l}`))),
  );
  (select as HTMLSelectElement).value = lang;
  select.addEventListener('change', () => {
    lang = (select as HTMLSelectElement).value as Lang;
    render();
    document.getElementById('lang')?.focus();
  });
  const input = h('input', {
    type: 'file',
    id: 'files',
    multiple: '',
    accept: '.csv,.json,text/csv,application/json',
  });
  input.addEventListener('change', () => void take((input as HTMLInputElement).files));

  let body: HTMLElement;
  if (busy) body = h('p', { role: 'status' }, t('recount.reading'));
  else if (outcome === null) body = h('div');
  else if (outcome.ok)
    body = h(
      'div',
      {},
      h('p', { role: 'status', class: 'ok' }, t('recount.hashOk')),
      outcomeView(lang, outcome),
    );
  else
    body = h(
      'div',
      { role: 'alert', class: 'problem' },
      ...problemLines(lang, outcome.problem).map((l) => h('p', {}, l)),
    );

  root.replaceChildren(
    h(
      'header',
      {},
      h('h1', {}, t('recount.title')),
      h('p', { class: 'lang' }, h('label', { for: 'lang' }, t('lang.choose')), ' ', select),
    ),
    h(
      'main',
      {},
      h('p', {}, t('recount.intro')),
      // The browser's own file button speaks the browser's language: it stays for keyboard and
      // screen reader, out of sight, and the label in the page's language is what one clicks.
      h(
        'p',
        { class: 'pick' },
        input,
        h('label', { for: 'files', class: 'button' }, t('recount.choose')),
        ...(files.size > 0
          ? [
              h(
                'span',
                {},
                translate(lang, 'recount.chosen', { files: [...files.keys()].join(', ') }),
              ),
            ]
          : []),
      ),
      h('p', { class: 'muted' }, t('recount.drop')),
      h('div', { id: 'outcome', tabindex: '-1' }, body),
      h('p', { class: 'muted' }, h('code', {}, t('recount.cli'))),
    ),
  );
}

document.addEventListener('dragover', (e) => e.preventDefault());
document.addEventListener('drop', (e) => {
  e.preventDefault();
  void take(e.dataTransfer?.files ?? null);
});
render();
