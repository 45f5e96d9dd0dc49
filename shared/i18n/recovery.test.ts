import { describe, expect, it } from 'vitest';
import { damageKind, damageWhy, recoveryReport } from './recovery';

describe('recovery sentences (console and npm run recover)', () => {
  it('reads the kind of damage from the core’s reasons', () => {
    expect(damageKind('holds 0 record(s) where the seal recorded 4')).toEqual({
      kind: 'count',
      found: 0,
      sealed: 4,
    });
    expect(damageKind('its content differs from what the seal recorded').kind).toBe('changed');
    expect(damageKind('missing, although the vote already has data').kind).toBe('missing');
    expect(damageKind('empty file').kind).toBe('emptied');
    expect(damageKind('too short for its header').kind).toBe('emptied');
    expect(damageKind('the hash chain of the audit trail is broken').kind).toBe('chain');
    expect(damageKind('not JSON: Unexpected end').kind).toBe('unreadable');
    // The slot files' own reasons (core/slot-file.ts, core/ballot-set.ts).
    expect(damageKind('slot 17 is damaged (checksum)').kind).toBe('changed');
    expect(damageKind('slot 3 is not a ballot record').kind).toBe('changed');
    expect(damageKind('something new').kind).toBe('other');
  });

  it('says why in each language, with plurals', () => {
    const reason = 'holds 1 record(s) where the seal recorded 4';
    expect(damageWhy('fr', reason)).toBe(
      'il contient 1 enregistrement au lieu de 4 enregistrements',
    );
    expect(damageWhy('nl', reason)).toBe('het bevat 1 record in plaats van 4 records');
    expect(damageWhy('en', 'not JSON: x; no good backup')).toBe(
      'the file cannot be read; no good backup',
    );
  });

  it('tells every step: restored, salvaged with its lines, unproven, unrecoverable', () => {
    const steps = [
      {
        file: 'state.json',
        action: 'restored' as const,
        reason: 'empty file',
        from: 'backups/state.1.json',
        keptAs: 'damaged/state.json.x',
      },
      {
        file: 'ballots.jsonl',
        action: 'salvaged' as const,
        reason: '2 line(s) not valid records',
        keptAs: 'damaged/ballots.jsonl.x',
        dropped: [3, 7],
      },
      {
        file: 'burned-codes.jsonl',
        action: 'unproven' as const,
        reason:
          'holds 0 record(s) where the seal recorded 4; every issued code (6) now counts as used',
      },
      {
        file: 'codes.json',
        action: 'unrecoverable' as const,
        reason: 'empty file; no good backup',
      },
    ];
    expect(recoveryReport('fr', steps)).toEqual([
      'state.json : remis tel qu’il était depuis la sauvegarde backups/state.1.json ; l’original endommagé est gardé dans damaged/state.json.x.',
      'ballots.jsonl : 2 lignes non valides écartées (n° 3, 7), les autres sont gardées ; l’original est copié dans damaged/ballots.jsonl.x.',
      'burned-codes.jsonl : il contient 0 enregistrement au lieu de 4 enregistrements ; ce qui manque n’a pas pu être rétabli, le dossier est scellé de nouveau tel quel.',
      'Les 6 codes émis comptent désormais comme utilisés : aucun code ne peut voter deux fois ; donnez de nouveaux codes aux membres qui n’ont pas voté.',
      'codes.json : irréparable (le fichier est vide ou coupé ; aucune sauvegarde valide). Ne supprimez rien et appelez la personne qui a installé Priorités.',
    ]);
    expect(recoveryReport('nl', [steps[1] as never])[0]).toContain('2 ongeldige regels weggelaten');
    // A slot file numbers slots, not lines; an emptied one has nothing to leave out.
    const slots = { ...steps[1], file: 'ballots.slots', unit: 'slot' as const };
    expect(recoveryReport('fr', [{ ...slots, dropped: [122] } as never])[0]).toBe(
      'ballots.slots : 1 emplacement non valide écarté (n° 122), les enregistrements valides sont gardés ; l’original est copié dans damaged/ballots.jsonl.x.',
    );
    expect(recoveryReport('nl', [{ ...slots, dropped: [] } as never])[0]).toContain(
      'geen plaats om weg te laten',
    );
    expect(recoveryReport('en', [{ ...slots, dropped: [4, 9] } as never])[0]).toContain(
      '2 invalid slots left out (no. 4, 9)',
    );
    expect(recoveryReport('en', [])).toEqual(['Nothing to repair.']);
    expect(
      recoveryReport('en', [
        { file: 'state.json', action: 'restored', reason: 'missing', from: 'b' },
      ]),
    ).toEqual(['state.json: put back as it was from the backup b.']);
  });
});
