import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { controlDates, controlOn } from '../../../src/cli/renderData.ts';
import { UKRAINE_REGIONS } from '../uaProfile.ts';

const layer = (date: string) => ({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: { date, sources: [{ name: `Report of ${date}`, date }] }, geometry: { type: 'Polygon', coordinates: [[[37, 47], [38, 47], [38, 48], [37, 47]]] } }],
});

describe('controlOn', () => {
  it("reads the repository's dated series: the snapshot in force with its build-time shares", () => {
    const { control, inForce } = controlOn('2025-11-28');
    expect(inForce).toBe(true);
    expect(control.date).toBe('2025-11-27');
    expect(control.shares?.regions['UA-14']?.share).toBeCloseTo(0.791, 3);
    expect(control.sources.map((s) => s.name).join('; ')).toMatch(/^Institute for the Study of War/);
    expect(controlOn('2023-06-18').control.date).toBe('2023-06-12');
    expect(controlOn('2014-03-17').inForce).toBe(false);
    expect(controlOn('2020-01-01').control.date).toBe('2015-02-18');
    expect(controlOn(null).control.date).toBe('2025-11-27');
  });

  it('picks the snapshot in force from a dated series: the latest on or before the day', () => {
    const geo = mkdtempSync(join(tmpdir(), 'claimline-series-'));
    mkdirSync(join(geo, 'control'));
    writeFileSync(join(geo, 'control', 'index.json'), JSON.stringify([
      { date: '2022-03-01', file: '2022-03-01.geojson' },
      { date: '2023-06-01', file: '2023-06-01.geojson' },
    ]));
    const day = (share: number) => Object.fromEntries([...UKRAINE_REGIONS, 'total'].map((id) => [id, id === 'UA-65' ? share : 0]));
    writeFileSync(join(geo, 'control', 'shares.json'), JSON.stringify({ method: 'test', dates: { '2022-03-01': day(0.97), '2023-06-01': day(0.73) } }));
    for (const d of ['2022-03-01', '2023-06-01']) writeFileSync(join(geo, 'control', `${d}.geojson`), JSON.stringify(layer(d)));
    expect(controlDates(geo)).toEqual(['2022-03-01', '2023-06-01']);
    const a = controlOn('2023-05-31', geo);
    expect([a.control.date, a.control.shares?.regions['UA-65']?.share, a.control.sources[0]?.name]).toEqual(['2022-03-01', 0.97, 'Report of 2022-03-01']);
    const b = controlOn('2023-06-18', geo);
    expect([b.control.date, b.control.shares?.regions['UA-65']?.share, b.inForce]).toEqual(['2023-06-01', 0.73, true]);
    expect(controlOn('2021-01-01', geo)).toMatchObject({ inForce: false, control: { date: '2022-03-01' } });
  });

  it('rejects a series whose index or shares break the schema, naming the file', () => {
    const geo = mkdtempSync(join(tmpdir(), 'claimline-series-'));
    mkdirSync(join(geo, 'control'));
    writeFileSync(join(geo, 'control', 'index.json'), JSON.stringify([{ date: '2023-06-01', file: '2023-06-01.geojson' }, { date: '2022-03-01', file: '2022-03-01.geojson' }]));
    expect(() => controlOn('2023-06-18', geo)).toThrow(/index\.json.*2022-03-01 does not follow 2023-06-01/s);
    writeFileSync(join(geo, 'control', 'index.json'), JSON.stringify([{ date: '2022-03-01', file: '2022-03-01.geojson' }]));
    writeFileSync(join(geo, 'control', 'shares.json'), JSON.stringify({ method: 'test', dates: { '2022-03-01': { 'UA-65': 0.5 } } }));
    expect(() => controlOn('2023-06-18', geo)).toThrow(/shares\.json.*missing share for UA-14/s);
  });
});
