import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareShares } from '../../../src/lib/claims/compareShares.ts';
import { root } from '../linker/helpers.ts';

const series = { dates: { '2015-02-18': { 'UA-23': 0, 'UA-14': 0.35 }, '2022-03-21': { 'UA-23': 0.04, 'UA-14': 0.5 }, '2023-06-12': { 'UA-23': 0.75, 'UA-14': 0.57 } } };
const regions = [{ id: 'UA-23', name: 'Zaporizhzhia' }, { id: 'UA-14', name: 'Donetsk' }];

describe('compareShares', () => {
  it('says each region’s held share on both days, from the snapshots in force', () => {
    const c = compareShares(series, '2022-03-25', '2023-06-18', regions);
    expect([c.from, c.to]).toEqual(['2022-03-21', '2023-06-12']);
    expect(c.rows.map((r) => r.text)).toEqual(['Zaporizhzhia: 4 % → 75 % held', 'Donetsk: 50 % → 57 % held']);
  });

  it('names the day that precedes the series, and skips regions without shares', () => {
    expect(() => compareShares(series, '2010-01-01', '2023-06-18', regions)).toThrow('no control line on 2010-01-01: the series begins 2015-02-18');
    expect(compareShares(series, '2022-03-21', '2023-06-12', [{ id: 'UA-99', name: 'Nowhere' }]).rows).toEqual([]);
  });

  it('on the repository’s series, Zaporizhzhia goes from (almost) nothing held on 2022-02-23 to most of it on 2023-06-18', () => {
    const real = JSON.parse(readFileSync(join(root, 'geodata/conflicts/ua/control/shares.json'), 'utf8'));
    const [row] = compareShares(real, '2022-02-23', '2023-06-18', [{ id: 'UA-23', name: 'Zaporizhzhia' }]).rows;
    expect(row!.from).toBeLessThan(0.01);
    expect(row!.to).toBeGreaterThan(0.6);
  });
});
