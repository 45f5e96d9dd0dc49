/**
 * The console shows each audit entry as a sentence: a real box goes through a day (PIN, test
 * mode, open, codes, export, import, close, reveal, new election), and every entry it writes
 * reads as words in each language, never as raw details (`folder: …`, `on: true`).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, type AuditEntry } from '../../../shared/api';
import { auditSentence, auditSentences } from '../../../shared/i18n/audit';
import { checkMessage, placeholderNames } from '../../../shared/i18n/message-format';
import { LANGS } from '../../../shared/domain/election';
import { castSome, fixture, openTestBox, type TestBox } from '../support/test-box';

let t: TestBox | undefined;
afterEach(() => t?.close());

async function aDay(): Promise<AuditEntry[]> {
  t = openTestBox();
  const { box, files } = t;
  box.setPin('4711');
  expect(() => box.verifyPin('0000')).toThrow();
  box.verifyPin('4711');
  box.setTestMode(true);
  box.setTestMode(false);
  box.purgeTestBallots();
  box.setEntitled('FR', 180);
  box.setEntitled('BE', null);
  box.setKioskSection('BE');
  box.generateCodes('FR', 3);
  const ids = box.election.options.map((o) => o.id);
  castSome(box, [ids, ids.slice(0, 2)]);
  const stick = fs.mkdtempSync(path.join(os.tmpdir(), 'priorites-audit-stick-'));
  try {
    await files.exportTo(stick);
  } finally {
    fs.rmSync(stick, { recursive: true, force: true });
  }
  await files.importFiles([fixture('kiosk-a.csv')]).catch(() => undefined);
  box.allowQuit(true);
  box.closeVote();
  box.reveal();
  box.newElection();
  return box.audit.entries();
}

describe('audit trail in sentences', () => {
  it('writes every entry of a real day as a sentence in French, Dutch and English', async () => {
    const entries = await aDay();
    expect(new Set(entries.map((e) => e.action)).size).toBeGreaterThanOrEqual(14);
    for (const lang of LANGS)
      for (const e of entries) {
        const s = auditSentence(lang, e);
        const where = `${lang} ${e.action} ${JSON.stringify(e.details)}: ${s}`;
        expect(s, where).not.toMatch(/[{}]|—|NaN|\btrue\b|\bfalse\b|\bnull\b|undefined|: \d+,/);
        expect(s, where).not.toMatch(new RegExp(`^${e.action}( —|$)`));
        expect(s, where).toMatch(/[.]$/);
      }
  });

  it('says what an export wrote: « Export vers … : 13 bulletins, 4 fichiers. »', () => {
    const e = {
      action: 'exported',
      details: { folder: 'priorites-2021-05-18', ballots: 13, files: [{}, {}, {}, {}] },
    };
    expect(auditSentence('fr', e)).toBe(
      'Export vers priorites-2021-05-18 : 13 bulletins, 4 fichiers.',
    );
    expect(auditSentence('nl', e)).toBe(
      'Export naar priorites-2021-05-18: 13 stembiljetten, 4 bestanden.',
    );
    expect(auditSentence('fr', { ...e, details: { ...e.details, ballots: 1, files: [{}] } })).toBe(
      'Export vers priorites-2021-05-18 : 1 bulletin, 1 fichier.',
    );
  });

  it('chooses words for yes/no and cleared values', () => {
    expect(auditSentence('fr', { action: 'test-mode', details: { on: true } })).toBe(
      'Mode test activé.',
    );
    expect(auditSentence('nl', { action: 'test-mode', details: { on: false } })).toBe(
      'Testmodus uitgezet.',
    );
    expect(
      auditSentence('fr', { action: 'entitled-set', details: { section: 'BE', count: null } }),
    ).toBe('Nombre d’inscrits de la section BE effacé.');
    expect(
      auditSentence('fr', { action: 'entitled-set', details: { section: 'FR', count: 180 } }),
    ).toBe('Section FR : 180 inscrits.');
    expect(auditSentence('fr', { action: 'test-purged', details: { ballots: 1 } })).toBe(
      '1 bulletin de test effacé.',
    );
  });

  it('says who was slowed down for guessing codes, a device or the room', () => {
    const burst = (scope: string) => ({
      action: 'code-guesses-limited',
      details: { scope, failures: 5, lockSeconds: 30 },
    });
    expect(auditSentence('fr', burst('client'))).toBe(
      'Trop de codes inconnus sur un poste (5 essais à la suite) : poste bloqué 30 secondes.',
    );
    expect(auditSentence('nl', burst('room'))).toBe(
      'Te veel onbekende codes in de zaal (5 pogingen in een minuut): controle van de codes 30 seconden opgeschort.',
    );
  });

  it('falls back to the raw details for an action it does not know or a detail it lacks', () => {
    expect(auditSentence('fr', { action: 'future-thing', details: { n: 2 } })).toBe(
      'future-thing — n: 2',
    );
    expect(auditSentence('fr', { action: 'exported', details: { folder: 'x' } })).toBe(
      'exported — folder: x',
    );
  });

  it('has a valid sentence for every action, with the same details in every language', () => {
    for (const a of AUDIT_ACTIONS)
      for (const lang of LANGS) {
        expect(() => checkMessage(lang, auditSentences[lang][a]), `${lang} ${a}`).not.toThrow();
        expect(placeholderNames(auditSentences[lang][a]), `${lang} ${a}`).toEqual(
          placeholderNames(auditSentences.fr[a]),
        );
      }
  });
});
