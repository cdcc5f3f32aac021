import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type RegionRole = 'focus' | 'context' | 'base';

/** Properties of a Ukrainian region in geodata/conflicts/ua/regions.topo.json. */
export type RegionProps = {
  id: string;
  name: string;
  name_uk: string;
  name_ru: string;
  type: string;
  role: RegionRole;
  /** Pole of inaccessibility [lon, lat], rounded to 0.01°. */
  label: [number, number];
  /** Area in km² of the unsimplified Natural Earth polygon. */
  area_km2: number;
};

export type CountryProps = { id: string; name: string };

export type RegionFeature = Feature<Polygon | MultiPolygon, RegionProps>;
export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProps>;

export type DecodedRegions = {
  regions: RegionFeature[];
  countries: CountryFeature[];
  byId: Map<string, RegionFeature>;
};

/** Decodes the regions topology into GeoJSON features, keyed by ISO 3166-2 code. */
export function decodeRegions(topology: Topology): DecodedRegions {
  const objects = topology.objects;
  if (!objects.regions || !objects.countries) throw new Error('regions topology lacks the "regions" or "countries" object');
  const regions = (feature(topology, objects.regions as GeometryCollection<RegionProps>) as FeatureCollection<Polygon | MultiPolygon, RegionProps>).features;
  const countries = (feature(topology, objects.countries as GeometryCollection<CountryProps>) as FeatureCollection<Polygon | MultiPolygon, CountryProps>).features;
  return { regions, countries, byId: new Map(regions.map((r) => [r.properties.id, r])) };
}
