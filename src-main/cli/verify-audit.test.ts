import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AuditLog } from '../core/audit-log';
import { verifyAuditFile } from './verify-audit';

function writeTrail(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'priorites-audit-'));
  const file = path.join(dir, 'audit-log.jsonl');
  const log = new AuditLog(file, () => new Date('2021-05-18T14:00:00Z'));
  log.append('opened', { election: 'sip-2020-2021' });
  log.append('exported', { ballots: 12 });
  log.append('closed', { ballots: 12 });
  log.close();
  return file;
}

describe('verifyAuditFile', () => {
  it('accepts an intact trail', () => {
    const v = verifyAuditFile(writeTrail());
    expect(v.valid).toBe(true);
    expect(v.entries.map((e) => e.action)).toEqual(['opened', 'exported', 'closed']);
  });

  it('finds an edited line', () => {
    const file = writeTrail();
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"ballots":12', '"ballots":13'));
    const v = verifyAuditFile(file);
    expect(v.valid).toBe(false);
    expect(v.problem).toEqual({ line: 2, reason: 'hash mismatch' });
    expect(v.summary).toContain('ligne 2');
  });

  it('finds a removed line', () => {
    const file = writeTrail();
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    fs.writeFileSync(file, [lines[0], lines[2], ''].join('\n'));
    expect(verifyAuditFile(file).problem?.line).toBe(2);
  });

  it('says so when the file cannot be read', () => {
    expect(verifyAuditFile('/nonexistent/audit.jsonl').valid).toBe(false);
  });
});
