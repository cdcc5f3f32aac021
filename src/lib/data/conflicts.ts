/**
 * The conflict a story belongs to, as the app and the element read it: the
 * bundled profile (DEFAULTS, in the first view as before) or another profile
 * folder of geodata/conflicts/, fetched when a story or `?conflict=` asks for
 * it (one lazy chunk per file: adding a folder is all it takes). Its party
 * names become the strings' words (`useConflictWords`).
 */
import { t, type Lang } from '../i18n/strings.ts';
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { Story } from '../contract/story.ts';
import { claimsByRole, type Claims, type ClaimsFile } from '../claims/claimsByRole.ts';
import type { SharesInput } from '../claims/regionSummary.ts';
import type { SourceRef } from '../claims/sourceRef.ts';
import type { Profile } from '../conflict/profileSchema.ts';
import { conflictWords, useConflictWords, type ConflictWords } from '../conflict/words.ts';
import { decodeRegions, type DecodedRegions } from '../geo/decodeRegions.ts';
import type { BaseLabels } from '../geo/mapLabels.ts';
import { DEFAULTS, type ControlData } from './load.ts';
import { fetchJson } from './fetchJson.ts';
import { loadSchemas } from './loadSchemas.ts';
import { LIMITS } from '../contract/limits.ts';
import defaultClaims from '../../../geodata/conflicts/ua/claims.json';

export type ConflictData = {
  profile: Profile;
  regions: DecodedRegions;
  claims: Claims;
  control: ControlData;
  baseLabels: BaseLabels;
  words: ConflictWords;
  /** The profile's own story (its example article, linked by the CLI), if it has one. */
  story: Story | null;
  /** Whether the dated control series and the positions are there (the bundled profile's). */
  series: boolean;
};

export const DEFAULT_CONFLICT_DATA: ConflictData = {
  profile: DEFAULTS.profile,
  regions: DEFAULTS.regions,
  claims: DEFAULTS.claims,
  control: DEFAULTS.control,
  baseLabels: DEFAULTS.baseLabels,
  words: conflictWords(DEFAULTS.profile, (defaultClaims as unknown as ClaimsFile).parties),
  story: DEFAULTS.story,
  series: true,
};

import { CONFLICT_FILES as lazy, CONFLICT_ROOT as ROOT } from './conflictFiles.ts';

/** Ids of every profile the page can show, the bundled one first. */
export const CONFLICT_IDS: readonly string[] = [
  DEFAULTS.profile.id,
  ...Object.keys(lazy).flatMap((k) => /^\.\.\/\.\.\/\.\.\/geodata\/conflicts\/([a-z]+)\/profile\.json$/.exec(k)?.[1] ?? []),
];

const cache = new Map<string, Promise<ConflictData>>();

async function fetchConflict(id: string): Promise<ConflictData> {
  const file = (f: string, optional = false): Promise<unknown> => {
    const load = lazy[`${ROOT}${id}/${f}`];
    if (load) return load();
    if (optional) return Promise.resolve(null);
    throw new Error(`conflict ${id}: missing ${f}`);
  };
  // The profile's validator (zod) loads with the schemas, never in the first view.
  const [{ loadProfile }, profileJson, names, claimsJson, topo, layer, shares, baseLabels, story] = await Promise.all([
    loadSchemas(),
    file('profile.json'), file('src/names.json'), file('claims.json'), file('regions.topo.json'),
    file('control.geojson'), file('shares.json'), file('src/baseLabels.json', true), file('story.json', true),
  ]);
  const profile = loadProfile({ profile: profileJson, names }, `geodata/conflicts/${id}`);
  const claimsFile = claimsJson as ClaimsFile;
  const control = layer as FeatureCollection;
  const s = shares as (SharesInput & { date: string }) | null;
  return {
    profile,
    regions: decodeRegions(topo as Topology, profile),
    claims: claimsByRole(claimsFile, profile),
    control: {
      layer: control,
      date: s?.date ?? profile.defaultDate,
      dateFrom: null,
      shares: s,
      sources: (control.features[0]?.properties?.sources ?? []) as SourceRef[],
      supplied: false,
    },
    baseLabels: (baseLabels as BaseLabels | null) ?? { labels: [] },
    words: conflictWords(profile, claimsFile.parties),
    story: (story as Story | null) ?? null,
    series: false,
  };
}

/** The conflict `id`'s data; an unknown id is an error naming the known ones. */
export function loadConflict(id: string): Promise<ConflictData> {
  if (id === DEFAULTS.profile.id) return Promise.resolve(DEFAULT_CONFLICT_DATA);
  if (!CONFLICT_IDS.includes(id)) return Promise.reject(new Error(`unknown conflict: ${id} (known: ${CONFLICT_IDS.join(', ')})`));
  let p = cache.get(id);
  if (!p) cache.set(id, (p = fetchConflict(id)));
  return p;
}

/** Makes the conflict's words the ones the interface uses. */
export function showConflict(data: ConflictData): void {
  useConflictWords(data.words);
}

export type StoryInConflict = { story: Story; notes: string[]; conflict: ConflictData };

/**
 * The story to show and its conflict: the one at `url` (its `conflict`, default
 * the bundled profile; `conflict`, from `?conflict=`, must agree), validated
 * a slice at a time against that profile; without a URL, the `conflict`
 * profile's own story (the seed story for the bundled one).
 */
export async function loadStoryIn(url: string | null, conflict: string | null, lang: Lang = 'en'): Promise<StoryInConflict> {
  if (!url) {
    const data = await loadConflict(conflict ?? DEFAULTS.profile.id);
    if (!data.story) throw new Error(`Conflict "${data.profile.id}" has no story of its own: give one with ?story=.`);
    return { story: data.story, notes: [], conflict: data };
  }
  const [json, { validateStoryInSlices }] = await Promise.all([fetchJson(url, 'story', { maxBytes: LIMITS.storyBytes, lang }), loadSchemas()]);
  const named = (json as { conflict?: unknown } | null)?.conflict;
  const id = typeof named === 'string' ? named : DEFAULTS.profile.id;
  if (conflict && conflict !== id) throw new Error(`The story at ${url} belongs to conflict "${id}", not "${conflict}" (?conflict=).`);
  const data = await loadConflict(id);
  const result = await validateStoryInSlices(json, undefined, data.profile);
  if (!result.ok) throw new Error(t(lang, 'storyInvalid', { url, errors: result.errors.slice(0, 3).join('; ') }));
  return { story: result.story, notes: result.notes, conflict: data };
}
