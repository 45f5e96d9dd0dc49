import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Clock, tempDir } from '../../test/fault/support/box-fixture';
import { AuditLog, GENESIS, verifyAuditText } from './audit-log';

const logIn = () => path.join(tempDir(), 'audit.jsonl');

describe('AuditLog', () => {
  it('chains entries by hash, with the injected clock, across a reopen', () => {
    const file = logIn();
    const clock = new Clock();
    const a = new AuditLog(file, clock.now);
    a.append('opened', { election: 'x' });
    clock.advance(60);
    a.append('closed');
    a.close();
    const b = new AuditLog(file, clock.now);
    expect(b.valid).toBe(true);
    const [e1, e2] = b.entries();
    expect(e1?.prev).toBe(GENESIS);
    expect(e2?.prev).toBe(e1?.hash);
    expect(e2?.at).toBe('2021-03-20T10:01:00.000Z');
    b.append('revealed');
    b.close();
    expect(verifyAuditText(fs.readFileSync(file, 'utf8')).valid).toBe(true);
  });

  it('detects an edited or removed line', () => {
    const file = logIn();
    const a = new AuditLog(file, new Clock().now);
    a.append('opened');
    a.append('closed', { ballots: 10 });
    a.append('revealed');
    a.close();
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const edited = [lines[0], (lines[1] as string).replace('10', '11'), lines[2], ''].join('\n');
    expect(verifyAuditText(edited).problem).toEqual({ line: 2, reason: 'hash mismatch' });
    const removed = [lines[0], lines[2], ''].join('\n');
    expect(verifyAuditText(removed).valid).toBe(false);
    fs.writeFileSync(file, edited);
    const b = new AuditLog(file, new Clock().now);
    expect(b.valid).toBe(false);
    b.close();
    expect(fs.readFileSync(file, 'utf8')).toBe(edited);
  });

  it('drops a torn last entry and keeps the chain valid', () => {
    const file = logIn();
    const a = new AuditLog(file, new Clock().now);
    a.append('opened');
    a.close();
    fs.appendFileSync(file, '{"seq":2,"at":"20');
    const b = new AuditLog(file, new Clock().now);
    expect(b.valid).toBe(true);
    expect(b.entries()).toHaveLength(1);
    b.append('closed');
    b.close();
    expect(verifyAuditText(fs.readFileSync(file, 'utf8')).valid).toBe(true);
  });
});
