import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimTimeline } from '../../../src/lib/claims/claimTimeline.ts';
import { root } from '../linker/helpers.ts';
import { claimsByRole } from '../../../src/lib/claims/claimsByRole.ts';
import { DEFAULT_PROFILE } from '../../../src/lib/conflict/bundled.ts';

const claims = claimsByRole(JSON.parse(readFileSync(join(root, 'geodata/conflicts/ua/claims.json'), 'utf8')), DEFAULT_PROFILE);
const NAMES: Record<string, [string, string]> = {
  'UA-14': ['Donetsk', 'Донецька'], 'UA-09': ['Luhansk', 'Луганська'], 'UA-65': ['Kherson', 'Херсонська'],
  'UA-23': ['Zaporizhzhia', 'Запорізька'], 'UA-43': ['Crimea', 'Крим'], 'UA-40': ['Sevastopol', 'Севастополь'],
};

describe('claimTimeline', () => {
  it('gives each dated claim once, naming every region it covers, in date order', () => {
    const events = claimTimeline(claims, (id) => NAMES[id]![0]);
    expect(events.map((e) => [e.date, e.side, e.label])).toEqual([
      ['2014-03-18', 'russia', 'Russia claims Crimea and Sevastopol as annexed'],
      ['2014-03-27', 'ukraine', 'UN General Assembly resolution 68/262'],
      ['2022-09-30', 'russia', 'Russia claims Donetsk, Luhansk, Kherson and Zaporizhzhia as annexed'],
      ['2022-10-12', 'ukraine', 'UN General Assembly resolution ES-11/4'],
    ]);
    expect(events[3]!.regions.sort()).toEqual(['UA-09', 'UA-14', 'UA-23', 'UA-65']);
  });

  it('speaks Ukrainian', () => {
    const [crimea] = claimTimeline(claims, (id) => NAMES[id]![1], 'uk');
    expect(crimea!.label).toBe('Росія заявляє про анексію: Крим і Севастополь');
  });
});
