/**
 * The damaged mode (#11 §5): a box stopped by a damaged file still serves the contract; every
 * call is refused with `box-damaged` but the staff path (PIN, the damage, the recovery); the
 * PIN comes from what the seal proves, its lockout still applies and survives a restart; the
 * recovery opens the box without a restart, staff stay signed in, and it is audited.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CallResult, Input, MethodName, Output } from '../../shared/api';
import { ballotId, openedBox, OPTIONS, tempDir } from '../../test/fault/support/box-fixture';
import type { RecoverableService } from './recoverable-service';
import { recoverDataDir } from './recovery';
import { startService } from './start-box';

const PIN = '482916';
const A = OPTIONS[0] as string;

const running: RecoverableService[] = [];
afterEach(() => {
  for (const s of running.splice(0)) s.shutdown();
});

function start(dir: string): RecoverableService {
  const { service } = startService(dir);
  running.push(service);
  return service;
}

async function call<M extends MethodName>(
  s: RecoverableService,
  method: M,
  input: Input<M>,
  token?: string,
): Promise<CallResult> {
  return s.call({ method, input, token });
}

async function value<M extends MethodName>(
  s: RecoverableService,
  method: M,
  input: Input<M>,
  token?: string,
): Promise<Output<M>> {
  const r = await call(s, method, input, token);
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value as Output<M>;
}

const code = (r: CallResult) => (r.ok ? 'ok' : r.error.code);

/** A voted box with a PIN: four code votes, two unused codes; shut cleanly. */
function votedBox(): { dir: string; used: string[]; unused: string[] } {
  const dir = tempDir('priorites-damaged-mode-');
  const { box, codes } = openedBox(dir, { codes: 6 });
  box.setPin(PIN);
  const used = codes.slice(0, 4);
  for (const c of used) box.cast({ ballotId: ballotId(), ranking: [A], code: c });
  box.shutdown();
  return { dir, used, unused: codes.slice(4) };
}

/** Every file of the box, byte for byte (what the damaged mode must never change). */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const f = path.join(d, e.name);
      if (e.isDirectory()) walk(f);
      else if (!f.endsWith('pin-lockout.json'))
        out[path.relative(dir, f)] = fs.readFileSync(f).toString('base64');
    }
  };
  walk(dir);
  return out;
}

describe('the damaged mode', () => {
  it('refuses every call but the staff path, and changes no file of the box', async () => {
    const { dir, used } = votedBox();
    fs.writeFileSync(path.join(dir, 'burned-codes.slots'), '');
    const before = snapshot(dir);
    const s = start(dir);
    expect(s.damage).toMatchObject({ file: 'burned-codes.slots' });
    expect(code(await call(s, 'kiosk.state', {}))).toBe('box-damaged');
    expect(code(await call(s, 'kiosk.checkCode', { code: used[0] as string }))).toBe('box-damaged');
    expect(
      code(
        await call(s, 'kiosk.cast', {
          ballotId: ballotId(),
          ranking: [A],
          code: used[0] as string,
        }),
      ),
    ).toBe('box-damaged');
    expect(code(await call(s, 'results.get', {}))).toBe('box-damaged');
    // Choosing a new PIN here would let anyone at a kiosk repair.
    expect(code(await call(s, 'staff.setPin', { pin: '1234' }))).toBe('box-damaged');
    expect(await value(s, 'staff.pinStatus', {})).toEqual({
      pinSet: true,
      damaged: true,
      pinUnproven: false,
    });
    // Staff methods still need the session, the recovery first of all.
    expect(code(await call(s, 'staff.recover', { confirm: true }))).toBe('staff-only');
    expect(code(await call(s, 'staff.damage', {}))).toBe('staff-only');
    const { token } = await value(s, 'staff.login', { pin: PIN });
    expect(code(await call(s, 'staff.overview', {}, token))).toBe('box-damaged');
    expect(code(await call(s, 'staff.open', {}, token))).toBe('box-damaged');
    expect(await value(s, 'staff.damage', {}, token)).toMatchObject({
      damage: { file: 'burned-codes.slots' },
      language: 'fr',
    });
    expect(await value(s, 'staff.checkIntegrity', {}, token)).toMatchObject({
      sound: false,
      file: 'burned-codes.slots',
    });
    expect(snapshot(dir)).toEqual(before);
  });

  it('keeps the PIN lockout, across a restart, without writing to the box', async () => {
    const { dir } = votedBox();
    fs.writeFileSync(path.join(dir, 'ballots.slots'), '');
    const before = snapshot(dir);
    const s = start(dir);
    for (let i = 1; i <= 4; i++)
      expect(code(await call(s, 'staff.login', { pin: '000000' }))).toBe('pin-wrong');
    expect(code(await call(s, 'staff.login', { pin: '000000' }))).toBe('pin-locked');
    // Even the right PIN waits out the lockout, and a restart does not reset it.
    expect(code(await call(s, 'staff.login', { pin: PIN }))).toBe('pin-locked');
    s.shutdown();
    const again = start(dir);
    expect(code(await call(again, 'staff.login', { pin: PIN }))).toBe('pin-locked');
    expect(code(await call(again, 'staff.recover', { confirm: true }))).toBe('staff-only');
    expect(snapshot(dir)).toEqual(before);
  });

  it('repairs on request, opens the box without a restart, keeps the session, audits it', async () => {
    const { dir, used, unused } = votedBox();
    fs.writeFileSync(path.join(dir, 'burned-codes.slots'), '');
    const s = start(dir);
    const kioskEvents: unknown[] = [];
    s.on((event, payload) => event === 'kiosk' && kioskEvents.push(payload));
    expect(code(await call(s, 'staff.login', { pin: '000000' }))).toBe('pin-wrong');
    const { token } = await value(s, 'staff.login', { pin: PIN });
    expect(code(await call(s, 'staff.recover', {} as never, token))).toBe('bad-request');
    const report = await value(s, 'staff.recover', { confirm: true }, token);
    expect(report.opened).toBe(true);
    expect(report.damage).toBeNull();
    // An emptied slot file is kept in damaged/ and given back its header, then listed.
    expect(report.steps).toEqual([
      expect.objectContaining({ file: 'burned-codes.slots', action: 'salvaged', dropped: [] }),
      expect.objectContaining({ file: 'burned-codes.slots', action: 'unproven' }),
    ]);
    expect(s.damage).toBeNull();
    expect(kioskEvents).toHaveLength(1);
    // The same session goes on; the box is the one on disk, with its four ballots.
    const ov = await value(s, 'staff.overview', {}, token);
    expect(ov.status).toBe('open');
    expect(ov.ballots).toBe(4);
    expect((await value(s, 'kiosk.state', {})).accepting).toBe(true);
    // No code voted twice: every issued code now counts as used.
    for (const c of [...used, ...unused])
      expect(
        code(await call(s, 'kiosk.cast', { ballotId: ballotId(), ranking: [A], code: c })),
      ).toBe('code-used');
    const audit = await value(s, 'staff.audit', {}, token);
    expect(audit.valid).toBe(true);
    const actions = audit.entries.map((e) => e.action);
    expect(actions).toContain('seal-unproven');
    expect(audit.entries.at(-1)).toMatchObject({
      action: 'console-recovery',
      details: { steps: 2, failedPins: 1 },
    });
    expect(fs.existsSync(path.join(dir, 'damaged', 'pin-lockout.json'))).toBe(false);
    // Nothing left to repair.
    expect(code(await call(s, 'staff.recover', { confirm: true }, token))).toBe(
      'nothing-to-repair',
    );
  });

  it('takes the PIN from a backup the seal proves when settings.json is the damaged file', async () => {
    const { dir } = votedBox();
    fs.writeFileSync(path.join(dir, 'settings.json'), '{"version": 1, "pin": nul');
    const s = start(dir);
    expect(s.damage).toMatchObject({ file: 'settings.json' });
    const { token } = await value(s, 'staff.login', { pin: PIN });
    const report = await value(s, 'staff.recover', { confirm: true }, token);
    expect(report.steps).toEqual([
      expect.objectContaining({ file: 'settings.json', action: 'restored' }),
    ]);
    expect(report.opened).toBe(true);
    expect(code(await call(s, 'staff.login', { pin: PIN }))).toBe('ok');
  });

  it('lets nobody sign in when no stored PIN can be proven', async () => {
    const { dir } = votedBox();
    // A PIN the seal never recorded, in the document and every backup.
    const forged = fs
      .readFileSync(path.join(dir, 'settings.json'), 'utf8')
      .replace(/"hash": "[0-9a-f]/, '"hash": "x');
    fs.writeFileSync(path.join(dir, 'settings.json'), forged);
    for (const f of fs.readdirSync(path.join(dir, 'backups')))
      if (f.startsWith('settings.')) fs.writeFileSync(path.join(dir, 'backups', f), forged);
    const s = start(dir);
    expect(await value(s, 'staff.pinStatus', {})).toEqual({
      pinSet: true,
      damaged: true,
      pinUnproven: true,
    });
    expect(code(await call(s, 'staff.login', { pin: PIN }))).toBe('pin-unproven');
    expect(code(await call(s, 'staff.setPin', { pin: PIN }))).toBe('box-damaged');
    expect(code(await call(s, 'staff.recover', { confirm: true }))).toBe('staff-only');
    s.shutdown();

    // The README's way out: settings moved aside by whoever installed it, then the command.
    fs.mkdirSync(path.join(dir, 'damaged'), { recursive: true });
    fs.renameSync(path.join(dir, 'settings.json'), path.join(dir, 'damaged', 'settings.json'));
    for (const f of fs.readdirSync(path.join(dir, 'backups')))
      if (f.startsWith('settings.'))
        fs.renameSync(path.join(dir, 'backups', f), path.join(dir, 'damaged', f));
    expect(await value(start(dir), 'staff.pinStatus', {})).toMatchObject({ pinUnproven: true });
    running.pop()?.shutdown();
    const steps = recoverDataDir(dir, {
      now: () => new Date(),
      pid: process.pid,
      isAlive: () => false,
    });
    expect(steps).toEqual([expect.objectContaining({ file: 'settings.json', action: 'unproven' })]);
    const opened = start(dir);
    expect(opened.damage).toBeNull();
    expect(await value(opened, 'staff.pinStatus', {})).toEqual({ pinSet: false });
  });
});

describe('damage found by the staff check while the box runs', () => {
  it('stops the kiosks, and the console repairs and opens the box again', async () => {
    const { dir, unused } = votedBox();
    const s = start(dir);
    expect(s.damage).toBeNull();
    const { token } = await value(s, 'staff.login', { pin: PIN });
    expect(code(await call(s, 'staff.recover', { confirm: true }, token))).toBe(
      'nothing-to-repair',
    );
    fs.writeFileSync(path.join(dir, 'ballots.slots'), '');
    expect(await value(s, 'staff.checkIntegrity', {}, token)).toMatchObject({
      sound: false,
      file: 'ballots.slots',
    });
    expect(code(await call(s, 'kiosk.state', {}))).toBe('box-damaged');
    expect((await value(s, 'staff.damage', {}, token)).damage).toMatchObject({
      file: 'ballots.slots',
    });
    const report = await value(s, 'staff.recover', { confirm: true }, token);
    expect(report.opened).toBe(true);
    // An emptied slot file is kept in damaged/ and given back its header, then listed.
    expect(report.steps).toEqual([
      expect.objectContaining({ file: 'ballots.slots', action: 'salvaged', dropped: [] }),
      expect.objectContaining({ file: 'ballots.slots', action: 'unproven' }),
    ]);
    expect((await value(s, 'kiosk.state', {})).accepting).toBe(true);
    expect(await value(s, 'staff.checkIntegrity', {}, token)).toMatchObject({ sound: true });
    const audit = await value(s, 'staff.audit', {}, token);
    expect(audit.entries.at(-1)).toMatchObject({
      action: 'console-recovery',
      details: { steps: 2, failedPins: 0 },
    });
    // And the vote goes on: a kiosk records a ballot in the repaired file.
    expect(
      await value(s, 'kiosk.cast', { ballotId: ballotId(), ranking: [A], code: unused[0] }),
    ).toEqual({ recorded: true, duplicate: false });
  });
});
