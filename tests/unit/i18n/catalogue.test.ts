/**
 * The string catalogue: every language has every key of English's with the
 * same placeholders, counts take each language's plural forms, dates are
 * written one way, and no string spells a party (the profile names them).
 */
import { describe, expect, it } from 'vitest';
import * as en from '../../../src/lib/i18n/en.ts';
import * as uk from '../../../src/lib/i18n/uk.ts';
import { LANGS, formatDate, formatNumber, t, ta, tp } from '../../../src/lib/i18n/strings.ts';
import { formatDay } from '../../../src/lib/i18n/formatDay.ts';
import { fill, translator, type Entry } from '../../../src/lib/i18n/translate.ts';

const CATALOGUES = { en, uk } as const;
const SECTIONS = ['app', 'positions', 'author'] as const;
const PARTY = new Set(['claimant', 'sovereign', 'claimantGen', 'sovereignGen', 'place']);

const placeholders = (e: Entry) => [...new Set((typeof e === 'string' ? [e] : Object.values(e)).flatMap((s) => [...(s ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)))].sort();

describe('the catalogue', () => {
  it('gives every language the same keys as English, with the same placeholders', () => {
    expect(Object.keys(CATALOGUES).sort()).toEqual([...LANGS].sort());
    for (const lang of LANGS) {
      for (const section of SECTIONS) {
        const model = en[section] as Record<string, Entry>;
        const other = CATALOGUES[lang][section] as Record<string, Entry>;
        expect(Object.keys(other).sort(), `${lang}.${section}`).toEqual(Object.keys(model).sort());
        for (const [key, e] of Object.entries(model)) {
          // Party names are always at hand (src/lib/conflict/words.ts), so a language may name a party where English says "it";
          // a noun given in several cases ({what}, {whatOf}, {whatAcc}) is one placeholder in any of them.
          const norm = (list: string[]) => [...new Set(list.filter((p) => !PARTY.has(p)).map((p) => p.replace(/^what(Of|Acc)$/, 'what')))];
          expect(norm(placeholders(other[key]!)), `${lang}.${section}.${key}`).toEqual(norm(placeholders(e)));
          expect(typeof other[key], `${lang}.${section}.${key} is a count in English, so in ${lang} too`).toBe(typeof e);
        }
      }
    }
  });

  it('has every plural form each language needs, and nothing but strings', () => {
    for (const lang of LANGS) {
      const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const section of SECTIONS) {
        for (const [key, e] of Object.entries(CATALOGUES[lang][section] as Record<string, Entry>)) {
          if (typeof e === 'string') continue;
          for (const form of needed) expect(e[form], `${lang}.${section}.${key}.${form}`).toEqual(expect.stringContaining('{n}'));
        }
      }
    }
  });

  it('counts in English: 1 passage, 2 passages', () => {
    expect(t('en', 'passageCount', { n: 1 })).toBe('1 passage');
    expect(t('en', 'passageCount', { n: 2 })).toBe('2 passages');
    expect(t('en', 'publicSourceCount', { n: 1 })).toBe('1 public source');
    expect(t('en', 'publicSourceCount', { n: 2 })).toBe('2 public sources');
    expect(t('en', 'evidenceCount', { passages: t('en', 'passageCount', { n: 1 }), sources: t('en', 'publicSourceCount', { n: 1 }) })).toBe('1 passage in the article, 1 public source');
    expect(ta('en', 'mentionCount', { n: 1 })).toBe('1 mention');
    expect(ta('en', 'mentionCount', { n: 0 })).toBe('0 mentions');
  });

  it('counts in Ukrainian: 1 уривок, 2 уривки, 5 уривків, 21 уривок', () => {
    expect([1, 2, 5, 21, 11, 12, 22, 25, 1.5].map((n) => t('uk', 'passageCount', { n }))).toEqual([
      '1 уривок', '2 уривки', '5 уривків', '21 уривок', '11 уривків', '12 уривків', '22 уривки', '25 уривків', '1.5 уривка',
    ]);
    expect([1, 3, 7].map((n) => t('uk', 'publicSourceCount', { n }))).toEqual(['1 відкрите джерело', '3 відкриті джерела', '7 відкритих джерел']);
    expect([1, 2, 5, 21].map((n) => ta('uk', 'mentionCount', { n }))).toEqual(['1 згадка', '2 згадки', '5 згадок', '21 згадка']);
    expect([1, 4, 10].map((n) => t('uk', 'moreEvidence', { n }))).toEqual([
      'і ще 1 уривок (див. цитати нижче)', 'і ще 4 уривки (див. цитати нижче)', 'і ще 10 уривків (див. цитати нижче)',
    ]);
  });

  it('refuses a count without a number, and names a missing key', () => {
    expect(() => t('en', 'passageCount')).toThrow('string "passageCount" counts {n}: give it a number');
    const lookUp = translator<'en', 'a'>({ en: {} as Record<'a', Entry> });
    expect(() => lookUp('en', 'a')).toThrow('no string "a" in the en catalogue');
  });

  it('fills placeholders, leaves an unknown one showing, and fills the parties the caller leaves out', () => {
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(t('en', 'selected', { name: 'Donetsk' })).toBe('Donetsk selected');
    expect(t('en', 'claimedBy')).toBe('claimed by Russia');
    expect(t('uk', 'claimedBy')).toBe('претензії Росії');
    expect(t('en', 'claimedBy', { claimant: 'X' })).toBe('claimed by X');
    expect(t('uk', 'mapLabel')).toBe('Мапа України: хто на що претендує і хто що контролює');
    expect(tp('en', 'posCellSovereign', { km2: '5,500', pct: 21 })).toBe('Ukraine gives up ≈ 5,500 km² (21 %)');
  });

  it('spells no party: their names come from the conflict (the profile, src/lib/conflict/words.ts)', () => {
    const all = JSON.stringify({ en, uk });
    expect(all).not.toMatch(/Russia|Ukrain|Росі|Україн|Georgia|Грузі/);
  });
});

describe('dates and numbers', () => {
  it('writes a day as "27 Nov 2025" and "27 лист. 2025", with Intl’s month names', () => {
    expect(formatDate('en', '2025-11-27')).toBe('27 Nov 2025');
    expect(formatDate('en', '2025-09-05')).toBe('5 Sep 2025');
    expect(formatDate('uk', '2025-11-27')).toBe('27 лист. 2025');
    expect(formatDate('uk', '2014-03-18')).toBe('18 бер. 2014');
    const months = Array.from({ length: 12 }, (_, i) => formatDay(`2025-${String(i + 1).padStart(2, '0')}-01`, 'uk').split(' ')[1]);
    expect(months).toEqual(['січ.', 'лют.', 'бер.', 'квіт.', 'трав.', 'черв.', 'лип.', 'серп.', 'вер.', 'жовт.', 'лист.', 'груд.']);
  });

  it('shows anything that is not a real day as given, and formatDay names it', () => {
    expect(formatDate('en', 'soon')).toBe('soon');
    expect(formatDate('en', '2025-02-30')).toBe('2025-02-30');
    expect(() => formatDay('2025-02-30', 'en')).toThrow('not a date YYYY-MM-DD: "2025-02-30"');
  });

  it('writes numbers the language’s way', () => {
    expect(formatNumber('en', 0.094, 2)).toBe('0.09');
    expect(formatNumber('uk', 0.094, 2)).toBe('0,09');
    expect(formatNumber('uk', 5000)).toBe('5\u00a0000');
  });
});
