import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, parseNetwork, parsePort } from './main';

describe('parsePort', () => {
  it('takes --port, then PORT, then the default', () => {
    expect(parsePort(['--port', '9000'], { PORT: '8000' })).toBe(9000);
    expect(parsePort([], { PORT: '8000' })).toBe(8000);
    expect(parsePort([], {})).toBe(DEFAULT_PORT);
    expect(parsePort(['--port', '0'], {})).toBe(0);
  });

  it('refuses a port that is not one, in both languages', () => {
    expect(() => parsePort(['--port', 'abc'], {})).toThrow(/Port invalide.*invalid port: abc/);
    expect(() => parsePort(['--port', '70000'], {})).toThrow(/invalid port/);
    expect(() => parsePort(['--port', '1.5'], {})).toThrow(/invalid port/);
  });
});

describe('parseNetwork', () => {
  it('is off by default; --network turns it on at 8418; --network-port N chooses the port', () => {
    expect(parseNetwork([])).toEqual({ on: false, port: 8418 });
    expect(parseNetwork(['--network'])).toEqual({ on: true, port: 8418 });
    expect(parseNetwork(['--network', '--network-port', '9443'])).toEqual({ on: true, port: 9443 });
    expect(() => parseNetwork(['--network-port', 'x'])).toThrow(/invalid network port: x/);
  });
});
