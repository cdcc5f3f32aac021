/**
 * The parties' names as the catalogue's templates use them: `{sovereign}`,
 * `{claimant}`, and their "of" forms `{sovereignOf}`, `{claimantOf}` (the
 * Ukrainian genitive: "Мапа України", "під контролем Росії"; in English the
 * same word). A template never spells a party; the caller may pass these
 * placeholders itself, and otherwise `partyWords` fills them.
 *
 * Seam: these names are the conflict's, not the interface's; they move to the
 * conflict profile (`geodata/conflicts/<id>/`, its parties' names in each UI
 * language), which then supplies `partyWords` and `speakerPartyName`.
 */
import type { Lang } from './lang.ts';

export type PartyWords = { sovereign: string; claimant: string; sovereignOf: string; claimantOf: string };

const WORDS: Readonly<Record<Lang, PartyWords>> = {
  en: { sovereign: 'Ukraine', claimant: 'Russia', sovereignOf: 'Ukraine', claimantOf: 'Russia' },
  uk: { sovereign: 'Україна', claimant: 'Росія', sovereignOf: 'України', claimantOf: 'Росії' },
};

const SPEAKERS: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  en: { russia: 'Russia', ukraine: 'Ukraine', 'united-states': 'United States' },
  uk: { russia: 'Росія', ukraine: 'Україна', 'united-states': 'США' },
};

export function partyWords(lang: Lang): PartyWords {
  return WORDS[lang];
}

/** A speaker party's name, or undefined for a party the conflict does not name (the catalogue's own, e.g. analysts). */
export function speakerPartyName(lang: Lang, party: string): string | undefined {
  return SPEAKERS[lang][party];
}
