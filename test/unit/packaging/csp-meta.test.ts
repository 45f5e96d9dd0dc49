/**
 * The Content-Security-Policy is in two places, as defence in depth: the response header of
 * every page (host and app://) and a <meta> in index.html, which the Electron security
 * checklist and electronegativity look for. They say the same, except frame-ancestors, which
 * a <meta> cannot carry (Chromium ignores it there, with a console error).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/core/security-policy';
import { repoRoot } from '../../support/host-process';

const directives = (policy: string) =>
  policy
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter(Boolean)
    .sort();

describe('CSP <meta> of index.html', () => {
  it('says what the response header says, minus frame-ancestors', () => {
    const html = fs.readFileSync(path.join(repoRoot, 'src-renderer/index.html'), 'utf8');
    const metas = [
      ...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/g),
    ];
    expect(metas).toHaveLength(1);
    const header = directives(CONTENT_SECURITY_POLICY);
    expect(header).toContain("frame-ancestors 'none'");
    expect(directives(metas[0]?.[1] ?? '')).toEqual(
      header.filter((d) => !d.startsWith('frame-ancestors')),
    );
  });

  it('comes before any script or stylesheet, so it governs them', () => {
    const html = fs.readFileSync(path.join(repoRoot, 'src-renderer/index.html'), 'utf8');
    const meta = html.indexOf('Content-Security-Policy');
    for (const tag of ['<script', '<link rel="stylesheet"', '<style'])
      if (html.includes(tag)) expect(meta).toBeLessThan(html.indexOf(tag));
  });
});
