import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProfile } from '../../../src/lib/conflict/loadProfile.ts';
import { conflictIds, readClaims, readProfile } from '../../../src/cli/conflicts.ts';
import { validateStory } from '../../../src/lib/contract/storySchema.ts';

const fixture = join(import.meta.dirname, '../../fixtures/conflicts/xx');
const read = (f: string): unknown => JSON.parse(readFileSync(join(fixture, f), 'utf8'));

describe('conflict profiles', () => {
  it('every folder in geodata/conflicts/ loads and validates, ua among them', () => {
    expect(conflictIds()).toContain('ua');
    for (const id of conflictIds()) {
      const p = readProfile(id);
      expect(p.id).toBe(id);
      const claims = readClaims(p);
      for (const r of [...p.regions.focus, ...p.regions.context]) expect(claims.regions[r], `${id} ${r}`).toBeDefined();
    }
  });

  it('a profile naming a region its names.json lacks fails with an error naming the id', () => {
    expect(() => loadProfile({ profile: read('profile.json'), names: read('src/names.json') }, 'tests/fixtures/conflicts/xx')).toThrow(
      'tests/fixtures/conflicts/xx/profile.json: regions.focus[1]: unknown region id: XX-99 (conflict xx)',
    );
  });

  it('the same profile loads once the region exists', () => {
    const profile = { ...(read('profile.json') as object), regions: { focus: ['XX-01', 'XX-02'], context: [], unlabelled: [] } };
    const p = loadProfile({ profile, names: read('src/names.json') });
    expect(p.parties).toEqual({ sovereign: 'alpha', claimant: 'beta' });
  });

  it('an unknown conflict names the known ones', () => {
    expect(() => readProfile('zz')).toThrow(/unknown conflict: zz \(known: .*ua/);
  });

  it('a story is checked against its own profile: its regions, its conflict', () => {
    const story = { version: 1, article: { title: 't', date: null, source: null }, passages: [], mentions: [] };
    expect(validateStory(story, readProfile('ua')).ok).toBe(true);
    const other = validateStory({ ...story, conflict: 'xx' }, readProfile('ua'));
    expect(other.ok ? [] : other.errors).toEqual(['story.conflict: the story belongs to conflict "xx", checked against "ua"']);
  });
});
