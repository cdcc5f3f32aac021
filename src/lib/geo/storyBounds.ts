import type { RegionFeature } from './decodeRegions.ts';

/** The map's opening view: the box around the six story regions, as Leaflet's [[south, west], [north, east]]. */
export function storyBounds(regions: readonly RegionFeature[]): [[number, number], [number, number]] {
  let w = 180, s = 90, e = -180, n = -90;
  for (const f of regions) {
    if (f.properties.role === 'base') continue;
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const ring of polys.flat()) {
      for (const [x, y] of ring) {
        if (x! < w) w = x!;
        if (x! > e) e = x!;
        if (y! < s) s = y!;
        if (y! > n) n = y!;
      }
    }
  }
  return [[s, w], [n, e]];
}
