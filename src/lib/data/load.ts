/**
 * Where the app's data comes from: the bundled defaults (seed story, regions,
 * control layer, claims) or a control layer at a URL, validated (a story at a
 * URL, with its conflict: conflicts.ts).
 */
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { Story } from '../contract/story.ts';
import { decodeRegions } from '../geo/decodeRegions.ts';
import { fetchJson } from './fetchJson.ts';
import { loadSchemas } from './loadSchemas.ts';
import { LIMITS } from '../contract/limits.ts';
import { t, type Lang } from '../i18n/strings.ts';
import regionsTopo from '../../../geodata/conflicts/ua/regions.topo.json';
import seedStory from '../../generated/story.json';
import controlLayer from '../../../geodata/conflicts/ua/control.geojson';
import shares from '../../../geodata/conflicts/ua/shares.json';
import claims from '../../../geodata/conflicts/ua/claims.json';
import baseLabels from '../../../geodata/conflicts/ua/src/baseLabels.json';
import { claimsByRole, type ClaimsFile } from '../claims/claimsByRole.ts';
import { DEFAULT_PROFILE } from '../conflict/bundled.ts';
import type { BaseLabels } from '../geo/mapLabels.ts';
import type { SharesInput } from '../claims/regionSummary.ts';
import type { SourceRef } from '../claims/sourceRef.ts';

export type ControlData = {
  layer: FeatureCollection;
  /** The date the layer shows, YYYY-MM-DD (the latest, when its features differ). */
  date: string | null;
  /** The earliest date of a layer whose features carry different dates; null for a layer of one date. */
  dateFrom: string | null;
  /** Held shares measured at build time; null for a layer supplied at run time. */
  shares: SharesInput | null;
  /** The layer's own sources, cited beside the held share. */
  sources: SourceRef[];
  /** Supplied by the reader or embedder (`?control=`), not drawn by Claimline. */
  supplied: boolean;
};

export const DEFAULTS = {
  /** The bundled conflict profile (the app opens on it; a story without `conflict` belongs to it). */
  profile: DEFAULT_PROFILE,
  baseLabels: baseLabels as BaseLabels,
  regions: decodeRegions(regionsTopo as unknown as Topology, DEFAULT_PROFILE),
  story: seedStory as unknown as Story,
  control: {
    layer: controlLayer as unknown as FeatureCollection,
    date: shares.date,
    dateFrom: null,
    shares: shares as SharesInput,
    sources: (controlLayer.features[0]?.properties?.sources ?? []) as SourceRef[],
    supplied: false,
  } satisfies ControlData,
  // Validated at build time by `npm run check:data`, so not re-parsed in the browser.
  claims: claimsByRole(claims as unknown as ClaimsFile, DEFAULT_PROFILE),
};

/**
 * The control layer at `url`. Throws a readable error for a bad one; the
 * caller keeps the default layer on screen meanwhile and after a failure.
 */
export async function loadControl(url: string, lang: Lang = 'en'): Promise<ControlData> {
  const [json, { parseControlLayer, controlDateRange }] = await Promise.all([fetchJson(url, 'control layer', { maxBytes: LIMITS.controlBytes, lang }), loadSchemas()]);
  const result = parseControlLayer(json, url);
  if (!result.ok) throw new Error(t(lang, 'controlInvalid', { url, errors: result.errors.slice(0, 3).join('; ') }));
  const layer = result.value;
  const sources = layer.features.flatMap((f) => (f.properties as { sources?: SourceRef[] }).sources ?? []);
  const { from, to } = controlDateRange(layer);
  return { layer: layer as unknown as FeatureCollection, date: to, dateFrom: from === to ? null : from, shares: null, sources, supplied: true };
}
