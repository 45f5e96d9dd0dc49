/**
 * The audit trail in words: one sentence per staff action (keyed by the list of actions, so a
 * new action without its sentence fails the typecheck), filled from the entry's details, and
 * the reasons a hash chain check gives. Shared by the staff console and the recount CLI.
 */
import type { AuditAction } from '../api';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { formatMessage, placeholderNames, type MessageLang } from './message-format';

type Sentences<K extends string> = { readonly [P in K]: string };

const ballots = {
  fr: '{ballots, plural, one {# bulletin} other {# bulletins}}',
  nl: '{ballots, plural, one {# stembiljet} other {# stembiljetten}}',
  en: '{ballots, plural, one {# ballot} other {# ballots}}',
};
const files = {
  fr: '{files, plural, one {# fichier} other {# fichiers}}',
  nl: '{files, plural, one {# bestand} other {# bestanden}}',
  en: '{files, plural, one {# file} other {# files}}',
};
const themes = {
  fr: '{options, plural, one {# thème} other {# thèmes}}',
  nl: '{options, plural, one {# thema} other {# thema’s}}',
  en: '{options, plural, one {# theme} other {# themes}}',
};

export const auditSentences: Record<MessageLang, Sentences<AuditAction>> = {
  fr: {
    'store-opened': 'Dossier de données ouvert.',
    'torn-line-dropped':
      'Ligne incomplète écartée à la fin de {file} ({bytes, plural, one {# octet} other {# octets}}).',
    'pin-set': 'Code PIN de l’équipe défini.',
    'pin-failed':
      'Code PIN erroné ({failures, plural, one {# erreur} other {# erreurs}} à la suite).',
    'pin-locked':
      'Console bloquée {lockSeconds, plural, one {# seconde} other {# secondes}} après {failures, plural, one {# code PIN erroné} other {# codes PIN erronés}}.',
    'staff-login': 'Connexion de l’équipe.',
    'election-loaded': `Scrutin « {election} » chargé : ${themes.fr}.`,
    'election-edited': `Scrutin « {election} » modifié : ${themes.fr}.`,
    'test-mode': '{on, select, true {Mode test activé.} other {Mode test désactivé.}}',
    'test-purged':
      '{ballots, plural, =0 {Aucun bulletin de test à effacer.} one {# bulletin de test effacé.} other {# bulletins de test effacés.}}',
    opened: 'Vote ouvert (scrutin « {election} »).',
    closed: `Vote clos (scrutin « {election} ») : ${ballots.fr}.`,
    revealed: 'Résultats révélés sur l’écran de projection.',
    'draw-seed': 'Graine du tirage au sort saisie devant la salle : « {seed} ».',
    'entitled-set':
      '{count, select, none {Nombre d’inscrits de la section {section} effacé.} other {Section {section} : {count, plural, one {# inscrit} other {# inscrits}}.}}',
    'kiosk-section-set': 'Ce kiosque enregistre désormais la section {section}.',
    'codes-generated':
      '{count, plural, one {# code de vote créé} other {# codes de vote créés}} pour la section {section}.',
    exported: `Export vers {folder} : ${ballots.fr}, ${files.fr}.`,
    imported:
      'Import {files, plural, =1 {d’un fichier} one {de # fichier} other {de # fichiers}} : {added, plural, =0 {aucun nouveau bulletin} one {# nouveau bulletin} other {# nouveaux bulletins}}, {alreadyPresent, plural, =0 {aucun déjà présent} one {# déjà présent} other {# déjà présents}}.',
    'new-election': 'Nouveau scrutin en préparation ; le précédent est archivé dans {archivedTo}.',
    'quit-allowed':
      '{allow, select, true {Fermeture de l’application autorisée.} other {Fermeture de l’application de nouveau bloquée.}}',
    'recovered-from-backup': '{file} restauré depuis la sauvegarde {from}.',
    'log-salvaged':
      '{file} réparé : lignes non valides écartées ({droppedLines}), original copié dans {keptAs}.',
    'console-recovery':
      'Réparation du dossier faite depuis la console, après connexion de l’équipe par code PIN{failedPins, plural, =0 {} one { (# code PIN erroné avant)} other { (# codes PIN erronés avant)}} : {steps, plural, =0 {aucun fichier à traiter} one {# fichier traité} other {# fichiers traités}}.',
    'slots-salvaged':
      '{file} réparé : emplacements non valides écartés ({droppedSlots}), original copié dans {keptAs}.',
    'store-converted':
      '{from} converti en {file} ({records, plural, one {# enregistrement placé} other {# enregistrements placés}} au hasard) : l’ordre d’écriture n’est plus lisible.',
    'seal-unproven':
      '{file} ne contient plus ce que le sceau avait enregistré ({reason}) : ce qui manque n’a pas pu être rétabli ; le dossier est scellé de nouveau tel quel.',
    'code-guesses-limited':
      '{scope, select, room {Trop de codes inconnus dans la salle ({failures, plural, one {# essai} other {# essais}} en une minute) : vérification des codes suspendue {lockSeconds, plural, one {# seconde} other {# secondes}}.} other {Trop de codes inconnus sur un poste ({failures, plural, one {# essai} other {# essais}} à la suite) : poste bloqué {lockSeconds, plural, one {# seconde} other {# secondes}}.}}',
    'pairing-code-issued':
      '{role, select, projector {Code d’appairage créé pour un écran de projection.} other {Code d’appairage créé pour une borne de la section {section}.}}',
    'pairing-failed': 'Code d’appairage erroné essayé.',
    'pairing-limited':
      '{scope, select, room {Trop de codes d’appairage erronés dans la salle : appairage suspendu {lockSeconds, plural, one {# seconde} other {# secondes}}.} other {Trop de codes d’appairage erronés depuis une adresse : bloquée {lockSeconds, plural, one {# seconde} other {# secondes}}.}}',
    'device-paired':
      '{role, select, projector {Écran de projection {device} relié.} other {Borne {device} reliée (section {section}).}}',
    'device-revoked': 'Appareil {device} retiré.',
    'network-mode':
      '{on, select, true {Mode réseau activé (port {port}).} other {Mode réseau désactivé.}}',
    'joined-hub':
      '{role, select, projector {Ce poste est devenu un écran de projection du poste central {hub}.} other {Ce poste est devenu une borne du poste central {hub} (section {section}).}}',
    'left-hub': 'Ce poste n’est plus relié au poste central {hub} : il redevient autonome.',
  },
  nl: {
    'store-opened': 'Gegevensmap geopend.',
    'torn-line-dropped':
      'Onvolledige regel weggelaten aan het einde van {file} ({bytes, plural, one {# byte} other {# bytes}}).',
    'pin-set': 'Pincode van de medewerkers ingesteld.',
    'pin-failed':
      'Verkeerde pincode ({failures, plural, one {# fout} other {# fouten}} na elkaar).',
    'pin-locked':
      'Console {lockSeconds, plural, one {# seconde} other {# seconden}} geblokkeerd na {failures, plural, one {# verkeerde pincode} other {# verkeerde pincodes}}.',
    'staff-login': 'Aanmelding van een medewerker.',
    'election-loaded': `Stemming ‘{election}’ geladen: ${themes.nl}.`,
    'election-edited': `Stemming ‘{election}’ gewijzigd: ${themes.nl}.`,
    'test-mode': '{on, select, true {Testmodus aangezet.} other {Testmodus uitgezet.}}',
    'test-purged':
      '{ballots, plural, =0 {Geen teststembiljetten om te wissen.} one {# teststembiljet gewist.} other {# teststembiljetten gewist.}}',
    opened: 'Stemming geopend (‘{election}’).',
    closed: `Stemming gesloten (‘{election}’): ${ballots.nl}.`,
    revealed: 'Resultaten getoond op het projectiescherm.',
    'draw-seed': 'Zaadwaarde van de loting ingevoerd in het bijzijn van de zaal: ‘{seed}’.',
    'entitled-set':
      '{count, select, none {Aantal ingeschrevenen van afdeling {section} gewist.} other {Afdeling {section}: {count, plural, one {# ingeschrevene} other {# ingeschrevenen}}.}}',
    'kiosk-section-set': 'Deze kiosk registreert voortaan afdeling {section}.',
    'codes-generated':
      '{count, plural, one {# stemcode aangemaakt} other {# stemcodes aangemaakt}} voor afdeling {section}.',
    exported: `Export naar {folder}: ${ballots.nl}, ${files.nl}.`,
    imported:
      'Import van {files, plural, one {# bestand} other {# bestanden}}: {added, plural, =0 {geen nieuwe stembiljetten} one {# nieuw stembiljet} other {# nieuwe stembiljetten}}, {alreadyPresent, plural, =0 {geen al aanwezig} other {# al aanwezig}}.',
    'new-election': 'Nieuwe stemming in voorbereiding; de vorige is gearchiveerd in {archivedTo}.',
    'quit-allowed':
      '{allow, select, true {Afsluiten van de toepassing toegestaan.} other {Afsluiten van de toepassing opnieuw geblokkeerd.}}',
    'recovered-from-backup': '{file} hersteld uit back-up {from}.',
    'log-salvaged':
      '{file} hersteld: ongeldige regels weggelaten ({droppedLines}), origineel gekopieerd naar {keptAs}.',
    'console-recovery':
      'Map hersteld vanuit de console, na aanmelding van het team met de pincode{failedPins, plural, =0 {} one { (# foute pincode ervoor)} other { (# foute pincodes ervoor)}}: {steps, plural, =0 {geen bestand te behandelen} one {# bestand behandeld} other {# bestanden behandeld}}.',
    'slots-salvaged':
      '{file} hersteld: ongeldige plaatsen weggelaten ({droppedSlots}), origineel gekopieerd naar {keptAs}.',
    'store-converted':
      '{from} omgezet naar {file} ({records, plural, one {# record} other {# records}} op een willekeurige plaats): de volgorde van schrijven is niet meer te lezen.',
    'seal-unproven':
      '{file} bevat niet meer wat het zegel had vastgelegd ({reason}): wat ontbreekt kon niet worden hersteld; de map is opnieuw verzegeld zoals ze is.',
    'code-guesses-limited':
      '{scope, select, room {Te veel onbekende codes in de zaal ({failures, plural, one {# poging} other {# pogingen}} in een minuut): controle van de codes {lockSeconds, plural, one {# seconde} other {# seconden}} opgeschort.} other {Te veel onbekende codes op een toestel ({failures, plural, one {# poging} other {# pogingen}} na elkaar): toestel {lockSeconds, plural, one {# seconde} other {# seconden}} geblokkeerd.}}',
    'pairing-code-issued':
      '{role, select, projector {Koppelcode aangemaakt voor een projectiescherm.} other {Koppelcode aangemaakt voor een stemzuil van afdeling {section}.}}',
    'pairing-failed': 'Verkeerde koppelcode geprobeerd.',
    'pairing-limited':
      '{scope, select, room {Te veel verkeerde koppelcodes in de zaal: koppelen {lockSeconds, plural, one {# seconde} other {# seconden}} geschorst.} other {Te veel verkeerde koppelcodes vanaf één adres: {lockSeconds, plural, one {# seconde} other {# seconden}} geblokkeerd.}}',
    'device-paired':
      '{role, select, projector {Projectiescherm {device} gekoppeld.} other {Stemzuil {device} gekoppeld (afdeling {section}).}}',
    'device-revoked': 'Apparaat {device} verwijderd.',
    'network-mode':
      '{on, select, true {Netwerkmodus aan (poort {port}).} other {Netwerkmodus uit.}}',
    'joined-hub':
      '{role, select, projector {Deze computer is een projectiescherm van de centrale computer {hub} geworden.} other {Deze computer is een stemzuil van de centrale computer {hub} geworden (afdeling {section}).}}',
    'left-hub':
      'Deze computer is niet meer gekoppeld aan de centrale computer {hub}: hij werkt weer zelfstandig.',
  },
  en: {
    'store-opened': 'Data folder opened.',
    'torn-line-dropped':
      'Incomplete line dropped at the end of {file} ({bytes, plural, one {# byte} other {# bytes}}).',
    'pin-set': 'Staff PIN set.',
    'pin-failed': 'Wrong PIN ({failures, plural, one {# failure} other {# failures}} in a row).',
    'pin-locked':
      'Console locked for {lockSeconds, plural, one {# second} other {# seconds}} after {failures, plural, one {# wrong PIN} other {# wrong PINs}}.',
    'staff-login': 'Staff signed in.',
    'election-loaded': `Election “{election}” loaded: ${themes.en}.`,
    'election-edited': `Election “{election}” edited: ${themes.en}.`,
    'test-mode': '{on, select, true {Test mode turned on.} other {Test mode turned off.}}',
    'test-purged':
      '{ballots, plural, =0 {No test ballots to erase.} one {# test ballot erased.} other {# test ballots erased.}}',
    opened: 'Voting opened (election “{election}”).',
    closed: `Voting closed (election “{election}”): ${ballots.en}.`,
    revealed: 'Results revealed on the projector.',
    'draw-seed': 'Seed of the draw by lot entered in front of the room: “{seed}”.',
    'entitled-set':
      '{count, select, none {Number of people entitled in section {section} cleared.} other {Section {section}: {count, plural, one {# person entitled} other {# people entitled}}.}}',
    'kiosk-section-set': 'This kiosk now records section {section}.',
    'codes-generated':
      '{count, plural, one {# voting code created} other {# voting codes created}} for section {section}.',
    exported: `Export to {folder}: ${ballots.en}, ${files.en}.`,
    imported:
      'Import of {files, plural, one {# file} other {# files}}: {added, plural, =0 {no new ballots} one {# new ballot} other {# new ballots}}, {alreadyPresent, plural, =0 {none already present} other {# already present}}.',
    'new-election': 'New election in preparation; the previous one is archived in {archivedTo}.',
    'quit-allowed':
      '{allow, select, true {Closing the application allowed.} other {Closing the application blocked again.}}',
    'recovered-from-backup': '{file} restored from backup {from}.',
    'log-salvaged':
      '{file} repaired: invalid lines left out ({droppedLines}), original copied to {keptAs}.',
    'console-recovery':
      'Data folder repaired from the console, after staff signed in with the PIN{failedPins, plural, =0 {} one { (# wrong PIN before)} other { (# wrong PINs before)}}: {steps, plural, =0 {no file to handle} one {# file handled} other {# files handled}}.',
    'slots-salvaged':
      '{file} repaired: invalid slots left out ({droppedSlots}), original copied to {keptAs}.',
    'store-converted':
      '{from} converted to {file} ({records, plural, one {# record} other {# records}} placed at random): the order of writing can no longer be read.',
    'seal-unproven':
      '{file} no longer holds what the seal recorded ({reason}): what is missing could not be put back; the folder is sealed again as it is.',
    'code-guesses-limited':
      '{scope, select, room {Too many unknown codes in the room ({failures, plural, one {# try} other {# tries}} in a minute): code checks paused for {lockSeconds, plural, one {# second} other {# seconds}}.} other {Too many unknown codes on one device ({failures, plural, one {# try} other {# tries}} in a row): device locked for {lockSeconds, plural, one {# second} other {# seconds}}.}}',
    'pairing-code-issued':
      '{role, select, projector {Pairing code made for a projector.} other {Pairing code made for a kiosk of section {section}.}}',
    'pairing-failed': 'A wrong pairing code was tried.',
    'pairing-limited':
      '{scope, select, room {Too many wrong pairing codes in the room: pairing paused for {lockSeconds, plural, one {# second} other {# seconds}}.} other {Too many wrong pairing codes from one address: blocked for {lockSeconds, plural, one {# second} other {# seconds}}.}}',
    'device-paired':
      '{role, select, projector {Projector {device} paired.} other {Kiosk {device} paired (section {section}).}}',
    'device-revoked': 'Device {device} removed.',
    'network-mode': '{on, select, true {Network mode on (port {port}).} other {Network mode off.}}',
    'joined-hub':
      '{role, select, projector {This computer became a projector of the hub {hub}.} other {This computer became a kiosk of the hub {hub} (section {section}).}}',
    'left-hub': 'This computer is no longer joined to the hub {hub}: it stands alone again.',
  },
};

/** What `verifyAuditText` says is wrong with a trail, in words. */
export type AuditCheckReason =
  'not JSON' | 'chain broken (prev)' | 'sequence gap' | 'hash mismatch' | 'last line cut';

export const auditCheckReasons: Record<MessageLang, Sentences<AuditCheckReason>> = {
  fr: {
    'not JSON': 'la ligne n’est pas du JSON',
    'chain broken (prev)': 'la chaîne est rompue (hachage précédent différent)',
    'sequence gap': 'une entrée manque ou est en trop (numéro de séquence)',
    'hash mismatch': 'le contenu a été modifié (hachage différent)',
    'last line cut': 'la dernière ligne est coupée',
  },
  nl: {
    'not JSON': 'de regel is geen JSON',
    'chain broken (prev)': 'de keten is verbroken (vorige hash verschilt)',
    'sequence gap': 'een regel ontbreekt of is toegevoegd (volgnummer)',
    'hash mismatch': 'de inhoud is gewijzigd (hash verschilt)',
    'last line cut': 'de laatste regel is afgebroken',
  },
  en: {
    'not JSON': 'the line is not JSON',
    'chain broken (prev)': 'the chain is broken (previous hash differs)',
    'sequence gap': 'an entry is missing or added (sequence number)',
    'hash mismatch': 'the content was changed (hash differs)',
    'last line cut': 'the last line is cut',
  },
};

const isAction = (a: string): a is AuditAction => Object.hasOwn(auditSentences.fr, a);

/**
 * Details as sentence parameters: a list counts its items (the files of an export), a yes/no
 * chooses a wording, a cleared value is `none`; a detail the sentence needs but the entry lacks
 * (an older trail) shows as a dash rather than a raw `{name}`.
 */
export function auditParams(
  template: string,
  details: Readonly<Record<string, unknown>>,
): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(details)) {
    if (Array.isArray(v)) out[k] = v.length;
    else if (typeof v === 'number' || typeof v === 'string') out[k] = v;
    else if (typeof v === 'boolean') out[k] = String(v);
    else if (v === null) out[k] = 'none';
  }
  for (const name of placeholderNames(template)) out[name] ??= '—';
  return out;
}

/** The arguments a template counts with `plural`: they must be numbers. */
function pluralArguments(elements: readonly MessageFormatElement[], into = new Set<string>()) {
  for (const el of elements) {
    if (el.type === TYPE.plural) into.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select)
      for (const o of Object.values(el.options) as { value: MessageFormatElement[] }[])
        pluralArguments(o.value, into);
  }
  return into;
}

/** The raw details, for an action this version does not know or a sentence that fails. */
const rawDetails = (details: Readonly<Record<string, unknown>>): string =>
  Object.entries(details)
    .map(([k, v]) =>
      Array.isArray(v) ? `${k}: ${v.length}` : `${k}: ${typeof v === 'object' ? '…' : String(v)}`,
    )
    .join(', ');

/** « Export vers CLE/priorites-… : 13 bulletins, 4 fichiers. » */
export function auditSentence(
  lang: MessageLang,
  entry: { action: string; details: Readonly<Record<string, unknown>> },
): string {
  const raw = [entry.action, rawDetails(entry.details)].filter(Boolean).join(' — ');
  if (!isAction(entry.action)) return raw;
  const template = auditSentences[lang][entry.action];
  const params = auditParams(template, entry.details);
  const counted = [...pluralArguments(parse(template, { ignoreTag: true }))];
  // A select branch may count a value the other branch does not have (entitled cleared).
  const selected = (name: string) => typeof params[name] === 'number' || params[name] === 'none';
  if (!counted.every(selected)) return raw;
  try {
    return formatMessage(lang, template, params);
  } catch {
    return raw;
  }
}
