import { describe, expect, it } from 'vitest';
import { storySnapshot } from '../../../src/lib/claims/storySnapshot.ts';

const dates = ['2014-03-18', '2022-02-24', '2023-06-12', '2025-11-27'];

describe('storySnapshot', () => {
  it('opens on the snapshot in force on the article date', () => {
    expect(storySnapshot(dates, '2023-06-18')).toEqual({ kind: 'in-force', date: '2023-06-12' });
    expect(storySnapshot(dates, '2022-02-24')).toEqual({ kind: 'in-force', date: '2022-02-24' });
    expect(storySnapshot(dates, '2022-02-23')).toEqual({ kind: 'in-force', date: '2014-03-18' });
  });

  it('keeps the last snapshot up to 31 days after it, and says so beyond', () => {
    expect(storySnapshot(dates, '2025-12-28')).toEqual({ kind: 'in-force', date: '2025-11-27' });
    expect(storySnapshot(dates, '2025-12-29')).toEqual({ kind: 'after', last: '2025-11-27' });
  });

  it('says when the story has no date or precedes the series', () => {
    expect(storySnapshot(dates, null)).toEqual({ kind: 'no-date' });
    expect(storySnapshot(dates, '2014-03-17')).toEqual({ kind: 'before', first: '2014-03-18' });
  });

  it('rejects a date that is not a date, and an empty series', () => {
    expect(() => storySnapshot(dates, '2023-13-01')).toThrow(/not a date/);
    expect(() => storySnapshot([], '2023-06-18')).toThrow('the control series has no snapshots');
  });
});
