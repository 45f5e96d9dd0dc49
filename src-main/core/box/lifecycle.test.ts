import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/fault/support/box-fixture';
import { apiErrorCode } from '../../../test/unit/support/api-errors';
import { defaultElection } from '../default-election';
import { DataFolder } from './data-folder';
import { Lifecycle } from './lifecycle';

describe('Lifecycle', () => {
  it('goes preparation → open → closed, once, and remembers it', () => {
    const folder = new DataFolder(tempDir());
    const l = new Lifecycle(folder, defaultElection);
    expect(l.status).toBe('preparation');
    expect(apiErrorCode(() => l.close())).toBe('wrong-state');
    l.open();
    expect(apiErrorCode(() => l.open())).toBe('wrong-state');
    expect(apiErrorCode(() => l.setTestMode(true))).toBe('wrong-state');
    l.close();
    expect(new Lifecycle(folder, defaultElection).status).toBe('closed');
  });

  it('accepts ballots when open, or in preparation with test mode on; opening ends test mode', () => {
    const l = new Lifecycle(new DataFolder(tempDir()), defaultElection);
    expect(l.accepting).toBe(false);
    l.setTestMode(true);
    expect([l.testing, l.accepting]).toEqual([true, true]);
    l.open();
    expect([l.testing, l.testModeSwitch, l.accepting]).toEqual([false, false, true]);
  });

  it('keeps entitled counts per section, drops a cleared one, refuses an unknown section', () => {
    const l = new Lifecycle(new DataFolder(tempDir()), defaultElection);
    l.setEntitled('FR', 120);
    l.setEntitled('BE', 80);
    l.setEntitled('BE', null);
    expect(l.entitled).toEqual({ FR: 120 });
    expect(apiErrorCode(() => l.setEntitled('XX', 3))).toBe('unknown-section');
  });

  it('replaces the election only in preparation, validated, keeping the entitled counts that still apply', () => {
    const l = new Lifecycle(new DataFolder(tempDir()), defaultElection);
    l.setEntitled('FR', 120);
    l.setEntitled('BE', 80);
    const e = l.replaceElection({ ...defaultElection, id: 'ag-2026' });
    expect(e.id).toBe('ag-2026');
    expect(l.entitled).toEqual({ FR: 120, BE: 80 });
    const frOnly = { ...defaultElection, sections: defaultElection.sections.slice(0, 1) };
    expect(apiErrorCode(() => l.replaceElection(frOnly))).toBe('entitled-would-drop');
    l.replaceElection(frOnly, true);
    expect(l.entitled).toEqual({ FR: 120 });
    expect(apiErrorCode(() => l.replaceElection({ ...defaultElection, options: [] }))).toBe(
      'election-invalid',
    );
    l.open();
    expect(apiErrorCode(() => l.replaceElection(defaultElection))).toBe('wrong-state');
  });
});
