/**
 * Where the app's data comes from: the bundled defaults (seed story, regions,
 * control layer, claims) or a story / control layer at a URL, validated.
 */
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { Story } from '../contract/story.ts';
import { decodeRegions } from '../geo/decodeRegions.ts';
import { fetchJson } from './fetchJson.ts';
import regionsTopo from '../../../geodata/regions.topo.json';
import seedStory from '../../generated/story.json';
import controlLayer from '../../../geodata/control.geojson';
import shares from '../../../geodata/shares.json';
import claims from '../../../geodata/claims.json';
import { validateStory } from '../contract/storySchema.ts';
import { validateControl } from '../claims/controlSchema.ts';

export type ControlData = {
  layer: FeatureCollection;
  date: string | null;
  shares: Record<string, number> | null;
};

export const DEFAULTS = {
  regions: decodeRegions(regionsTopo as unknown as Topology),
  story: seedStory as unknown as Story,
  control: {
    layer: controlLayer as unknown as FeatureCollection,
    date: (shares as { date: string }).date,
    shares: (shares as { shares: Record<string, number> }).shares,
  } satisfies ControlData,
  claims,
};

/** The story at `url`, validated, or the seed story when no URL is given. */
export async function loadStory(url: string | null): Promise<Story> {
  if (!url) return DEFAULTS.story;
  const json = await fetchJson(url, 'story', fetch);
  const result = validateStory(json);
  if (!result.ok) throw new Error(`The story at ${url} is not a valid Claimline story: ${result.errors.slice(0, 3).join('; ')}`);
  return result.story;
}

/**
 * The control layer at `url`, or the default. A bad layer never breaks the map:
 * the default is kept and the error is returned for the UI to show.
 */
export async function loadControl(url: string | null): Promise<{ control: ControlData; error: string | null }> {
  if (!url) return { control: DEFAULTS.control, error: null };
  try {
    const json = await fetchJson(url, 'control layer', fetch);
    const result = validateControl(json);
    if (!result.ok) throw new Error(`The control layer at ${url} is not valid: ${result.errors.slice(0, 3).join('; ')}`);
    const layer = result.layer as FeatureCollection;
    const date = (layer.features[0]?.properties?.date as string | undefined) ?? null;
    return { control: { layer, date, shares: null }, error: null };
  } catch (e) {
    return { control: DEFAULTS.control, error: (e as Error).message };
  }
}
