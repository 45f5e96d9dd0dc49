import { describe, expect, it } from 'vitest';
import { inSentence } from './in-sentence';

describe('inSentence', () => {
  it('fuses French à and de with le and les', () => {
    expect(inSentence('fr', 'Le projet politique', 'à')).toBe('au projet politique');
    expect(inSentence('fr', 'Le projet politique', 'de')).toBe('du projet politique');
    expect(inSentence('fr', 'Les outils partagés', 'à')).toBe('aux outils partagés');
    expect(inSentence('fr', 'Les outils partagés', 'de')).toBe('des outils partagés');
  });

  it('keeps an elided article elided, in lower case, with the apostrophe it came with', () => {
    expect(inSentence('fr', 'L’accompagnement', 'à')).toBe('à l’accompagnement');
    expect(inSentence('fr', "L'accompagnement", 'de')).toBe("de l'accompagnement");
    expect(inSentence('fr', 'L’accompagnement')).toBe('l’accompagnement');
  });

  it('lowers la, un and une, and elides de before un, une and a vowel', () => {
    expect(inSentence('fr', 'La formation', 'à')).toBe('à la formation');
    expect(inSentence('fr', 'Un nouvel horizon', 'de')).toBe('d’un nouvel horizon');
    expect(inSentence('fr', 'Une place', 'à')).toBe('à une place');
    expect(inSentence('fr', 'Des outils', 'de')).toBe('d’outils');
    expect(inSentence('fr', 'Des formations', 'de')).toBe('de formations');
    expect(inSentence('fr', 'Au sein de la communauté', 'de')).toBe('d’Au sein de la communauté');
  });

  it('leaves titles without an article as they are', () => {
    expect(inSentence('fr', 'Formation continue', 'à')).toBe('à Formation continue');
    expect(inSentence('fr', 'Lecture publique', 'de')).toBe('de Lecture publique');
    expect(inSentence('fr', 'Leçons', 'à')).toBe('à Leçons');
    expect(inSentence('fr', 'Lesbos', 'à')).toBe('à Lesbos');
  });

  it('lowers the Dutch and English article and puts the preposition in front', () => {
    expect(inSentence('nl', 'Het politieke project', 'boven')).toBe('boven het politieke project');
    expect(inSentence('nl', 'Begeleiding', 'boven')).toBe('boven Begeleiding');
    expect(inSentence('nl', 'Een nieuwe horizon')).toBe('een nieuwe horizon');
    expect(inSentence('en', 'The political project', 'to')).toBe('to the political project');
    expect(inSentence('en', 'A new horizon')).toBe('a new horizon');
    expect(inSentence('en', 'Another way', 'to')).toBe('to Another way');
  });

  it('quotes a title that is a question, with each language’s own marks', () => {
    expect(inSentence('fr', 'Les salariés ont-ils une place ?', 'à')).toBe(
      'à «\u00a0Les salariés ont-ils une place\u00a0?\u00a0»',
    );
    expect(inSentence('nl', 'Hebben de werknemers een plaats?', 'boven')).toBe(
      'boven “Hebben de werknemers een plaats?”',
    );
    expect(inSentence('en', 'Do the employees have a place?')).toBe(
      '“Do the employees have a place?”',
    );
  });
});
