/**
 * Whether a point lies in a control layer's polygons: even-odd ray casting
 * over every ring, so holes count. Pure and small: runs in the browser with
 * no geometry library (Turf stays at build time).
 */
import type { FeatureCollection, Position } from 'geojson';

function inRing(lon: number, lat: number, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** A polygon's rings (outer first, then holes): inside the outer ring and in no hole. */
function inPolygon(lon: number, lat: number, rings: readonly (readonly Position[])[]): boolean {
  const [outer, ...holes] = rings;
  return !!outer && inRing(lon, lat, outer) && !holes.some((h) => inRing(lon, lat, h));
}

/** True when (lon, lat) lies in any Polygon or MultiPolygon feature of `layer`. */
export function pointInLayer(lon: number, lat: number, layer: FeatureCollection): boolean {
  for (const f of layer.features) {
    const g = f.geometry;
    if (!g) continue;
    if (g.type === 'Polygon' && inPolygon(lon, lat, g.coordinates)) return true;
    if (g.type === 'MultiPolygon' && g.coordinates.some((p) => inPolygon(lon, lat, p))) return true;
  }
  return false;
}
