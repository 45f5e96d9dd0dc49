/**
 * The integrity section: each hash on one line whatever its digits. Hex digits differ in width
 * by half in the minutes' font, so a hash of wide digits broke between characters while most
 * hashes fitted (a test with random ballots failed about one run in ten).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultElection } from '../default-election';
import { resultsOf } from '../export/export-folder';
import { readMinutesFonts } from './fonts';
import { procesVerbal } from './proces-verbal';

describe('procès-verbal hashes', () => {
  it('keeps every hash whole on its line, even one of the widest digits', async () => {
    const fonts = await readMinutesFonts();
    if (!fonts) throw new Error('the minutes fonts are missing');
    // 0 is the widest hex digit, 8 and 4 come next.
    const [wide, mixed, narrow] = ['0'.repeat(64), '8040'.repeat(16), 'f1'.repeat(32)];
    const pdf = await procesVerbal(
      {
        election: defaultElection,
        lang: 'fr',
        tally: resultsOf(defaultElection, []),
        entitled: { FR: 10, BE: 8 },
        drawSeed: null,
        day: new Date('2021-05-18T12:00:00Z'),
        ballotsSha256: wide as string,
        manifestSha256: mixed as string,
        auditHead: narrow as string,
      },
      fonts,
    );
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'priorites-pv-hash-')), 'pv.pdf');
    fs.writeFileSync(file, pdf);
    const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text.status).toBe(0);
    const lines = text.stdout.split('\n');
    for (const h of [wide, mixed, narrow])
      expect(lines.filter((l) => l.includes(h as string)).length).toBeGreaterThanOrEqual(1);
  });
});
