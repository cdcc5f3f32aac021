/**
 * The conflict's words the UI strings are templates of: "Claimed by
 * {claimant}", "Map of {place}". Filled from the profile in view (its party
 * names from claims.json, their Ukrainian genitive, its place); the page shows
 * one conflict at a time, so the active words are set when its data loads
 * (`useConflictWords`), by default the bundled profile's.
 */
import claimsJson from '../../../geodata/conflicts/ua/claims.json';
import { DEFAULT_PROFILE } from './bundled.ts';
import type { Profile } from './profileSchema.ts';

type Lang = 'en' | 'uk';
type Names = Record<string, { name: { en: string; uk: string } }>;

export type ConflictWords = Record<Lang, Record<'sovereign' | 'claimant' | 'sovereignGen' | 'claimantGen' | 'place', string>> & {
  /** The party keys (claims.json, speakers) of the two roles. */
  keys: { sovereign: string; claimant: string };
  /** The status table's words (the profile's `statusLabels`). */
  status: Profile['statusLabels'];
  /** The claimant's name in the genitive in Russian-language text ("в составе России"), when the profile gives it. */
  claimantGenRu: string | null;
};

/** The template variables of a profile, from its claims.json party names. */
export function conflictWords(profile: Profile, parties: Names): ConflictWords {
  const { sovereign, claimant } = profile.parties;
  const name = (key: string, lang: Lang) => parties[key]?.name[lang] ?? key;
  const gen = (key: string) => profile.genitive?.uk[key] ?? name(key, 'uk');
  return {
    keys: { sovereign, claimant },
    status: profile.statusLabels,
    claimantGenRu: profile.genitive?.ru?.[claimant] ?? null,
    en: { sovereign: name(sovereign, 'en'), claimant: name(claimant, 'en'), sovereignGen: name(sovereign, 'en'), claimantGen: name(claimant, 'en'), place: profile.place?.en ?? name(sovereign, 'en') },
    uk: { sovereign: name(sovereign, 'uk'), claimant: name(claimant, 'uk'), sovereignGen: gen(sovereign), claimantGen: gen(claimant), place: profile.place?.uk ?? gen(sovereign) },
  };
}

let active: ConflictWords = conflictWords(DEFAULT_PROFILE, (claimsJson as { parties: Names }).parties);

/** Makes a profile's words the ones the strings are filled with. */
export function useConflictWords(words: ConflictWords): void {
  active = words;
}

/** A speaker party's name when it is one of the conflict's two parties, else null. */
export function partyName(lang: Lang, party: string): string | null {
  return party === active.keys.sovereign ? active[lang].sovereign : party === active.keys.claimant ? active[lang].claimant : null;
}

/** The claimant's names as statements write them: en, uk genitive, ru genitive (when known). */
export function claimantForms(): { en: string; ukGen: string; ruGen: string | null } {
  return { en: active.en.claimant, ukGen: active.uk.claimantGen, ruGen: active.claimantGenRu };
}

/** A status's legend words in the conflict in view. */
export function statusWords(status: keyof Profile['statusLabels'], lang: Lang): string {
  return active.status[status][lang];
}

/** The variables every string may use: {sovereign}, {claimant}, {sovereignGen}, {claimantGen}, {place}. */
export function conflictVars(lang: Lang): ConflictWords['en'] {
  return active[lang];
}
