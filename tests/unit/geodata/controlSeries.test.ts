import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { countryOutline } from '../../../geodata/control.ts';
import { parseControlLog, snapshotDates } from '../../../geodata/controlLog.ts';
import { applySeries } from '../../../geodata/controlSeries.ts';
import { parseControlIndex, parseControlLayer, parseSeriesShares, snapshotFor } from '../../../src/lib/claims/index.ts';

const dir = join(import.meta.dirname, '../../../geodata/conflicts/ua');
const read = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8'));
const topology = read('regions.topo.json') as Topology;
const log = parseControlLog(read('src/controlLog.json'));
const index = read('control/index.json') as { date: string; file: string; heldShare: number }[];
const shares = read('control/shares.json') as { dates: Record<string, Record<string, number>> };
const layer = (file: string) => read(`control/${file}`);

/** Held on `day`: the point lies in the snapshot in force that day. */
function held(lonlat: Position, day: string): boolean {
  const e = snapshotFor(index, day);
  if (!e) return false;
  return (layer(e.file).features as Feature<Polygon | MultiPolygon>[]).some((f) => turf.booleanPointInPolygon(lonlat, f));
}
const at = (place: string): Position => {
  const p = log.places[place];
  if (!p) throw new Error(`no place ${place} in the log`);
  return p.lonlat;
};
// GeoNames puts Kherson on the riverfront, just outside the simplified coast; this is its centre (Svobody Square area).
const KHERSON: Position = [32.62, 46.66];

describe('geodata/conflicts/ua/control/ (the dated series)', () => {
  it('is what the build makes from geodata/conflicts/ua/src/controlLog.json (reproducible)', { timeout: 180_000 }, () => {
    const series = applySeries(log, topology);
    expect(series.index).toEqual(index);
    expect(series.shares).toEqual(shares);
    for (const [file, l] of series.layers) expect(JSON.parse(JSON.stringify(l)), file).toEqual(layer(file));
    const onDisk = readdirSync(join(dir, 'control')).filter((f) => f.endsWith('.geojson')).sort();
    expect(onDisk).toEqual([...series.layers.keys()].sort());
    expect(read('control.geojson')).toEqual(layer(index.at(-1)!.file));
  });

  it('covers Crimea from 2014-03-18, the Minsk II line until 2022-02-23, and every month from 2022-02 to 2025-11', () => {
    const r = parseControlIndex(index);
    expect(r.ok ? [] : r.errors).toEqual([]);
    expect(index[0]!.date).toBe('2014-03-18');
    expect(snapshotFor(index, '2022-02-23')!.date).toBe('2015-02-18');
    expect(index.at(-1)!.date).toBe('2025-11-27');
    const months = new Set(index.map((e) => e.date.slice(0, 7)));
    for (let y = 2022; y <= 2025; y++)
      for (let m = 1; m <= 12; m++) {
        const ym = `${y}-${String(m).padStart(2, '0')}`;
        if (ym >= '2022-02' && ym <= '2025-11') expect(months.has(ym), ym).toBe(true);
      }
    expect(snapshotDates(log)).toEqual(index.map((e) => e.date));
  });

  it('has the turning points: March 2022 maximum, Kharkiv and Kherson counter-offensives, Bakhmut, Avdiivka', () => {
    const dates = index.map((e) => e.date);
    for (const d of ['2022-03-21', '2022-09-11', '2022-10-01', '2022-11-11', '2023-05-20', '2024-02-17']) expect(dates).toContain(d);
    const share = (d: string) => shares.dates[snapshotFor(index, d)!.date]!.total!;
    expect(share('2022-03-21')).toBeGreaterThan(share('2022-06-01')); // the north was given up in April
    expect(share('2022-03-21')).toBeGreaterThan(0.25);
  });

  it('every snapshot passes the control layer schema, is dated, sourced and approximate', () => {
    for (const e of index) {
      const l = layer(e.file);
      const r = parseControlLayer(l, e.file);
      expect(r.ok ? [] : r.errors).toEqual([]);
      for (const f of l.features) {
        expect(f.properties.date).toBe(e.date);
        expect(f.properties.approximate).toBe(true);
        expect(f.properties.method).toMatch(/approximate/i);
        expect(f.properties.sources.length).toBeGreaterThan(0);
      }
    }
  });

  it('every snapshot is valid geometry without self-intersections, inside Ukraine', () => {
    const outline = countryOutline(topology);
    for (const e of index)
      for (const f of layer(e.file).features as Feature<Polygon | MultiPolygon>[]) {
        expect(turf.booleanValid(f), e.file).toBe(true);
        expect(turf.kinks(f).features, e.file).toHaveLength(0);
        const outside = turf.difference(turf.featureCollection([f, outline]));
        expect(outside ? turf.area(outside) / 1e6 : 0, e.file).toBeLessThan(60); // km², the ~600 m simplification along coasts and borders
      }
  });

  it('every change in the log names its source (outlet, title, date)', () => {
    for (const c of log.changes) {
      expect(c.source.outlet.length, c.what).toBeGreaterThan(0);
      expect(c.source.title.length, c.what).toBeGreaterThan(0);
      expect(c.source.date, c.what).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('known facts on their dates', () => {
  it.each([
    ['Kherson city', KHERSON, '2022-06-01', true],
    ['Kherson city', KHERSON, '2022-12-01', false],
    ['Avdiivka', at('Avdiivka'), '2024-01-01', false],
    ['Avdiivka', at('Avdiivka'), '2024-03-01', true],
    ['Bakhmut', at('Bakhmut'), '2023-04-01', false],
    ['Bakhmut', at('Bakhmut'), '2023-06-01', true],
    ['Izium', at('Izium'), '2022-06-01', true],
    ['Izium', at('Izium'), '2022-10-01', false],
    ['Bucha (Kyiv oblast)', at('Bucha'), '2022-03-15', true],
    ['Bucha (Kyiv oblast)', at('Bucha'), '2022-04-15', false],
    ['Lysychansk', at('Lysychansk'), '2022-06-01', false],
    ['Lysychansk', at('Lysychansk'), '2022-07-10', true],
    ['Lyman', at('Lyman'), '2022-07-01', true],
    ['Lyman', at('Lyman'), '2022-10-15', false],
    ['Vuhledar', at('Vuhledar'), '2024-09-01', false],
    ['Vuhledar', at('Vuhledar'), '2024-11-01', true],
    ['Snihurivka (Mykolaiv oblast)', at('Snihurivka'), '2022-10-01', true],
    ['Snihurivka (Mykolaiv oblast)', at('Snihurivka'), '2022-11-15', false],
    ['Trostianets (Sumy oblast)', at('Trostianets'), '2022-03-15', true],
    ['Horlivka (Minsk II line)', at('Horlivka'), '2021-06-01', true],
    ['Avdiivka (Minsk II line)', at('Avdiivka'), '2021-06-01', false],
    // Pokrovsk: most of the city held by Russian troops, Ukrainian units still inside (Kyiv Independent via Novinite, 7 Nov 2025; smo-tracker, late Nov 2025).
    ['Pokrovsk', at('Pokrovsk'), '2025-11-27', true],
    ['Kostiantynivka', at('Kostiantynivka'), '2025-11-27', false],
  ] as const)('%s on %s', (_name, lonlat, day, expected) => {
    expect(held(lonlat as Position, day)).toBe(expected);
  });

  it('Kharkiv, Sumy and Chernihiv cities were never held', () => {
    for (const day of ['2022-03-01', '2022-03-21', '2022-05-01']) for (const p of ['Kharkiv', 'Sumy', 'Chernihiv']) expect(held(at(p), day), `${p} ${day}`).toBe(false);
  });
});

describe('geodata/conflicts/ua/control/shares.json', () => {
  const r = parseSeriesShares(shares);
  const share = (day: string, id: string) => shares.dates[snapshotFor(index, day)!.date]![id]!;

  it('has a share for every region on every snapshot date', () => {
    expect(r.ok ? [] : r.errors).toEqual([]);
    expect(Object.keys(shares.dates)).toEqual(index.map((e) => e.date));
  });

  it('moves as the record says', () => {
    expect(share('2014-06-01', 'UA-43')).toBeGreaterThan(0.995);
    expect(share('2014-06-01', 'UA-14')).toBe(0);
    expect(share('2021-06-01', 'UA-14')).toBeGreaterThan(0.25); // the Donbas line of contact
    expect(share('2021-06-01', 'UA-14')).toBeLessThan(0.45);
    expect(share('2022-08-01', 'UA-09')).toBeGreaterThan(0.95); // Luhansk after Lysychansk
    expect(share('2022-12-31', 'UA-63')).toBeLessThan(share('2022-08-01', 'UA-63')); // Kharkiv counter-offensive
    expect(share('2022-12-31', 'UA-65')).toBeLessThan(share('2022-08-01', 'UA-65')); // Kherson right bank
    expect(share('2022-12-31', 'UA-48')).toBeLessThan(share('2022-08-01', 'UA-48')); // Mykolaiv oblast: only Kinburn left
    expect(share('2025-11-27', 'UA-14')).toBeGreaterThan(share('2024-12-31', 'UA-14')); // Donetsk, 2024 → 2025
    expect(share('2024-12-31', 'UA-14')).toBeGreaterThan(share('2023-12-31', 'UA-14'));
    expect(share('2025-11-27', 'UA-12')).toBeGreaterThan(0); // Dnipropetrovsk from 2025
    expect(share('2024-12-31', 'UA-12')).toBeLessThan(0.005); // at most a sliver of the drawn line before 2025
  });
});
