import { describe, expect, it } from 'vitest';
import { claimEvents } from '../../../src/lib/claims/claimEvents.ts';
import { readClaims, readProfile } from '../../../src/cli/conflicts.ts';

const claims = readClaims(readProfile('ua'));

describe('claimEvents', () => {
  it('dates Russia’s 2022 annexation claim and the UN resolution that rejects it', () => {
    expect(claimEvents(claims, 'UA-23')).toEqual([
      { date: '2022-09-30', side: 'russia', label: 'Russia claims it as annexed' },
      { date: '2022-10-12', side: 'ukraine', label: 'UN General Assembly resolution ES-11/4' },
    ]);
  });

  it('dates Crimea’s 2014 claim, in Ukrainian too, and has none for a region nobody claims', () => {
    const crimea = claimEvents(claims, 'UA-43', 'uk');
    expect(crimea[0]).toEqual({ date: '2014-03-18', side: 'russia', label: 'Росія заявляє про анексію' });
    expect(claimEvents(claims, 'UA-05')).toEqual([]);
  });
});
