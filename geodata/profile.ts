/**
 * Where a conflict profile's files live for the geodata build, and the part of
 * its `profile.json` the build reads (country, focus and context regions,
 * neighbours and their extent). Every build script takes the profile id as its
 * first argument (default `ua`) and reads and writes `geodata/conflicts/<id>/`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from '../src/lib/zod.ts';

export const CONFLICTS_DIR = join(import.meta.dirname, 'conflicts');
export const DEFAULT_PROFILE = 'ua';

const RegionId = z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'expected an ISO 3166-2 code like GE-AB');

/** The build's view of profile.json: other keys (names, statuses, dates) belong to the app and pass through. */
export const BuildProfileSchema = z.looseObject({
  id: z.string().regex(/^[a-z]{2,8}$/),
  country: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code like GE'),
  regions: z.looseObject({ focus: z.array(RegionId).min(1), context: z.array(RegionId) }),
  neighbours: z.record(z.string().regex(/^[A-Z]{2}$/), z.string().min(1)),
  neighbourBbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
});

export type BuildProfile = z.infer<typeof BuildProfileSchema>;

/** The profile id from a build script's arguments (`tsx geodata/buildRegions.ts ge`), default `ua`. */
export function profileIdFromArgs(argv: readonly string[] = process.argv.slice(2)): string {
  const id = argv.find((a) => !a.startsWith('-')) ?? DEFAULT_PROFILE;
  if (!/^[a-z]{2,8}$/.test(id)) throw new Error(`bad conflict profile id: ${JSON.stringify(id)} (expected lower-case letters, e.g. ua or ge)`);
  return id;
}

/** Absolute path of the profile's folder; throws, naming the id, when it has no profile.json. */
export function profileDir(id: string): string {
  const dir = join(CONFLICTS_DIR, id);
  if (!existsSync(join(dir, 'profile.json'))) {
    throw new Error(`unknown conflict profile: ${id} (no ${relative(process.cwd(), join(dir, 'profile.json'))}; have: ${listProfiles().join(', ') || 'none'})`);
  }
  return dir;
}

/** Every profile id with a profile.json, sorted. */
export function listProfiles(): string[] {
  if (!existsSync(CONFLICTS_DIR)) return [];
  return readdirSync(CONFLICTS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(CONFLICTS_DIR, d.name, 'profile.json')))
    .map((d) => d.name)
    .sort();
}

/** Reads and checks the build's part of `geodata/conflicts/<id>/profile.json`. */
export function readBuildProfile(id: string): BuildProfile {
  const file = join(profileDir(id), 'profile.json');
  const r = BuildProfileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!r.success) throw new Error(r.error.issues.map((i) => `geodata/conflicts/${id}/profile.json: ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n'));
  if (r.data.id !== id) throw new Error(`geodata/conflicts/${id}/profile.json: id is "${r.data.id}", expected "${id}"`);
  return r.data;
}

/** Reads a JSON file of the profile (path relative to its folder). */
export function readProfileJson<T>(id: string, file: string): T {
  return JSON.parse(readFileSync(join(profileDir(id), file), 'utf8')) as T;
}

/** True when this module is the script node was started with (so a runner can also be imported). */
export function isMain(url: string): boolean {
  const argv1 = process.argv[1];
  return argv1 !== undefined && url === pathToFileURL(resolve(argv1)).href;
}
