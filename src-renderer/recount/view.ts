/**
 * The recount's outcome as headings, sentences and tables: per section and combined, the order
 * of every method, the scores per theme and the head-to-head table, as the CLI prints them.
 */
import type { Lang } from '../../shared/domain/election';
import { localize } from '../../shared/domain/election';
import { problemParams } from '../../shared/i18n/problems';
import type { OrderMethod, Tally, Tiers } from '../../shared/tally';
import type { MessageKey } from '../i18n/catalogs';
import { formatNumber, translate, type Params } from '../i18n/translate';
import type { RecountOutcome, RecountProblem } from './recount';

type Child = Node | string;

export function h(tag: string, attrs: Record<string, string> = {}, ...children: Child[]) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.append(...children);
  return el;
}

const METHODS: OrderMethod[] = ['borda', 'schulze', 'copeland', 'irv', 'kemeny'];

export function problemLines(lang: Lang, p: RecountProblem): string[] {
  const t = (key: MessageKey, params?: Params) => translate(lang, key, params);
  switch (p.kind) {
    case 'missing-ballots':
      return [t('recount.missing.ballots')];
    case 'missing-manifest':
      return [t('recount.missing.manifest')];
    case 'bad-manifest':
      return [t('recount.badManifest', { reason: p.reason })];
    case 'not-listed':
      return [t('recount.notListed')];
    case 'hash-mismatch':
      return [t('recount.hashBad')];
    case 'conflict':
      return [t('recount.conflict', { id: p.id })];
    case 'csv':
      return p.errors.map((e) => {
        const problem = t(`problem.${e.code}`, problemParams(e.params));
        return e.line > 0
          ? t('place.atLine', { file: 'ballots.csv', line: e.line, problem })
          : t('place.inFile', { file: 'ballots.csv', problem });
      });
  }
}

function table(caption: string, head: string[], rows: Child[][], rowAttrs: string[] = []) {
  const thead = h('thead', {}, h('tr', {}, ...head.map((c) => h('th', { scope: 'col' }, c))));
  const tbody = h(
    'tbody',
    {},
    ...rows.map((r, i) =>
      h(
        'tr',
        rowAttrs[i] ? { 'data-option': rowAttrs[i] } : {},
        h('th', { scope: 'row' }, r[0] ?? ''),
        ...r.slice(1).map((c) => h('td', {}, c)),
      ),
    ),
  );
  return h('table', {}, h('caption', {}, caption), thead, tbody);
}

function scopeView(
  lang: Lang,
  label: string,
  scope: string,
  x: Tally,
  title: (o: string) => string,
) {
  const t = (key: MessageKey, params?: Params) => translate(lang, key, params);
  const num = (n: number) => formatNumber(lang, n);
  const order = (tiers: Tiers) =>
    tiers
      .map((tier, i) => `${i + 1}${tier.length > 1 ? '=' : '.'} ${tier.join(' = ')}`)
      .join('   ');
  const methodName = (m: OrderMethod) => {
    const name = t(`recount.method.${m}`);
    return m === x.primary ? t('recount.primary', { method: name }) : name;
  };
  const methodRows = METHODS.map((m): Child[] => [
    methodName(m),
    m === 'kemeny'
      ? `${order(x.kemeny.tiers)} (${t('recount.kemenyDetail', { score: x.kemeny.score, orders: x.kemeny.total })})`
      : order(x.orders[m]),
  ]);
  const optionRows = x.options.map((o): Child[] => [
    title(o),
    num(x.firstChoices[o] ?? 0),
    num(x.borda[o] ?? 0),
    num(x.copeland[o] ?? 0),
  ]);
  const duelRows = x.options.map((a): Child[] => [
    a,
    ...x.options.map((b) => (a === b ? '—' : num(x.pairwise[a]?.[b] ?? 0))),
  ]);
  const differing = x.agreement.differing.map((d) => t(`recount.method.${d.method}`)).join(', ');
  return h(
    'section',
    { 'data-scope': scope, 'aria-labelledby': `scope-${scope}` },
    h('h2', { id: `scope-${scope}` }, label),
    h('p', { class: 'counts' }, t('recount.ballots', { ballots: x.ballots, blank: x.blank })),
    table(t('recount.methods'), [t('recount.method'), t('recount.order')], methodRows),
    h(
      'p',
      {},
      t('recount.condorcet', {
        winner: x.condorcetWinner ?? t('recount.none'),
        loser: x.condorcetLoser ?? t('recount.none'),
      }),
      ' ',
      x.agreement.allSame
        ? t('recount.agreementSame')
        : t('recount.agreementDiffers', { methods: differing }),
    ),
    h(
      'div',
      { class: 'per-option' },
      table(
        t('recount.perOption'),
        [
          t('recount.option'),
          t('recount.firstChoices'),
          t('recount.bordaPoints'),
          t('recount.copeland'),
        ],
        optionRows,
        x.options,
      ),
    ),
    h(
      'div',
      { class: 'duels' },
      table(t('recount.duels'), [t('recount.option'), ...x.options], duelRows, x.options),
    ),
  );
}

export function outcomeView(lang: Lang, outcome: RecountOutcome & { ok: true }): HTMLElement {
  const t = (key: MessageKey, params?: Params) => translate(lang, key, params);
  const { election: e, tally } = outcome;
  const title = (o: string) => {
    const opt = e.options.find((x) => x.id === o);
    return opt ? `${localize(opt.title, lang)} (${o})` : o;
  };
  const scopes = [
    ...tally.sections.map((s) =>
      scopeView(
        lang,
        t('recount.scope.section', { section: s }),
        s,
        tally.bySection[s] as Tally,
        title,
      ),
    ),
    scopeView(lang, t('recount.scope.combined'), 'combined', tally.combined, title),
  ];
  return h(
    'div',
    {},
    h(
      'p',
      { class: 'election' },
      t('recount.election', { id: e.id, question: localize(e.question, lang) }),
    ),
    ...(outcome.duplicates > 0
      ? [h('p', {}, t('recount.duplicates', { count: outcome.duplicates }))]
      : []),
    ...scopes,
    table(
      t('recount.hashes'),
      [t('recount.file'), t('recount.sha256')],
      outcome.hashes.map((f) => [f.name, h('code', {}, f.sha256)]),
    ),
  );
}
