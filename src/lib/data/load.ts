/**
 * Where the app's data comes from: the bundled defaults (seed story, regions,
 * control layer, claims) or a story / control layer at a URL, validated.
 */
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { Story } from '../contract/story.ts';
import { decodeRegions } from '../geo/decodeRegions.ts';
import { fetchJson } from './fetchJson.ts';
import { loadSchemas } from './loadSchemas.ts';
import regionsTopo from '../../../geodata/regions.topo.json';
import seedStory from '../../generated/story.json';
import controlLayer from '../../../geodata/control.geojson';
import shares from '../../../geodata/shares.json';
import claims from '../../../geodata/claims.json';
import type { Claims } from '../claims/claimsSchema.ts';
import type { SharesInput } from '../claims/regionSummary.ts';
import type { SourceRef } from '../claims/sourceRef.ts';

export type ControlData = {
  layer: FeatureCollection;
  /** The date the layer shows, YYYY-MM-DD. */
  date: string | null;
  /** Held shares measured at build time; null for a layer supplied at run time. */
  shares: SharesInput | null;
  /** The layer's own sources, cited beside the held share. */
  sources: SourceRef[];
};

export const DEFAULTS = {
  regions: decodeRegions(regionsTopo as unknown as Topology),
  story: seedStory as unknown as Story,
  control: {
    layer: controlLayer as unknown as FeatureCollection,
    date: shares.date,
    shares: shares as SharesInput,
    sources: (controlLayer.features[0]?.properties?.sources ?? []) as SourceRef[],
  } satisfies ControlData,
  // Validated at build time by `npm run check:data`, so not re-parsed in the browser.
  claims: claims as unknown as Claims,
};

/** The story at `url`, validated, or the seed story when no URL is given. */
export async function loadStory(url: string | null): Promise<Story> {
  if (!url) return DEFAULTS.story;
  // The schema is loaded only when a story comes from elsewhere, keeping it out of the first view.
  const [json, { validateStory }] = await Promise.all([fetchJson(url, 'story', fetch), loadSchemas()]);
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
    const [json, { parseControlLayer, controlDate }] = await Promise.all([fetchJson(url, 'control layer', fetch), loadSchemas()]);
    const result = parseControlLayer(json, url);
    if (!result.ok) throw new Error(`The control layer at ${url} is not valid: ${result.errors.slice(0, 3).join('; ')}`);
    const layer = result.value;
    const sources = (layer.features.flatMap((f) => (f.properties as { sources?: SourceRef[] }).sources ?? []));
    return { control: { layer: layer as unknown as FeatureCollection, date: controlDate(layer), shares: null, sources }, error: null };
  } catch (e) {
    return { control: DEFAULTS.control, error: (e as Error).message };
  }
}
