/**
 * The profile a build step works on: its first positional argument (default
 * `ua`), e.g. `npx tsx geodata/buildRegions.ts ge`. `npm run geodata` runs
 * every step for every profile (`buildAll.ts`).
 */
import { conflictDir, conflictIds, DEFAULT_CONFLICT, readProfile } from '../src/cli/conflicts.ts';
import type { Profile } from '../src/lib/conflict/profileSchema.ts';

export { conflictDir, conflictIds, conflictRel, readConflictJson } from '../src/cli/conflicts.ts';

/** The profile asked for on the command line; an unknown id exits 2 naming the known ones. */
export function conflictArg(positionals: string[] = process.argv.slice(2).filter((a) => !a.startsWith('-'))): { id: string; dir: string; profile: Profile } {
  const id = positionals[0] ?? DEFAULT_CONFLICT;
  if (!conflictIds().includes(id)) {
    console.error(`unknown conflict: ${id} (known: ${conflictIds().join(', ')})`);
    process.exit(2);
  }
  return { id, dir: conflictDir(id), profile: readProfile(id) };
}
