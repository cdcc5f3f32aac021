import { describe, expect, it } from 'vitest';
import { snapshotFor } from '../../../src/lib/claims/snapshotFor.ts';

const index = [
  { date: '2014-03-18', file: '2014-03-18.geojson' },
  { date: '2022-02-24', file: '2022-02-24.geojson' },
  { date: '2022-03-21', file: '2022-03-21.geojson' },
];

describe('snapshotFor', () => {
  it('returns the latest snapshot dated on or before the day', () => {
    expect(snapshotFor(index, '2022-03-01')?.date).toBe('2022-02-24');
    expect(snapshotFor(index, '2022-03-21')?.date).toBe('2022-03-21');
    expect(snapshotFor(index, '2030-01-01')?.date).toBe('2022-03-21');
    expect(snapshotFor(index, '2014-03-18')?.date).toBe('2014-03-18');
  });

  it('returns null before the first snapshot and for an empty index', () => {
    expect(snapshotFor(index, '2014-03-17')).toBeNull();
    expect(snapshotFor([], '2022-01-01')).toBeNull();
  });

  it('rejects a day that is not a date, naming it', () => {
    expect(() => snapshotFor(index, '2022-13-01')).toThrow('not a date (YYYY-MM-DD): "2022-13-01"');
    expect(() => snapshotFor(index, 'yesterday')).toThrow(/"yesterday"/);
  });
});
