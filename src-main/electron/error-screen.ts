/**
 * The page a kiosk shows when its renderer keeps crashing: static HTML and CSS served by the
 * app protocol, no script, so it cannot crash the way the app did. It speaks the three
 * languages at once because the failing app can no longer say which one the kiosk uses.
 */
import { APP_ORIGIN } from './app-origin';

export const ERROR_PATH = '/crashed';
export const ERROR_CSS_PATH = '/crashed.css';
export const errorScreenUrl = (page: 'kiosk' | 'results' = 'kiosk'): string =>
  `${APP_ORIGIN}${ERROR_PATH}?page=${page}`;

/** The page the retry link returns to: only the app's own pages, whatever the query says. */
export const retryPathFor = (page: string | null): string =>
  page === 'results' ? '/results' : '/kiosk';

/** French first (source), then Dutch and English; same keys in each. */
export const errorScreenText = {
  fr: {
    title: 'Cette borne ne fonctionne plus',
    body: 'Les votes déjà confirmés sont enregistrés et ne sont pas perdus. Appelez l’équipe d’organisation.',
    retry: 'Réessayer',
  },
  nl: {
    title: 'Deze stemzuil werkt niet meer',
    body: 'De reeds bevestigde stemmen zijn opgeslagen en gaan niet verloren. Roep het organisatieteam.',
    retry: 'Opnieuw proberen',
  },
  en: {
    title: 'This kiosk has stopped working',
    body: 'Votes already confirmed are saved and are not lost. Please call the organising team.',
    retry: 'Try again',
  },
} as const satisfies Record<'fr' | 'nl' | 'en', Record<'title' | 'body' | 'retry', string>>;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function errorScreenHtml(retryPath = '/kiosk'): string {
  const sections = (['fr', 'nl', 'en'] as const)
    .map((lang) => {
      const t = errorScreenText[lang];
      return `<section lang="${lang}"><h${lang === 'fr' ? 1 : 2}>${escapeHtml(t.title)}</h${lang === 'fr' ? 1 : 2}><p>${escapeHtml(t.body)}</p></section>`;
    })
    .join('');
  const retry = (['fr', 'nl', 'en'] as const).map((l) => errorScreenText[l].retry).join(' · ');
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Priorités</title><link rel="stylesheet" href="${ERROR_CSS_PATH}"></head><body><main>${sections}<a href="${escapeHtml(retryPath)}">${escapeHtml(retry)}</a></main></body></html>`;
}

export const ERROR_SCREEN_CSS = `
body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: #fff8e6;
  color: #1a1a1a; font: 1.5rem/1.5 system-ui, sans-serif; }
main { max-width: 48rem; padding: 2rem; }
h1 { font-size: 2.5rem; margin: 0 0 .5rem; }
h2 { font-size: 1.75rem; margin: 2rem 0 .5rem; }
section + section { border-top: 2px solid #d9c89e; }
a { display: inline-block; margin-top: 2rem; padding: 1rem 2rem; border-radius: .5rem;
  background: #1d4ed8; color: #fff; text-decoration: none; font-weight: 700; }
a:focus-visible { outline: 4px solid #1a1a1a; outline-offset: 4px; }
`;
