/**
 * The Georgia profile (geodata/conflicts/ge/) passes the checks Ukraine's
 * geodata passes: areas against the source, shared borders, labels inside,
 * a valid control layer inside the country that the build reproduces, sane
 * shares, valid claims.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { neighbors } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { countryOutline, measureShares, resolvePoint } from '../../../geodata/control.ts';
import { parseControlLog, stateOn, toContactLine } from '../../../geodata/controlLog.ts';
import { applySeries } from '../../../geodata/controlSeries.ts';
import type { RegionNames } from '../../../geodata/regions.ts';
import { readClaims, readProfile } from '../../../src/cli/conflicts.ts';
import { parseControlLayer, parseShares } from '../../../src/lib/claims/index.ts';
import { decodeRegions, type RegionProps } from '../../../src/lib/geo/decodeRegions.ts';

const dir = join(import.meta.dirname, '../../../geodata/conflicts/ge');
const read = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8'));
const profile = readProfile('ge');
const topology = read('regions.topo.json') as Topology;
const { regions, countries, byId } = decodeRegions(topology, profile);
const names = read('src/names.json') as RegionNames & { _about?: string };
const log = parseControlLog(read('src/controlLog.json'), 'geodata/conflicts/ge/src/controlLog.json');
const controlJson = read('control.geojson');
const sharesJson = read('shares.json');
const km2 = (f: Parameters<typeof turf.area>[0]) => turf.area(f) / 1e6;
const place = (key: string): Position => log.places[key]!.lonlat;
const held = (p: Position) => (controlJson.features as Feature<Polygon | MultiPolygon>[]).some((f) => turf.booleanPointInPolygon(p, f));

describe('geodata/conflicts/ge/regions.topo.json', () => {
  it("has Natural Earth's 12 first-level units of Georgia, with English, Ukrainian and Russian names", () => {
    const ids = Object.keys(names).filter((k) => k !== '_about').sort();
    expect(ids).toHaveLength(12);
    expect(regions.map((r) => r.properties.id).sort()).toEqual(ids);
    for (const r of regions) {
      expect(r.properties.name, r.properties.id).toMatch(/^[A-Z][A-Za-z -]+$/);
      expect(r.properties.name_uk, r.properties.id).toMatch(/[а-яіїєґ]/i);
      expect(r.properties.name_ru, r.properties.id).toMatch(/[а-я]/i);
    }
    expect(byId.get('GE-AB')!.properties.name).toBe('Abkhazia');
    expect(byId.get('GE-SK')!.properties.name).toBe('Shida Kartli');
  });

  it('flags the profile’s focus and context regions, every other unit as base', () => {
    for (const id of profile.regions.focus) expect(byId.get(id)!.properties.role, id).toBe('focus');
    for (const id of profile.regions.context) expect(byId.get(id)!.properties.role, id).toBe('context');
    expect(regions.filter((r) => r.properties.role === 'base')).toHaveLength(12 - profile.regions.focus.length - profile.regions.context.length);
  });

  it("keeps every region's area within 0.5 % of the unsimplified Natural Earth source", () => {
    for (const r of regions) {
      const err = Math.abs(km2(r) - r.properties.area_km2) / r.properties.area_km2;
      expect(err, `${r.properties.id}: ${km2(r).toFixed(1)} vs ${r.properties.area_km2} km²`).toBeLessThan(0.005);
    }
  });

  it('adds up to the area of Georgia (≈ 69,700 km²)', () => {
    const total = regions.reduce((s, r) => s + km2(r), 0);
    expect(total).toBeGreaterThan(68_500);
    expect(total).toBeLessThan(71_000);
  });

  it('shares borders between neighbours: adjacent regions touch and never overlap', () => {
    const geoms = (topology.objects.regions as GeometryCollection<RegionProps>).geometries;
    const adj = neighbors(geoms as Parameters<typeof neighbors>[0]);
    const id = (i: number) => (geoms[i]!.properties as RegionProps).id;
    const sk = geoms.findIndex((g) => (g.properties as RegionProps).id === 'GE-SK');
    expect(adj[sk]!.map(id).sort()).toEqual(['GE-IM', 'GE-KK', 'GE-MM', 'GE-RL', 'GE-SJ']);
    let pairs = 0;
    adj.forEach((list, i) => {
      for (const j of list) {
        if (j < i) continue;
        pairs++;
        const overlap = turf.intersect(turf.featureCollection([byId.get(id(i))!, byId.get(id(j))!]));
        expect(overlap ? km2(overlap) : 0, `${id(i)} ∩ ${id(j)}`).toBeLessThan(0.5);
      }
    });
    expect(pairs).toBeGreaterThan(15);
  });

  it('places every label point inside its region', () => {
    for (const r of regions) expect(turf.booleanPointInPolygon(r.properties.label, r), r.properties.id).toBe(true);
  });

  it('draws the neighbouring countries of the profile as context, without Georgia', () => {
    expect(countries.map((c) => c.properties.id).sort()).toEqual(Object.keys(profile.neighbours).sort());
    const ru = countries.find((c) => c.properties.id === 'RU')!;
    expect(turf.booleanPointInPolygon(place('Tskhinvali'), ru)).toBe(false);
    expect(turf.booleanPointInPolygon([44.68, 43.02], ru)).toBe(true); // Vladikavkaz
  });
});

describe('geodata/conflicts/ge/src/baseLabels.json', () => {
  const labels = read('src/baseLabels.json').labels as { id: string; kind: string; at: Position }[];
  it('puts each country label inside its country and the sea label outside every land feature', () => {
    const outline = countryOutline(topology);
    for (const l of labels) {
      if (l.kind === 'sea') {
        expect([...countries, outline].some((c) => turf.booleanPointInPolygon(l.at, c)), l.id).toBe(false);
      } else if (l.id === profile.country) {
        expect(turf.booleanPointInPolygon(l.at, outline), l.id).toBe(true);
      } else {
        expect(turf.booleanPointInPolygon(l.at, countries.find((c) => c.properties.id === l.id)!), l.id).toBe(true);
      }
    }
  });
});

describe('geodata/conflicts/ge/control.geojson', () => {
  it('passes the control layer schema, dated to the profile’s default date, sourced and approximate', () => {
    const r = parseControlLayer(controlJson);
    expect(r.ok ? [] : r.errors).toEqual([]);
    for (const f of controlJson.features) {
      expect(f.properties.date).toBe(profile.defaultDate);
      expect(f.properties.approximate).toBe(true);
      expect(f.properties.method).toMatch(/approximate/i);
      expect(f.properties.wholeUnits).toEqual(['GE-AB']);
      for (const s of f.properties.sources) expect(s.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // No change since 2008: the 2025 layer cites the log's latest confirmation, not the 2008 change.
      expect(f.properties.sources.map((s: { date: string }) => s.date)).toEqual([log.confirmations!.at(-1)!.source.date]);
    }
  });

  it('is valid geometry with no self-intersections, inside Georgia’s outline', () => {
    const outline = countryOutline(topology);
    for (const f of controlJson.features as Feature<Polygon | MultiPolygon>[]) {
      expect(turf.booleanValid(f)).toBe(true);
      expect(turf.kinks(f).features).toHaveLength(0);
      const outside = turf.difference(turf.featureCollection([f, outline]));
      expect(outside ? km2(outside) : 0).toBeLessThan(10);
    }
  });

  it('is what the build makes from the committed log (not edited by hand)', () => {
    const series = applySeries(log, topology);
    expect(JSON.parse(JSON.stringify(series.layers.get(series.index.at(-1)!.file)))).toEqual(controlJson);
    expect(JSON.parse(JSON.stringify(series.latestShares))).toEqual(sharesJson);
  });

  it('every locality vertex lies at its stated offset from its GeoNames place', () => {
    const line = toContactLine(log, stateOn(log, log.series.to), []);
    expect(line.lines.map((l) => l.id).sort()).toEqual(['akhalgori', 'south-ossetia']);
    for (const l of line.lines) for (const p of l.points) {
      if (p.kind !== 'locality') continue;
      expect(turf.distance(p.lonlat, resolvePoint(p), { units: 'kilometers' })).toBeCloseTo(p.offset?.km ?? 0, 1);
    }
  });

  it('holds Sukhumi, Tskhinvali, Java and Akhalgori; not Gori, Kareli, Oni, Dusheti or Zugdidi', () => {
    expect(held([41.0167, 43.0033])).toBe(true); // Sukhumi (GeoNames Sokhumi)
    for (const p of ['Tskhinvali', 'Java', 'Akhalgori']) expect(held(place(p)), p).toBe(true);
    for (const p of ['Gori', 'Kareli', 'Oni', 'Dusheti', 'Khashuri', 'Kaspi']) expect(held(place(p)), p).toBe(false);
    expect(held([41.8709, 42.5088])).toBe(false); // Zugdidi, across the Enguri
  });

  it('draws the former South Ossetian oblast at about its reported size (≈ 3,900–4,000 km²)', () => {
    const s = measureShares(controlJson, topology, profile.defaultDate, 'test');
    const soao = ['GE-SK', 'GE-MM', 'GE-RL'].reduce((n, id) => n + s.regions[id]!.heldKm2, 0);
    expect(soao).toBeGreaterThan(3_500);
    expect(soao).toBeLessThan(4_500);
  });
});

describe('geodata/conflicts/ge/shares.json', () => {
  const r = parseShares(sharesJson);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  const s = r.value;
  const share = (id: string) => s.regions[id as keyof typeof s.regions]!.share;

  it('covers all 12 regions and carries the control date', () => {
    expect(Object.keys(s.regions).sort()).toEqual(regions.map((x) => x.properties.id).sort());
    expect(s.date).toBe(controlJson.features[0].properties.date);
  });

  it('Abkhazia is held whole; Shida Kartli partly; the regions outside the two entities not at all', () => {
    expect(share('GE-AB')).toBeGreaterThan(0.99);
    expect(share('GE-SK')).toBeGreaterThan(0.3);
    expect(share('GE-SK')).toBeLessThan(0.6);
    for (const id of ['GE-MM', 'GE-RL']) {
      expect(share(id), id).toBeGreaterThan(0.05);
      expect(share(id), id).toBeLessThan(0.25);
    }
    for (const id of ['GE-AJ', 'GE-GU', 'GE-IM', 'GE-KA', 'GE-KK', 'GE-SJ', 'GE-SZ', 'GE-TB']) expect(share(id), id).toBeLessThan(0.001);
  });

  it('matches the reported "about 20 %" of Georgia', () => {
    expect(s.total.share).toBeGreaterThan(0.16);
    expect(s.total.share).toBeLessThan(0.22);
  });
});

describe('geodata/conflicts/ge/claims.json', () => {
  it('validates against the profile: both parties on every story region, each position sourced', () => {
    const claims = readClaims(profile);
    expect(Object.keys(claims.regions).sort()).toEqual([...profile.regions.focus, ...profile.regions.context].sort());
    expect(claims.parties.sovereign.key).toBe('georgia');
    expect(claims.parties.claimant.key).toBe('russia');
    for (const [id, c] of Object.entries(claims.regions)) {
      expect(c.sovereign.kind, id).toBe('sovereignty');
      expect(c.claimant.kind, id).toBe('recognition');
      expect(c.claimant.date, id).toBe('2008-08-26');
      expect(c.sovereign.sources.length + c.claimant.sources.length, id).toBeGreaterThan(2);
    }
  });
});

describe('geodata/conflicts/ge/gazetteer.json', () => {
  const gz = read('gazetteer.json') as { regions: Record<string, string[]> };
  const regionOf = (name: string) => Object.entries(gz.regions).find(([, list]) => list.some((l) => l.split('|').includes(name)))?.[0];
  it('finds the places news names under their usual spellings, in their regions', () => {
    expect(regionOf('Sukhumi')).toBe('GE-AB');
    expect(regionOf('Sokhumi')).toBe('GE-AB');
    expect(regionOf('Tskhinvali')).toBe('GE-SK');
    expect(regionOf('Akhalgori')).toBe('GE-MM');
    expect(regionOf('Kvaisa')).toBe('GE-RL');
    expect(regionOf('Zugdidi')).toBe('GE-SZ');
    expect(regionOf('Batumi')).toBe('GE-AJ');
  });
});
