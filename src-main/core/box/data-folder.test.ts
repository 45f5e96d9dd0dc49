import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/fault/support/box-fixture';
import { DamagedFileError } from '../document-store';
import { DataFolder, FILES } from './data-folder';

describe('DataFolder', () => {
  it('creates the folder and names each file inside it', () => {
    const dir = path.join(tempDir(), 'nested', 'box');
    const f = new DataFolder(dir);
    expect(fs.existsSync(dir)).toBe(true);
    expect(f.file('ballots')).toBe(path.join(dir, 'ballots.slots'));
    expect(f.backupDir).toBe(path.join(dir, 'backups'));
    expect(new Set(Object.values(FILES)).size).toBe(Object.keys(FILES).length);
  });

  it('accepts a missing document in a fresh folder, refuses it beside a log with data', () => {
    const f = new DataFolder(tempDir());
    expect(() => f.requirePresent('state', 'ballots')).not.toThrow();
    fs.writeFileSync(f.file('ballots'), '');
    expect(() => f.requirePresent('state', 'ballots')).not.toThrow();
    fs.writeFileSync(f.file('ballots'), '{}\n');
    expect(() => f.requirePresent('state', 'ballots')).toThrow(DamagedFileError);
    fs.writeFileSync(f.file('state'), '{}');
    expect(() => f.requirePresent('state', 'ballots')).not.toThrow();
  });

  it('refuses a missing document whose backup exists', () => {
    const f = new DataFolder(tempDir());
    fs.mkdirSync(f.backupDir);
    fs.writeFileSync(path.join(f.backupDir, 'codes.1.json'), '{}');
    expect(() => f.requirePresent('codes')).toThrow(/missing, although the vote already has data/);
  });

  it('archives an election’s files and their backups, keeping the audit and the settings', () => {
    const f = new DataFolder(tempDir());
    for (const k of ['state', 'codes', 'ballots', 'burned', 'audit', 'settings'] as const)
      fs.writeFileSync(f.file(k), k);
    fs.mkdirSync(f.backupDir);
    for (const b of ['state.1.json', 'codes.2.json', 'settings.1.json'])
      fs.writeFileSync(path.join(f.backupDir, b), b);
    const rel = f.archiveElection('sip-1234');
    expect(rel).toBe(path.join('archive', 'sip-1234'));
    const archive = path.join(f.dir, rel);
    expect(fs.readdirSync(archive).sort()).toEqual(
      ['backups', FILES.ballots, FILES.burned, FILES.codes, FILES.state].sort(),
    );
    expect(fs.readdirSync(path.join(archive, 'backups')).sort()).toEqual([
      'codes.2.json',
      'state.1.json',
    ]);
    expect(fs.existsSync(f.file('audit'))).toBe(true);
    expect(fs.existsSync(f.file('settings'))).toBe(true);
    expect(fs.existsSync(f.file('state'))).toBe(false);
    expect(fs.readdirSync(f.backupDir)).toEqual(['settings.1.json']);
  });
});
