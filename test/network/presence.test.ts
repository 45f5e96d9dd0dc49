/**
 * « Voters midway » over the network counts paired devices, not the ids their pages draw: a
 * device that reports under many ids is still one kiosk. Everything runs on 127.0.0.1.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { HubClient, pairWithHub } from '../../src-main/core/network/hub-client';
import { startTestHub, type TestHub } from './support/hub-fixture';

let h: TestHub;
let one: HubClient;
let two: HubClient;

beforeAll(async () => {
  h = await startTestHub();
  one = new HubClient(
    await pairWithHub({ address: h.address, code: await h.code('kiosk', 'FR'), name: 'Borne 1' }),
  );
  two = new HubClient(
    await pairWithHub({ address: h.address, code: await h.code('kiosk', 'BE'), name: 'Borne 2' }),
  );
});
afterAll(async () => {
  await h.stop();
});

const midway = async () => (await h.staff('staff.kioskPresence', {})).midway;

it('counts one device once, whatever ids it reports under', async () => {
  expect(await midway()).toBe(0);
  for (const kiosk of ['kiosk-aaaaaaaa', 'kiosk-bbbbbbbb', 'kiosk-cccccccc'])
    await one.call('kiosk.presence', { kiosk, midway: true });
  expect(await midway()).toBe(1);

  await two.call('kiosk.presence', { kiosk: 'kiosk-aaaaaaaa', midway: true });
  expect(await midway()).toBe(2);

  // « Free » under yet another id still frees that device.
  await one.call('kiosk.presence', { kiosk: 'kiosk-dddddddd', midway: false });
  expect(await midway()).toBe(1);
  await two.call('kiosk.presence', { kiosk: 'kiosk-zzzzzzzz', midway: false });
  expect(await midway()).toBe(0);
});

it('refuses a malformed report', async () => {
  await expect(
    one.call('kiosk.presence', { kiosk: 'x', midway: 'yes' } as never),
  ).rejects.toMatchObject({
    code: 'bad-request',
  });
});
