/**
 * Whether Russia holds a place on a control line. A GeoNames point can lie
 * just off the simplified coast or river bank (Kherson's is on the Dnipro
 * riverfront, Skadovsk's in its bay): such a point takes the status of the
 * land nearest to it, read on rings of sample points at growing distances
 * until one ring touches land (the majority of its land samples decides).
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { pointInLayer } from './pointInLayer.ts';

/** Ring radii in km: GeoNames points lie at most 8 km outside the land outline (the gazetteer build's cut-off). */
const RADII_KM = [0.5, 1, 2, 4, 8];
const DIRECTIONS = 16;

/** Land: the regions of the map (their union is the country's outline). */
export type Land = FeatureCollection | readonly Feature<Polygon | MultiPolygon>[];

function asLayer(land: Land): FeatureCollection {
  return 'type' in land && land.type === 'FeatureCollection' ? land : { type: 'FeatureCollection', features: [...(land as readonly Feature[])] };
}

export function heldAt(lon: number, lat: number, control: FeatureCollection, land?: Land | null): boolean {
  if (!land) return pointInLayer(lon, lat, control);
  const ground = asLayer(land);
  if (pointInLayer(lon, lat, ground)) return pointInLayer(lon, lat, control);
  const kmLat = 1 / 111.2;
  const kmLon = 1 / (111.2 * Math.cos((lat * Math.PI) / 180));
  for (const r of RADII_KM) {
    let onLand = 0;
    let held = 0;
    for (let i = 0; i < DIRECTIONS; i++) {
      const a = (2 * Math.PI * i) / DIRECTIONS;
      const x = lon + r * kmLon * Math.cos(a);
      const y = lat + r * kmLat * Math.sin(a);
      if (!pointInLayer(x, y, ground)) continue;
      onLand++;
      if (pointInLayer(x, y, control)) held++;
    }
    if (onLand > 0) return held * 2 > onLand;
  }
  return pointInLayer(lon, lat, control);
}
