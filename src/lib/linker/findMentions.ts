/**
 * One pass over the tokens of a text with hash maps of matching keys:
 * region names, collective phrases and gazetteer places, longest match first.
 */
import type { RegionId, StoryRegionId } from '../geo/regionIds.ts';
import type { LinkerProfile } from './linkerProfile.ts';
import type { MentionVia } from '../contract/story.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { LexiconEntry } from './lexicon.ts';
import { ADJECTIVE_MARK, cyrillicStemKeys, hasCyrillic, homonymKey, latinStemKeys, nameKey, skeletonConsonants, vowelSkeleton } from './normalize.ts';
import { GIVEN_NAMES, TITLES } from './personNames.ts';
import { coreEnd, isApostropheCode, isWordChar, scanWord, tokenize } from './tokenize.ts';
import { tick } from './work.ts';

/** A match in the text, before it is placed in a passage. */
export type RawMention = {
  /** Null for a place outside the story regions: no mention, but context (a qualifier, a dateline) for others. */
  region: StoryRegionId | null;
  /** For a place: every oblast (ISO 3166-2) where a place of this name is, when more than one. */
  candidates?: RegionId[];
  /** For a place: the oblast of its (first) gazetteer entry. */
  oblast?: RegionId;
  start: number;
  end: number;
  text: string;
  via: MentionVia;
  place?: string;
  kremlinOnly?: boolean;
  anaphoric?: boolean;
  /**
   * For a place: the candidates that bear its name only in another spelling (Ivanovka for
   * Ivanivka; the gazetteer spells Crimea's villages the Russian way). The text's own context
   * may pick them; a guess from the article's oblasts prefers the name as spelled.
   */
  variants?: RegionId[];
  /** For a place with `variants`: each variant oblast's own English name of it (Ivanivka for Ivanovka). */
  names?: Partial<Record<RegionId, string>>;
  /** Set by `applyContext`: the text did not say which oblast (see `Mention.ambiguous`). */
  ambiguous?: boolean;
  alternatives?: RegionId[];
};

/** `stemOnly`: keys a word meets only through its own case ending ("Медведево" is met by "Медведеві", never by "Медведев"). */
type PatternToken = { raw: string; key: string; keys: string[]; stemOnly: string[]; skeleton: string };

type Pattern = {
  tokens: PatternToken[];
  regions: readonly StoryRegionId[];
  via: MentionVia;
  casing: LexiconEntry['casing'];
  place: string | undefined;
  /** A place's oblast, story region or not (a region outside the story: its own id). */
  oblast: RegionId | undefined;
  kremlinOnly: boolean;
  anaphoric: boolean;
  /** Breaks ties between patterns of the same length: names before places. */
  rank: number;
  /** A place's name across languages (`homonymKey` of each word): its namesakes in other oblasts share it. */
  homonym: string | undefined;
};

type WordKeys = { key: string; cyr: boolean; keys: string[]; skeletons?: string[] };

/** A place bearing a name in some spelling: its oblast and its English gazetteer name there. */
export type Namesake = { oblast: RegionId; name: string };

export type Matcher = {
  /** Latin text: exact key of the first word → patterns. */
  exact: Map<string, Pattern[]>;
  /** Cyrillic text: any key or stem of the first word → patterns. */
  stems: Map<string, Pattern[]>;
  /**
   * Last resort for Latin words: the vowel skeleton of a story-region place's
   * first word → its patterns, when the skeleton is long enough and belongs to
   * one place name only ("Peschanovka" → Pishchanivka).
   */
  skeletons: Map<string, Pattern[]>;
  cache: Map<string, WordKeys>;
  /**
   * A place's `homonym` key → the oblasts of every place that bears that name in
   * some spelling: the gazetteer spells Crimea's villages the Russian way
   * (Ivanovka) and the others the Ukrainian way (Ivanivka), yet they are namesakes.
   */
  homonyms: Map<string, Namesake[]>;
  /** The regions a mention may link (the profile's focus and context). */
  story: ReadonlySet<string>;
};

/** A vowel skeleton needs this many consonant letters to be specific enough to match by. */
const MIN_SKELETON_CONSONANTS = 4;

/** Longest word looked up, and widest gap between the words of one name (a possessive and spaces). */
const MAX_WORD = 48;
const MAX_GAP = 6;

const RANK: Record<MentionVia, number> = { name: 3, collective: 2, place: 1 };

/** "в Покровске": a Russian locative of a -ск town, never a nominative (the village is Покровське/Покровское). */
const RUSSIAN_LOCATIVE = /[^ь](?:ск|цк|зк)е$/;

/**
 * A region's adjective in the neuter ("Запорізьке", "Крымское", "Донецкое"): no region's name is
 * neuter (область, край, регион are not), so it names a settlement, unless a neuter noun follows
 * that it qualifies ("Запорожское направление", "Запорізьке водосховище").
 */
const NEUTER_ADJECTIVE = /(?:ськ|цьк|зьк)е$|(?:ск|цк)ое$/;
/** Neuter nouns end in -е, -ё, -я (направление, водосховище, узбережжя); verbs and prepositions do not. */
const NEUTER_NOUN = /[еёя]$/;

/** Whether the word after `from` (a space away) is a lower-case neuter noun the adjective before it qualifies. */
function qualifiesNoun(text: string, from: number): boolean {
  let k = from;
  while (k < text.length && k - from < 3 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 0xa0)) k++;
  const c = text.charCodeAt(k);
  if (k === from || !(c >= 0x430 && c <= 0x45f)) return false;
  const word = text.slice(k, Math.min(scanWord(text, k), k + MAX_WORD));
  return word.length >= 4 && NEUTER_NOUN.test(word);
}

/** The key of an adjective in a place's name after its first word: -ska, -ske, -skyi (Kamianka-Dniprovska). */
const PLACE_ADJECTIVE = /[sc]k(?:a|e|i|oe)$/;

const LOWER_CYRILLIC = /[а-яёіїєґ]/;
/** Capitalised Cyrillic word (not an acronym): "Широка", not "ВСУ". */
const CYR_CAPITALISED = /^[А-ЯЁІЇЄҐ][а-яёіїєґ'’]/;
/** Adjective endings of the first word of a two-word name: "Широка", "Велика", "Старая", "Червоний". */
const CYR_ADJECTIVE = /(?:а|я|ий|ій|ый|ой|е|є|і|ая|яя|ое|ее)$/;
/** A masculine or Russian feminine adjective: "Червоний", "Широкая" (a noun in -а, "Ивановка", is not told apart). */
const CYR_LONG_ADJECTIVE = /(?:ий|ій|ый|ой|ая|яя)$/;
/** An adjective in an oblique case: a district's or region's name after a place, not the rest of its name. */
const CYR_ADJECTIVE_CASE = /(?:ого|ой|ої|ей|ій|ий|ый|ая|ое|ые|ие|их|ых|ому|им|ым|ую|ою|ської|ського|ской|ского)$/;

/**
 * Whether the Cyrillic place word [start, end) is one word of a longer name the gazetteer lacks:
 * the first ("Червоний Маяк") or the second ("Широка Балка", after a capitalised adjective that
 * does not open a sentence).
 */
function isNameFragment(text: string, m: Matcher, start: number, end: number, prevStart: number, prevEnd: number): boolean {
  // "Червоний Маяк": an adjective-looking place right before a capitalised noun that names nothing
  // (a capitalised adjective after it is a qualifier instead: "Садовое Токмакского округа").
  const c = text.charCodeAt(end);
  if ((c === 32 || c === 0xa0) && CYR_LONG_ADJECTIVE.test(text.slice(start, end)) && CYR_CAPITALISED.test(text.slice(end + 1, end + 3))) {
    const nextEnd = Math.min(scanWord(text, end + 1), end + 1 + MAX_WORD);
    const next = text.slice(end + 1, nextEnd);
    const compound = text.charCodeAt(nextEnd) === 45;
    const names = keysOf(m, next).keys.some((k) => m.stems.get(k)?.some((p) => p.via !== 'place'));
    if (!compound && !names && !CYR_ADJECTIVE_CASE.test(next)) return true;
  }
  if (prevStart >= 0 && prevEnd === start - 1 && (text.charCodeAt(prevEnd) === 32 || text.charCodeAt(prevEnd) === 0xa0)) {
    const prev = text.slice(prevStart, prevEnd);
    let k = prevStart - 1;
    while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 0xa0)) k--;
    const initial = k < 0 || /[.!?\n:«"“—–-]/.test(text[k]!);
    if (!initial && CYR_CAPITALISED.test(prev) && CYR_ADJECTIVE.test(prev) && prev.length >= 4) return true;
  }
  return false;
}

/** Cyrillic words that fold onto a name but never are one: "Крім" ("except") is not Крим. */
const CYRILLIC_FUNCTION_WORDS: ReadonlySet<string> = new Set(['крім']);

function wordKeys(word: string): WordKeys {
  const key = nameKey(word);
  if (!hasCyrillic(word)) return { key, cyr: false, keys: [key] };
  if (CYRILLIC_FUNCTION_WORDS.has(word.toLowerCase())) return { key: '\u0001', cyr: true, keys: [] };
  const stems = cyrillicStemKeys(word);
  if (RUSSIAN_LOCATIVE.test(word.toLowerCase())) return { key: '\u0001' + key, cyr: true, keys: ['\u0001' + key, ...stems] };
  return { key, cyr: true, keys: [key, ...stems] };
}

function patternToken(raw: string, name: boolean): PatternToken {
  const w = wordKeys(raw);
  const stems = w.cyr ? [] : latinStemKeys(w.key);
  const keys = w.cyr ? w.keys : name ? [w.key, ...stems] : [w.key];
  // Region names are adjectives too ("Херсонській області"); places are not ("Покровське" is not Покровськ).
  if (name) for (const k of [...keys]) keys.push(k.startsWith(ADJECTIVE_MARK) ? k.slice(1) : ADJECTIVE_MARK + k);
  return { raw, key: w.key, keys, stemOnly: name ? [] : stems, skeleton: vowelSkeleton(w.key) };
}

function push(map: Map<string, Pattern[]>, key: string, p: Pattern): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(p)) list.push(p);
  } else map.set(key, [p]);
}

/** Every pattern with all its fields, so the matcher's hot loop sees one object shape. */
function pattern(tokens: PatternToken[], regions: readonly StoryRegionId[], via: MentionVia, casing: LexiconEntry['casing']): Pattern {
  return { tokens, regions, via, casing, place: undefined, oblast: undefined, kremlinOnly: false, anaphoric: false, rank: RANK[via], homonym: undefined };
}

/** Compile the lexicon and the gazetteer into the matcher's maps. */
export function compileMatcher(gazetteer: Gazetteer, profile: Pick<LinkerProfile, 'lexicon' | 'story'>): Matcher {
  const isStoryRegion = (id: string) => profile.story.has(id);
  const exact = new Map<string, Pattern[]>();
  const stems = new Map<string, Pattern[]>();
  const add = (p: Pattern) => {
    const first = p.tokens[0];
    if (!first) return;
    push(exact, first.key, p);
    for (const k of first.keys) push(stems, k, p);
    for (const k of first.stemOnly) push(stems, k, p);
  };
  const phraseTokens = (phrase: string, name = false) =>
    tokenize(phrase).map((t, j) => {
      const token = patternToken(t.raw, name);
      // "Kamianka-Dniprovska": a later word that is an adjective declines as one ("Каменку-Днепровскую").
      if (!name && j > 0 && PLACE_ADJECTIVE.test(token.key)) token.stemOnly.push(...token.stemOnly.map((k) => ADJECTIVE_MARK + k));
      return token;
    });

  for (const e of profile.lexicon) {
    const p = pattern(phraseTokens(e.phrase, true), e.regions, e.via, e.casing);
    if (e.oblast) p.oblast = e.oblast as RegionId;
    if (e.kremlinOnly) p.kremlinOnly = true;
    if (e.anaphoric) p.anaphoric = true;
    add(p);
  }
  const bySkeleton = new Map<string, { name: string | null; patterns: Pattern[] }>();
  const homonyms = new Map<string, Namesake[]>();
  for (const place of gazetteer.places) {
    const regions = isStoryRegion(place.region) ? [place.region] : [];
    for (const s of place.spellings) {
      const p = pattern(phraseTokens(s), regions, 'place', 'capital');
      p.place = place.name;
      p.oblast = place.region;
      p.homonym = p.tokens.map((t) => homonymKey(t.key)).join(' ');
      const namesakes = homonyms.get(p.homonym);
      if (!namesakes) homonyms.set(p.homonym, [{ oblast: place.region, name: place.name }]);
      else if (!namesakes.some((n) => n.oblast === place.region)) namesakes.push({ oblast: place.region, name: place.name });
      add(p);
      const skel = p.tokens.map((t) => t.skeleton).join(' ');
      const slot = bySkeleton.get(skel) ?? { name: place.name, patterns: [] };
      if (slot.name !== place.name || regions.length === 0) slot.name = null;
      slot.patterns.push(p);
      bySkeleton.set(skel, slot);
    }
  }
  // Region names and collective phrases claim their skeletons too, so no place takes them by rule.
  for (const list of exact.values())
    for (const p of list) if (p.via !== 'place') bySkeleton.set(p.tokens.map((t) => t.skeleton).join(' '), { name: null, patterns: [] });
  const skeletons = new Map<string, Pattern[]>();
  for (const [skel, slot] of bySkeleton) {
    const first = skel.split(' ')[0]!;
    if (slot.name === null || skeletonConsonants(first) < MIN_SKELETON_CONSONANTS || first.length < 5) continue;
    for (const p of slot.patterns) push(skeletons, first, p);
  }
  return { story: profile.story, exact, stems, skeletons, homonyms, cache: new Map() };
}

const UPPER = /^\p{Lu}/u;

function isUpperStart(c: number, text: string, i: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  if (c >= 0x400 && c <= 0x42f) return true;
  if (c >= 0x430 && c <= 0x45f) return false;
  if (c >= 0xc0 && c <= 0xde) return c !== 0xd7;
  return UPPER.test(text.slice(i, i + 2));
}

function keysOf(m: Matcher, raw: string): WordKeys {
  let w = m.cache.get(raw);
  if (!w) {
    if (m.cache.size > 200_000) m.cache.clear();
    w = wordKeys(raw);
    m.cache.set(raw, w);
  }
  return w;
}

/** Vowel skeletons a word may meet a place's by: its own, and for Cyrillic its stems' with the ending as a vowel. */
/** Adjectival surnames (Balitsky, Балицький) look like village names; they never match by skeleton. */
const SURNAME_LIKE = /sk(?:i|ii|y|iy|yi|ij)$/;

function skeletonsOf(w: WordKeys): string[] {
  if (w.skeletons) return w.skeletons;
  // An adjective ("Красноармейской агломерации") never meets a village named by one in another gender.
  if (SURNAME_LIKE.test(w.key) || (w.cyr && w.keys.some((k) => k.startsWith(ADJECTIVE_MARK)))) w.skeletons = [];
  else if (!w.cyr) w.skeletons = [vowelSkeleton(w.key)];
  // Cyrillic: the stems, with the case ending as one vowel; never an adjective's stem.
  else
    w.skeletons = w.keys
      .filter((k) => !k.startsWith(ADJECTIVE_MARK))
      .map((k) => {
        const sk = vowelSkeleton(k);
        return /[VAEU]$/.test(sk) ? sk : sk + 'V';
      });
  return w.skeletons;
}

function tokenMatches(w: WordKeys, p: PatternToken, loose = false): boolean {
  if (w.key === p.key) return true;
  if (loose) return skeletonsOf(w).includes(p.skeleton);
  if (!w.cyr) return false;
  for (let i = 0; i < w.keys.length; i++) {
    const k = w.keys[i]!;
    if (p.keys.includes(k) || (i > 0 && p.stemOnly.includes(k))) return true;
  }
  return false;
}

/** 2: the word is the name; 1: a case of it; 0: it only meets the name without its last vowel. */
function matchQuality(w: WordKeys, p: PatternToken): number {
  if (w.key === p.key) return 2;
  return w.keys.includes(p.key) ? 1 : 0;
}

function isGapChar(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 45 || (c >= 0x2010 && c <= 0x2013);
}

/** Only spaces and hyphens (after an optional possessive) may separate the words of one name. */
function gapOk(text: string, from: number, to: number): boolean {
  let i = from;
  if (i + 1 < to && isApostropheCode(text.charCodeAt(i)) && (text.charCodeAt(i + 1) | 32) === 115) i += 2;
  for (; i < to; i++) if (!isGapChar(text.charCodeAt(i))) return false;
  return true;
}

/** "Olena Bakhmut", "Gen. Lyman": a given name or a title right before a place. */
function isPersonName(text: string, prevStart: number, prevEnd: number, start: number): boolean {
  if (prevStart < 0) return false;
  const gap = text.slice(prevEnd, start);
  if (!/^\.? $/.test(gap) || !isUpperStart(text.charCodeAt(prevStart), text, prevStart)) return false;
  const lower = text.slice(prevStart, prevEnd).toLowerCase();
  return GIVEN_NAMES.has(lower) || TITLES.has(lower);
}

type Follow = { start: number; end: number; wordEnd: number; w: WordKeys } | null;

/**
 * Every region mention in `text`, in order, with offsets into `text`.
 * Words are scanned in place; only capitalised words and the first words of
 * collective phrases are looked up, so most of the text is never sliced.
 */
export function findMentions(text: string, matcher: Matcher): RawMention[] {
  const out: RawMention[] = [];
  const n = text.length;
  const lowerStarts = lowerFirstChars(matcher);
  let prevStart = -1;
  let prevEnd = -1;
  let i = 0;
  const follow: Follow[] = [];
  // The scan itself moves forward only: one step a character.
  tick(n);
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c, text, i)) {
      i++;
      continue;
    }
    const start = i;
    const wordEnd = scanWord(text, start);
    i = wordEnd;
    const upper = isUpperStart(c, text, start);
    // No name is one word this long; looking it up would only fill the cache.
    if ((!upper && !lowerStarts.has(c)) || wordEnd - start > MAX_WORD) {
      prevStart = start;
      prevEnd = wordEnd;
      continue;
    }
    const end0 = coreEnd(text, start, wordEnd);
    const raw = text.slice(start, end0);
    const w = keysOf(matcher, raw);
    let candidates: Pattern[] | undefined;
    if (!w.cyr) candidates = matcher.exact.get(w.key);
    else {
      for (const k of w.keys) {
        const list = matcher.stems.get(k);
        if (list) candidates = candidates ? [...candidates, ...list] : list;
      }
    }
    // Last resort: a Russian-style romanisation of a front-line village, by its vowel skeleton.
    let loose = false;
    if (!candidates && upper && !GIVEN_NAMES.has(raw.toLowerCase())) {
      for (const sk of skeletonsOf(w)) candidates ??= matcher.skeletons.get(sk);
      loose = candidates !== undefined;
    }
    if (!candidates) {
      const d = w.cyr && upper ? districtOf(text, matcher, w, start, end0) : null;
      if (d) {
        out.push(d);
        i = Math.max(i, d.end);
      }
      prevStart = start;
      prevEnd = d ? d.end : end0;
      continue;
    }

    follow.length = 0;
    const followWord = (j: number): Follow => {
      if (j < follow.length) return follow[j]!;
      const prev = j === 0 ? { end: end0, wordEnd } : follow[j - 1];
      let f: Follow = null;
      if (prev) {
        let k = prev.wordEnd;
        // The words of one name are a few characters apart: never scan a long gap.
        while (k < n && k - prev.end <= MAX_GAP && !isWordChar(text.charCodeAt(k), text, k)) k++;
        tick(k - prev.wordEnd + 1);
        if (k < n && k - prev.end <= MAX_GAP && gapOk(text, prev.end, k)) {
          const we = scanWord(text, k);
          const e = coreEnd(text, k, we);
          f = { start: k, end: e, wordEnd: we, w: keysOf(matcher, text.slice(k, e)) };
        }
      }
      follow[j] = f;
      return f;
    };

    let best: Pattern | null = null;
    let bestEnd = end0;
    /** Oblasts of other places with the same name (same length, same rank) as `best`. */
    let others: RegionId[] = [];
    let bestQuality = 0;
    for (const p of candidates) {
      tick();
      const len = p.tokens.length;
      const sameSize = best !== null && len === best.tokens.length && p.rank === best.rank;
      const tie = sameSize && p.via === 'place' && best!.via === 'place';
      if (best && !tie && (len < best.tokens.length || (len === best.tokens.length && p.rank <= best.rank))) continue;
      if (p.casing === 'capital' ? !upper : p.casing === 'exact' ? raw !== p.tokens[0]!.raw : false) continue;
      if (!tokenMatches(w, p.tokens[0]!, loose)) continue;
      let ok = true;
      let end = end0;
      for (let j = 1; j < len && ok; j++) {
        const f = followWord(j - 1);
        ok = f !== null && tokenMatches(f.w, p.tokens[j]!, loose);
        if (f) end = f.end;
      }
      if (!ok) continue;
      if (p.via === 'place' && isPersonName(text, prevStart, prevEnd, start)) continue;
      // The name spelled exactly beats the name reached through a case ending, which beats a name
      // reached by dropping its own last vowel: "Покровська" is Покровськ, not Покровське.
      const quality = matchQuality(w, p.tokens[0]!);
      if (tie && quality === bestQuality) {
        if (p.oblast && p.oblast !== best!.oblast && !others.includes(p.oblast)) others.push(p.oblast);
        continue;
      }
      if (tie && quality < bestQuality) continue;
      best = p;
      bestEnd = end;
      bestQuality = quality;
      others = [];
    }
    if (best && best.via === 'name' && best.tokens.length === 1 && w.cyr && NEUTER_ADJECTIVE.test(raw.toLowerCase()) && !qualifiesNoun(text, end0)) {
      // A settlement named like the region: the gazetteer's place of exactly this name, if any.
      const places = candidates.filter((p) => p.via === 'place' && p.tokens.length === 1 && matchQuality(w, p.tokens[0]!) === 2);
      best = places[0] ?? null;
      bestEnd = end0;
      others = [];
      for (const p of places) if (p.oblast && p.oblast !== best!.oblast && !others.includes(p.oblast)) others.push(p.oblast);
      if (!best) {
        // Not in the gazetteer: no link of its own, but a qualifier beside it may place it (see `applyContext`).
        out.push({ region: null, start, end: end0, text: raw, via: 'place', place: raw });
        i = Math.max(i, end0);
        prevStart = start;
        prevEnd = end0;
        continue;
      }
    }
    if (!best) {
      prevStart = start;
      prevEnd = end0;
      continue;
    }

    // "Червоний Маяк", "Широка Балка": one word of a longer name the gazetteer lacks is no place;
    // nor is a common noun in a compound ("Країна-терорист").
    if (
      best.via === 'place' &&
      w.cyr &&
      best.tokens.length === 1 &&
      ((text.charCodeAt(bestEnd) === 45 && LOWER_CYRILLIC.test(text.charAt(bestEnd + 1))) || isNameFragment(text, matcher, start, bestEnd, prevStart, prevEnd))
    ) {
      prevStart = start;
      prevEnd = bestEnd;
      continue;
    }
    const spanText = text.slice(start, bestEnd);
    if (best.via === 'place') {
      // One mention for a place, whichever oblasts share its name (in any spelling); context picks among them.
      const namesakes = matcher.homonyms.get(best.homonym!);
      const variants: RegionId[] = [];
      if (namesakes && namesakes.length > 1) {
        for (const { oblast: o } of namesakes) if (o !== best.oblast && !others.includes(o)) variants.push(o);
        others.push(...variants);
      }
      const oblasts = [best.oblast!, ...others];
      const story = oblasts.filter((o) => matcher.story.has(o));
      const m: RawMention = { region: others.length === 0 ? (story[0] ?? null) : null, start, end: bestEnd, text: spanText, via: 'place' };
      if (best.place) m.place = best.place;
      m.oblast = best.oblast!;
      if (others.length > 0) m.candidates = oblasts;
      // Namesakes only by another spelling: the text's context may pick them; a guess prefers the spelling's own (see `applyContext`).
      if (variants.length > 0) {
        m.variants = variants;
        m.names = {};
        for (const n of namesakes!) if (variants.includes(n.oblast)) m.names[n.oblast] = n.name;
      }
      out.push(m);
    } else if (best.regions.length === 0 && best.oblast) {
      // A region outside the story: no mention, but it qualifies the places beside it.
      out.push({ region: null, oblast: best.oblast, start, end: bestEnd, text: spanText, via: 'name' });
    } else {
      for (const region of best.regions) {
        const m: RawMention = { region, start, end: bestEnd, text: spanText, via: best.via };
        if (best.kremlinOnly) m.kremlinOnly = true;
        if (best.anaphoric) m.anaphoric = true;
        out.push(m);
      }
    }
    i = Math.max(i, bestEnd);
    prevStart = start;
    prevEnd = bestEnd;
  }
  return out;
}

/** After a town's adjective, the word that makes it its district's name: "Токмакского муниципального округа", "Бахмутского района". */
const DISTRICT_AFTER =
  /^\s{1,2}(?:(?:муниципального|муніципального|городского|міського)\s{1,2})?(?:района|районе|району|районі|округа|округе|округу|окрузі|громади|громаді)(?![\p{L}])/u;

/**
 * "Токмакского муниципального округа": a district named after a town the gazetteer holds in one
 * oblast only. No mention (a district is not a place of the story), but it says which oblast a
 * place named just before lies in (see `applyContext`).
 */
function districtOf(text: string, m: Matcher, w: WordKeys, start: number, end: number): RawMention | null {
  const after = DISTRICT_AFTER.exec(text.slice(end, end + 40));
  if (!after) return null;
  for (const k of w.keys) {
    if (!k.startsWith(ADJECTIVE_MARK)) continue;
    const stem = k.slice(1);
    for (const key of [stem, stem.replace(/sk$/, '')]) {
      const towns = (m.exact.get(key) ?? []).filter((p) => p.via === 'place' && p.tokens.length === 1 && p.tokens[0]!.key === key);
      const oblast = towns[0]?.oblast;
      if (!oblast || towns.some((p) => p.oblast !== oblast) || (m.homonyms.get(towns[0]!.homonym!) ?? []).length > 1) continue;
      const e = end + after[0].length;
      return { region: null, oblast, start, end: e, text: text.slice(start, e), via: 'name' };
    }
  }
  return null;
}

const lowerStartCache = new WeakMap<Matcher, Set<number>>();

/** First letters of the phrases that match in lower case ("occupied territories"). */
function lowerFirstChars(m: Matcher): Set<number> {
  let s = lowerStartCache.get(m);
  if (!s) {
    s = new Set();
    for (const list of m.exact.values())
      for (const p of list) if (p.casing === 'any') s.add(p.tokens[0]!.raw.toLowerCase().charCodeAt(0));
    lowerStartCache.set(m, s);
  }
  return s;
}
