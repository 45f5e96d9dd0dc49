/**
 * The shared sentences (ballots-file problems, election-file issues, audit actions, recovery) as
 * one flat catalog per language, keyed `problem.<code>`, `electionIssue.<code>`, `audit.<action>`,
 * `place.<where>`, `recovery.<key>`: the renderer merges it into its own catalogs, the CLI fills it directly.
 */
import { auditSentences } from './audit';
import type { MessageLang } from './message-format';
import { ballotFileProblems, electionIssues, problemPlaces } from './problems';
import { recoverySentences } from './recovery';

type Prefixed<P extends string, T> = { readonly [K in keyof T & string as `${P}.${K}`]: string };

const prefixed = <P extends string, T extends Record<string, string>>(
  prefix: P,
  sentences: T,
): Prefixed<P, T> =>
  Object.fromEntries(Object.entries(sentences).map(([k, v]) => [`${prefix}.${k}`, v])) as Prefixed<
    P,
    T
  >;

const catalogOf = (lang: MessageLang) => ({
  ...prefixed('problem', ballotFileProblems[lang]),
  ...prefixed('electionIssue', electionIssues[lang]),
  ...prefixed('audit', auditSentences[lang]),
  ...prefixed('place', problemPlaces[lang]),
  ...prefixed('recovery', recoverySentences[lang]),
});

export type SharedKey = keyof ReturnType<typeof catalogOf>;

export const sharedCatalogs: Record<MessageLang, { readonly [K in SharedKey]: string }> = {
  fr: catalogOf('fr'),
  nl: catalogOf('nl'),
  en: catalogOf('en'),
};
