import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { measureShares, resolvePoint, countryOutline } from '../../../geodata/control.ts';
import { parseControlLog, stateOn, toContactLine } from '../../../geodata/controlLog.ts';
import { applySnapshot } from '../../../geodata/controlSeries.ts';
import { parseControlLayer, parseShares } from '../../../src/lib/claims/index.ts';
import { UKRAINE_REGIONS } from '../uaProfile.ts';

const dir = join(import.meta.dirname, '../../../geodata/conflicts/ua');
const read = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8'));
const topology = read('regions.topo.json') as Topology;
const controlJson = read('control.geojson');
const sharesJson = read('shares.json');
const log = parseControlLog(read('src/controlLog.json'));
// The latest line: the control log replayed to its last day.
const line = toContactLine(log, stateOn(log, log.series.to), []);

describe('geodata/conflicts/ua/control.geojson', () => {
  it('passes the control layer schema, dated to the article and marked approximate', () => {
    const r = parseControlLayer(controlJson);
    expect(r.ok ? [] : r.errors).toEqual([]);
    for (const f of controlJson.features) {
      expect(f.properties.date).toBe('2025-11-27');
      expect(f.properties.approximate).toBe(true);
      expect(f.properties.method).toMatch(/approximate/i);
      expect(f.properties.sources.length).toBeGreaterThan(0);
      for (const s of f.properties.sources) expect(s.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(f.properties.line).toEqual(expect.arrayContaining(['Kupiansk', 'Siversk', 'Chasiv Yar', 'Pokrovsk', 'Huliaipole', 'Stepnohirsk']));
    }
  });

  it('is valid geometry with no self-intersections', () => {
    for (const f of controlJson.features as Feature<Polygon | MultiPolygon>[]) {
      expect(turf.booleanValid(f)).toBe(true);
      expect(turf.kinks(f).features).toHaveLength(0);
    }
  });

  it('lies inside Ukraine’s outline', () => {
    const outline = countryOutline(topology);
    for (const f of controlJson.features as Feature<Polygon | MultiPolygon>[]) {
      const outside = turf.difference(turf.featureCollection([f, outline]));
      expect(outside ? turf.area(outside) / 1e6 : 0).toBeLessThan(60); // km²: the published layer is simplified to ~600 m along borders and coasts
    }
  });

  it('is what the build makes from the committed log (not edited by hand)', () => {
    const rebuilt = applySnapshot(log, topology, log.series.to);
    expect(turf.area(rebuilt) / 1e6).toBeCloseTo(turf.area(controlJson) / 1e6, 0);
    const shares = measureShares(rebuilt, topology, line.date, log.sharesSource);
    expect(shares.total.share).toBeCloseTo(sharesJson.total.share, 3);
  });

  it('every locality vertex lies near its named place, within its stated offset', () => {
    for (const l of line.lines) for (const p of l.points) {
      if (p.kind !== 'locality') continue;
      const d = turf.distance(p.lonlat, resolvePoint(p), { units: 'kilometers' });
      expect(d).toBeCloseTo(p.offset?.km ?? 0, 1);
    }
  });
});

describe('geodata/conflicts/ua/shares.json', () => {
  const r = parseShares(sharesJson);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  const s = r.value;
  const share = (id: string) => s.regions[id as (typeof UKRAINE_REGIONS)[number]]!.share;

  it('covers all 27 regions and carries the control date', () => {
    expect(Object.keys(s.regions).sort()).toEqual([...UKRAINE_REGIONS].sort());
    expect(s.date).toBe(controlJson.features[0].properties.date);
  });

  it('matches the article: "nearly all of Luhansk"', () => {
    expect(share('UA-09')).toBeGreaterThan(0.95);
  });

  it('matches the article: "parts of Donetsk, Kherson, and Zaporizhzhia"', () => {
    for (const id of ['UA-14', 'UA-65', 'UA-23']) {
      expect(share(id), id).toBeGreaterThan(0.3);
      expect(share(id), id).toBeLessThan(0.95);
    }
  });

  it('Crimea and Sevastopol are held whole', () => {
    // Not exactly 1: the published layer is simplified (~600 m), the region outline is not.
    expect(share('UA-43')).toBeGreaterThan(0.995);
    expect(share('UA-40')).toBeGreaterThan(0.995);
  });

  it('matches the article: "about 20% of Ukrainian territory"', () => {
    expect(s.total.share).toBeGreaterThan(0.17);
    expect(s.total.share).toBeLessThan(0.21);
  });

  it('the far west is not held', () => {
    for (const id of ['UA-46', 'UA-07', 'UA-30', 'UA-51']) expect(share(id)).toBe(0);
  });
});
