import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { controlDates, controlOn } from '../../../src/cli/renderData.ts';

const layer = (date: string) => ({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: { date, sources: [{ name: `Report of ${date}`, date }] }, geometry: { type: 'Polygon', coordinates: [[[37, 47], [38, 47], [38, 48], [37, 47]]] } }],
});

describe('controlOn', () => {
  it('reads the single layer with its shares when there is no dated series', () => {
    const { control, inForce } = controlOn('2025-11-28');
    expect(inForce).toBe(true);
    expect(control.date).toBe('2025-11-27');
    expect(control.shares?.regions['UA-14']?.share).toBeCloseTo(0.791, 3);
    expect(control.sources.map((s) => s.name)).toContain('DeepStateMap.Live');
    expect(controlOn('2020-01-01').inForce).toBe(false);
    expect(controlOn(null).control.date).toBe('2025-11-27');
  });

  it('picks the snapshot in force from a dated series: the latest on or before the day', () => {
    const geo = mkdtempSync(join(tmpdir(), 'claimline-series-'));
    mkdirSync(join(geo, 'control'));
    writeFileSync(join(geo, 'control', 'index.json'), JSON.stringify([
      { date: '2023-06-01', file: '2023-06-01.geojson' },
      { date: '2022-03-01', file: '2022-03-01.geojson', shares: { regions: { 'UA-65': { share: 0.97 } } } },
    ]));
    for (const d of ['2022-03-01', '2023-06-01']) writeFileSync(join(geo, 'control', `${d}.geojson`), JSON.stringify(layer(d)));
    writeFileSync(join(geo, 'control', '2023-06-01.shares.json'), JSON.stringify({ regions: { 'UA-65': { share: 0.73 } } }));
    expect(controlDates(geo)).toEqual(['2022-03-01', '2023-06-01']);
    const a = controlOn('2023-05-31', geo);
    expect([a.control.date, a.control.shares?.regions['UA-65']?.share, a.control.sources[0]?.name]).toEqual(['2022-03-01', 0.97, 'Report of 2022-03-01']);
    const b = controlOn('2023-06-18', geo);
    expect([b.control.date, b.control.shares?.regions['UA-65']?.share, b.inForce]).toEqual(['2023-06-01', 0.73, true]);
    expect(controlOn('2021-01-01', geo)).toMatchObject({ inForce: false, control: { date: '2022-03-01' } });
  });
});
