/** Messages of the common area, in French (the source), Dutch and English. */
export const fr = {
  'app.name': 'Priorités',
  'app.loading': 'Chargement…',
  'app.offline': 'Connexion au poste de vote perdue. Nouvelle tentative…',
  'lang.fr': 'Français',
  'lang.nl': 'Nederlands',
  'lang.en': 'English',
  'lang.choose': 'Langue',
} as const;

export const nl: { readonly [K in keyof typeof fr]: string } = {
  'app.name': 'Priorités',
  'app.loading': 'Laden…',
  'app.offline': 'Verbinding met de stempost verbroken. Nieuwe poging…',
  'lang.fr': 'Français',
  'lang.nl': 'Nederlands',
  'lang.en': 'English',
  'lang.choose': 'Taal',
};

export const en: { readonly [K in keyof typeof fr]: string } = {
  'app.name': 'Priorités',
  'app.loading': 'Loading…',
  'app.offline': 'Lost the connection to the voting station. Retrying…',
  'lang.fr': 'Français',
  'lang.nl': 'Nederlands',
  'lang.en': 'English',
  'lang.choose': 'Language',
};
