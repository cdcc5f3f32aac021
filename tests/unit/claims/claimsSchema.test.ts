import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseClaims } from '../../../src/lib/claims/index.ts';
import { STORY_REGIONS, UA } from '../uaProfile.ts';

const file = join(import.meta.dirname, '../../../geodata/conflicts/ua/claims.json');
const load = () => JSON.parse(readFileSync(file, 'utf8'));

function errorsOf(mutate: (c: any) => void): string[] {
  const c = load();
  mutate(c);
  const r = parseClaims(c, UA, 'geodata/conflicts/ua/claims.json');
  if (r.ok) throw new Error('expected the broken claims to be rejected');
  return r.errors;
}

describe('geodata/conflicts/ua/claims.json', () => {
  it('is valid and covers every story region for both parties', () => {
    const r = parseClaims(load(), UA);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    for (const id of STORY_REGIONS) {
      expect(r.value.regions[id]!.sovereign.kind).toBe('sovereignty');
      expect(r.value.regions[id]!.claimant.kind).toBe('annexation-claim');
    }
  });

  it('every statement cites at least one named source with a date', () => {
    const r = parseClaims(load(), UA);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    for (const id of STORY_REGIONS) for (const party of ['sovereign', 'claimant'] as const) {
      const pos = r.value.regions[id]![party];
      expect(pos.sources.length, `${id}.${party}`).toBeGreaterThan(0);
      for (const s of pos.sources) {
        expect(s.name.length).toBeGreaterThan(0);
        expect(s.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it('dates the claims as the public record does', () => {
    const r = parseClaims(load(), UA);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    const { regions } = r.value;
    for (const id of ['UA-14', 'UA-09', 'UA-65', 'UA-23'] as const) {
      expect(regions[id]!.claimant.date).toBe('2022-09-30');
      expect(regions[id]!.sovereign.date).toBe('2022-10-12');
      expect(regions[id]!.sovereign.sources.map((s) => s.name).join(' ')).toContain('ES-11/4');
      expect(regions[id]!.claimant.scope).toMatch(/full administrative borders/);
    }
    for (const id of ['UA-43', 'UA-40'] as const) {
      expect(regions[id]!.claimant.date).toBe('2014-03-18');
      expect(regions[id]!.sovereign.date).toBe('2014-03-27');
      expect(regions[id]!.sovereign.sources.map((s) => s.name).join(' ')).toContain('68/262');
    }
  });
});

describe('claims schema rejects broken files with messages naming file, field and value', () => {
  it('an impossible date', () => {
    expect(errorsOf((c) => (c.regions['UA-14'].russia.date = '2022-13-01'))).toContain(
      'geodata/conflicts/ua/claims.json: regions.UA-14.russia.date: expected a date YYYY-MM-DD, got "2022-13-01"',
    );
  });
  it('a statement with no source', () => {
    expect(errorsOf((c) => (c.regions['UA-09'].ukraine.sources = []))).toContain(
      'geodata/conflicts/ua/claims.json: regions.UA-09.ukraine.sources: a position must cite at least one source',
    );
  });
  it('a source without a date', () => {
    const errs = errorsOf((c) => delete c.regions['UA-65'].russia.sources[0].date);
    expect(errs.some((e) => e.startsWith('geodata/conflicts/ua/claims.json: regions.UA-65.russia.sources[0].date:'))).toBe(true);
  });
  it('a missing story region', () => {
    const errs = errorsOf((c) => delete c.regions['UA-40']);
    expect(errs.some((e) => e.startsWith('geodata/conflicts/ua/claims.json: regions.UA-40: missing'))).toBe(true);
  });
  it('an unknown region id', () => {
    const errs = errorsOf((c) => (c.regions['UA-99'] = c.regions['UA-14']));
    expect(errs.join('\n')).toContain('UA-99');
  });
  it('an unknown kind of position', () => {
    const errs = errorsOf((c) => (c.regions['UA-23'].russia.kind = 'ownership'));
    expect(errs.some((e) => e.startsWith('geodata/conflicts/ua/claims.json: regions.UA-23.russia.kind:'))).toBe(true);
  });
  it('not an object at all', () => {
    const r = parseClaims([], UA, 'x.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/^x\.json: \(root\): /);
  });
});
