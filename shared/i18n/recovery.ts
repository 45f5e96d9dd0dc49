/**
 * A damaged file and a recovery in words, for the staff console and `npm run recover` alike:
 * why a file does not open (from the reason the core gives, in English for the logs) and what
 * each step of the recovery did (restored, salvaged with the dropped lines, unproven,
 * unrecoverable). The renderer merges these into its catalogs as `recovery.*`.
 */
import type { RecoveryStepOut } from '../api';
import { formatMessage, type MessageLang } from './message-format';

/** What kind of damage a core reason describes (the reasons are English, for the logs). */
export type DamageKind =
  'missing' | 'emptied' | 'count' | 'changed' | 'chain' | 'unreadable' | 'other';

export type RecoveryKey =
  | `why.${DamageKind}`
  | 'step.restored'
  | 'step.salvaged'
  | 'step.unproven'
  | 'step.unrecoverable'
  | 'codesBurned'
  | 'noBackup'
  | 'nothing';

type Sentences = { readonly [K in RecoveryKey]: string };

const records = {
  fr: (n: string) => `{${n}, plural, one {# enregistrement} other {# enregistrements}}`,
  nl: (n: string) => `{${n}, plural, one {# record} other {# records}}`,
  en: (n: string) => `{${n}, plural, one {# record} other {# records}}`,
};

export const recoverySentences: Record<MessageLang, Sentences> = {
  fr: {
    'why.missing': 'le fichier a disparu alors que le vote a déjà des données',
    'why.emptied': 'le fichier est vide ou coupé',
    'why.count': `il contient ${records.fr('found')} au lieu de ${records.fr('sealed')}`,
    'why.changed': 'son contenu n’est plus celui qui avait été enregistré',
    'why.chain': 'la chaîne du journal est rompue',
    'why.unreadable': 'le fichier est illisible',
    'why.other': 'son contenu ne correspond plus à ce qui avait été enregistré',
    'step.restored':
      '{file} : remis tel qu’il était depuis la sauvegarde {from}{keptAs, select, none {} other { ; l’original endommagé est gardé dans {keptAs}}}.',
    'step.salvaged':
      '{file} : {unit, select, slot {{count, plural, =0 {aucun emplacement lisible à écarter} one {# emplacement non valide écarté (n° {lines})} other {# emplacements non valides écartés (n° {lines})}}, les enregistrements valides sont gardés} other {{count, plural, =0 {aucune ligne à écarter} one {# ligne non valide écartée (n° {lines})} other {# lignes non valides écartées (n° {lines})}}, les autres sont gardées}} ; l’original est copié dans {keptAs}.',
    'step.unproven':
      '{file} : {why} ; ce qui manque n’a pas pu être rétabli, le dossier est scellé de nouveau tel quel.',
    'step.unrecoverable':
      '{file} : irréparable ({why}). Ne supprimez rien et appelez la personne qui a installé Priorités.',
    codesBurned:
      '{codes, plural, one {Le # code émis compte} other {Les # codes émis comptent}} désormais comme {codes, plural, one {utilisé} other {utilisés}} : aucun code ne peut voter deux fois ; donnez de nouveaux codes aux membres qui n’ont pas voté.',
    noBackup: 'aucune sauvegarde valide',
    nothing: 'Rien à réparer.',
  },
  nl: {
    'why.missing': 'het bestand is verdwenen terwijl de stemming al gegevens heeft',
    'why.emptied': 'het bestand is leeg of afgebroken',
    'why.count': `het bevat ${records.nl('found')} in plaats van ${records.nl('sealed')}`,
    'why.changed': 'de inhoud is niet meer wat was vastgelegd',
    'why.chain': 'de keten van het logboek is verbroken',
    'why.unreadable': 'het bestand is onleesbaar',
    'why.other': 'de inhoud komt niet meer overeen met wat was vastgelegd',
    'step.restored':
      '{file}: teruggezet zoals het was uit de reservekopie {from}{keptAs, select, none {} other {; het beschadigde origineel is bewaard in {keptAs}}}.',
    'step.salvaged':
      '{file}: {unit, select, slot {{count, plural, =0 {geen plaats om weg te laten} one {# ongeldige plaats weggelaten (nr. {lines})} other {# ongeldige plaatsen weggelaten (nr. {lines})}}, de geldige records zijn bewaard} other {{count, plural, =0 {geen regel om weg te laten} one {# ongeldige regel weggelaten (nr. {lines})} other {# ongeldige regels weggelaten (nr. {lines})}}, de andere zijn bewaard}}; het origineel is gekopieerd naar {keptAs}.',
    'step.unproven':
      '{file}: {why}; wat ontbreekt kon niet worden hersteld, de map is opnieuw verzegeld zoals ze is.',
    'step.unrecoverable':
      '{file}: niet te herstellen ({why}). Verwijder niets en roep de persoon die Priorités heeft geïnstalleerd.',
    codesBurned:
      '{codes, plural, one {De # uitgegeven code telt} other {De # uitgegeven codes tellen}} voortaan als gebruikt: geen enkele code kan twee keer stemmen; geef nieuwe codes aan de leden die nog niet gestemd hebben.',
    noBackup: 'geen geldige reservekopie',
    nothing: 'Niets te herstellen.',
  },
  en: {
    'why.missing': 'the file is gone although the vote already has data',
    'why.emptied': 'the file is empty or cut',
    'why.count': `it holds ${records.en('found')} instead of ${records.en('sealed')}`,
    'why.changed': 'its content is no longer what was recorded',
    'why.chain': 'the audit trail’s chain is broken',
    'why.unreadable': 'the file cannot be read',
    'why.other': 'its content no longer matches what was recorded',
    'step.restored':
      '{file}: put back as it was from the backup {from}{keptAs, select, none {} other {; the damaged original is kept in {keptAs}}}.',
    'step.salvaged':
      '{file}: {unit, select, slot {{count, plural, =0 {no slot to leave out} one {# invalid slot left out (no. {lines})} other {# invalid slots left out (no. {lines})}}, the valid records are kept} other {{count, plural, =0 {no line to leave out} one {# invalid line left out (no. {lines})} other {# invalid lines left out (no. {lines})}}, the others are kept}}; the original is copied to {keptAs}.',
    'step.unproven':
      '{file}: {why}; what is missing could not be put back, the folder is sealed again as it is.',
    'step.unrecoverable':
      '{file}: cannot be repaired ({why}). Delete nothing and call the person who installed Priorités.',
    codesBurned:
      '{codes, plural, one {The # issued code now counts} other {The # issued codes now count}} as used: no code can vote twice; give new codes to the members who have not voted.',
    noBackup: 'no good backup',
    nothing: 'Nothing to repair.',
  },
};

/** Which kind of damage a reason of the core describes, with its numbers. */
export function damageKind(reason: string): { kind: DamageKind; found?: number; sealed?: number } {
  const count = /holds (\d+) record\(s\) where the seal recorded (\d+)/.exec(reason);
  if (count) return { kind: 'count', found: Number(count[1]), sealed: Number(count[2]) };
  if (/^missing/.test(reason)) return { kind: 'missing' };
  if (/^empty file|emptied|cut|too short for its header/.test(reason)) return { kind: 'emptied' };
  if (/differs from what the seal recorded|^slot \d+ is (damaged|not a)/.test(reason))
    return { kind: 'changed' };
  if (/hash chain|chain broken|^line \d+:|sequence gap|hash mismatch/.test(reason))
    return { kind: 'chain' };
  if (/^not JSON|unexpected content|unreadable/.test(reason)) return { kind: 'unreadable' };
  return { kind: 'other' };
}

const fill = (lang: MessageLang, key: RecoveryKey, params: Record<string, string | number> = {}) =>
  formatMessage(lang, recoverySentences[lang][key], params);

/** « il contient 0 enregistrement au lieu de 4 »: why a file does not open, for staff. */
export function damageWhy(lang: MessageLang, reason: string): string {
  const d = damageKind(reason);
  const why = fill(lang, `why.${d.kind}`, {
    ...(d.found !== undefined ? { found: d.found } : {}),
    ...(d.sealed !== undefined ? { sealed: d.sealed } : {}),
  });
  if (!/no good backup/.test(reason)) return why;
  return `${why}${lang === 'fr' ? ' ; ' : '; '}${fill(lang, 'noBackup')}`;
}

/** The sentences of one recovery step (a second one when every issued code now counts as used). */
export function recoveryStepSentences(lang: MessageLang, step: RecoveryStepOut): string[] {
  const why = damageWhy(lang, step.reason);
  const out: string[] = [];
  switch (step.action) {
    case 'restored':
      out.push(
        fill(lang, 'step.restored', {
          file: step.file,
          from: step.from ?? '—',
          keptAs: step.keptAs ?? 'none',
        }),
      );
      break;
    case 'salvaged':
      out.push(
        fill(lang, 'step.salvaged', {
          file: step.file,
          count: step.dropped?.length ?? 0,
          lines: (step.dropped ?? []).join(', '),
          unit: step.unit ?? 'line',
          keptAs: step.keptAs ?? '—',
        }),
      );
      break;
    case 'unproven':
      out.push(fill(lang, 'step.unproven', { file: step.file, why }));
      break;
    case 'unrecoverable':
      out.push(fill(lang, 'step.unrecoverable', { file: step.file, why }));
      break;
  }
  const burned = /every issued code \((\d+)\) now counts as used/.exec(step.reason);
  if (burned) out.push(fill(lang, 'codesBurned', { codes: Number(burned[1]) }));
  return out;
}

/** The whole report, one sentence a line; « Rien à réparer. » when there was nothing. */
export function recoveryReport(lang: MessageLang, steps: readonly RecoveryStepOut[]): string[] {
  if (steps.length === 0) return [fill(lang, 'nothing')];
  return steps.flatMap((s) => recoveryStepSentences(lang, s));
}
