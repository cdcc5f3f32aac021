/**
 * The compact place index the linker ships with (`geodata/conflicts/ua/gazetteer.json`):
 * every GeoNames place in Ukraine whose name is unambiguous, grouped by the
 * ISO code of its oblast, each as "Primary|Alternate|…".
 */
import type { RegionId } from '../geo/regionIds.ts';

export type GazetteerJson = {
  attribution: string;
  version: 1;
  /** ISO 3166-2 code → "Primary|Alternate|…" spellings of each place. */
  regions: Record<string, string[]>;
};

export type GazetteerPlace = {
  /** English name (the first spelling). */
  name: string;
  region: RegionId;
  spellings: string[];
};

export type Gazetteer = {
  attribution: string;
  places: GazetteerPlace[];
};

/** Expand the compact JSON into places; throws on a malformed index. */
export function loadGazetteer(json: GazetteerJson): Gazetteer {
  if (!json || typeof json !== 'object' || typeof json.regions !== 'object') {
    throw new Error('gazetteer: expected an object with "regions"');
  }
  const places: GazetteerPlace[] = [];
  for (const [region, list] of Object.entries(json.regions)) {
    // Any profile's regions: ISO 3166-2 codes (UA-14, GE-AB); the linker's profile decides which link.
    if (!/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(region)) throw new Error(`gazetteer: unknown region id: ${region}`);
    for (const line of list) {
      const spellings = line.split('|').filter((s) => s.length > 0);
      const name = spellings[0];
      if (name) places.push({ name, region: region as RegionId, spellings });
    }
  }
  return { attribution: json.attribution, places };
}
