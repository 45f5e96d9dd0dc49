/**
 * No order on disk while the vote is open (#11 §3): the place of each ballot in the ballots'
 * file, of each burn in the burned codes' file and of each ballot in an app kiosk's outbox is
 * uncorrelated with the order of casting, and a ballot's place says nothing of its burn's
 * place. Measured with Spearman's rho and Kendall's tau over 200 casts, with the box open and
 * its randomness the app's (crypto); the control shows the same test flags an appended file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppendFile } from '../../src-main/core/durable-file';
import { Outbox } from '../../src-main/core/network/outbox';
import { ballotLine } from '../../shared/domain/ballot';
import { ballotId, openedBox, OPTIONS, readSlots, tempDir } from './support/box-fixture';
import { kendall, kendallBound, spearman, spearmanBound } from './support/rank-correlation';

const N = 200;
const A = OPTIONS[0] as string;
const B = OPTIONS[1] as string;

/** Both statistics of cast position against file position, and whether each is in bounds. */
function uncorrelated(castOrder: number[], fileOrder: number[]) {
  const rho = spearman(castOrder, fileOrder);
  const tau = kendall(castOrder, fileOrder);
  return {
    rho: Math.abs(rho) < spearmanBound(castOrder.length),
    tau: Math.abs(tau) < kendallBound(castOrder.length),
    values: { rho, tau },
  };
}

const positions = (ids: readonly string[], slotOf: Map<string, number>): number[] =>
  ids.map((id) => {
    const s = slotOf.get(id);
    if (s === undefined) throw new Error(`${id} is not on disk`);
    return s;
  });

describe('the order of casting on disk, while the vote is open', () => {
  it('ballots and burns sit at places uncorrelated with casting, and with each other', () => {
    const dir = tempDir('priorites-order-');
    const { box, codes } = openedBox(dir, { codes: N });
    const ids: string[] = [];
    const hashes: string[] = [];
    for (const code of codes) {
      const id = ballotId();
      hashes.push(box.checkCode(code).hash);
      box.cast({ ballotId: id, ranking: [A, B], code });
      ids.push(id);
    }
    expect(box.status).toBe('open');
    const ballotSlot = new Map(
      readSlots(path.join(dir, 'ballots.slots')).map((r) => [
        (JSON.parse(r.payload) as { id: string }).id,
        r.slot,
      ]),
    );
    const burnSlot = new Map(
      readSlots(path.join(dir, 'burned-codes.slots')).map((r) => [r.payload, r.slot]),
    );
    const cast = ids.map((_, i) => i);
    const ballots = positions(ids, ballotSlot);
    const burns = positions(hashes, burnSlot);

    expect(uncorrelated(cast, ballots)).toMatchObject({ rho: true, tau: true });
    expect(uncorrelated(cast, burns)).toMatchObject({ rho: true, tau: true });
    // Line by line pairing: the n-th ballot's place against its own burn's place.
    expect(uncorrelated(ballots, burns)).toMatchObject({ rho: true, tau: true });
    box.shutdown();
  });

  it('an app kiosk’s outbox keeps its ballots at places uncorrelated with casting', () => {
    const file = path.join(tempDir('priorites-order-'), 'outbox.slots');
    const outbox = new Outbox({ file, send: () => Promise.resolve('retry') });
    const ids: string[] = [];
    for (let i = 0; i < N; i++) {
      const id = ballotId();
      outbox.add({ ballotId: id, section: 'FR', ranking: [A] });
      ids.push(id);
    }
    outbox.close();
    const slotOf = new Map(
      readSlots(file).map((r) => [
        (JSON.parse(r.payload) as { ballotId: string }).ballotId,
        r.slot,
      ]),
    );
    expect(
      uncorrelated(
        ids.map((_, i) => i),
        positions(ids, slotOf),
      ),
    ).toMatchObject({
      rho: true,
      tau: true,
    });
  });

  it('control: the same test flags a file appended in casting order (the earlier logs)', () => {
    const file = path.join(tempDir('priorites-order-'), 'ballots.jsonl');
    const log = new AppendFile(file);
    const ids = Array.from({ length: N }, () => ballotId());
    for (const id of ids)
      log.append(ballotLine({ id, election: 'sip-2020-2021', section: 'FR', ranking: [A] }));
    log.close();
    const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
    const lineOf = new Map(lines.map((l, i) => [(JSON.parse(l) as { id: string }).id, i]));
    const r = uncorrelated(
      ids.map((_, i) => i),
      positions(ids, lineOf),
    );
    expect(r).toMatchObject({ rho: false, tau: false, values: { rho: 1, tau: 1 } });
  });
});
