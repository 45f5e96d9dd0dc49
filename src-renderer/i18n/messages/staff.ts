/** Messages of the staff console, in French (the source), Dutch and English. */
export const fr = {
  'staff.title': 'Console de l’équipe',
} as const;

export const nl: { readonly [K in keyof typeof fr]: string } = {
  'staff.title': 'Console voor medewerkers',
};

export const en: { readonly [K in keyof typeof fr]: string } = {
  'staff.title': 'Staff console',
};
