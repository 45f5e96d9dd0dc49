/**
 * The sentences of the first-run Electron download: its progress, and why it failed, told
 * apart by what the error says (Node's fetch, @electron/get and the file system each have
 * their own codes) so that a proxy or a full disk is not reported as "no internet".
 */
const HOST = 'sinon `npm run host` ouvre Priorités dans un navigateur';
const HOST_EN = 'or use `npm run host`';

const mb = (bytes: number) => Math.round(bytes / 1e6);

export function progressLine(transferred: number, total: number | null): string {
  if (!total) return `Electron : ${mb(transferred)} Mo / MB`;
  const pct = Math.floor((transferred / total) * 100);
  return `Electron : ${pct} % (${mb(transferred)} / ${mb(total)} Mo / MB)`;
}

type Cause = 'proxy' | 'offline' | 'stalled' | 'server' | 'checksum' | 'disk' | 'permission';

const NETWORK = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ECONNRESET',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ETIMEDOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET',
]);

/** Every code and message along the error's `cause` chain (fetch wraps the socket error). */
function chain(e: unknown): { codes: string[]; text: string; status?: number } {
  const codes: string[] = [];
  const texts: string[] = [];
  let status: number | undefined;
  for (let cur = e, depth = 0; cur && depth < 5; depth++) {
    const c = cur as { code?: unknown; message?: unknown; response?: { status?: unknown } };
    if (typeof c.code === 'string') codes.push(c.code);
    if (typeof c.message === 'string') texts.push(c.message);
    if (typeof c.response?.status === 'number') status ??= c.response.status;
    cur = (cur as { cause?: unknown }).cause;
  }
  return { codes, text: texts.join(' | '), status };
}

export function downloadCause(e: unknown, env: NodeJS.ProcessEnv, stalled: boolean): Cause {
  const { codes, text, status } = chain(e);
  if (stalled) return 'stalled';
  if (codes.includes('ENOSPC') || codes.includes('EDQUOT')) return 'disk';
  if (codes.includes('EACCES') || codes.includes('EPERM') || codes.includes('EROFS'))
    return 'permission';
  if (/checksum/i.test(text)) return 'checksum';
  if (status === 407) return 'proxy';
  if (status !== undefined) return 'server';
  const viaProxy = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'].some((k) => env[k]);
  if (codes.some((c) => NETWORK.has(c)) || /fetch failed/i.test(text))
    return viaProxy ? 'proxy' : 'offline';
  return 'server';
}

export function explainDownloadFailure(
  e: unknown,
  env: NodeJS.ProcessEnv,
  stalled = false,
): string {
  const cause = downloadCause(e, env, stalled);
  const { status, codes } = chain(e);
  const detail = status !== undefined ? `HTTP ${status}` : (codes[0] ?? 'erreur / error');
  switch (cause) {
    case 'proxy':
      return `Le téléchargement d'Electron ne passe pas par le proxy configuré (${detail}) : vérifiez HTTPS_PROXY ou téléchargez depuis un autre réseau, ${HOST}. / The Electron download could not get through the configured proxy (${detail}): check HTTPS_PROXY or use another network, ${HOST_EN}.`;
    case 'offline':
      return `Pas d'accès à internet pour télécharger Electron (${detail}, il le faut une seule fois) : connectez la machine puis relancez \`npm start\`, ${HOST}. / No internet access to download Electron (${detail}, needed once): connect and run \`npm start\` again, ${HOST_EN}.`;
    case 'stalled':
      return `Le téléchargement d'Electron s'est arrêté (plus rien reçu depuis une minute) : relancez \`npm start\`, ${HOST}. / The Electron download stalled (nothing received for a minute): run \`npm start\` again, ${HOST_EN}.`;
    case 'checksum':
      return `Le fichier Electron reçu est corrompu (somme de contrôle fausse, souvent un proxy qui modifie les téléchargements) : relancez \`npm start\` sur un autre réseau, ${HOST}. / The downloaded Electron file is corrupt (checksum mismatch): run \`npm start\` again on another network, ${HOST_EN}.`;
    case 'disk':
      return `Plus de place sur le disque pour Electron (il faut environ 300 Mo) : libérez de l'espace puis relancez \`npm start\`. / No disk space left for Electron (about 300 MB needed): free some space and run \`npm start\` again.`;
    case 'permission':
      return `Electron ne peut pas être écrit dans son dossier (${detail}, droits insuffisants) : vérifiez les droits sur node_modules et sur le cache d'Electron, puis relancez \`npm start\`. / Electron cannot be written to its folder (${detail}): check the permissions of node_modules and Electron's cache.`;
    case 'server':
      return `Le serveur de téléchargement d'Electron a refusé (${detail}) : réessayez plus tard, ${HOST}. / The Electron download server refused (${detail}): try again later, ${HOST_EN}.`;
  }
}
