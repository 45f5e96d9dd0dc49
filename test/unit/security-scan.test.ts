/**
 * `npm run test:security` must fail on an insecure shell: the scanner is run here on a
 * fixture with the classic mistakes (node integration, no isolation, openExternal of a page's
 * URL, no navigation limit, no permission handler).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/host-process';

describe('security scan', () => {
  it('fails, naming the findings, on an insecure window', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'priorites-scan-'));
    fs.writeFileSync(
      path.join(dir, 'main.ts'),
      [
        "import { BrowserWindow, shell } from 'electron';",
        'const w = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });',
        "w.webContents.on('new-window', (_e, url: string) => shell.openExternal(url));",
      ].join('\n'),
    );
    const r = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/security-scan.mjs'), dir], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    for (const id of [
      'CONTEXT_ISOLATION_JS_CHECK',
      'OPEN_EXTERNAL_JS_CHECK',
      'LIMIT_NAVIGATION_GLOBAL_CHECK',
      'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
      // No CSP anywhere: the check is on (the app passes it through index.html's <meta>).
      'CSP_GLOBAL_CHECK',
    ])
      expect(r.stderr).toContain(id);
  }, 60_000);
});
