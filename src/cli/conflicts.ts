/**
 * Node side of the conflict profiles: where their folders are
 * (`geodata/conflicts/<id>/`) and their files read from disk and validated.
 * Used by the CLI, the data check, the build scripts, the bench and tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadProfile } from '../lib/conflict/loadProfile.ts';
import type { Profile } from '../lib/conflict/profileSchema.ts';
import { parseClaims, type Claims } from '../lib/claims/claimsSchema.ts';
import { DEFAULT_CONFLICT } from '../lib/conflict/defaults.ts';
import { loadLinker } from '../lib/linker/loadLinker.ts';
import type { Linker } from '../lib/linker/linkArticle.ts';
import type { GazetteerJson } from '../lib/linker/gazetteer.ts';

export { DEFAULT_CONFLICT };
export const ROOT = join(import.meta.dirname, '..', '..');
export const CONFLICTS_DIR = join(ROOT, 'geodata', 'conflicts');

/** Ids of every profile folder (one holding a profile.json), sorted. */
export function conflictIds(): string[] {
  return readdirSync(CONFLICTS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(CONFLICTS_DIR, d.name, 'profile.json')))
    .map((d) => d.name)
    .sort();
}

export function conflictDir(id: string = DEFAULT_CONFLICT): string {
  return join(CONFLICTS_DIR, id);
}

/** A profile file's path as messages name it: `geodata/conflicts/ua/claims.json`. */
export function conflictRel(id: string, file: string): string {
  return `geodata/conflicts/${id}/${file}`;
}

export function readConflictJson(id: string, file: string): unknown {
  return JSON.parse(readFileSync(join(conflictDir(id), file), 'utf8'));
}

/** The profile, validated against its own region list; an unknown id throws naming the known ones. */
export function readProfile(id: string = DEFAULT_CONFLICT): Profile {
  if (!conflictIds().includes(id)) throw new Error(`unknown conflict: ${id} (known: ${conflictIds().join(', ')})`);
  return loadProfile({ profile: readConflictJson(id, 'profile.json'), names: readConflictJson(id, 'src/names.json') }, `geodata/conflicts/${id}`);
}

/** The profile's claims, validated, by role. */
export function readClaims(profile: Profile): Claims {
  const file = conflictRel(profile.id, 'claims.json');
  const r = parseClaims(readConflictJson(profile.id, 'claims.json'), profile, file);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
}

/** The linker of a profile: its gazetteer, lexicon and speakers, read from disk and compiled. */
export function readLinker(id: string = DEFAULT_CONFLICT): Linker {
  const profile = readProfile(id);
  return loadLinker({
    profile,
    gazetteer: readConflictJson(id, 'gazetteer.json') as GazetteerJson,
    lexicon: readConflictJson(id, 'src/lexicon.json'),
    speakers: readConflictJson(id, 'src/speakers.json'),
  });
}
