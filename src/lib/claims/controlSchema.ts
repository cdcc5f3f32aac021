import { z } from 'zod';
import { IsoDateSchema, SourceRefSchema, formatIssues } from './sourceRef.ts';

/**
 * A control layer: a GeoJSON FeatureCollection of Polygon / MultiPolygon
 * features of Russian-held territory in WGS84, each with a `date`. The default
 * layer is geodata/control.geojson; a user may supply a newer one (`?control=`).
 */

type Issue = { path: PropertyKey[]; message: string };

function checkPosition(p: unknown, path: PropertyKey[], out: Issue[]): void {
  if (!Array.isArray(p) || p.length < 2 || !p.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    out.push({ path, message: `expected a position [longitude, latitude], got ${JSON.stringify(p)}` });
    return;
  }
  const [lon, lat] = p as number[];
  if (lon! < -180 || lon! > 180) out.push({ path, message: `longitude ${lon} out of range (WGS84: -180..180)` });
  if (lat! < -90 || lat! > 90) out.push({ path, message: `latitude ${lat} out of range (WGS84: -90..90)` });
}

function checkRing(ring: unknown, path: PropertyKey[], out: Issue[]): void {
  if (!Array.isArray(ring)) {
    out.push({ path, message: `expected a linear ring (array of positions), got ${JSON.stringify(ring)}` });
    return;
  }
  if (ring.length < 4) out.push({ path, message: `a ring needs at least 4 positions, got ${ring.length}` });
  const before = out.length;
  ring.forEach((p, i) => checkPosition(p, [...path, i], out));
  if (out.length > before || ring.length < 4) return;
  const a = ring[0] as number[];
  const b = ring[ring.length - 1] as number[];
  if (a[0] !== b[0] || a[1] !== b[1]) out.push({ path, message: `ring is not closed: first [${a.slice(0, 2).join(', ')}] ≠ last [${b.slice(0, 2).join(', ')}]` });
}

function checkPolygon(rings: unknown, path: PropertyKey[], out: Issue[]): void {
  if (!Array.isArray(rings) || rings.length === 0) {
    out.push({ path, message: `expected a polygon (non-empty array of rings), got ${JSON.stringify(rings)?.slice(0, 60)}` });
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
 * Validates a control layer; errors name the file, the field and the value, e.g.
 * `control.geojson: features[0].geometry.coordinates[0][3]: longitude 200 out of range (WGS84: -180..180)`.
 */
export function parseControlLayer(json: unknown, file = 'control.geojson'): { ok: true; value: ControlLayer } | { ok: false; errors: string[] } {
  const r = ControlLayerSchema.safeParse(json);
  if (!r.success) return { ok: false, errors: formatIssues(file, r.error.issues) };
  return { ok: true, value: r.data as unknown as ControlLayer };
}

/** The date of a control layer (the first feature's; a layer normally has one). */
export function controlDate(layer: ControlLayer): string {
  return layer.features[0]!.properties.date;
}
