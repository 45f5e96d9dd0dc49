/**
 * Ballots an app kiosk acknowledged while its link was down, when staff close the hub before
 * the link returns: the hub refuses them over the link (the vote is closed), the kiosk keeps
 * them in its file, and the kiosk's outbox exported as a ballots file and imported at the hub
 * brings every one of them in exactly once (the ones already received count once). On
 * 127.0.0.1, through a relay the test cuts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { pairWithHub } from '../../src-main/core/network/hub-client';
import { JoinedKiosk } from '../../src-main/core/network/joined-kiosk';
import { newBallotId, startTestHub, tempDir, type TestHub } from './support/hub-fixture';
import { OPTION_IDS } from './support/options';
import { startRelay, type Relay } from './support/relay';

let h: TestHub | null = null;
let relay: Relay | null = null;
let kiosk: JoinedKiosk | null = null;
afterEach(async () => {
  kiosk?.stop();
  await relay?.close();
  await h?.stop();
  h = relay = kiosk = null;
});

const until = async (ok: () => boolean, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

it('a kiosk’s ballots held at the close reach the box once through export and import', async () => {
  h = await startTestHub();
  await h.staff('staff.open', {});
  const link = await pairWithHub({
    address: h.address,
    code: await h.code('kiosk', 'FR'),
    name: 'Borne FR',
  });
  relay = await startRelay(Number(new URL(h.address).port));
  const dataDir = tempDir('priorites-kiosk-');
  const k = new JoinedKiosk({
    link: { ...link, address: `https://127.0.0.1:${relay.port}` },
    dataDir,
    outbox: { minDelayMs: 20, maxDelayMs: 100 },
  });
  kiosk = k;
  k.start();
  expect((await k.call({ method: 'kiosk.state', input: {} })).ok).toBe(true);

  const cast = async () => {
    const ballotId = newBallotId();
    const r = await k.call({
      method: 'kiosk.cast',
      input: { ballotId, ranking: OPTION_IDS.slice(0, 2) },
    });
    expect(r).toMatchObject({ ok: true, value: { recorded: true } });
    return ballotId;
  };
  const sent = [await cast(), await cast()];
  await k.outbox.drained();
  expect(h.box.ballots()).toHaveLength(2);

  // The link drops; voters go on: « A voté » from the kiosk's own disk.
  relay.cut();
  const held = [await cast(), await cast(), await cast()];
  expect(k.outbox.waiting).toBe(3);

  await h.staff('staff.close', { confirm: true });
  relay.restore();
  k.outbox.kick();
  // Over the link, the closed hub refuses them for good; the kiosk stops sending.
  await until(() => k.outbox.waiting === 0);
  expect(k.outbox.refused).toBe(3);
  expect(h.box.ballots()).toHaveLength(2);

  const file = k.exportOutbox();
  expect(file).toMatchObject({ ballots: 5, unreadable: 0 });
  const content = file?.csv ?? '';
  const report = await h.staff('staff.import', {
    files: [{ name: 'borne-fr-outbox.csv', content }],
  });
  expect(report.files).toEqual([
    expect.objectContaining({ name: 'borne-fr-outbox.csv', ballots: 5 }),
  ]);
  const ids = () =>
    h?.box
      .ballots()
      .map((b) => b.id)
      .sort() ?? [];
  expect(ids()).toEqual([...sent, ...held].sort());
  // Importing the same file again adds nothing.
  await h.staff('staff.import', { files: [{ name: 'again.csv', content }] });
  expect(ids()).toEqual([...sent, ...held].sort());
  expect(fs.existsSync(path.join(dataDir, 'outbox.slots'))).toBe(true);
});
