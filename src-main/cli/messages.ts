/**
 * The CLI's own strings, in ICU MessageFormat like every catalog. The sentences it shares with
 * the staff console (ballots-file problems, election-file issues, audit check reasons) come from `shared/i18n/`, and
 * everything is filled by the one filler, `formatMessage`.
 */
import type { ApiIssue, ElectionIssueCode } from '../../shared/api';
import type { TieBreakRule } from '../../shared/domain/election';
import { auditCheckReasons, type AuditCheckReason } from '../../shared/i18n/audit';
import {
  formatMessage,
  type MessageLang,
  type MessageParams,
} from '../../shared/i18n/message-format';
import {
  ballotFileProblems,
  electionIssues,
  problemParams,
  problemPlaces,
  type BallotFileProblem,
} from '../../shared/i18n/problems';

export type CliLang = MessageLang;

export interface CliCatalog {
  lang: CliLang;
  /** Between a label and its value: French puts a space before the colon. */
  colon: string;
  usage: string;
  /** A ballots file's problem, from the shared sentences. */
  csv: Readonly<Record<BallotFileProblem, string>>;
  readFailed: string;
  badElection: string;
  manifestsDiffer: string;
  optionCountDiffers: string;
  duplicateConflict: string;
  tooManyOptions: string;
  unknownFlag: string;
  noFiles: string;
  fewerOptionsSeen: string;
  election: string;
  /** « 8 bulletins (1 blanc) » */
  ballots: string;
  section: string;
  combined: string;
  primary: string;
  /** Borda points, « 8,5 pts » */
  points: string;
  methods: Record<'borda' | 'schulze' | 'copeland' | 'irv' | 'kemeny', string>;
  /** « score 12, 2 ordres optimaux » */
  kemenyDetail: string;
  condorcetWinner: string;
  condorcetLoser: string;
  none: string;
  duels: string;
  firstChoices: string;
  agreementSame: string;
  agreementDiffers: string;
  duplicatesMerged: string;
  auditIntact: string;
  auditBroken: string;
  auditUnreadable: string;
  auditWithCsv: string;
  /** The reasons verifyAuditText gives, in words; an unknown one is shown as it is. */
  auditReasons: Readonly<Record<AuditCheckReason, string>>;
  tieBreak: {
    title: string;
    rules: Readonly<Record<TieBreakRule, string>>;
    none: string;
    decided: string;
    waiting: string;
    seed: string;
  };
}

export const catalogs: Record<CliLang, CliCatalog> = {
  fr: {
    lang: 'fr',
    colon: '\u00a0: ',
    usage:
      'usage : npm run tally -- FICHIER.csv [FICHIER.csv …] [--json] [--election ELECTION.json] [--seed GRAINE] [--lang fr|nl|en]\n        npm run tally -- --verify-audit audit-log.jsonl [--verify-audit …] [--json] [--lang fr|nl|en]',
    csv: ballotFileProblems.fr,
    readFailed: 'lecture impossible : {reason}',
    badElection: 'définition du scrutin invalide :',
    manifestsDiffer: 'les fichiers viennent de scrutins différents ({a} et {b})',
    optionCountDiffers:
      '{count, plural, one {# colonne de rang} other {# colonnes de rang}}, alors que {first} en a {expected}',
    duplicateConflict: 'le bulletin {id} figure aussi dans {other} avec un contenu différent',
    tooManyOptions:
      '{seen, plural, one {# thème différent} other {# thèmes différents}} pour {columns, plural, one {# colonne de rang} other {# colonnes de rang}}',
    unknownFlag: 'option de commande inconnue « {flag} »',
    noFiles: 'aucun fichier indiqué',
    fewerOptionsSeen:
      'attention : {columns, plural, one {# colonne de rang} other {# colonnes de rang}} mais {seen, plural, one {un seul thème vu} other {seulement # thèmes vus}} ; sans manifest.json ni --election, le décompte porte sur {seen, plural, one {ce thème} other {ces # thèmes}}',
    election: 'Scrutin',
    ballots:
      '{ballots, plural, one {# bulletin} other {# bulletins}} ({blank, plural, one {# blanc} other {# blancs}})',
    section: 'Section',
    combined: 'Toutes sections réunies',
    primary: 'méthode principale',
    points: '{points, plural, one {# pt} other {# pts}}',
    methods: {
      borda: 'Borda',
      schulze: 'Schulze',
      copeland: 'Copeland',
      irv: 'Vote alternatif (IRV)',
      kemeny: 'Kemeny-Young',
    },
    kemenyDetail:
      'score {score}, {orders, plural, one {# ordre optimal} other {# ordres optimaux}}',
    condorcetWinner: 'Vainqueur de Condorcet',
    condorcetLoser: 'Perdant de Condorcet',
    none: 'aucun',
    duels: 'Duels (bulletins préférant la ligne à la colonne)',
    firstChoices: 'Premiers choix',
    agreementSame: 'Toutes les méthodes donnent le même ordre.',
    agreementDiffers: 'Les méthodes diffèrent',
    duplicatesMerged:
      '{count, plural, one {# bulletin présent dans plusieurs fichiers, compté une fois} other {# bulletins présents dans plusieurs fichiers, comptés une fois}}',
    auditIntact:
      '{file} : journal intact, {count, plural, =0 {aucune entrée} one {# entrée} other {# entrées}}, chaîne de hachages vérifiée',
    auditBroken: '{file}:{line} : journal altéré à la ligne {line} : {reason}',
    auditUnreadable: '{file} : fichier illisible ({reason})',
    auditWithCsv:
      '--verify-audit vérifie un journal ; lancez le décompte des fichiers CSV séparément',
    auditReasons: auditCheckReasons.fr,
    tieBreak: {
      title: 'Départage déclaré',
      rules: {
        'first-choices': 'le plus de premiers choix',
        'head-to-head': 'duels entre les thèmes à égalité',
        lot: 'tirage au sort',
      },
      none: 'aucune égalité à départager',
      decided: 'égalité {tied} départagée par {rule} : {order}',
      waiting: 'égalité {tied} : en attente du tirage (--seed)',
      seed: 'graine du tirage : « {seed} » (SHA-256 de « graine:thème », le plus petit d’abord)',
    },
  },
  nl: {
    lang: 'nl',
    colon: ': ',
    usage:
      'gebruik: npm run tally -- BESTAND.csv [BESTAND.csv …] [--json] [--election STEMMING.json] [--seed ZAADWAARDE] [--lang fr|nl|en]\n         npm run tally -- --verify-audit audit-log.jsonl [--verify-audit …] [--json] [--lang fr|nl|en]',
    csv: ballotFileProblems.nl,
    readFailed: 'kan niet lezen: {reason}',
    badElection: 'ongeldige definitie van de stemming:',
    manifestsDiffer: 'de bestanden komen van verschillende stemmingen ({a} en {b})',
    optionCountDiffers:
      '{count, plural, one {# rangkolom} other {# rangkolommen}}, terwijl {first} er {expected} heeft',
    duplicateConflict: 'stembiljet {id} staat ook in {other}, met een andere inhoud',
    tooManyOptions:
      '{seen, plural, one {# verschillend thema} other {# verschillende thema’s}} voor {columns, plural, one {# rangkolom} other {# rangkolommen}}',
    unknownFlag: 'onbekende optie ‘{flag}’',
    noFiles: 'geen bestand opgegeven',
    fewerOptionsSeen:
      'let op: {columns, plural, one {# rangkolom} other {# rangkolommen}} maar {seen, plural, one {slechts # thema} other {slechts # thema’s}} gezien; zonder manifest.json of --election telt de telling {seen, plural, one {dat thema} other {die # thema’s}}',
    election: 'Stemming',
    ballots:
      '{ballots, plural, one {# stembiljet} other {# stembiljetten}} (waarvan {blank} blanco)',
    section: 'Afdeling',
    combined: 'Alle afdelingen samen',
    primary: 'hoofdmethode',
    points: '{points, plural, one {# pt} other {# ptn}}',
    methods: {
      borda: 'Borda',
      schulze: 'Schulze',
      copeland: 'Copeland',
      irv: 'Alternatieve stemming (IRV)',
      kemeny: 'Kemeny-Young',
    },
    kemenyDetail:
      'score {score}, {orders, plural, one {# optimale volgorde} other {# optimale volgordes}}',
    condorcetWinner: 'Condorcetwinnaar',
    condorcetLoser: 'Condorcetverliezer',
    none: 'geen',
    duels: 'Duels (stembiljetten die de rij verkiezen boven de kolom)',
    firstChoices: 'Eerste keuzes',
    agreementSame: 'Alle methodes geven dezelfde volgorde.',
    agreementDiffers: 'De methodes verschillen',
    duplicatesMerged:
      '{count, plural, one {# stembiljet staat in meerdere bestanden en wordt één keer geteld} other {# stembiljetten staan in meerdere bestanden en worden één keer geteld}}',
    auditIntact:
      '{file}: logboek intact, {count, plural, =0 {geen regels} one {# regel} other {# regels}}, hashketen gecontroleerd',
    auditBroken: '{file}:{line}: logboek gewijzigd op regel {line}: {reason}',
    auditUnreadable: '{file}: bestand onleesbaar ({reason})',
    auditWithCsv: '--verify-audit controleert een logboek; tel de CSV-bestanden afzonderlijk',
    auditReasons: auditCheckReasons.nl,
    tieBreak: {
      title: 'Aangegeven beslechting',
      rules: {
        'first-choices': 'de meeste eerste keuzes',
        'head-to-head': 'duels tussen de gelijke thema’s',
        lot: 'loting',
      },
      none: 'geen gelijke stand te beslechten',
      decided: 'gelijke stand {tied} beslecht door {rule}: {order}',
      waiting: 'gelijke stand {tied}: wacht op de loting (--seed)',
      seed: 'zaadwaarde van de loting: ‘{seed}’ (SHA-256 van ‘zaadwaarde:thema’, de kleinste eerst)',
    },
  },
  en: {
    lang: 'en',
    colon: ': ',
    usage:
      'usage: npm run tally -- FILE.csv [FILE.csv …] [--json] [--election ELECTION.json] [--seed SEED] [--lang fr|nl|en]\n       npm run tally -- --verify-audit audit-log.jsonl [--verify-audit …] [--json] [--lang fr|nl|en]',
    csv: ballotFileProblems.en,
    readFailed: 'cannot read: {reason}',
    badElection: 'invalid election definition:',
    manifestsDiffer: 'the files come from different elections ({a} and {b})',
    optionCountDiffers:
      '{count, plural, one {# rank column} other {# rank columns}}, but {first} has {expected}',
    duplicateConflict: 'ballot {id} also appears in {other} with different contents',
    tooManyOptions:
      '{seen, plural, one {# distinct theme} other {# distinct themes}} for {columns, plural, one {# rank column} other {# rank columns}}',
    unknownFlag: 'unknown flag "{flag}"',
    noFiles: 'no file given',
    fewerOptionsSeen:
      'warning: {columns, plural, one {# rank column} other {# rank columns}} but only {seen, plural, one {# theme} other {# themes}} seen; without manifest.json or --election, counting uses {seen, plural, one {that theme} other {those # themes}}',
    election: 'Election',
    ballots: '{ballots, plural, one {# ballot} other {# ballots}} ({blank} blank)',
    section: 'Section',
    combined: 'All sections combined',
    primary: 'primary method',
    points: '{points, plural, one {# pt} other {# pts}}',
    methods: {
      borda: 'Borda',
      schulze: 'Schulze',
      copeland: 'Copeland',
      irv: 'Instant runoff (IRV)',
      kemeny: 'Kemeny-Young',
    },
    kemenyDetail: 'score {score}, {orders, plural, one {# optimal order} other {# optimal orders}}',
    condorcetWinner: 'Condorcet winner',
    condorcetLoser: 'Condorcet loser',
    none: 'none',
    duels: 'Head to head (ballots preferring the row to the column)',
    firstChoices: 'First choices',
    agreementSame: 'Every method gives the same order.',
    agreementDiffers: 'The methods differ',
    duplicatesMerged:
      '{count, plural, one {# ballot found in several files, counted once} other {# ballots found in several files, each counted once}}',
    auditIntact:
      '{file}: audit trail intact, {count, plural, =0 {no entries} one {# entry} other {# entries}}, hash chain verified',
    auditBroken: '{file}:{line}: audit trail broken at line {line}: {reason}',
    auditUnreadable: '{file}: cannot read the file ({reason})',
    auditWithCsv: '--verify-audit checks an audit trail; recount the CSV files separately',
    auditReasons: auditCheckReasons.en,
    tieBreak: {
      title: 'Declared tie-break',
      rules: {
        'first-choices': 'most first choices',
        'head-to-head': 'head to head between the tied themes',
        lot: 'draw by lot',
      },
      none: 'no tie to break',
      decided: 'tie {tied} broken by {rule}: {order}',
      waiting: 'tie {tied}: awaiting the draw (--seed)',
      seed: 'seed of the draw: “{seed}” (SHA-256 of “seed:theme”, lowest first)',
    },
  },
};

/** Fills a CLI sentence with the one ICU filler. */
export const fill = (lang: CliLang, template: string, params: MessageParams = {}): string =>
  formatMessage(lang, template, params);

/** A ballots file's problem in words, whatever the reader called its value. */
export const problemText = (
  lang: CliLang,
  code: BallotFileProblem,
  params?: Readonly<Record<string, string | number>>,
): string => fill(lang, catalogs[lang].csv[code], problemParams(params));

/** « options.0.id : identifiant invalide … », the same sentence as in the staff console. */
export function electionIssueText(lang: CliLang, issue: ApiIssue): string {
  const code = (issue.code ?? '').replace(/^election\./, '');
  const template = electionIssues[lang][code as ElectionIssueCode] as string | undefined;
  const problem = template ? fill(lang, template, issue.params ?? {}) : issue.message;
  const path =
    issue.path === '(root)' || issue.path === '(file)' ? problemPlaces[lang].wholeFile : issue.path;
  return fill(lang, problemPlaces[lang].atPath, { path, problem });
}

export const isCliLang = (x: string | undefined): x is CliLang =>
  x === 'fr' || x === 'nl' || x === 'en';
