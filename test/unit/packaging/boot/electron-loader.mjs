// Loader hook for booting the built main under Node: the bare `electron` import becomes the
// recording fake. Everything else resolves as usual.
import { URL } from 'node:url';

const FAKE = new URL(
  '../../../../src-main/electron/testing/fake-electron-module.ts',
  import.meta.url,
).href;

export async function resolve(specifier, context, next) {
  if (specifier === 'electron') return { url: FAKE, shortCircuit: true };
  return next(specifier, context);
}
