/**
 * The packages an ES module bundle really imports, static and dynamic, read by es-module-lexer
 * (what Vite itself uses): a regular expression also caught `require('pako')` in a bundled
 * library's comments and error strings, and took them for imports.
 */
import { init, parse } from 'es-module-lexer';

export async function bareImports(code: string): Promise<Set<string>> {
  await init;
  const [imports] = parse(code);
  return new Set(
    imports
      .map((i) => i.n)
      .filter((n): n is string => !!n && !n.startsWith('.') && !n.startsWith('/')),
  );
}
