/**
 * What can be wrong in a ballots file or an election file, in words: the one set of sentences
 * the staff console and the recount CLI both use. Each map is keyed by the codes the readers
 * give (CSV reader, ballot rules, import, election schema), so a new code without its sentence
 * fails the typecheck. Sentences are ICU MessageFormat, filled by `formatMessage`.
 */
import type { ElectionIssueCode } from '../api';
import type { CsvErrorCode } from '../csv/ballots-csv';
import type { RankingProblem } from '../domain/ballot';
import type { MessageLang } from './message-format';

/** A problem found in a ballots file: by the CSV reader, the ballot rules or the import. */
export type BallotFileProblem =
  CsvErrorCode | RankingProblem['kind'] | 'duplicate-ballot-id' | 'ballot-id-conflict';

type Sentences<K extends string> = { readonly [P in K]: string };

export const ballotFileProblems: Record<MessageLang, Sentences<BallotFileProblem>> = {
  fr: {
    'empty-file': 'le fichier est vide',
    'too-large': 'le fichier est trop long (maximum {max})',
    'bad-delimiter': 'les colonnes doivent être séparées par « ; » ou « , »',
    'missing-column': 'il manque la colonne « {column} » (ou elle est mal placée)',
    'bad-header': 'la ligne d’en-tête n’est pas reconnue',
    'wrong-cell-count': '{got, plural, one {# cellule} other {# cellules}} au lieu de {expected}',
    'truncated-line': 'la dernière ligne est coupée (fichier incomplet ?)',
    'formula-cell': 'la cellule « {value} » ressemble à une formule de tableur',
    'bad-ballot-id': '« {value} » n’est pas un identifiant de bulletin (32 chiffres hexadécimaux)',
    'bad-election': '« {value} » n’est pas un identifiant de scrutin valide',
    'wrong-election': 'bulletin d’un autre scrutin (« {value} »)',
    'bad-section': '« {value} » n’est pas un identifiant de section valide',
    'unknown-section': 'section inconnue « {value} »',
    'bad-option': '« {value} » n’est pas un identifiant de thème valide',
    'unknown-option': 'thème inconnu « {value} »',
    'duplicate-rank': 'le thème « {value} » est classé deux fois',
    'duplicate-option': 'le thème « {value} » est classé deux fois',
    'gap-in-ranking': 'un rang est rempli après un rang vide',
    'too-few-ranked': 'trop peu de thèmes classés',
    'too-few':
      '{got, plural, =0 {aucun thème classé} one {# thème classé} other {# thèmes classés}}, il en faut au moins {min}',
    'blank-not-allowed': 'bulletin blanc non permis pour ce scrutin',
    'too-many-errors': 'trop d’erreurs, lecture arrêtée',
    'duplicate-ballot-id': 'le même bulletin apparaît deux fois dans le fichier',
    'ballot-id-conflict': 'un bulletin de même identifiant existe déjà avec d’autres choix',
  },
  nl: {
    'empty-file': 'het bestand is leeg',
    'too-large': 'het bestand is te lang (maximum {max})',
    'bad-delimiter': 'de kolommen moeten gescheiden zijn door ‘;’ of ‘,’',
    'missing-column': 'de kolom ‘{column}’ ontbreekt (of staat op de verkeerde plaats)',
    'bad-header': 'de kopregel wordt niet herkend',
    'wrong-cell-count': '{got, plural, one {# cel} other {# cellen}} in plaats van {expected}',
    'truncated-line': 'de laatste regel is afgebroken (onvolledig bestand?)',
    'formula-cell': 'de cel ‘{value}’ lijkt op een spreadsheetformule',
    'bad-ballot-id': '‘{value}’ is geen stembiljet-id (32 hexadecimale cijfers)',
    'bad-election': '‘{value}’ is geen geldige stemmings-id',
    'wrong-election': 'stembiljet van een andere stemming (‘{value}’)',
    'bad-section': '‘{value}’ is geen geldige afdelings-id',
    'unknown-section': 'onbekende afdeling ‘{value}’',
    'bad-option': '‘{value}’ is geen geldige thema-id',
    'unknown-option': 'onbekend thema ‘{value}’',
    'duplicate-rank': 'het thema ‘{value}’ is twee keer gerangschikt',
    'duplicate-option': 'het thema ‘{value}’ is twee keer gerangschikt',
    'gap-in-ranking': 'een rang is ingevuld na een lege rang',
    'too-few-ranked': 'te weinig thema’s gerangschikt',
    'too-few':
      '{got, plural, =0 {geen enkel thema gerangschikt} one {# thema gerangschikt} other {# thema’s gerangschikt}}, minstens {min} nodig',
    'blank-not-allowed': 'blanco stem niet toegestaan voor deze stemming',
    'too-many-errors': 'te veel fouten, lezen gestopt',
    'duplicate-ballot-id': 'hetzelfde stembiljet staat twee keer in het bestand',
    'ballot-id-conflict': 'een stembiljet met dezelfde id bestaat al met andere keuzes',
  },
  en: {
    'empty-file': 'the file is empty',
    'too-large': 'the file is too long (maximum {max})',
    'bad-delimiter': 'columns must be separated by “;” or “,”',
    'missing-column': 'the column “{column}” is missing (or misplaced)',
    'bad-header': 'the header line is not recognised',
    'wrong-cell-count': '{got, plural, one {# cell} other {# cells}} instead of {expected}',
    'truncated-line': 'the last line is cut off (incomplete file?)',
    'formula-cell': 'the cell “{value}” looks like a spreadsheet formula',
    'bad-ballot-id': '“{value}” is not a ballot id (32 hex digits)',
    'bad-election': '“{value}” is not a valid election id',
    'wrong-election': 'ballot of another election (“{value}”)',
    'bad-section': '“{value}” is not a valid section id',
    'unknown-section': 'unknown section “{value}”',
    'bad-option': '“{value}” is not a valid theme id',
    'unknown-option': 'unknown theme “{value}”',
    'duplicate-rank': 'the theme “{value}” is ranked twice',
    'duplicate-option': 'the theme “{value}” is ranked twice',
    'gap-in-ranking': 'a rank is filled after an empty one',
    'too-few-ranked': 'too few themes ranked',
    'too-few':
      '{got, plural, =0 {no theme ranked} one {# theme ranked} other {# themes ranked}}, at least {min} needed',
    'blank-not-allowed': 'blank ballot not allowed in this election',
    'too-many-errors': 'too many errors, stopped reading',
    'duplicate-ballot-id': 'the same ballot appears twice in the file',
    'ballot-id-conflict': 'a ballot with the same id already exists with other choices',
  },
};

export const electionIssues: Record<MessageLang, Sentences<ElectionIssueCode>> = {
  fr: {
    required: 'valeur manquante',
    'expected-string': 'un texte est attendu',
    'expected-number': 'un nombre est attendu',
    'expected-integer': 'un nombre entier est attendu',
    'expected-boolean': 'true ou false est attendu',
    'expected-object': "un objet '{ … }' est attendu",
    'expected-array': 'une liste [ … ] est attendue',
    'not-one-of': 'valeur non permise ; valeurs possibles : {values}',
    'text-empty': 'le texte est vide',
    'text-too-short':
      'texte trop court (au moins {min, plural, one {# caractère} other {# caractères}})',
    'text-too-long':
      'texte trop long (au plus {max, plural, one {# caractère} other {# caractères}})',
    'too-few-items': 'trop peu d’éléments (au moins {min})',
    'too-many-items': 'trop d’éléments (au plus {max})',
    'number-too-small': 'nombre trop petit (au moins {min})',
    'number-too-big': 'nombre trop grand (au plus {max})',
    'bad-slug':
      'identifiant invalide : lettres minuscules sans accent, chiffres et tirets seulement',
    'bad-section-id':
      'identifiant de section invalide : lettres majuscules et chiffres, comme FR ou BE',
    'bad-format': 'format non valide',
    'unknown-keys': '{count, plural, one {champ inconnu} other {champs inconnus}} : {keys}',
    'duplicate-option-id': 'l’identifiant de thème « {id} » est utilisé deux fois',
    'duplicate-section-id': 'l’identifiant de section « {id} » est utilisé deux fois',
    'duplicate-tie-break': 'la règle de départage « {rule} » figure deux fois',
    'lot-not-last': 'le tirage au sort départage tout : il doit venir en dernier',
    'min-ranked-too-big': 'ne peut pas dépasser le nombre de thèmes ({max})',
    'not-json': 'le fichier n’est pas du JSON valide ({reason})',
    invalid: 'valeur non valide',
  },
  nl: {
    required: 'waarde ontbreekt',
    'expected-string': 'een tekst wordt verwacht',
    'expected-number': 'een getal wordt verwacht',
    'expected-integer': 'een geheel getal wordt verwacht',
    'expected-boolean': 'true of false wordt verwacht',
    'expected-object': "een object '{ … }' wordt verwacht",
    'expected-array': 'een lijst [ … ] wordt verwacht',
    'not-one-of': 'waarde niet toegestaan; mogelijke waarden: {values}',
    'text-empty': 'de tekst is leeg',
    'text-too-short': 'tekst te kort (minstens {min, plural, one {# teken} other {# tekens}})',
    'text-too-long': 'tekst te lang (hoogstens {max, plural, one {# teken} other {# tekens}})',
    'too-few-items': 'te weinig elementen (minstens {min})',
    'too-many-items': 'te veel elementen (hoogstens {max})',
    'number-too-small': 'getal te klein (minstens {min})',
    'number-too-big': 'getal te groot (hoogstens {max})',
    'bad-slug': 'ongeldige id: alleen kleine letters zonder accent, cijfers en streepjes',
    'bad-section-id': 'ongeldige afdelings-id: hoofdletters en cijfers, zoals FR of BE',
    'bad-format': 'ongeldig formaat',
    'unknown-keys': '{count, plural, one {onbekend veld} other {onbekende velden}}: {keys}',
    'duplicate-option-id': 'de thema-id ‘{id}’ wordt twee keer gebruikt',
    'duplicate-section-id': 'de afdelings-id ‘{id}’ wordt twee keer gebruikt',
    'duplicate-tie-break': 'de regel ‘{rule}’ om gelijke stand te beslechten staat er twee keer',
    'lot-not-last': 'de loting beslecht elke gelijke stand: ze moet als laatste komen',
    'min-ranked-too-big': 'mag het aantal thema’s ({max}) niet overschrijden',
    'not-json': 'het bestand is geen geldige JSON ({reason})',
    invalid: 'ongeldige waarde',
  },
  en: {
    required: 'missing value',
    'expected-string': 'a text is expected',
    'expected-number': 'a number is expected',
    'expected-integer': 'a whole number is expected',
    'expected-boolean': 'true or false is expected',
    'expected-object': "an object '{ … }' is expected",
    'expected-array': 'a list [ … ] is expected',
    'not-one-of': 'value not allowed; possible values: {values}',
    'text-empty': 'the text is empty',
    'text-too-short':
      'text too short (at least {min, plural, one {# character} other {# characters}})',
    'text-too-long':
      'text too long (at most {max, plural, one {# character} other {# characters}})',
    'too-few-items': 'too few items (at least {min})',
    'too-many-items': 'too many items (at most {max})',
    'number-too-small': 'number too small (at least {min})',
    'number-too-big': 'number too big (at most {max})',
    'bad-slug': 'invalid id: only lowercase letters without accents, digits and dashes',
    'bad-section-id': 'invalid section id: capital letters and digits, such as FR or BE',
    'bad-format': 'invalid format',
    'unknown-keys': '{count, plural, one {unknown field} other {unknown fields}}: {keys}',
    'duplicate-option-id': 'the theme id “{id}” is used twice',
    'duplicate-section-id': 'the section id “{id}” is used twice',
    'duplicate-tie-break': 'the tie-break rule “{rule}” is listed twice',
    'lot-not-last': 'the draw by lot breaks every tie, so it must come last',
    'min-ranked-too-big': 'cannot exceed the number of themes ({max})',
    'not-json': 'the file is not valid JSON ({reason})',
    invalid: 'invalid value',
  },
};

/** Where a problem is: the console writes « fichier, ligne 3 : … », the CLI `file:3: …`. */
export const problemPlaces: Record<
  MessageLang,
  Sentences<'atLine' | 'inFile' | 'atPath' | 'wholeFile'>
> = {
  fr: {
    atLine: '{file}, ligne {line} : {problem}',
    inFile: '{file} : {problem}',
    atPath: '{path} : {problem}',
    wholeFile: 'fichier',
  },
  nl: {
    atLine: '{file}, regel {line}: {problem}',
    inFile: '{file}: {problem}',
    atPath: '{path}: {problem}',
    wholeFile: 'bestand',
  },
  en: {
    atLine: '{file}, line {line}: {problem}',
    inFile: '{file}: {problem}',
    atPath: '{path}: {problem}',
    wholeFile: 'file',
  },
};

/**
 * The ballot rules name the value by what it is (`option`, `section`, `election`), the CSV
 * reader calls it `value`: one sentence serves both.
 */
export function problemParams(params: Readonly<Record<string, string | number>> = {}) {
  const value = params.value ?? params.option ?? params.section ?? params.election;
  return value === undefined ? { ...params } : { ...params, value };
}
