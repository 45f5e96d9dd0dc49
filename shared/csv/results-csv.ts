import type { ElectionTally, Tally, Tiers } from '../tally/types';
import { BOM, EOL, row } from './cells';

/**
 * Results as one long table, same conventions as the ballots file (BOM, `;`, neutralised
 * cells): `scope;table;option;other;rank;value`. scope is a section id or "combined" (section
 * ids are capitals, so no clash). Tables: ballots, blank, primary, borda, schulze, copeland,
 * irv, kemeny (its tiers), kemeny-score, kemeny-order-N, pairwise (option vs other),
 * first-choices, rank-distribution (rank "unranked" for the last column), condorcet-winner,
 * condorcet-loser, agreement. rank is the tier (1 = best); tied options share it.
 */
export function formatResultsCsv(t: ElectionTally): string {
  const lines = [row(['scope', 'table', 'option', 'other', 'rank', 'value'])];
  for (const s of t.sections) {
    const st = t.bySection[s];
    if (st) lines.push(...tallyRows(s, st));
  }
  lines.push(...tallyRows('combined', t.combined));
  return BOM + lines.join(EOL) + EOL;
}

function tallyRows(scope: string, t: Tally): string[] {
  const out: string[] = [];
  const add = (
    table: string,
    option = '',
    other = '',
    rank: string | number = '',
    value: string | number = '',
  ) => out.push(row([scope, table, option, other, rank, value]));
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
  add(
    'kemeny-orders',
    '',
    '',
    '',
    t.kemeny.truncated
      ? `${t.kemeny.total} (first ${t.kemeny.orders.length} listed)`
      : t.kemeny.total,
  );
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
  return out;
}
