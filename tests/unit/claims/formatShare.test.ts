import { describe, expect, it } from 'vitest';
import { formatControlDate, formatHeldShare, formatPercent } from '../../../src/lib/claims/index.ts';

describe('formatHeldShare', () => {
  it('says the share, that it is approximate, and its date', () => {
    expect(formatHeldShare(0.7913, '2025-11-27')).toBe('≈ 79 % held by Russia (approximate, as of 27 Nov 2025)');
    expect(formatHeldShare(0.7913, '2025-11-27', 'uk')).toBe('≈ 79 % під контролем Росії (приблизно, станом на 27 лист. 2025)');
  });
  it('never rounds "nearly all" up to 100 % nor a sliver down to 0 %', () => {
    expect(formatPercent(0.996)).toBe('> 99');
    expect(formatPercent(1)).toBe('100');
    expect(formatPercent(0.004)).toBe('< 1');
    expect(formatPercent(0)).toBe('0');
    expect(formatHeldShare(0.004, '2025-11-27')).toBe('< 1 % held by Russia (approximate, as of 27 Nov 2025)');
  });
  it('rejects shares and dates it cannot show honestly', () => {
    expect(() => formatPercent(1.2)).toThrow('share out of range 0..1: 1.2');
    expect(() => formatControlDate('27 Nov')).toThrow('not a date YYYY-MM-DD: "27 Nov"');
  });
});
