import { describe, expect, it } from 'vitest';
import { hubAddress, readJoinInput } from './join-address';

const FP = 'AB'.repeat(32);

describe('hubAddress', () => {
  it('adds https and the default port to a bare host', () => {
    expect(hubAddress(' 192.168.1.20 ')).toBe('https://192.168.1.20:8418');
    expect(hubAddress('Hub.local:9000')).toBe('https://hub.local:9000');
    expect(hubAddress('https://127.0.0.1:8418/')).toBe('https://127.0.0.1:8418');
    expect(hubAddress('[::1]:8418')).toBe('https://[::1]:8418');
  });
  it('refuses plain http, paths, bad ports and garbage', () => {
    expect(hubAddress('http://192.168.1.20:8418')).toBeNull();
    expect(hubAddress('192.168.1.20:8418/api')).toBeNull();
    expect(hubAddress('192.168.1.20:70000')).toBeNull();
    expect(hubAddress('hub local')).toBeNull();
    expect(hubAddress('')).toBeNull();
  });
});

describe('readJoinInput', () => {
  it('reads the console’s join link: address, code and fingerprint', () => {
    const link = `priorites-join:?hub=${encodeURIComponent('https://10.0.0.2:8418')}&code=ABCD2345&fp=${FP}`;
    expect(readJoinInput(link)).toEqual({
      address: 'https://10.0.0.2:8418',
      code: 'ABCD2345',
      fingerprint: FP,
    });
  });
  it('reads a typed address alone', () => {
    expect(readJoinInput('10.0.0.2')).toEqual({ address: 'https://10.0.0.2:8418' });
  });
  it('drops a malformed fingerprint and refuses a link without a hub', () => {
    expect(readJoinInput('priorites-join:?hub=10.0.0.2&code=X&fp=zz')).toEqual({
      address: 'https://10.0.0.2:8418',
      code: 'X',
    });
    expect(readJoinInput('priorites-join:?code=ABCD2345')).toBeNull();
  });
});
