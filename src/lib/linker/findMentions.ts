/**
 * One pass over the tokens of a text with hash maps of matching keys:
 * region names, collective phrases and gazetteer places, longest match first.
 */
import { isStoryRegion, type StoryRegionId } from '../geo/regionIds.ts';
import type { MentionVia } from '../contract/story.ts';
import type { Gazetteer } from './gazetteer.ts';
import { LEXICON, type LexiconEntry } from './lexicon.ts';
import { cyrillicStemKeys, hasCyrillic, latinStemKeys, nameKey } from './normalize.ts';
import { GIVEN_NAMES, TITLES } from './personNames.ts';
import { tokenize, type Token } from './tokenize.ts';

/** A match in the text, before it is placed in a passage. */
export type RawMention = {
  region: StoryRegionId;
  start: number;
  end: number;
  text: string;
  via: MentionVia;
  place?: string;
  kremlinOnly?: boolean;
};

type PatternToken = { raw: string; key: string; keys: string[] };

type Pattern = {
  tokens: PatternToken[];
  regions: readonly StoryRegionId[];
  via: MentionVia;
  casing: LexiconEntry['casing'];
  place?: string;
  kremlinOnly?: boolean;
  /** Breaks ties between patterns of the same length: names before places. */
  rank: number;
};

type WordKeys = { key: string; cyr: boolean; keys: string[] };

export type Matcher = {
  /** Latin text: exact key of the first word → patterns. */
  exact: Map<string, Pattern[]>;
  /** Cyrillic text: any key or stem of the first word → patterns. */
  stems: Map<string, Pattern[]>;
  cache: Map<string, WordKeys>;
};

const RANK: Record<MentionVia, number> = { name: 3, collective: 2, place: 1 };

function wordKeys(word: string): WordKeys {
  const key = nameKey(word);
  if (!hasCyrillic(word)) return { key, cyr: false, keys: [key] };
  return { key, cyr: true, keys: [key, ...cyrillicStemKeys(word)] };
}

function patternToken(raw: string): PatternToken {
  const w = wordKeys(raw);
  const keys = w.cyr ? w.keys : [w.key, ...latinStemKeys(w.key)];
  return { raw, key: w.key, keys };
}

function push(map: Map<string, Pattern[]>, key: string, p: Pattern): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(p)) list.push(p);
  } else map.set(key, [p]);
}

/** Compile the lexicon and the gazetteer into the matcher's maps. */
export function compileMatcher(gazetteer: Gazetteer): Matcher {
  const exact = new Map<string, Pattern[]>();
  const stems = new Map<string, Pattern[]>();
  const add = (p: Pattern) => {
    const first = p.tokens[0];
    if (!first) return;
    push(exact, first.key, p);
    for (const k of first.keys) push(stems, k, p);
  };
  const phraseTokens = (phrase: string) => tokenize(phrase).map((t) => patternToken(t.raw));

  for (const e of LEXICON) {
    const p: Pattern = { tokens: phraseTokens(e.phrase), regions: e.regions, via: e.via, casing: e.casing, rank: RANK[e.via] };
    if (e.kremlinOnly) p.kremlinOnly = true;
    add(p);
  }
  for (const place of gazetteer.places) {
    const regions = isStoryRegion(place.region) ? [place.region] : [];
    for (const s of place.spellings) {
      add({ tokens: phraseTokens(s), regions, via: 'place', casing: 'capital', place: place.name, rank: RANK.place });
    }
  }
  return { exact, stems, cache: new Map() };
}

const UPPER = /^\p{Lu}/u;
/** Only spaces and hyphens may separate the words of one name. */
const GAP = /^(?:['’][sS])?[ \t\u00a0\-‐‑–]*$/;

function keysOf(m: Matcher, raw: string): WordKeys {
  let w = m.cache.get(raw);
  if (!w) {
    if (m.cache.size > 200_000) m.cache.clear();
    w = wordKeys(raw);
    m.cache.set(raw, w);
  }
  return w;
}

function tokenMatches(w: WordKeys, p: PatternToken): boolean {
  if (w.key === p.key) return true;
  if (!w.cyr) return false;
  for (const k of w.keys) if (p.keys.includes(k)) return true;
  return false;
}

function casingOk(raw: string, p: Pattern): boolean {
  if (p.casing === 'any') return true;
  if (p.casing === 'exact') return raw === p.tokens[0]?.raw;
  return UPPER.test(raw);
}

/** "Olena Bakhmut", "Gen. Lyman": a given name or a title right before a place. */
function isPersonName(text: string, tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const cur = tokens[i];
  if (!prev || !cur) return false;
  const gap = text.slice(prev.end, cur.start);
  if (!/^\.? $/.test(gap) || !UPPER.test(prev.raw)) return false;
  const lower = prev.raw.toLowerCase();
  return GIVEN_NAMES.has(lower) || TITLES.has(lower);
}

/** Every region mention in `text`, in order, with offsets into `text`. */
export function findMentions(text: string, matcher: Matcher): RawMention[] {
  const tokens = tokenize(text);
  const out: RawMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const w = keysOf(matcher, tok.raw);
    let candidates: Pattern[] | undefined;
    if (!w.cyr) candidates = matcher.exact.get(w.key);
    else {
      for (const k of w.keys) {
        const list = matcher.stems.get(k);
        if (list) candidates = candidates ? [...candidates, ...list] : list;
      }
    }
    if (!candidates) continue;

    let best: Pattern | null = null;
    for (const p of candidates) {
      const n = p.tokens.length;
      if (best && (n < best.tokens.length || (n === best.tokens.length && p.rank <= best.rank))) continue;
      if (i + n > tokens.length || !casingOk(tok.raw, p) || !tokenMatches(w, p.tokens[0]!)) continue;
      let ok = true;
      for (let j = 1; j < n && ok; j++) {
        const t = tokens[i + j]!;
        ok = GAP.test(text.slice(tokens[i + j - 1]!.end, t.start)) && tokenMatches(keysOf(matcher, t.raw), p.tokens[j]!);
      }
      if (!ok) continue;
      if (p.via === 'place' && isPersonName(text, tokens, i)) continue;
      best = p;
    }
    if (!best) continue;

    const start = tok.start;
    const last = tokens[i + best.tokens.length - 1]!;
    const end = last.end;
    const spanText = text.slice(start, end);
    for (const region of best.regions) {
      const m: RawMention = { region, start, end, text: spanText, via: best.via };
      if (best.place) m.place = best.place;
      if (best.kremlinOnly) m.kremlinOnly = true;
      out.push(m);
    }
    i += best.tokens.length - 1;
  }
  return out;
}
