import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { applyPositions, layerInForce, sideIn, type DatedLayer, type PositionsInputs } from '../../../geodata/positions.ts';
import { parsePositionsSource, type PositionsSourceFile } from '../../../src/lib/claims/positionsSchema.ts';
import { decodeRegions } from '../../../src/lib/geo/decodeRegions.ts';
import { builtPositions, controlLayer, regionsTopology, sourceJson } from './helpers.ts';

const built = builtPositions();
const source = (() => {
  const r = parsePositionsSource(sourceJson());
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
})();
const { byId } = decodeRegions(regionsTopology);
const control: DatedLayer = { date: built.controlDate, layer: controlLayer };
const inputs = (over: Partial<PositionsInputs> = {}): PositionsInputs => ({
  source,
  sourceSha256: built.sourceSha256,
  topology: regionsTopology,
  control,
  places: [],
  placeNames: {},
  ...over,
});

describe('figures are computed, not typed', () => {
  it('Donetsk under the 2025 demand = area(Donetsk) − area(Donetsk ∩ control), recomputed with turf', () => {
    const donetsk = byId.get('UA-14')! as Feature<Polygon | MultiPolygon>;
    const rest = turf.difference(turf.featureCollection([donetsk, controlLayer.features[0]! as Feature<Polygon | MultiPolygon>]))!;
    const parts = rest.geometry.type === 'Polygon' ? [rest.geometry.coordinates] : rest.geometry.coordinates;
    // The build drops slivers where two outlines meet: parts under 1 km², or under 250 m wide on average (2 × area / perimeter).
    const km2 = (p: Position[][]) => turf.area(turf.polygon(p)) / 1e6;
    const widthM = (p: Position[][]) => (2 * km2(p) * 1e6) / (turf.length(turf.lineString(p[0]!)) * 1000);
    const kept = parts.filter((p) => km2(p) >= 1 && widthM(p) >= 250);
    expect(kept.length).toBeLessThan(parts.length);
    const expected = kept.reduce((sum, p) => sum + km2(p), 0);
    const fig = built.positions.find((p) => p.id === 'ru-demand-2025')!.regions['UA-14']!;
    expect(Math.abs(fig.ukraineGivesKm2 - expected)).toBeLessThan(0.05);
    expect(fig.ukraineGivesShare).toBeCloseTo(expected / (turf.area(donetsk) / 1e6), 3);
  });

  it('rebuilding from the committed inputs gives the committed figures', () => {
    const again = applyPositions(inputs()).built;
    for (const [i, p] of again.positions.entries()) {
      const committed = built.positions[i]!;
      expect(Object.keys(p.regions), p.id).toEqual(Object.keys(committed.regions));
      for (const [id, f] of Object.entries(p.regions)) {
        const c = committed.regions[id as keyof typeof committed.regions]!;
        expect([f!.ukraineGivesKm2, f!.russiaGivesKm2, f!.ukraineGivesShare, f!.russiaGivesShare, f!.zones], `${p.id} ${id}`).toEqual([
          c.ukraineGivesKm2,
          c.russiaGivesKm2,
          c.ukraineGivesShare,
          c.russiaGivesShare,
          c.zones,
        ]);
      }
      expect(p.total).toEqual(committed.total);
    }
  });

  it('the control layer is an input: against a smaller held area the same demand asks for more', () => {
    // Russian-held territory on a hypothetical earlier line: Crimea, Sevastopol and Luhansk only.
    const smaller: FeatureCollection<Polygon | MultiPolygon> = turf.featureCollection(
      ['UA-43', 'UA-40', 'UA-09'].map((id) => turf.feature(byId.get(id)!.geometry, { date: '2022-02-23' })),
    );
    const r = applyPositions(inputs({ control: { date: '2022-02-23', layer: smaller } })).built;
    expect(r.controlDate).toBe('2022-02-23');
    const demand = r.positions.find((p) => p.id === 'ru-demand-2025')!;
    expect(demand.regions['UA-14']!.ukraineGivesShare).toBeCloseTo(1, 2);
    expect(demand.regions['UA-14']!.ukraineGivesKm2).toBeGreaterThan(built.positions.find((p) => p.id === 'ru-demand-2025')!.regions['UA-14']!.ukraineGivesKm2);
    expect(r.positions.find((p) => p.id === 'un-ga')!.regions['UA-14']).toBeUndefined();
  });

  it('lists the largest places by population, and fails when one has no en/uk name', () => {
    const places = [
      { geonames: 1, name: 'Kramators’k', population: 173700, lonlat: [37.55629, 48.72305] as [number, number] },
      { geonames: 2, name: 'Sloviansk', population: 124800, lonlat: [37.61667, 48.86667] as [number, number] },
      { geonames: 3, name: 'Donetsk', population: 1024700, lonlat: [37.80224, 48.023] as [number, number] },
    ];
    const r = applyPositions(inputs({ places, placeNames: { '1': { en: 'Kramatorsk', uk: 'Краматорськ' } } }));
    const fig = r.built.positions.find((p) => p.id === 'ru-demand-2025')!.regions['UA-14']!;
    // Donetsk city is held already: it is not among what Ukraine would give up.
    expect(fig.ukraineGivesPlaces.map((p) => p.geonames)).toEqual([1, 2]);
    expect(fig.ukraineGivesPlaces[0]!.name).toEqual({ en: 'Kramatorsk', uk: 'Краматорськ' });
    expect(r.unnamed.map((p) => p.geonames).sort()).toEqual([2, 3]);
  });
});

describe('geometry rules', () => {
  it('reads each rule per region', () => {
    expect(sideIn({ rule: 'regions', regions: ['UA-14'] }, 'UA-14')).toEqual({ kind: 'whole' });
    expect(sideIn({ rule: 'regions', regions: ['UA-14'] }, 'UA-63')).toEqual({ kind: 'held' });
    expect(sideIn({ rule: 'borders1991' }, 'UA-43')).toEqual({ kind: 'none' });
    expect(sideIn({ rule: 'line', date: '2025-01-01' }, 'UA-14')).toEqual({ kind: 'line', date: '2025-01-01' });
    const plan = source.positions.find((p) => p.id === 'us-plan-2025')!.geometry;
    expect(sideIn(plan, 'UA-14')).toEqual({ kind: 'whole' });
    expect(sideIn(plan, 'UA-65')).toEqual({ kind: 'held' });
    expect(sideIn(plan, 'UA-63')).toEqual({ kind: 'none' });
  });

  it('a line on a date picks the layer in force then, and a date before every layer does not close', () => {
    const a = { date: '2025-01-01', layer: controlLayer };
    const b = { date: '2025-06-01', layer: controlLayer };
    expect(layerInForce([a, b], '2025-05-31')).toBe(a);
    expect(layerInForce([a, b], '2025-06-01')).toBe(b);
    expect(layerInForce([a, b], '2024-12-31')).toBeNull();
    const withLine: PositionsSourceFile = {
      ...source,
      positions: [{ ...source.positions[0]!, id: 'freeze-2024', geometry: { rule: 'line', date: '2024-01-01' } }],
      default: 'freeze-2024',
    };
    expect(() => applyPositions(inputs({ source: withLine }))).toThrow(/positions\[0\] \(freeze-2024\)\.geometry: line of contact on 2024-01-01: no control layer in force .*does not close/);
  });

  it('a drawn zone beyond Ukraine fails with the position and the zone named', () => {
    const plan = source.positions.find((p) => p.id === 'us-plan-2025')!;
    if (plan.geometry.rule !== 'line+zone') throw new Error('expected a line+zone rule');
    const bad: PositionsSourceFile = {
      ...source,
      default: plan.id,
      positions: [
        {
          ...plan,
          geometry: {
            ...plan.geometry,
            zones: [{ ...plan.geometry.zones[0]!, area: undefined, polygon: [[37.5, 48.5], [41, 48.5], [41, 49.5], [37.5, 49.5], [37.5, 48.5]] }],
          },
        },
      ],
    };
    expect(() => applyPositions(inputs({ source: bad }))).toThrow(/us-plan-2025.*zone donetsk-buffer-zone extends beyond Ukraine/);
  });
});
