import type { TieBreakRule } from '../domain/election';
import { breakTies } from '../tally/tie-break';
import type { ElectionTally, Tally, Tiers } from '../tally/types';
import { BOM, EOL, row, type Cell } from './cells';

export const RESULTS_HEADER = [
  'scope',
  'table',
  'option',
  'option_title',
  'other',
  'other_title',
  'rank',
  'value',
] as const;

/**
 * Results as one long table, same conventions as the ballots file (BOM, `;`, neutralised text
 * cells): `scope;table;option;option_title;other;other_title;rank;value`. scope is a section id
 * or "combined" (section ids are capitals, so no clash). The titles stand beside the ids so the
 * sheet reads without the election file. Tables: ballots, blank, primary, borda, schulze,
 * copeland, irv, kemeny (its tiers), kemeny-score, kemeny-orders (how many optimal orders),
 * kemeny-orders-listed (only when fewer are listed), kemeny-order-N, pairwise (option vs other),
 * first-choices, rank-distribution (rank "unranked" for the last column), condorcet-winner,
 * condorcet-loser, agreement. rank is the tier (1 = best); tied options share it. Counts and
 * scores are numbers with a decimal comma (Borda can end in ,5), so French and Belgian
 * spreadsheets read them as numbers, negative Copeland scores included.
 *
 * With declared tie-break rules, also: tie-break-order (the primary order after the rules),
 * tie-break (one row per option of each tie a rule split: rank within that tie, value the
 * rule), tie-break-waiting (options tied until the draw's seed is entered), tie-break-seed.
 */
export function formatResultsCsv(
  t: ElectionTally,
  titles: Readonly<Record<string, string>> = {},
  tieBreak: { rules: readonly TieBreakRule[]; seed: string | null } = { rules: [], seed: null },
): string {
  const lines = [row(RESULTS_HEADER)];
  for (const s of t.sections) {
    const st = t.bySection[s];
    if (st) lines.push(...tallyRows(s, st, titles, tieBreak));
  }
  lines.push(...tallyRows('combined', t.combined, titles, tieBreak));
  return BOM + lines.join(EOL) + EOL;
}

function tallyRows(
  scope: string,
  t: Tally,
  titles: Readonly<Record<string, string>>,
  tieBreak: { rules: readonly TieBreakRule[]; seed: string | null },
): string[] {
  const out: string[] = [];
  const title = (o: string) => (o ? (titles[o] ?? '') : '');
  const add = (table: string, option = '', other = '', rank: Cell = '', value: Cell = '') =>
    out.push(row([scope, table, option, title(option), other, title(other), rank, value]));
  const tiers = (table: string, order: Tiers, value?: (o: string) => number) =>
    order.forEach((tier, i) =>
      tier.forEach((o) => add(table, o, '', i + 1, value ? value(o) : '')),
    );

  add('ballots', '', '', '', t.ballots);
  add('blank', '', '', '', t.blank);
  add('primary', '', '', '', t.primary);
  tiers('borda', t.orders.borda, (o) => t.borda[o] ?? 0);
  tiers('schulze', t.orders.schulze);
  tiers('copeland', t.orders.copeland, (o) => t.copeland[o] ?? 0);
  tiers('irv', t.orders.irv);
  tiers('kemeny', t.kemeny.tiers);
  add('kemeny-score', '', '', '', t.kemeny.score);
  add('kemeny-orders', '', '', '', t.kemeny.total);
  if (t.kemeny.truncated) add('kemeny-orders-listed', '', '', '', t.kemeny.orders.length);
  t.kemeny.orders.forEach((order, n) =>
    order.forEach((o, i) => add(`kemeny-order-${n + 1}`, o, '', i + 1)),
  );
  for (const a of t.options)
    for (const b of t.options) if (a !== b) add('pairwise', a, b, '', t.pairwise[a]?.[b] ?? 0);
  for (const o of t.options) add('first-choices', o, '', '', t.firstChoices[o] ?? 0);
  for (const o of t.options)
    (t.rankDistribution[o] ?? []).forEach((n, i, all) =>
      add('rank-distribution', o, '', i === all.length - 1 ? 'unranked' : i + 1, n),
    );
  if (t.condorcetWinner) add('condorcet-winner', t.condorcetWinner);
  if (t.condorcetLoser) add('condorcet-loser', t.condorcetLoser);
  add(
    'agreement',
    '',
    '',
    '',
    t.agreement.allSame
      ? 'all-same'
      : `differ: ${t.agreement.differing.map((d) => `${d.method}@${d.firstDifference + 1}`).join(' ')}`,
  );
  if (tieBreak.rules.length > 0) {
    const tb = breakTies(t, tieBreak.rules, tieBreak.seed);
    tiers('tie-break-order', tb.order);
    for (const d of tb.decisions)
      d.order.forEach((tier, i) => tier.forEach((o) => add('tie-break', o, '', i + 1, d.rule)));
    for (const w of tb.awaitingDraw) for (const o of w) add('tie-break-waiting', o, '', '', 'lot');
    if (tieBreak.seed !== null && tieBreak.rules.includes('lot'))
      add('tie-break-seed', '', '', '', tieBreak.seed);
  }
  return out;
}
