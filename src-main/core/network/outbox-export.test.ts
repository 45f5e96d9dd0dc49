import { describe, expect, it } from 'vitest';
import { parseBallotsCsv } from '../../../shared/csv/ballots-csv';
import { exportOutbox } from './outbox-export';

const election = { id: 'ag-2026', options: ['a', 'b', 'c'] };
const id = (i: number) => i.toString(16).padStart(32, '0');

/** The outbox's records as Outbox.records() gives them. */
const outbox = (lines: string[]): readonly string[] => lines;

describe('exportOutbox', () => {
  it('writes every ballot once, as the import reads it, not in casting order', () => {
    const lines = Array.from({ length: 60 }, (_, i) =>
      JSON.stringify({ ballotId: id(i), section: 'FR', ranking: i % 2 ? ['a', 'c'] : ['b'] }),
    );
    const out = exportOutbox(outbox([...lines, lines[0] as string]), election);
    expect(out).toMatchObject({ ballots: 60, unreadable: 0 });
    const parsed = parseBallotsCsv(out.csv, {
      election: 'ag-2026',
      options: election.options,
      sections: ['FR'],
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const ids = parsed.ballots.map((b) => b.id);
    expect([...ids].sort()).toEqual(lines.map((_, i) => id(i)));
    expect(ids).not.toEqual(lines.map((_, i) => id(i)));
    expect(parsed.ballots.find((b) => b.id === id(1))?.ranking).toEqual(['a', 'c']);
  });

  it('counts an unreadable record instead of failing', () => {
    const good = JSON.stringify({ ballotId: id(1), section: 'FR', ranking: ['a'] });
    const odd = JSON.stringify({ ballotId: 'x', section: 'FR', ranking: ['a'] });
    expect(exportOutbox(outbox([good, odd, '{"ballotId": "tor']), election)).toMatchObject({
      ballots: 1,
      unreadable: 2,
    });
  });

  it('is an empty file for a kiosk that took no ballot', () => {
    expect(exportOutbox([], election)).toMatchObject({ ballots: 0, unreadable: 0 });
  });
});
