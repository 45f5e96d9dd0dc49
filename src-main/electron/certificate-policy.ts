/**
 * Defence in depth for a device joined to a hub. The renderer never talks to the hub: its
 * calls go over IPC to the main process, whose Node https client pins the hub's certificate
 * (hub-client.ts: `ca` + `checkServerIdentity`). The app's pages come from app://, and the CSP
 * allows no other origin. So Chromium's own network stack has no https server to trust at all,
 * and its certificate check refuses every certificate, the hub's included: a page that was
 * somehow led to an https address, a relay's certificate or a certificate some authority of
 * the system would vouch for, all fail the same way.
 */
import type { Session } from 'electron';

export type CertificateSession = Pick<Session, 'setCertificateVerifyProc'>;

/** Chromium's answer for "this certificate is not trusted" (net::ERR_FAILED). */
export const CERTIFICATE_REFUSED = -2;

export function refuseAllCertificates(
  session: CertificateSession,
  log?: (m: string) => void,
): void {
  session.setCertificateVerifyProc((request, callback) => {
    log?.(`https refused in the app's pages: ${request.hostname}`);
    callback(CERTIFICATE_REFUSED);
  });
}
