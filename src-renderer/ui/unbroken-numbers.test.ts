import { describe, expect, it } from 'vitest';
import { splitNumberRanges } from './unbroken-numbers';

describe('splitNumberRanges', () => {
  it('keeps a year range whole and leaves the rest as it is', () => {
    expect(splitNumberRanges('adoption des nouveaux thèmes pour 2020-2021')).toEqual([
      { text: 'adoption des nouveaux thèmes pour ', keep: false },
      { text: '2020-2021', keep: true },
    ]);
  });

  it('finds every range, with an en dash or spaces, and nothing in plain text', () => {
    expect(splitNumberRanges('SIP 2020 – 2021, puis 2022-2023 !')).toEqual([
      { text: 'SIP ', keep: false },
      { text: '2020 – 2021', keep: true },
      { text: ', puis ', keep: false },
      { text: '2022-2023', keep: true },
      { text: ' !', keep: false },
    ]);
    expect(splitNumberRanges('Penser et agir pour l’égalité')).toEqual([
      { text: 'Penser et agir pour l’égalité', keep: false },
    ]);
    expect(splitNumberRanges('')).toEqual([]);
  });

  it('joins back to the very same text', () => {
    const s = 'A 1-2 b 3–4 c';
    expect(
      splitNumberRanges(s)
        .map((p) => p.text)
        .join(''),
    ).toBe(s);
  });
});
