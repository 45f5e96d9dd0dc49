/**
 * The catalogs, one module per area (common, kiosk, results, staff, errors), each in French,
 * Dutch and English. French is the source of the keys: a key missing in another language fails
 * the typecheck, and so does an error code without its sentence. The sentences the CLI shares
 * (file problems, election issues, audit actions) come from `shared/i18n/`.
 */
import type { Lang } from '../../shared/domain/election';
import { sharedCatalogs as shared } from '../../shared/i18n/sentences';
import * as common from './messages/common';
import * as errors from './messages/errors';
import * as join from './messages/join';
import * as kiosk from './messages/kiosk';
import * as recount from './messages/recount';
import * as results from './messages/results';
import * as staff from './messages/staff';

const fr = {
  ...common.fr,
  ...kiosk.fr,
  ...results.fr,
  ...staff.fr,
  ...join.fr,
  ...recount.fr,
  ...errors.fr,
  ...shared.fr,
};
export type MessageKey = keyof typeof fr;
export type Catalog = { readonly [K in MessageKey]: string };

export const catalogs: Record<Lang, Catalog> = {
  fr,
  nl: {
    ...common.nl,
    ...kiosk.nl,
    ...results.nl,
    ...staff.nl,
    ...join.nl,
    ...recount.nl,
    ...errors.nl,
    ...shared.nl,
  },
  en: {
    ...common.en,
    ...kiosk.en,
    ...results.en,
    ...staff.en,
    ...join.en,
    ...recount.en,
    ...errors.en,
    ...shared.en,
  },
};
