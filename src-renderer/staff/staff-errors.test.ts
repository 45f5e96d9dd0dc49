import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import type { Lang } from '../../shared/domain/election';
import type { I18n } from '../i18n/i18n-context';
import { translate } from '../i18n/translate';
import { issueLines } from './staff-errors';

const tIn =
  (lang: Lang): I18n['t'] =>
  (key, params) =>
    translate(lang, key, params);

const invalid = new ApiError('election-invalid', 'The election definition is not valid.', {}, [
  {
    path: 'options',
    message: 'duplicate option id "emploi"',
    code: 'election.duplicate-option-id',
    params: { id: 'emploi' },
  },
  {
    path: 'results.batchSize',
    message: 'Too big: expected number to be <=1000',
    code: 'election.number-too-big',
    params: { max: 1000 },
  },
  { path: 'method', message: 'Invalid option', code: 'election.required' },
  {
    path: '(root)',
    message: 'Unrecognized key: "extra"',
    code: 'election.unknown-keys',
    params: { keys: 'extra', count: 1 },
  },
  {
    path: '(file)',
    message: 'Unexpected end of JSON input',
    code: 'election.not-json',
    params: { reason: 'Unexpected end of JSON input' },
  },
]);

describe('issueLines for an election file', () => {
  it('says each problem in French, the path as in the file', () => {
    expect(issueLines(tIn('fr'), invalid)).toEqual([
      'options : l’identifiant de thème « emploi » est utilisé deux fois',
      'results.batchSize : nombre trop grand (au plus 1\u202f000)',
      'method : valeur manquante',
      'fichier : champ inconnu : extra',
      'fichier : le fichier n’est pas du JSON valide (Unexpected end of JSON input)',
    ]);
  });

  it('says them in Dutch and English too', () => {
    expect(issueLines(tIn('nl'), invalid).slice(0, 3)).toEqual([
      'options: de thema-id ‘emploi’ wordt twee keer gebruikt',
      'results.batchSize: getal te groot (hoogstens 1.000)',
      'method: waarde ontbreekt',
    ]);
    expect(issueLines(tIn('en'), invalid).slice(0, 3)).toEqual([
      'options: the theme id “emploi” is used twice',
      'results.batchSize: number too big (at most 1,000)',
      'method: missing value',
    ]);
  });

  it('falls back to the English message for a code the catalog does not know', () => {
    const e = new ApiError('election-invalid', 'x', {}, [
      { path: 'id', message: 'some new check', code: 'election.brand-new' },
    ]);
    expect(issueLines(tIn('fr'), e)).toEqual(['id : some new check']);
  });

  it('leaves import issues as they were', () => {
    const e = new ApiError('import-invalid', 'x', {}, [
      {
        path: 'k2.csv',
        message: 'unknown option',
        code: 'unknown-option',
        params: { file: 'k2.csv', line: 3, value: 'zz' },
      },
    ]);
    expect(issueLines(tIn('fr'), e)).toEqual(['k2.csv, ligne 3 : thème inconnu « zz »']);
  });

  it('names the theme whether the CSV reader or the ballot rules found the problem', () => {
    const e = new ApiError('import-invalid', 'x', {}, [
      {
        path: 'k2.csv:5',
        message: 'ballot x: duplicate-option',
        code: 'duplicate-option',
        params: { file: 'k2.csv', line: 5, option: 'emploi' },
      },
      {
        path: 'k2.csv:6',
        message: 'ballot y: too-few',
        code: 'too-few',
        params: { file: 'k2.csv', line: 6, got: 1, min: 2 },
      },
    ]);
    expect(issueLines(tIn('fr'), e)).toEqual([
      'k2.csv, ligne 5 : le thème « emploi » est classé deux fois',
      'k2.csv, ligne 6 : 1 thème classé, il en faut au moins 2',
    ]);
    expect(issueLines(tIn('nl'), e)[0]).toBe(
      'k2.csv, regel 5: het thema ‘emploi’ is twee keer gerangschikt',
    );
  });
});
