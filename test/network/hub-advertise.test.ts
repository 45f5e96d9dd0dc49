/**
 * The hub announces itself while staff keep network mode on, with its HTTPS port and its
 * certificate's fingerprint, and stops at switch-off and when the app quits, once. The
 * announcer is a fake here: real mDNS runs only inside the namespaces of mdns-netns.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Advertisement } from '../../src-main/core/network/hub-discovery';
import { advertiserFor } from '../../src-main/host/network-hub';
import { startTestHub, type TestHub } from './support/hub-fixture';

interface Announced {
  opts: { name: string; port: number; fingerprint: string; interfaceAddress?: string };
  stops: number;
}

const nth = (list: Announced[], i: number): Announced => {
  const a = i < 0 ? list.at(i) : list[i];
  if (!a) throw new Error(`nothing announced at ${i}`);
  return a;
};

function fakeAdvertiser() {
  const announced: Announced[] = [];
  const advertise = (opts: Announced['opts']): Advertisement => {
    const a: Announced = { opts, stops: 0 };
    announced.push(a);
    return { stop: () => void a.stops++ };
  };
  return { announced, advertise };
}

let h: TestHub | null = null;
afterEach(async () => {
  await h?.stop();
  h = null;
});

describe('NetworkHub announces itself', () => {
  it('while network mode is on, with the HTTPS port and the fingerprint', async () => {
    const fake = fakeAdvertiser();
    h = await startTestHub({ advertise: fake.advertise });
    expect(fake.announced).toHaveLength(1);
    const status = await h.staff('staff.network', {});
    expect(nth(fake.announced, 0).opts).toMatchObject({
      port: status.port,
      fingerprint: status.fingerprint,
    });
    expect(nth(fake.announced, 0).opts.port).toBeGreaterThan(0);
    expect(nth(fake.announced, 0).opts.name).toMatch(/^Priorités /);

    // Switching on again announces nothing more.
    await h.staff('staff.setNetwork', { on: true });
    expect(fake.announced).toHaveLength(1);

    await h.staff('staff.setNetwork', { on: false });
    expect(nth(fake.announced, 0).stops).toBe(1);
    await h.staff('staff.setNetwork', { on: false });
    expect(nth(fake.announced, 0).stops).toBe(1);

    await h.staff('staff.setNetwork', { on: true });
    expect(fake.announced).toHaveLength(2);
    expect(nth(fake.announced, 1).stops).toBe(0);
  });

  it('says goodbye when the app quits, once', async () => {
    const fake = fakeAdvertiser();
    h = await startTestHub({ advertise: fake.advertise });
    h.service.shutdown();
    expect(nth(fake.announced, 0).stops).toBe(1);
    h.service.shutdown();
    await h.hub.stop();
    expect(nth(fake.announced, 0).stops).toBe(1);
    expect(h.hub.status().on).toBe(false);
    h = null;
  });

  it('switches off even when the goodbye fails', async () => {
    h = await startTestHub({
      advertise: () => ({
        stop: () => {
          throw new Error('socket gone');
        },
      }),
    });
    await h.staff('staff.setNetwork', { on: false });
    expect(h.hub.status().on).toBe(false);
  });

  it('keeps network mode on when announcing fails', async () => {
    h = await startTestHub({
      advertise: () => {
        throw new Error('no multicast here');
      },
    });
    expect(h.hub.status().on).toBe(true);
  });
});

describe('advertiserFor', () => {
  const fake = fakeAdvertiser();
  it('announces nothing for a loopback listener', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1'])
      expect(advertiserFor(host, fake.advertise)).toBeUndefined();
  });
  it('announces on every interface for a listener on all of them', () => {
    for (const host of [undefined, '0.0.0.0', '::'])
      expect(advertiserFor(host, fake.advertise)).toBe(fake.advertise);
  });
  it('announces on the one interface a listener is bound to', () => {
    const ad = advertiserFor('192.168.50.2', fake.advertise);
    expect(ad).toBeDefined();
    ad?.({ name: 'n', port: 1, fingerprint: 'f' });
    expect(nth(fake.announced, -1).opts.interfaceAddress).toBe('192.168.50.2');
  });
});
