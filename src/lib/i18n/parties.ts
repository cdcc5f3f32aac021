/**
 * The conflict's words the catalogue's templates use: `{sovereign}`,
 * `{claimant}`, their Ukrainian genitive `{sovereignGen}`, `{claimantGen}`
 * ("під контролем Росії"; in English the plain name), and `{place}` (the
 * map's place, "Map of Ukraine" / "Мапа України"). No template spells a
 * party; the caller may pass these itself, else `conflictVars` fills them.
 *
 * Seam: these are the conflict's names, not the interface's. The conflict
 * profile (branch `profile`: src/lib/conflict/words.ts, same function names
 * and variables) supplies them from the profile in view; on merge this file
 * gives way to that one.
 */
import type { Lang } from './lang.ts';

type Vars = Record<'sovereign' | 'claimant' | 'sovereignGen' | 'claimantGen' | 'place', string>;

const WORDS: Readonly<Record<Lang, Vars>> = {
  en: { sovereign: 'Ukraine', claimant: 'Russia', sovereignGen: 'Ukraine', claimantGen: 'Russia', place: 'Ukraine' },
  uk: { sovereign: 'Україна', claimant: 'Росія', sovereignGen: 'України', claimantGen: 'Росії', place: 'України' },
};

/** The party keys (claims.json, the speakers) of the two roles. */
const KEYS = { sovereign: 'ukraine', claimant: 'russia' } as const;

/** The variables every string may use: {sovereign}, {claimant}, {sovereignGen}, {claimantGen}, {place}. */
export function conflictVars(lang: Lang): Vars {
  return WORDS[lang];
}

/** A speaker party's name when it is one of the conflict's two parties, else null. */
export function partyName(lang: Lang, party: string): string | null {
  return party === KEYS.sovereign ? WORDS[lang].sovereign : party === KEYS.claimant ? WORDS[lang].claimant : null;
}
