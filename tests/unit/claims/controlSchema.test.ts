import { describe, expect, it } from 'vitest';
import { parseControlLayer } from '../../../src/lib/claims/index.ts';
import { controlDateRange } from '../../../src/lib/claims/controlSchema.ts';
import { LIMITS } from '../../../src/lib/contract/limits.ts';

const square = () => [[[35, 47], [36, 47], [36, 48], [35, 48], [35, 47]]];
const layer = (geometry: unknown, properties: unknown = { date: '2025-11-27' }) => ({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties, geometry }],
});
const errorsOf = (json: unknown) => {
  const r = parseControlLayer(json, 'control.geojson');
  if (r.ok) throw new Error('expected the layer to be rejected');
  return r.errors;
};

describe('control layer schema', () => {
  it('accepts polygons and multipolygons with a date', () => {
    expect(parseControlLayer(layer({ type: 'Polygon', coordinates: square() })).ok).toBe(true);
    expect(parseControlLayer(layer({ type: 'MultiPolygon', coordinates: [square(), square()] })).ok).toBe(true);
  });

  it('rejects a longitude out of range, naming the position', () => {
    const c = square();
    c[0]![3] = [200, 48];
    expect(errorsOf(layer({ type: 'Polygon', coordinates: c }))).toEqual([
      'control.geojson: features[0].geometry.coordinates[0][3]: longitude 200 out of range (WGS84: -180..180)',
    ]);
  });

  it('rejects a latitude out of range inside a multipolygon', () => {
    const c = square();
    c[0]![1] = [36, -95];
    expect(errorsOf(layer({ type: 'MultiPolygon', coordinates: [square(), c] }))).toEqual([
      'control.geojson: features[0].geometry.coordinates[1][0][1]: latitude -95 out of range (WGS84: -90..90)',
    ]);
  });

  it('rejects an open ring', () => {
    const errs = errorsOf(layer({ type: 'Polygon', coordinates: [[[35, 47], [36, 47], [36, 48], [35, 48]]] }));
    expect(errs[0]).toMatch(/^control\.geojson: features\[0\]\.geometry\.coordinates\[0\]: ring is not closed/);
  });

  it('rejects a ring with too few positions', () => {
    expect(errorsOf(layer({ type: 'Polygon', coordinates: [[[35, 47], [36, 47], [35, 47]]] }))[0]).toContain('at least 4 positions, got 3');
  });

  it('rejects lines and points', () => {
    expect(errorsOf(layer({ type: 'LineString', coordinates: [[35, 47], [36, 48]] }))).toContain(
      'control.geojson: features[0].geometry.type: geometry type "LineString" not allowed: only Polygon or MultiPolygon',
    );
  });

  it('rejects an empty collection', () => {
    expect(errorsOf({ type: 'FeatureCollection', features: [] })).toEqual(['control.geojson: features: the control layer has no features']);
  });

  it('rejects a layer with no date, or a bad date', () => {
    expect(errorsOf(layer({ type: 'Polygon', coordinates: square() }, {})).join('\n')).toContain('control.geojson: features[0].properties.date:');
    expect(errorsOf(layer({ type: 'Polygon', coordinates: square() }, { date: '27/11/2025' }))).toEqual([
      'control.geojson: features[0].properties.date: expected a date YYYY-MM-DD, got "27/11/2025"',
    ]);
  });

  it('rejects something that is not a FeatureCollection', () => {
    expect(errorsOf({ type: 'Feature', geometry: null })[0]).toBe('control.geojson: type: expected "FeatureCollection", got "Feature"');
    expect(errorsOf({ type: 'Polygon', coordinates: square() })[0]).toMatch(/^control\.geojson: type: /);
  });

  it('rejects non-numeric coordinates', () => {
    expect(errorsOf(layer({ type: 'Polygon', coordinates: [[[35, 47], ['36', 47], [36, 48], [35, 47]]] }))[0]).toMatch(
      /coordinates\[0\]\[1\]: expected a position \[longitude, latitude\]/,
    );
  });
});

describe('control layer limits and dates', () => {
  it('refuses a layer dated in the future or before 2014, naming the date', () => {
    expect(errorsOf(layer({ type: 'Polygon', coordinates: square() }, { date: '2099-01-01' }))[0]).toBe(
      `control.geojson: features[0].properties.date: 2099-01-01 is in the future (today is ${new Date().toISOString().slice(0, 10)})`,
    );
    expect(errorsOf(layer({ type: 'Polygon', coordinates: square() }, { date: '0000-01-01' }))[0]).toMatch(/0000-01-01 is before 2014-01-01/);
    expect(parseControlLayer(layer({ type: 'Polygon', coordinates: square() }, { date: '2014-03-18' })).ok).toBe(true);
  });

  it('refuses more positions or features than the limit before checking them one by one', () => {
    const ring = Array.from({ length: LIMITS.controlVertices + 10 }, (_, i) => [30 + i / 1e6, 47]);
    ring.push(ring[0]!);
    expect(errorsOf(layer({ type: 'Polygon', coordinates: [ring] }))).toEqual(['control.geojson: more than 100,000 positions (the limit)']);
    const many = { type: 'FeatureCollection', features: Array.from({ length: LIMITS.controlFeatures + 1 }, () => layer({ type: 'Polygon', coordinates: square() }).features[0]) };
    expect(errorsOf(many)).toEqual(['control.geojson: features: 2,001 features, over the limit of 2,000']);
  });

  it('refuses coordinates nested deeper than a MultiPolygon without walking them', () => {
    let deep: unknown = [35, 47];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(errorsOf(layer({ type: 'MultiPolygon', coordinates: deep }))[0]).toBe('control.geojson: features[0].geometry.coordinates: nested deeper than a MultiPolygon');
  });

  it('reports the range of dates when features differ', () => {
    const r = parseControlLayer({ type: 'FeatureCollection', features: ['2025-11-01', '2025-11-27'].map((date) => layer({ type: 'Polygon', coordinates: square() }, { date }).features[0]) });
    expect(r.ok).toBe(true);
    if (r.ok) expect(controlDateRange(r.value)).toEqual({ from: '2025-11-01', to: '2025-11-27' });
  });
});
