import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type RegionRole = 'focus' | 'context' | 'base';

/** Properties of a region in a profile's regions.topo.json. */
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
  /** The focus regions, then all story regions (focus, context), in the profile's canonical order. */
  focus: readonly string[];
  story: readonly string[];
  /** Story regions too small to carry a map label. */
  unlabelled: readonly string[];
  /** ISO 3166-1 alpha-2 of the regions' country (its base label is not drawn). */
  country: string;
  /**
   * [[south, west], [north, east]]: how far the map's data reaches (the profile's neighbourBbox, to which
   * the neighbours are clipped); the map keeps its view inside it (Leaflet's maxBounds). null without a profile.
   */
  extent: [[number, number], [number, number]] | null;
};

/** What decoding takes from the conflict profile: the canonical order and label rules. */
export type RegionOrder = {
  country: string;
  regions: { focus: readonly string[]; context: readonly string[]; unlabelled: readonly string[] };
  /** [west, south, east, north] the neighbours were clipped to. */
  neighbourBbox?: readonly [number, number, number, number];
};

/**
 * Decodes the regions topology into GeoJSON features, keyed by ISO 3166-2 code.
 * Without `profile`, the story regions are those the topology marks focus or
 * context, in id order.
 */
export function decodeRegions(topology: Topology, profile?: RegionOrder): DecodedRegions {
  const objects = topology.objects;
  if (!objects.regions || !objects.countries) throw new Error('regions topology lacks the "regions" or "countries" object');
  const regions = (feature(topology, objects.regions as GeometryCollection<RegionProps>) as FeatureCollection<Polygon | MultiPolygon, RegionProps>).features;
  const countries = (feature(topology, objects.countries as GeometryCollection<CountryProps>) as FeatureCollection<Polygon | MultiPolygon, CountryProps>).features;
  const byRole = (role: RegionRole) => regions.filter((r) => r.properties.role === role).map((r) => r.properties.id);
  const focus = profile ? [...profile.regions.focus] : byRole('focus');
  const story = profile ? [...profile.regions.focus, ...profile.regions.context] : [...focus, ...byRole('context')];
  const country = profile?.country ?? regions[0]?.properties.id.slice(0, 2) ?? '';
  const b = profile?.neighbourBbox;
  const extent: DecodedRegions['extent'] = b ? [[b[1], b[0]], [b[3], b[2]]] : null;
  return { regions, countries, byId: new Map(regions.map((r) => [r.properties.id, r])), focus, story, unlabelled: profile ? [...profile.regions.unlabelled] : [], country, extent };
}
