/** The region geometry the authoring page draws, and the names of the regions a mention may point at. */
import type { Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import { decodeRegions } from '../lib/geo/decodeRegions.ts';
import { DEFAULT_PROFILE } from '../lib/conflict/bundled.ts';
import regionsTopo from '../../geodata/conflicts/ua/regions.topo.json';
import controlLayer from '../../geodata/conflicts/ua/control.geojson';

export const REGIONS = decodeRegions(regionsTopo as unknown as Topology, DEFAULT_PROFILE);

export function isStoryRegion(id: string): boolean {
  return REGIONS.story.includes(id);
}
export const CONTROL = controlLayer as unknown as FeatureCollection;

export function regionName(id: string): string {
  return REGIONS.byId.get(id)?.properties.name ?? id;
}

/** The regions a mention may be linked to, with their English names, in the canonical order. */
export const LINKABLE = REGIONS.story.map((id) => ({ id, name: regionName(id) }));
