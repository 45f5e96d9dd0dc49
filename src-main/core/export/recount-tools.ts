/**
 * The two recount tools every export folder carries, so that a member can recount from the
 * stick on any computer: `recompter.html` (open it in a browser) and `tally.mjs` (run it with
 * plain Node). Both are built by `npm run build` into the build folder (`out/`); they are read
 * from there at each export, as they are, and written beside the ballots.
 */
import fs from 'node:fs/promises';
import path from 'node:path';

export const RECOUNT_TOOLS = {
  page: { name: 'recompter.html', built: 'recount/recompter.html' },
  cli: { name: 'tally.mjs', built: 'cli/tally.mjs' },
} as const;

/**
 * The tools found in `buildDir`, as [file name, text]. A tool missing from the build (a
 * development checkout that never ran the build) is left out rather than failing the export:
 * the ballots on the stick matter more than the tools to read them.
 */
export async function readRecountTools(buildDir: string): Promise<[string, string][]> {
  const out: [string, string][] = [];
  for (const tool of Object.values(RECOUNT_TOOLS)) {
    const text = await fs.readFile(path.join(buildDir, tool.built), 'utf8').catch((e: unknown) => {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    });
    if (text !== null) out.push([tool.name, text]);
  }
  return out;
}
