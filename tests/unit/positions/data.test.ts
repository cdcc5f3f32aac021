import { createHash } from 'node:crypto';
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { countryOutline } from '../../../geodata/control.ts';
import { parsePositionsSource } from '../../../src/lib/claims/positionsSchema.ts';
import { decodePositionPieces } from '../../../src/lib/geo/decodePositions.ts';
import { builtPositions, controlLayer, positionsTopology, readText, regionsTopology, sourceJson } from './helpers.ts';

const built = builtPositions();
const outline = countryOutline(regionsTopology);

describe('geodata/conflicts/ua/src/positions.json', () => {
  it('is valid, and every position is dated, labelled in en and uk, and sourced', () => {
    const r = parsePositionsSource(sourceJson(), 'geodata/conflicts/ua/src/positions.json');
    expect(r.ok ? [] : r.errors).toEqual([]);
    if (!r.ok) return;
    expect(r.value.positions.map((p) => p.id)).toEqual(
      expect.arrayContaining(['ru-claim-2014', 'ru-claim-2022', 'ru-demand-2024', 'ru-demand-2025', 'us-plan-2025', 'ua-borders-1991', 'un-ga']),
    );
    for (const p of r.value.positions) {
      expect(p.date, p.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(p.label.en && p.label.uk, p.id).toBeTruthy();
      expect(p.sources.length, p.id).toBeGreaterThan(0);
      // At least one named public source with a date, even where the article states it.
      expect(p.sources.some((s) => s.type === 'public'), p.id).toBe(true);
    }
  });

  it('the 2025 demand cites the seed article passage that states it', () => {
    const r = parsePositionsSource(sourceJson());
    if (!r.ok) throw new Error(r.errors.join('\n'));
    const demand = r.value.positions.find((p) => p.id === 'ru-demand-2025')!;
    const passage = demand.sources.find((s) => s.type === 'passage' && s.passage === 'p4.s1');
    expect(passage && passage.type === 'passage' && passage.quote).toMatch(/^Putin insists that Ukraine must cede full control of Donetsk/);
    expect(readText('public/stories/clash-report-2025-11-28.txt')).toContain(passage && passage.type === 'passage' ? passage.quote : '');
  });
});

describe('geodata/conflicts/ua/positions.json and positions.topo.json', () => {
  it('were built from the committed source and the committed control layer', () => {
    expect(built.sourceSha256).toBe(createHash('sha256').update(readText('geodata/conflicts/ua/src/positions.json')).digest('hex'));
    expect(built.controlDate).toBe(controlLayer.features[0]!.properties!.date);
    expect(built.positions.map((p) => p.id)).toEqual(sourceJson().positions.map((p: { id: string }) => p.id));
  });

  it('every position’s geometry is valid and inside Ukraine', () => {
    const ukraineKm2 = turf.area(outline) / 1e6;
    for (const p of built.positions) {
      const pieces = decodePositionPieces(positionsTopology, p.id);
      for (const f of pieces.features) {
        const where = `${p.id} ${f.properties.side} ${f.properties.region}`;
        expect(turf.booleanValid(f), where).toBe(true);
        const km2 = turf.area(f) / 1e6;
        expect(km2, where).toBeGreaterThan(1);
        expect(km2, where).toBeLessThan(ukraineKm2);
        const outside = turf.difference(turf.featureCollection<Polygon | MultiPolygon>([f as Feature<Polygon | MultiPolygon>, outline]));
        // Quantisation (≈ 20 m) may nudge a coastline vertex; nothing more.
        expect(outside ? turf.area(outside) / 1e6 : 0, where).toBeLessThan(0.5);
      }
    }
  });

  it('pieces and figures agree: each piece’s area is its region’s figure (within 0.5 %)', () => {
    for (const p of built.positions) {
      for (const f of decodePositionPieces(positionsTopology, p.id).features) {
        const fig = p.regions[f.properties.region]!;
        const want = f.properties.side === 'ukraine-gives' ? fig.ukraineGivesKm2 : f.properties.side === 'russia-gives' ? fig.russiaGivesKm2 : fig.zones.find((z) => z.id === f.properties.zone)!.km2;
        expect(turf.area(f) / 1e6 / want, `${p.id} ${f.properties.side} ${f.properties.region}`).toBeCloseTo(1, 2);
      }
    }
  });

  it('gives what the sources say: the demands take the rest of the four oblasts, the plan freezes Kherson and Zaporizhzhia, 1991 borders return all', () => {
    const pos = (id: string) => built.positions.find((p) => p.id === id)!;
    for (const region of ['UA-14', 'UA-65', 'UA-23'] as const) {
      expect(pos('ru-demand-2025').regions[region]!.ukraineGivesKm2, region).toBeGreaterThan(1000);
      expect(pos('ru-demand-2025').regions[region]!.russiaGivesKm2, region).toBe(0);
    }
    expect(pos('ru-demand-2025').regions['UA-14']!.ukraineGivesPlaces.map((x) => x.name.en).slice(0, 2)).toEqual(['Kramatorsk', 'Sloviansk']);
    expect(pos('ru-demand-2025').regions['UA-65']!.ukraineGivesPlaces[0]!.name.en).toBe('Kherson');
    expect(pos('ru-demand-2025').regions['UA-23']!.ukraineGivesPlaces[0]!.name.en).toBe('Zaporizhzhia');
    const plan = pos('us-plan-2025');
    expect(plan.regions['UA-65']).toBeUndefined();
    expect(plan.regions['UA-23']).toBeUndefined();
    expect(plan.regions['UA-14']!.zones).toEqual([{ id: 'donetsk-buffer-zone', km2: plan.regions['UA-14']!.ukraineGivesKm2 }]);
    expect(plan.regions['UA-63']!.russiaGivesKm2).toBeGreaterThan(100);
    expect(pos('ru-claim-2014').regions).toEqual({});
    expect(pos('ua-refusal-2025').regions).toEqual({});
    expect(pos('un-ga').total.ukraineGivesKm2).toBe(0);
    expect(pos('un-ga').regions['UA-43']!.russiaGivesShare).toBeGreaterThan(0.99);
  });
});
