import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Set by vite.cli.config.ts to the name of the bundle's entry; absent under tsx. */
declare const __PRIORITES_CLI_ENTRY__: string | undefined;

/**
 * Whether the module at `moduleUrl`, named `name`, is the script Node was asked to run. In the
 * bundled out/cli/tally.mjs every module shares the bundle's URL, so there only the entry the
 * build names counts: otherwise verify-audit would also take the recount's arguments.
 */
export function runDirectly(moduleUrl: string, name: string): boolean {
  if (typeof __PRIORITES_CLI_ENTRY__ === 'string') return name === __PRIORITES_CLI_ENTRY__;
  const script = process.argv[1];
  return !!script && moduleUrl === pathToFileURL(path.resolve(script)).href;
}
