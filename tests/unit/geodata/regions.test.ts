import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { area, booleanPointInPolygon, intersect } from '@turf/turf';
import { neighbors } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { decodeRegions, type RegionProps } from '../../../src/lib/geo/decodeRegions.ts';
import { STORY_REGIONS, UKRAINE_REGIONS, FOCUS_REGIONS, CONTEXT_REGIONS } from '../uaProfile.ts';

const topology = JSON.parse(readFileSync(join(import.meta.dirname, '../../../geodata/conflicts/ua/regions.topo.json'), 'utf8')) as Topology;
const { regions, countries, byId } = decodeRegions(topology);
const km2 = (f: Parameters<typeof area>[0]) => area(f) / 1e6;

describe('geodata/conflicts/ua/regions.topo.json', () => {
  it('has every one of the 27 first-level units of Ukraine, with English, Ukrainian and Russian names', () => {
    expect(regions.map((r) => r.properties.id).sort()).toEqual([...UKRAINE_REGIONS].sort());
    for (const r of regions) {
      expect(r.properties.name, r.properties.id).toMatch(/^[A-Z][A-Za-z ()-]+$/);
      expect(r.properties.name_uk, r.properties.id).toMatch(/[а-яіїєґ]/i);
      expect(r.properties.name_ru, r.properties.id).toMatch(/[а-я]/i);
    }
    expect(byId.get('UA-14')!.properties.name).toBe('Donetsk');
    expect(byId.get('UA-23')!.properties.name).toBe('Zaporizhzhia');
    expect(byId.get('UA-30')!.properties.name).toMatch(/^Kyiv/);
    expect(byId.get('UA-09')!.properties.name_uk).toBe('Луганська область');
  });

  it('flags the four focus oblasts and the two context regions', () => {
    for (const id of FOCUS_REGIONS) expect(byId.get(id)!.properties.role).toBe('focus');
    for (const id of CONTEXT_REGIONS) expect(byId.get(id)!.properties.role).toBe('context');
    expect(regions.filter((r) => r.properties.role === 'base')).toHaveLength(27 - STORY_REGIONS.length);
  });

  it('keeps Crimea and Sevastopol as Ukrainian units (de jure)', () => {
    expect(byId.get('UA-43')!.properties.name).toBe('Crimea');
    expect(byId.get('UA-40')!.properties.name).toBe('Sevastopol');
  });

  it("keeps every region's area within 0.5 % of the unsimplified Natural Earth source", () => {
    for (const r of regions) {
      const err = Math.abs(km2(r) - r.properties.area_km2) / r.properties.area_km2;
      expect(err, `${r.properties.id}: ${km2(r).toFixed(1)} vs ${r.properties.area_km2} km²`).toBeLessThan(0.005);
    }
  });

  it('adds up to the area of Ukraine (≈ 603,500 km²)', () => {
    const total = regions.reduce((s, r) => s + km2(r), 0);
    expect(total).toBeGreaterThan(595_000);
    expect(total).toBeLessThan(612_000);
  });

  it('shares borders between neighbours: adjacent regions touch and never overlap', () => {
    const geoms = (topology.objects.regions as GeometryCollection<RegionProps>).geometries;
    const adj = neighbors(geoms as Parameters<typeof neighbors>[0]);
    const id = (i: number) => (geoms[i]!.properties as RegionProps).id;
    const donetsk = geoms.findIndex((g) => (g.properties as RegionProps).id === 'UA-14');
    expect(adj[donetsk]!.map(id).sort()).toEqual(['UA-09', 'UA-12', 'UA-23', 'UA-63']);
    let pairs = 0;
    adj.forEach((list, i) => {
      for (const j of list) {
        if (j < i) continue;
        pairs++;
        const overlap = intersect({ type: 'FeatureCollection', features: [regions.find((r) => r.properties.id === id(i))!, regions.find((r) => r.properties.id === id(j))!] });
        const a = overlap ? km2(overlap) : 0;
        expect(a, `${id(i)} ∩ ${id(j)}`).toBeLessThan(0.5);
      }
    });
    expect(pairs).toBeGreaterThan(40);
  });

  it('places every label point inside its region', () => {
    for (const r of regions) {
      const [lon, lat] = r.properties.label;
      expect(booleanPointInPolygon([lon, lat], r), r.properties.id).toBe(true);
    }
  });

  it('draws the neighbouring countries as context, Russia and Belarus among them', () => {
    const ids = countries.map((c) => c.properties.id);
    expect(ids).toEqual(expect.arrayContaining(['RU', 'BY', 'PL', 'RO', 'MD', 'HU', 'SK']));
    // Natural Earth files Crimea under Russia; our Russia outline must not contain it.
    const ru = countries.find((c) => c.properties.id === 'RU')!;
    expect(booleanPointInPolygon([34.1, 45.0], ru)).toBe(false);
    expect(booleanPointInPolygon([39.7, 47.2], ru)).toBe(true); // Rostov-on-Don
  });
});
