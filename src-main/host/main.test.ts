import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, parsePort } from './main';

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
