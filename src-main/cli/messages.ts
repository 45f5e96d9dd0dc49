import type { CsvErrorCode } from '../../shared/csv/ballots-csv';

export type CliLang = 'fr' | 'en';

/** CLI strings; {name} placeholders are filled from the error's params. */
export interface CliCatalog {
  usage: string;
  csv: Record<CsvErrorCode, string>;
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
  ballots: string;
  blank: string;
  section: string;
  combined: string;
  primary: string;
  points: string;
  methods: Record<'borda' | 'schulze' | 'copeland' | 'irv' | 'kemeny', string>;
  kemenyScore: string;
  kemenyOrders: string;
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
  auditReasons: Record<string, string>;
}

export const catalogs: Record<CliLang, CliCatalog> = {
  fr: {
    usage:
      'usage : npm run tally -- FICHIER.csv [FICHIER.csv …] [--json] [--election ELECTION.json] [--lang fr|en]\n        npm run tally -- --verify-audit audit-log.jsonl [--verify-audit …] [--json] [--lang fr|en]',
    csv: {
      'empty-file': 'le fichier est vide',
      'too-large': 'fichier trop volumineux (maximum {max})',
      'bad-delimiter': 'l’en-tête doit être séparé par « ; » ou « , »',
      'missing-column': 'colonne « {column} » manquante ou mal placée',
      'bad-header': 'en-tête invalide',
      'wrong-cell-count': '{got} cellules au lieu de {expected}',
      'truncated-line': 'la dernière ligne est coupée (fichier tronqué ?)',
      'formula-cell': 'la cellule « {value} » ressemble à une formule de tableur',
      'bad-ballot-id':
        '« {value} » n’est pas un identifiant de bulletin (32 chiffres hexadécimaux)',
      'bad-election': '« {value} » n’est pas un identifiant de scrutin valide',
      'wrong-election': 'bulletin du scrutin « {value} », attendu « {expected} »',
      'bad-section': '« {value} » n’est pas un identifiant de section valide',
      'unknown-section': 'section inconnue « {value} »',
      'bad-option': '« {value} » n’est pas un identifiant d’option valide',
      'unknown-option': 'option inconnue « {value} » (rang {rank})',
      'duplicate-rank': 'l’option « {value} » est classée deux fois',
      'gap-in-ranking': 'rang {rank} rempli après un rang vide',
      'too-few-ranked': 'trop peu d’options classées',
      'too-many-errors': 'trop d’erreurs, lecture arrêtée',
    },
    readFailed: 'lecture impossible : {reason}',
    badElection: 'définition du scrutin invalide : {reason}',
    manifestsDiffer: 'les fichiers viennent de scrutins différents ({a} et {b})',
    optionCountDiffers: '{count} colonnes de rang, alors que {first} en a {expected}',
    duplicateConflict: 'le bulletin {id} figure aussi dans {other} avec un contenu différent',
    tooManyOptions: '{seen} options différentes pour {columns} colonnes de rang',
    unknownFlag: 'option de commande inconnue « {flag} »',
    noFiles: 'aucun fichier indiqué',
    fewerOptionsSeen:
      'attention : {columns} colonnes de rang mais seulement {seen} options vues ; sans manifest.json ni --election, le décompte porte sur ces {seen} options',
    election: 'Scrutin',
    ballots: 'bulletins',
    blank: 'blancs',
    section: 'Section',
    combined: 'Toutes sections réunies',
    primary: 'méthode principale',
    points: 'pts',
    methods: {
      borda: 'Borda',
      schulze: 'Schulze',
      copeland: 'Copeland',
      irv: 'Vote alternatif (IRV)',
      kemeny: 'Kemeny-Young',
    },
    kemenyScore: 'score',
    kemenyOrders: 'ordre(s) optimal(aux)',
    condorcetWinner: 'Vainqueur de Condorcet',
    condorcetLoser: 'Perdant de Condorcet',
    none: 'aucun',
    duels: 'Duels (bulletins préférant la ligne à la colonne)',
    firstChoices: 'Premiers choix',
    agreementSame: 'Toutes les méthodes donnent le même ordre.',
    agreementDiffers: 'Les méthodes diffèrent',
    duplicatesMerged: '{count} bulletin(s) présent(s) dans plusieurs fichiers, compté(s) une fois',
    auditIntact: '{file} : journal intact, {count} entrée(s), chaîne de hachages vérifiée',
    auditBroken: '{file}:{line} : journal altéré à la ligne {line} : {reason}',
    auditUnreadable: '{file} : fichier illisible ({reason})',
    auditWithCsv:
      '--verify-audit vérifie un journal ; lancez le décompte des fichiers CSV séparément',
    auditReasons: {
      'not JSON': 'la ligne n’est pas du JSON',
      'chain broken (prev)': 'la chaîne est rompue (hachage précédent différent)',
      'sequence gap': 'une entrée manque ou est en trop (numéro de séquence)',
      'hash mismatch': 'le contenu a été modifié (hachage différent)',
      'last line cut': 'la dernière ligne est coupée',
    },
  },
  en: {
    usage:
      'usage: npm run tally -- FILE.csv [FILE.csv …] [--json] [--election ELECTION.json] [--lang fr|en]\n       npm run tally -- --verify-audit audit-log.jsonl [--verify-audit …] [--json] [--lang fr|en]',
    csv: {
      'empty-file': 'the file is empty',
      'too-large': 'file too large (maximum {max})',
      'bad-delimiter': 'the header must be separated by ";" or ","',
      'missing-column': 'column "{column}" missing or misplaced',
      'bad-header': 'invalid header',
      'wrong-cell-count': '{got} cells instead of {expected}',
      'truncated-line': 'the last line is cut short (truncated file?)',
      'formula-cell': 'cell "{value}" looks like a spreadsheet formula',
      'bad-ballot-id': '"{value}" is not a ballot id (32 hex digits)',
      'bad-election': '"{value}" is not a valid election id',
      'wrong-election': 'ballot of election "{value}", expected "{expected}"',
      'bad-section': '"{value}" is not a valid section id',
      'unknown-section': 'unknown section "{value}"',
      'bad-option': '"{value}" is not a valid option id',
      'unknown-option': 'unknown option "{value}" (rank {rank})',
      'duplicate-rank': 'option "{value}" is ranked twice',
      'gap-in-ranking': 'rank {rank} filled after an empty rank',
      'too-few-ranked': 'too few options ranked',
      'too-many-errors': 'too many errors, stopped reading',
    },
    readFailed: 'cannot read: {reason}',
    badElection: 'invalid election definition: {reason}',
    manifestsDiffer: 'the files come from different elections ({a} and {b})',
    optionCountDiffers: '{count} rank columns, but {first} has {expected}',
    duplicateConflict: 'ballot {id} also appears in {other} with different contents',
    tooManyOptions: '{seen} distinct options for {columns} rank columns',
    unknownFlag: 'unknown flag "{flag}"',
    noFiles: 'no file given',
    fewerOptionsSeen:
      'warning: {columns} rank columns but only {seen} options seen; without manifest.json or --election, counting uses those {seen} options',
    election: 'Election',
    ballots: 'ballots',
    blank: 'blank',
    section: 'Section',
    combined: 'All sections combined',
    primary: 'primary method',
    points: 'pts',
    methods: {
      borda: 'Borda',
      schulze: 'Schulze',
      copeland: 'Copeland',
      irv: 'Instant runoff (IRV)',
      kemeny: 'Kemeny-Young',
    },
    kemenyScore: 'score',
    kemenyOrders: 'optimal order(s)',
    condorcetWinner: 'Condorcet winner',
    condorcetLoser: 'Condorcet loser',
    none: 'none',
    duels: 'Head to head (ballots preferring the row to the column)',
    firstChoices: 'First choices',
    agreementSame: 'Every method gives the same order.',
    agreementDiffers: 'The methods differ',
    duplicatesMerged: '{count} ballot(s) found in several files, counted once',
    auditIntact: '{file}: audit trail intact, {count} entry(ies), hash chain verified',
    auditBroken: '{file}:{line}: audit trail broken at line {line}: {reason}',
    auditUnreadable: '{file}: cannot read the file ({reason})',
    auditWithCsv: '--verify-audit checks an audit trail; recount the CSV files separately',
    auditReasons: {
      'not JSON': 'the line is not JSON',
      'chain broken (prev)': 'the chain is broken (previous hash differs)',
      'sequence gap': 'an entry is missing or added (sequence number)',
      'hash mismatch': 'the content was changed (hash differs)',
      'last line cut': 'the last line is cut',
    },
  },
};

export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}
