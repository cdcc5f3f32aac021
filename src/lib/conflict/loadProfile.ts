/**
 * Loads a conflict profile from its files' contents (pure: the caller reads
 * them, from disk or the bundle). Every region id the profile names is checked
 * against the profile's own region list, the keys of its `src/names.json`;
 * a bad profile throws one error naming each problem, e.g.
 * `geodata/conflicts/ua/profile.json: regions.focus[0]: unknown region id: UA-99 (conflict ua)`.
 */
import { parseProfile, type Profile } from './profileSchema.ts';

export type ProfileFiles = {
  /** profile.json */
  profile: unknown;
  /** src/names.json: region id → names, plus an optional `_about`. */
  names: unknown;
};

/** The region ids a names.json lists. */
export function regionIdsOf(names: unknown): string[] {
  if (names === null || typeof names !== 'object' || Array.isArray(names)) throw new Error('src/names.json: expected an object of region id → names');
  return Object.keys(names).filter((k) => !k.startsWith('_'));
}

export function loadProfile(files: ProfileFiles, dir = 'profile'): Profile {
  const r = parseProfile(files.profile, `${dir}/profile.json`, regionIdsOf(files.names));
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
}
