/**
 * What staff type or paste on a kiosk's join screen, read the same way in the renderer (to
 * fill the form) and in the main process (to check it): a hub's address (« 192.168.1.20 »,
 * « 192.168.1.20:8418 », « https://hub.local:8418 ») or the whole join link of the console's
 * QR code (`priorites-join:?hub=…&code=…&fp=…`), which also carries the pairing code and the
 * certificate's fingerprint.
 */

/** The hub's HTTPS port when none is typed (src-main/host/network-server.ts). */
export const HUB_DEFAULT_PORT = 8418;

export interface JoinInput {
  address: string;
  code?: string;
  fingerprint?: string;
}

const HOST = /^(?:\[[0-9a-fA-F:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?)$/;

/** `https://host:port` for a typed address, or null when it cannot be one. */
export function hubAddress(typed: string): string | null {
  let s = typed.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(s);
  if (scheme) {
    if (scheme[1]?.toLowerCase() !== 'https') return null;
    s = s.slice(scheme[0].length);
  }
  s = s.replace(/\/+$/, '');
  const m = /^(\[[^\]]+\]|[^:/]+)(?::(\d{1,5}))?$/.exec(s);
  if (!m || !HOST.test(m[1] as string)) return null;
  const port = m[2] === undefined ? HUB_DEFAULT_PORT : Number(m[2]);
  if (!Number.isInteger(port) || port < 1 || port > 65535) return null;
  return `https://${(m[1] as string).toLowerCase()}:${port}`;
}

function param(query: string, name: string): string | undefined {
  for (const pair of query.split('&')) {
    const i = pair.indexOf('=');
    if (i > 0 && pair.slice(0, i) === name) {
      try {
        return decodeURIComponent(pair.slice(i + 1).replace(/\+/g, ' '));
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** Reads a typed address or a pasted join link; null when it is neither. */
export function readJoinInput(text: string): JoinInput | null {
  const s = text.trim();
  if (/^priorites-join:/i.test(s)) {
    const query = s.replace(/^priorites-join:\??/i, '');
    const hub = param(query, 'hub');
    const address = hub === undefined ? null : hubAddress(hub);
    if (!address) return null;
    const code = param(query, 'code');
    const fp = param(query, 'fp');
    return {
      address,
      ...(code ? { code } : {}),
      ...(fp && /^[0-9a-fA-F:]{64,95}$/.test(fp) ? { fingerprint: fp } : {}),
    };
  }
  const address = hubAddress(s);
  return address ? { address } : null;
}
