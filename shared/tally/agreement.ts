import { firstDifference } from './tiers';
import type { Agreement, OrderMethod, Tiers } from './types';

/**
 * Compares every method's tiers with the primary method's. Kemeny takes part through its tiers:
 * with a single optimal order that is the order itself; with several, the options whose places
 * differ between optimal orders share a tier, which is what a tie means for the other methods.
 */
export function agreementOf(primary: OrderMethod, orders: Record<OrderMethod, Tiers>): Agreement {
  const base = orders[primary];
  const differing: Agreement['differing'] = [];
  for (const method of ['borda', 'schulze', 'kemeny', 'copeland', 'irv'] as const) {
    if (method === primary) continue;
    const d = firstDifference(base, orders[method]);
    if (d >= 0) differing.push({ method, order: orders[method], firstDifference: d });
  }
  return { allSame: differing.length === 0, differing };
}
