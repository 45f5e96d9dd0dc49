/**
 * The browsing half of hub discovery against a fake mDNS socket (no packet leaves this
 * process): what a hub's answer becomes in the list, and what takes it off (goodbye, TTL).
 * The real library on a real link: test/network/mdns-netns.test.ts.
 */
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { browseHubs, serviceName, type MdnsLike } from './hub-discovery';

const FP = Array.from({ length: 32 }, (_, i) =>
  (i * 7).toString(16).padStart(2, '0').toUpperCase(),
).join(':');

class FakeMdns extends EventEmitter implements MdnsLike {
  queries: string[] = [];
  query(name: string): void {
    this.queries.push(name);
  }
  destroy(): void {}
}

const PTR = '_priorites._tcp.local';
function answer(
  name: string,
  o: { port?: number; fp?: string; ttl?: number; from?: string; a?: string[] } = {},
) {
  const fqdn = `${name}.${PTR}`;
  const ttl = o.ttl ?? 120;
  return [
    {
      answers: [{ name: PTR, type: 'PTR', ttl: ttl === 0 ? 0 : 28800, data: fqdn }],
      additionals: [
        { name: fqdn, type: 'SRV', ttl, data: { target: 'hub.local', port: o.port ?? 8418 } },
        {
          name: fqdn,
          type: 'TXT',
          ttl,
          data: [Buffer.from('v=1'), Buffer.from(`fp=${o.fp ?? FP}`)],
        },
        ...(o.a ?? ['192.168.1.10']).map((ip) => ({ name: 'hub.local', type: 'A', ttl, data: ip })),
      ],
    },
    { address: o.from ?? '192.168.1.10', family: 'IPv4', port: 5353, size: 100 },
  ] as const;
}

function setup() {
  const mdns = new FakeMdns();
  let t = 1_000_000;
  const b = browseHubs(undefined, { mdns, now: () => t, refreshMs: 60_000 });
  return { mdns, b, advance: (ms: number) => (t += ms) };
}

describe('browseHubs', () => {
  it('asks for Priorités hubs and lists what answers, with the address it came from', () => {
    const { mdns, b } = setup();
    expect(mdns.queries).toContain(PTR);
    expect(b.list()).toEqual([]);
    mdns.emit(
      'response',
      ...answer('Priorités Salle', { from: '10.0.0.7', a: ['10.0.0.7', '172.17.0.1'] }),
    );
    expect(b.list()).toEqual([
      { name: 'Priorités Salle', host: '10.0.0.7', port: 8418, fingerprint: FP },
    ]);
    b.stop();
  });

  it('drops a hub that says goodbye', () => {
    const { mdns, b } = setup();
    mdns.emit('response', ...answer('A'));
    mdns.emit('response', ...answer('B', { port: 9000 }));
    expect(b.list().map((h) => h.name)).toEqual(['A', 'B']);
    mdns.emit('response', ...answer('A', { ttl: 0 }));
    expect(b.list().map((h) => h.name)).toEqual(['B']);
    b.stop();
  });

  it('drops a hub not heard again within its TTL, and lists it again when it answers', () => {
    const { mdns, b, advance } = setup();
    mdns.emit('response', ...answer('A'));
    advance(119_000);
    expect(b.list()).toHaveLength(1);
    advance(2_000);
    expect(b.list()).toEqual([]);
    mdns.emit('response', ...answer('A'));
    expect(b.list()).toHaveLength(1);
    b.stop();
  });

  it('ignores an answer without a well-formed fingerprint', () => {
    const { mdns, b } = setup();
    mdns.emit('response', ...answer('A', { fp: 'not-a-fingerprint' }));
    expect(b.list()).toEqual([]);
    b.stop();
  });

  it('hears nothing after stop()', () => {
    const { mdns, b } = setup();
    b.stop();
    b.stop();
    mdns.emit('response', ...answer('A'));
    expect(b.list()).toEqual([]);
    expect(mdns.listenerCount('response')).toBe(0);
  });
});

describe('serviceName', () => {
  it('is one DNS label of at most 63 bytes', () => {
    expect(serviceName('Priorités salle.2')).toBe('Priorités salle 2');
    const long = serviceName('é'.repeat(60));
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(63);
    expect(serviceName('...')).toBe('Priorités');
  });
});
