/**
 * The linker's vocabulary, built from a profile's `src/lexicon.json`: names of
 * the story regions in the spellings articles use (each base name also with
 * every area word and, for a republic, "People's Republic" after it), names of
 * several regions at once, names that look like a region but are not one
 * (rivers), phrases that name the focus regions as a group, and group anaphora;
 * and the names of neighbouring regions outside the story, with an area word
 * ("Dnipropetrovsk region", "Днепропетровской области"): they link nothing but
 * say where a place named beside them lies.
 * Places (settlements) come from the gazetteer, not from here.
 */
import type { StoryRegionId } from '../geo/regionIds.ts';
import type { LexiconFile } from './linkerProfile.ts';
import type { MentionVia } from '../contract/story.ts';

export type LexiconEntry = {
  phrase: string;
  /** Empty: a known name that links to nothing (it only stops a shorter match). */
  regions: readonly StoryRegionId[];
  via: MentionVia;
  /** `capital`: first letter must be upper-case (names); `exact`: acronyms; `any`: phrases. */
  casing: 'capital' | 'exact' | 'any';
  /** "new regions" means the four oblasts only in the Kremlin's usage. */
  kremlinOnly?: boolean;
  /** "these four regions": a group mention only once the article has named the group before. */
  anaphoric?: boolean;
  /** A region outside the story (no link): its name still qualifies the places beside it. */
  oblast?: string;
};

/** The area words that name an oblast, in any language: a neighbouring region qualifies places only with one. */
const OBLAST_WORD = /^(?:regions?|oblasts?|provinces?|област[ьі]|обл)$/i;

/** Every lexicon entry of a profile, in a fixed order: region names, groups, non-regions, collective phrases, anaphora. */
export function buildLexicon(file: LexiconFile, focus: readonly StoryRegionId[]): LexiconEntry[] {
  const out: LexiconEntry[] = [];
  for (const [id, n] of Object.entries(file.regions)) {
    const name = (phrase: string, casing: LexiconEntry['casing'] = 'capital') => out.push({ phrase, regions: [id], via: 'name', casing });
    for (const b of n.bases) {
      name(b);
      for (const w of file.areaWords) name(`${b} ${w}`);
      if (n.republic) for (const r of file.republicWords) name(`${b} ${r}`);
    }
    for (const p of n.plain ?? []) name(p);
    for (const a of n.acronyms ?? []) name(a, 'exact');
  }
  for (const g of file.groups) for (const d of g.phrases) out.push({ phrase: d, regions: g.regions, via: 'name', casing: 'capital' });
  for (const p of file.notRegions) out.push({ phrase: p, regions: [], via: 'name', casing: 'capital' });
  // Only with an area word that makes it an oblast ("region", "області"; not "city" or "district"):
  // a bare "Kharkiv" stays the city, a gazetteer place.
  const oblastWords = file.areaWords.filter((w) => OBLAST_WORD.test(w));
  for (const [id, n] of Object.entries(file.otherRegions ?? {})) {
    for (const b of n.bases) for (const w of oblastWords) out.push({ phrase: `${b} ${w}`, regions: [], via: 'name', casing: 'capital', oblast: id });
    for (const p of n.plain ?? []) out.push({ phrase: p, regions: [], via: 'name', casing: 'capital', oblast: id });
  }
  for (const c of file.collective) {
    const phrase = typeof c === 'string' ? c : c.phrase;
    out.push({ phrase, regions: focus, via: 'collective', casing: 'any', ...(typeof c === 'string' ? {} : { kremlinOnly: true }) });
  }
  // Phrases that point back at a group named earlier: linked only after it (see `applyContext`).
  for (const phrase of file.anaphora) out.push({ phrase, regions: focus, via: 'collective', casing: 'any', anaphoric: true });
  return out;
}
