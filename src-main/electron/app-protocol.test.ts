import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../core/security-policy';
import { registerAppProtocol, resolveAppFile } from './app-protocol';
import { errorScreenText, errorScreenUrl } from './error-screen';

function serve() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'priorites-proto-'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>app</title>');
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'assets', 'a.js'), 'console.log(1)');
  fs.writeFileSync(path.join(path.dirname(dir), 'secret.txt'), 'no');
  let handler: ((r: Request) => Promise<Response>) | null = null;
  const fetched: string[] = [];
  registerAppProtocol(
    { handle: (_scheme, h) => void (handler = h) },
    async (file) => {
      fetched.push(file);
      return fs.readFileSync(file);
    },
    dir,
  );
  const get = (url: string) => {
    if (!handler) throw new Error('not registered');
    return handler(new Request(url));
  };
  return { dir, get, fetched };
}

describe('app protocol', () => {
  it('serves every page as index.html with the CSP', async () => {
    const { dir, get, fetched } = serve();
    for (const page of ['/', '/kiosk', '/results', '/staff']) {
      const res = await get(`app://priorites${page}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    }
    expect(fetched.every((f) => f === path.join(dir, 'index.html'))).toBe(true);
    const js = await get('app://priorites/assets/a.js');
    expect(js.headers.get('Content-Type')).toMatch(/^text\/javascript/);
    expect(await js.text()).toBe('console.log(1)');
  });

  it('never leaves the renderer folder', async () => {
    const { dir, get, fetched } = serve();
    // The URL parser folds an encoded `..` segment away: the path stays inside the folder.
    expect(resolveAppFile(dir, 'app://priorites/%2e%2e/secret.txt')).toBe(
      path.join(dir, 'secret.txt'),
    );
    expect(resolveAppFile(dir, 'app://priorites/..%2fsecret.txt')).toBeNull();
    expect(resolveAppFile(dir, 'app://priorites/%E0%A4%A')).toBeNull();
    expect(resolveAppFile(dir, 'app://elsewhere/index.html')).toBeNull();
    const res = await get('app://priorites/..%2fsecret.txt');
    expect(res.status).toBe(404);
    expect(fetched).toEqual([]);
    // A missing file or an unknown kind of file is a plain 404 with the CSP.
    const missing = await get('app://priorites/assets/nope.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await get('app://priorites/assets/x.exe')).status).toBe(404);
  });

  it('serves the crash screen from memory, scriptless, in the three languages', async () => {
    const { get, fetched } = serve();
    const res = await get(errorScreenUrl('kiosk'));
    const html = await res.text();
    expect(html).toContain('href="/kiosk"');
    const results = await (await get(errorScreenUrl('results'))).text();
    expect(results).toContain('href="/results"');
    const evil = await (await get('app://priorites/crashed?page=https://evil.example')).text();
    expect(evil).toContain('href="/kiosk"');
    expect(evil).not.toContain('evil');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(html).not.toMatch(/<script|style=/i);
    for (const t of Object.values(errorScreenText)) expect(html).toContain(t.title);
    expect(html.indexOf(errorScreenText.fr.title)).toBeLessThan(
      html.indexOf(errorScreenText.nl.title),
    );
    const css = await get('app://priorites/crashed.css');
    expect(css.headers.get('Content-Type')).toMatch(/text\/css/);
    expect(fetched).toEqual([]);
  });
});
