import { describe, expect, it } from 'vitest';
import {
  CERTIFICATE_REFUSED,
  refuseAllCertificates,
  type CertificateSession,
} from './certificate-policy';

type Proc = Parameters<CertificateSession['setCertificateVerifyProc']>[0];

function fakeSession() {
  let proc: Proc = null;
  const session: CertificateSession = {
    setCertificateVerifyProc: (p) => {
      proc = p;
    },
  };
  const verify = (hostname: string, fingerprint: string, verificationResult = 'net::OK') =>
    new Promise<number>((resolve) => {
      if (!proc) throw new Error('no verify proc installed');
      proc(
        {
          hostname,
          certificate: { fingerprint } as Electron.Certificate,
          validatedCertificate: { fingerprint } as Electron.Certificate,
          isIssuedByKnownRoot: verificationResult === 'net::OK',
          verificationResult,
          errorCode: 0,
        },
        resolve,
      );
    });
  return { session, verify };
}

describe('the app session’s certificate check', () => {
  it('refuses every certificate: the hub’s, a relay’s, one a system authority vouches for', async () => {
    const { session, verify } = fakeSession();
    const logged: string[] = [];
    refuseAllCertificates(session, (m) => logged.push(m));
    expect(await verify('192.168.1.20', 'sha256/hub-pinned')).toBe(CERTIFICATE_REFUSED);
    expect(await verify('192.168.1.20', 'sha256/relay', 'net::ERR_CERT_AUTHORITY_INVALID')).toBe(
      CERTIFICATE_REFUSED,
    );
    expect(await verify('example.org', 'sha256/public-ca')).toBe(CERTIFICATE_REFUSED);
    expect(logged).toHaveLength(3);
  });

  it('is installed on the session, not left to Chromium’s default', async () => {
    const { session, verify } = fakeSession();
    await expect(verify('x', 'y')).rejects.toThrow('no verify proc');
    refuseAllCertificates(session);
    await expect(verify('x', 'y')).resolves.toBe(CERTIFICATE_REFUSED);
  });
});
