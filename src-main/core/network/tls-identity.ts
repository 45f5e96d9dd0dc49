/**
 * The hub's own TLS certificate: made once at first start by `selfsigned` (a maintained,
 * widely used generator on top of @peculiar/x509 and WebCrypto), kept in the data folder, and
 * known to devices by its fingerprint (app kiosks pin it) and its public key hash (Chromium's
 * --ignore-certificate-errors-spki-list). No certificate authority exists in an assembly room:
 * pinning is what makes the link trustworthy, not a name.
 */
import { createHash, createPublicKey, X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { generate } from 'selfsigned';
import { writeFileAtomic } from '../durable-file';

export interface TlsIdentity {
  key: string;
  cert: string;
  /** SHA-256 of the certificate, hex pairs with colons (Node's fingerprint256). */
  fingerprint: string;
  /** base64 SHA-256 of the SubjectPublicKeyInfo (what Chromium's SPKI list takes). */
  spki: string;
}

export function describeCertificate(cert: string, key: string): TlsIdentity {
  const x = new X509Certificate(cert);
  const der = createPublicKey(cert).export({ type: 'spki', format: 'der' });
  return {
    key,
    cert,
    fingerprint: x.fingerprint256,
    spki: createHash('sha256').update(der).digest('base64'),
  };
}

/** Normalises a typed or scanned fingerprint (any case, with or without colons). */
export const normalFingerprint = (s: string): string =>
  s
    .replace(/[^0-9a-fA-F]/g, '')
    .toUpperCase()
    .replace(/(..)(?!$)/g, '$1:');

/** Loads the certificate of `dir`, or makes one (ECDSA P-256, ten years) the first time. */
export async function loadOrCreateIdentity(dir: string, now = new Date()): Promise<TlsIdentity> {
  const keyFile = path.join(dir, 'hub-key.pem');
  const certFile = path.join(dir, 'hub-cert.pem');
  if (fs.existsSync(keyFile) && fs.existsSync(certFile))
    return describeCertificate(fs.readFileSync(certFile, 'utf8'), fs.readFileSync(keyFile, 'utf8'));
  fs.mkdirSync(dir, { recursive: true });
  const notAfter = new Date(now);
  notAfter.setFullYear(notAfter.getFullYear() + 10);
  const made = await generate([{ name: 'commonName', value: 'Priorités hub' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(now.getTime() - 24 * 3600_000),
    notAfterDate: notAfter,
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'keyUsage', digitalSignature: true, keyCertSign: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'priorites.local' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  // The key first: a certificate without its key would be useless at the next start.
  writeFileAtomic(keyFile, made.private);
  fs.chmodSync(keyFile, 0o600);
  writeFileAtomic(certFile, made.cert);
  return describeCertificate(made.cert, made.private);
}
