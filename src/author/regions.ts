/** The region geometry the authoring page draws, and the names of the regions a mention may point at. */
import type { Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import { decodeRegions } from '../lib/geo/decodeRegions.ts';
import { STORY_REGIONS } from '../lib/geo/regionIds.ts';
import type { Lang } from '../lib/i18n/lang.ts';
import regionsTopo from '../../geodata/regions.topo.json';
import controlLayer from '../../geodata/control.geojson';

export const REGIONS = decodeRegions(regionsTopo as unknown as Topology);
export const CONTROL = controlLayer as unknown as FeatureCollection;

export function regionName(id: string, lang: Lang = 'en'): string {
  const p = REGIONS.byId.get(id)?.properties;
  if (!p) return id;
  return lang === 'uk' ? p.name_uk : p.name;
}

/** The regions a mention may be linked to, with their names in `lang`, in the canonical order. */
export function linkable(lang: Lang): { id: string; name: string }[] {
  return STORY_REGIONS.map((id) => ({ id, name: regionName(id, lang) }));
}
