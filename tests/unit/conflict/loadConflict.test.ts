import { describe, expect, it } from 'vitest';
import { conflictIds } from '../../../src/cli/conflicts.ts';
import { CONFLICT_IDS, DEFAULT_CONFLICT_DATA, loadConflict, loadStoryIn } from '../../../src/lib/data/conflicts.ts';

describe('the browser finds every profile folder by one glob', () => {
  it('lists the same profiles as the disk, the bundled one first', () => {
    expect(CONFLICT_IDS[0]).toBe('ua');
    expect([...CONFLICT_IDS].sort()).toEqual(conflictIds());
  });

  it('loads each other profile lazily: its regions in canonical order, its claims by role, its words', async () => {
    for (const id of CONFLICT_IDS.slice(1)) {
      const data = await loadConflict(id);
      expect(data.profile.id).toBe(id);
      expect(data.regions.story).toEqual([...data.profile.regions.focus, ...data.profile.regions.context]);
      for (const r of data.regions.story) expect(data.regions.byId.has(r), `${id} ${r}`).toBe(true);
      for (const r of data.regions.story) expect(data.claims.regions[r]?.claimant, `${id} ${r}`).toBeDefined();
      expect(data.words.en.claimant).toBe(data.claims.parties.claimant.name.en);
      expect(data.series).toBe(false);
      if (data.story) {
        const s = await loadStoryIn(null, id);
        expect(s.conflict).toBe(data);
        expect(s.story.conflict).toBe(id);
      }
    }
  });

  it('serves the bundled profile without a fetch, and names the known ids for an unknown one', async () => {
    await expect(loadConflict('ua')).resolves.toBe(DEFAULT_CONFLICT_DATA);
    await expect(loadConflict('zz')).rejects.toThrow(/unknown conflict: zz \(known: ua/);
  });
});
