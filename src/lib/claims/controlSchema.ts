import { z } from '../zod.ts';
import { IsoDateSchema, SourceRefSchema, formatIssues } from './sourceRef.ts';
import { LIMITS, formatLimit } from '../contract/limits.ts';

/**
 * A control layer: a GeoJSON FeatureCollection of Polygon / MultiPolygon
 * features of Russian-held territory in WGS84, each with a `date`. The default
 * layer is geodata/conflicts/ua/control.geojson; a user may supply a newer one (`?control=`).
 */

type Issue = { path: PropertyKey[]; message: string };

/** At most this many problems are listed for one layer: the first ones say what is wrong. */
const MAX_ISSUES = 20;

function shortJson(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? s.slice(0, 57) + '…' : s;
}

function checkPosition(p: unknown, path: () => PropertyKey[], out: Issue[]): void {
  if (!Array.isArray(p) || p.length < 2 || !p.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    out.push({ path: path(), message: `expected a position [longitude, latitude], got ${shortJson(p)}` });
    return;
  }
  const [lon, lat] = p as number[];
  if (lon! < -180 || lon! > 180) out.push({ path: path(), message: `longitude ${lon} out of range (WGS84: -180..180)` });
  if (lat! < -90 || lat! > 90) out.push({ path: path(), message: `latitude ${lat} out of range (WGS84: -90..90)` });
}

function checkRing(ring: unknown, path: PropertyKey[], out: Issue[]): void {
  if (!Array.isArray(ring)) {
    out.push({ path, message: `expected a linear ring (array of positions), got ${shortJson(ring)}` });
    return;
  }
  if (ring.length < 4) out.push({ path, message: `a ring needs at least 4 positions, got ${ring.length}` });
  const before = out.length;
  // The path is built only for a bad position: a layer has up to 100,000 of them.
  for (let i = 0; i < ring.length && out.length < MAX_ISSUES; i++) checkPosition(ring[i], () => [...path, i], out);
  if (out.length > before || ring.length < 4) return;
  const a = ring[0] as number[];
  const b = ring[ring.length - 1] as number[];
  if (a[0] !== b[0] || a[1] !== b[1]) out.push({ path, message: `ring is not closed: first [${a.slice(0, 2).join(', ')}] ≠ last [${b.slice(0, 2).join(', ')}]` });
}

function checkPolygon(rings: unknown, path: PropertyKey[], out: Issue[]): void {
  if (!Array.isArray(rings) || rings.length === 0) {
    out.push({ path, message: `expected a polygon (non-empty array of rings), got ${shortJson(rings)}` });
    return;
  }
  rings.forEach((r, i) => checkRing(r, [...path, i], out));
}

const GeometrySchema = z
  .object({
    type: z.string(),
    coordinates: z.unknown(),
  })
  .superRefine((g, ctx) => {
    const out: Issue[] = [];
    if (g.type === 'Polygon') checkPolygon(g.coordinates, ['coordinates'], out);
    else if (g.type === 'MultiPolygon') {
      if (!Array.isArray(g.coordinates) || g.coordinates.length === 0) out.push({ path: ['coordinates'], message: 'expected a non-empty array of polygons' });
      else g.coordinates.forEach((poly, i) => checkPolygon(poly, ['coordinates', i], out));
    } else out.push({ path: ['type'], message: `geometry type ${JSON.stringify(g.type)} not allowed: only Polygon or MultiPolygon` });
    for (const i of out.slice(0, 20)) ctx.addIssue({ code: 'custom', path: i.path, message: i.message });
  });

export const ControlPropsSchema = z.looseObject({
  date: IsoDateSchema,
  method: z.string().min(1).optional(),
  sources: z.array(SourceRefSchema).optional(),
  approximate: z.boolean().optional(),
  line: z.array(z.string()).optional(),
});

export const ControlFeatureSchema = z.looseObject({
  type: z.literal('Feature', { error: (i) => `expected "Feature", got ${JSON.stringify(i.input)}` }),
  geometry: GeometrySchema,
  properties: ControlPropsSchema,
});

export const ControlLayerSchema = z.looseObject({
  type: z.literal('FeatureCollection', { error: (i) => `expected "FeatureCollection", got ${JSON.stringify(i.input)}` }),
  features: z.array(ControlFeatureSchema).min(1, 'the control layer has no features'),
});

export type ControlProps = z.infer<typeof ControlPropsSchema>;
export type ControlPosition = number[];
export type ControlGeometry =
  | { type: 'Polygon'; coordinates: ControlPosition[][] }
  | { type: 'MultiPolygon'; coordinates: ControlPosition[][][] };
export type ControlFeature = { type: 'Feature'; geometry: ControlGeometry; properties: ControlProps };
export type ControlLayer = { type: 'FeatureCollection'; features: ControlFeature[] };

/**
 * Counts a layer's features and positions without trusting its shape, walking
 * no deeper than a MultiPolygon can be, and stops as soon as a limit is passed:
 * a hostile layer costs no more than a layer at the limit.
 */
export function layerSizeProblem(json: unknown): string | null {
  if (!json || typeof json !== 'object') return null;
  const features = (json as { features?: unknown }).features;
  if (!Array.isArray(features)) return null;
  if (features.length > LIMITS.controlFeatures) return `features: ${features.length.toLocaleString('en-US')} features, over the limit of ${formatLimit(LIMITS.controlFeatures, 'count')}`;
  let vertices = 0;
  for (let f = 0; f < features.length; f++) {
    const coords = (features[f] as { geometry?: { coordinates?: unknown } } | null)?.geometry?.coordinates;
    // Polygon: rings of positions (depth 3); MultiPolygon: polygons of rings (depth 4).
    const stack: [unknown, number][] = [[coords, 0]];
    while (stack.length) {
      const [node, depth] = stack.pop()!;
      if (!Array.isArray(node) || node.length === 0) continue;
      if (typeof node[0] === 'number') {
        vertices++;
        continue;
      }
      if (depth >= 4) return `features[${f}].geometry.coordinates: nested deeper than a MultiPolygon`;
      if (vertices + node.length > LIMITS.controlVertices * 4) return `more than ${formatLimit(LIMITS.controlVertices, 'count')} positions (the limit)`;
      for (let i = node.length - 1; i >= 0; i--) stack.push([node[i], depth + 1]);
    }
    if (vertices > LIMITS.controlVertices) return `more than ${formatLimit(LIMITS.controlVertices, 'count')} positions (the limit)`;
  }
  return null;
}

/** The first and last days a control layer may show: Russia's occupation of Crimea began in 2014. */
export const EARLIEST_CONTROL_DATE = '2014-01-01';

/**
 * Validates a control layer; errors name the file, the field and the value, e.g.
 * `control.geojson: features[0].geometry.coordinates[0][3]: longitude 200 out of range (WGS84: -180..180)`.
 * A layer dated before 2014 or after `today` (a date in the future) is refused.
 */
export function parseControlLayer(
  json: unknown,
  file = 'control.geojson',
  today: string = new Date().toISOString().slice(0, 10),
): { ok: true; value: ControlLayer } | { ok: false; errors: string[] } {
  const size = layerSizeProblem(json);
  if (size) return { ok: false, errors: [`${file}: ${size}`] };
  const r = ControlLayerSchema.safeParse(json);
  if (!r.success) return { ok: false, errors: formatIssues(file, r.error.issues.slice(0, MAX_ISSUES)) };
  const layer = r.data as unknown as ControlLayer;
  const errors: string[] = [];
  layer.features.forEach((f, i) => {
    const d = f.properties.date;
    if (d < EARLIEST_CONTROL_DATE) errors.push(`${file}: features[${i}].properties.date: ${d} is before ${EARLIEST_CONTROL_DATE}; a control layer shows a day of this conflict`);
    else if (d > today) errors.push(`${file}: features[${i}].properties.date: ${d} is in the future (today is ${today})`);
  });
  if (errors.length) return { ok: false, errors: errors.slice(0, MAX_ISSUES) };
  return { ok: true, value: layer };
}

/** The days a control layer shows: one day normally, a range when its features carry different dates. */
export function controlDateRange(layer: ControlLayer): { from: string; to: string } {
  let from = layer.features[0]!.properties.date;
  let to = from;
  for (const f of layer.features) {
    if (f.properties.date < from) from = f.properties.date;
    if (f.properties.date > to) to = f.properties.date;
  }
  return { from, to };
}

/** The date of a control layer: its latest feature's (a layer normally has one date). */
export function controlDate(layer: ControlLayer): string {
  return controlDateRange(layer).to;
}
