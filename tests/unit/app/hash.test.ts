import { describe, expect, it } from 'vitest';
import { readHashParam, readHashRegion, writeHashParam, writeHashRegion } from '../../../src/app/hash.ts';

describe('the app’s hash state', () => {
  it('keeps the region and the compare day side by side', () => {
    const h = writeHashParam(writeHashRegion('', 'UA-14'), 'compare', '2022-02-23');
    expect(h).toBe('#region=UA-14&compare=2022-02-23');
    expect(readHashRegion(h)).toBe('UA-14');
    expect(readHashParam(h, 'compare')).toBe('2022-02-23');
    expect(writeHashRegion(h, null)).toBe('#compare=2022-02-23');
  });

  it('tells “compare with the default day” (empty) from “no compare view” (absent)', () => {
    expect(readHashParam('#compare=', 'compare')).toBe('');
    expect(readHashParam('#region=UA-14', 'compare')).toBeNull();
    expect(writeHashParam('#compare=&region=UA-14', 'compare', null)).toBe('#region=UA-14');
    expect(writeHashParam('', 'compare', null)).toBe('');
  });
});
