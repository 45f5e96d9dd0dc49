/** Messages of the results area, in French (the source), Dutch and English. */
export const fr = {
  'results.title': 'Résultats',
  'results.ballots': 'Bulletins',
  'results.order': 'Ordre de priorité',
  'results.points': '{points} points',
  'results.none': 'Aucun bulletin pour le moment.',
} as const;

export const nl: { readonly [K in keyof typeof fr]: string } = {
  'results.title': 'Resultaten',
  'results.ballots': 'Stembiljetten',
  'results.order': 'Volgorde van prioriteit',
  'results.points': '{points} punten',
  'results.none': 'Nog geen stembiljetten.',
};

export const en: { readonly [K in keyof typeof fr]: string } = {
  'results.title': 'Results',
  'results.ballots': 'Ballots',
  'results.order': 'Order of priority',
  'results.points': '{points} points',
  'results.none': 'No ballots yet.',
};
