import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shareHistory } from '../../../src/lib/claims/shareHistory.ts';
import { root } from '../linker/helpers.ts';

const series = { dates: { '2022-02-24': { 'UA-23': 0.01 }, '2022-03-21': { 'UA-23': 0.7 }, '2022-12-31': { 'UA-23': 0.72 }, '2023-06-12': { 'UA-23': 0.73 }, '2023-11-01': { 'UA-23': 0.74 } } };

describe('shareHistory', () => {
  it('has every snapshot as a point, and a table of year ends plus the article’s snapshot', () => {
    const h = shareHistory(series, 'UA-23', '2022-03-25');
    expect(h.points.map((p) => p.share)).toEqual([0.01, 0.7, 0.72, 0.73, 0.74]);
    expect(h.article).toEqual({ date: '2022-03-21', share: 0.7 });
    expect(h.rows.map((r) => [r.date, r.article])).toEqual([['2022-03-21', true], ['2022-12-31', false], ['2023-11-01', false]]);
  });

  it('marks no article for an undated story or a bad date, and a year end that is the article’s once', () => {
    expect(shareHistory(series, 'UA-23', null).article).toBeNull();
    expect(shareHistory(series, 'UA-23', 'soon').article).toBeNull();
    expect(shareHistory(series, 'UA-23', '2023-12-01').rows.filter((r) => r.date === '2023-11-01')).toEqual([{ date: '2023-11-01', share: 0.74, article: true }]);
  });

  it('reads the repository’s series: Donetsk’s held share rises from the end of 2024 to the end of 2025', () => {
    const real = JSON.parse(readFileSync(join(root, 'geodata/conflicts/ua/control/shares.json'), 'utf8'));
    const rows = shareHistory(real, 'UA-14', null).rows;
    const end = (y: string) => rows.find((r) => r.date.startsWith(y))!.share;
    expect(end('2025')).toBeGreaterThan(end('2024'));
  });
});
