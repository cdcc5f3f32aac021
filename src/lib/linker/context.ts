/**
 * What the text around a match decides: a group phrase qualified by the
 * regions it names ("the occupied territories of Kherson Oblast" is Kherson
 * only); group anaphora ("these four regions") that count only once the
 * article has named the group; and which oblast a place name means when
 * several share it — the text's own qualifier first ("X, Kharkiv region",
 * "the village of X in the Donetsk region"), then an oblast named in the same
 * sentence, then one the article discusses (marked ambiguous), else none.
 * Works on the raw matches, in text order.
 */
import type { RegionId } from '../geo/regionIds.ts';
import type { LinkerProfile } from './linkerProfile.ts';
import type { RawMention } from './findMentions.ts';
import { GIVEN_NAMES } from './personNames.ts';
import { tick } from './work.ts';

/** "Ukrainian regions of", "Ukraine's oblasts of": a detour between a group phrase and the regions that narrow it. */
const THE_REGIONS_OF = /^(?:Ukrainian\s{1,3}|Ukraine['’]s\s{1,3})?(?:regions|oblasts|provinces)\s{1,3}of\s{1,3}(?:the\s{1,3})?(?=\p{Lu})/u;
/** "of the", "in" after an English group phrase; a Cyrillic one takes its region in the genitive directly. */
const QUALIFIER_LATIN = /^\s{1,3}(?:of|in)\s{1,3}(?:the\s{1,3})?(?=\p{Lu})/u;
const QUALIFIER_CYR = /^\s{1,3}(?=\p{Lu})/u;
/**
/** Between the names of a qualifier's list: commas, "and", "та", "и", an area word. */
const LIST_GAP =
  /^(?:\s{1,3}(?:regions?|oblasts?|provinces?|області|областей|областях|области|регіонів|регионов))?(?:\s{0,3},\s{0,3}(?:and\s{1,3}|та\s{1,3}|і\s{1,3}|и\s{1,3})?|\s{1,3}(?:and|or|та|і|й|и|а також|а также)\s{1,3})$/iu;
const CYRILLIC = /[\u0400-\u04ff]/;
/** How many of the four oblasts, named before, count as naming the group. */
const GROUP_NAMED = 3;

type Span = { start: number; end: number; list: RawMention[] };

/** Raw mentions grouped by span (a group phrase is one span with four regions). */
function spans(raw: RawMention[]): Span[] {
  const out: Span[] = [];
  for (const r of raw) {
    const last = out[out.length - 1];
    if (last && last.start === r.start && last.end === r.end) last.list.push(r);
    else out.push({ start: r.start, end: r.end, list: [r] });
  }
  return out;
}

/**
 * The spans after span `i` that a qualifier right after it names, or null when
 * no qualifier follows. An empty list: qualified by something not a story region.
 */
/**
 * Words after "of"/"in" that do not narrow the group to named oblasts (the
 * profile's `notNarrowing`: the country, the occupier, a compass point): the
 * group meaning stays.
 */
function qualifiedBy(text: string, all: Span[], i: number, notNarrowing: RegExp): Span[] | null {
  const s = all[i]!;
  const after = text.slice(s.end, s.end + 24);
  const q = (CYRILLIC.test(text.slice(s.start, s.end)) ? QUALIFIER_CYR : QUALIFIER_LATIN).exec(after);
  if (!q) return null;
  let at = s.end + q[0].length;
  // "of the Ukrainian regions of Kherson and Zaporizhzhia": the names after the second "of" narrow it.
  const via = THE_REGIONS_OF.exec(text.slice(at, at + 48));
  if (via) at += via[0].length;
  else if (notNarrowing.test(text.slice(at, at + 12))) return null;
  const named: Span[] = [];
  let j = i + 1;
  let expect = at;
  for (; j < all.length; j++) {
    tick();
    const n = all[j]!;
    if (n.list[0]!.via === 'collective') break;
    if (n.start !== expect && !(named.length > 0 && LIST_GAP.test(text.slice(expect, n.start)))) break;
    named.push(n);
    expect = n.end;
    if (named.length > 8) break;
  }
  return named;
}

/**
 * Between a place and the oblast that qualifies it: ", ", " in the ", " in Ukraine's eastern ",
 * ", a village in the ", " (", " в ", or a space before a Cyrillic genitive.
 */
const PLACE_QUALIFIER_LATIN =
  /^(?:\s{0,2},\s{0,2}(?:(?:a|the)\s{1,2}(?:small\s{1,2}|tiny\s{1,2}|front-line\s{1,2})?(?:village|settlement|town|city|hamlet)\s{1,2}in\s{1,2}(?:the\s{1,2})?)?|\s{1,2}in\s{1,2}(?:the\s{1,2})?|\s{0,2}\(\s{0,2})(?:Ukraine['’]s\s{1,2})?(?:(?:north|south)?(?:east|west)ern\s{1,2}|northern\s{1,2}|southern\s{1,2}|central\s{1,2})?/iu;
/** ", a village in the": an appositive that makes the name before it a settlement's. */
const APPOSITIVE_SETTLEMENT = /^\s{0,2},\s{0,2}(?:a|the)\s/iu;
const PLACE_QUALIFIER_CYR = /^(?:\s{0,2},\s{0,2}|\s{1,2}(?:в|у|на)\s{1,2}|\s{0,2}\(\s{0,2}|\s{1,2})/u;
/** A region name that ends in an area word names an oblast: "Donetsk region", "Запорізької області". */
const AREA_END = /[\s-](?:region|oblast|province|area|області|области|обл\.?|регіону|региона|района|району|округа|округу|громади)$/iu;
/** After a town: its oblast, or its district ("Polohy district", "Пологи району"), which lies in the town's oblast. */
const AREA_AFTER = /^\s{1,2}(?:region|oblast|province|district|raion|hromada|community|області|области|обл|району|района|громади)(?![\p{L}])/iu;
const REPUBLIC = /^(?:DPR|DNR|LPR|LNR|ДНР|ЛНР)$/u;
/** "Donetsk People's Republic", "Донецкой Народной Республики": a republic's full name is an oblast qualifier too. */
const REPUBLIC_END = /[\s-](?:Republic|республики|республике|республіки|республіці|республика|республіка)$/iu;
/** "the village of", "село": what makes a region's name a settlement's. */
const SETTLEMENT_BEFORE =
  /(?:village|settlement|town|hamlet|село|селе|селу|селище|селі|селища|поселок|посёлок|поселке|посёлке|поселка|посёлка|деревня|деревне|пос\.|с\.)(?:\s{1,3}of)?\s{1,3}$/iu;
const SENTENCE_END = /[.!?](?:\s|$)/u;
/** How far around an ambiguous place an oblast named in its sentence may stand. */
const SENTENCE_REACH = 160;

/** The oblast a qualifier right after span `i` names, and whether it was only a comma (as in a list), or null. */
type Qualifier = {
  oblast: RegionId;
  /** Only a comma stood between (as in a list of places and regions). */
  comma: boolean;
  /** ", a village in the …": the text calls the name a settlement. */
  settlement?: boolean;
  /** A Cyrillic genitive right after the name, or a colon before a list: nothing else it could be. */
  tight?: boolean;
};

/** The oblast span `n` names as a qualifier (a region with an area word, a republic), story region or not. */
function qualifierOblast(text: string, n: Span): RegionId | null {
  const q = n.list[0]!;
  const oblast = q.region ?? q.oblast ?? null;
  if (q.via === 'name' && n.list.length === 1 && oblast && (AREA_END.test(q.text) || REPUBLIC.test(q.text) || REPUBLIC_END.test(q.text))) return oblast;
  if (q.via === 'place' && q.oblast && !q.candidates && AREA_AFTER.test(text.slice(n.end, n.end + 12))) return q.oblast;
  return null;
}

/** The oblast a qualifier right after span `i` names, and whether it was only a comma (as in a list), or null. */
function qualifierAfter(text: string, all: Span[], i: number): Qualifier | null {
  const s = all[i]!;
  const n = all[i + 1];
  if (!n || n.start - s.end > 40 || n.list[0]!.via === 'collective') return null;
  const cyr = CYRILLIC.test(s.list[0]!.text);
  // Only the English forms with "in" ("in Ukraine's eastern", ", a village in the") are longer than a few characters.
  if (n.start - s.end > 8) {
    if (cyr || !text.slice(s.end, n.start).includes(' in ')) return null;
  }
  const g = (cyr ? PLACE_QUALIFIER_CYR : PLACE_QUALIFIER_LATIN).exec(text.slice(s.end, n.start + 1));
  if (!g || s.end + g[0].length !== n.start) return null;
  const oblast = qualifierOblast(text, n);
  if (!oblast) return null;
  const appositive = !cyr && g[0].length > 3 && APPOSITIVE_SETTLEMENT.test(g[0]);
  return { oblast, comma: g[0].includes(',') && !appositive, settlement: appositive, tight: cyr && /^\s{1,2}$/.test(g[0]) };
}

/** Between the places of one list: a comma or a conjunction, with at most a few names the gazetteer lacks among them. */
const PLACE_LIST_GAP =
  /^(?:\s{0,2},\s{0,2}(?:(?:and|и|та|і|й)\s{1,2})?|\s{1,2}(?:and|и|та|і|й)\s{1,2})(?:\p{Lu}[\p{Ll}’'-]{1,30}(?:\s{0,2},\s{0,2}(?:(?:and|и|та|і|й)\s{1,2})?|\s{1,2}(?:and|и|та|і|й)\s{1,2})){0,3}$/u;
/** The end of a list whose last names the gazetteer lacks, then its qualifier: ", Барановка ", " and Sokil in the ". */
const LIST_TAIL =
  /^(?:\s{0,2},\s{0,2}(?:(?:and|и|та|і|й)\s{1,2})?|\s{1,2}(?:and|и|та|і|й)\s{1,2})(?:\p{Lu}[\p{Ll}’'-]{1,30}(?:\s{0,2},\s{0,2}(?:(?:and|и|та|і|й)\s{1,2})?|\s{1,2}(?:and|и|та|і|й)\s{1,2})){0,3}\p{Lu}[\p{Ll}’'-]{1,30}(?:\s{1,2}|\s{1,2}(in\s{1,2}(?:the\s{1,2})?|в\s{1,2}|у\s{1,2}))$/u;
/** The names that end a list after its last known place, up to its punctuation: ", Доброволье и Горняк". */
const LIST_END =
  /^(?:\s{0,2},\s{0,2}(?:(?:and|и|та|і|й)\s{1,2})?|\s{1,2}(?:and|и|та|і|й)\s{1,2})(?:\p{Lu}[\p{Ll}’'-]{1,30}(?:\s{0,2},\s{0,2}(?:(?:and|и|та|і|й)\s{1,2})?|\s{1,2}(?:and|и|та|і|й)\s{1,2})){0,3}\p{Lu}[\p{Ll}’'-]{1,30}(?=\s{0,2}[,.;:!?)—–]|$)/u;
/** "в Донецкой Народной Республике: X, Y и Z": a qualifier, then a colon, then the list (its first names perhaps unknown). */
const COLON =
  /^\s{0,2}:\s{0,2}(?:\p{Lu}[\p{Ll}’'-]{1,30}(?:\s{0,2},\s{0,2}(?:(?:and|и|та|і|й)\s{1,2})?|\s{1,2}(?:and|и|та|і|й)\s{1,2})){0,3}$/u;
/** How far apart two places of one list may stand. */
const LIST_REACH = 120;

/** After a place: a comma, a conjunction or a qualifier may follow (a cheap test before the list's regexes). */
const MAY_CONTINUE = /^(?:,|\s{1,2}(?:and\s|и\s|та\s|і\s|й\s|in\s|в\s|у\s|\p{Lu}))/u;
/** Before a place: a comma, a colon or a conjunction. */
const MAY_FOLLOW = /(?:[,:]|\s(?:and|и|та|і|й))$/u;

/** Whether span `s` may belong to a list or take a qualifier after it: most places do not, and skip the list's work. */
function mayBeListed(text: string, s: Span): boolean {
  return MAY_CONTINUE.test(text.slice(s.end, s.end + 5)) || MAY_FOLLOW.test(text.slice(Math.max(0, s.start - 6), s.start).trimEnd());
}

function listGap(text: string, a: Span, b: Span): boolean {
  return b.list[0]!.via === 'place' && b.start - a.end <= LIST_REACH && PLACE_LIST_GAP.test(text.slice(a.end, b.start));
}

/**
 * A qualifier for the whole list span `i` stands in: after its last place with no comma
 * ("X, Y и Z Донецкой Народной Республики", "X and Y in the Donetsk region"), or before its
 * first place with a colon ("в ДНР: X, Y и Z").
 */
function listQualifier(text: string, all: Span[], i: number): Qualifier | null {
  let last = i;
  while (last + 1 < all.length && listGap(text, all[last]!, all[last + 1]!)) last++;
  if (last > i) {
    const q = qualifierAfter(text, all, last);
    if (q && !q.comma) return q;
  }
  // "Крымское, Барановка Донецкой Народной Республики": names the gazetteer lacks end the list.
  const next = all[last + 1];
  if (next && next.start - all[last]!.end <= LIST_REACH) {
    const g = LIST_TAIL.exec(text.slice(all[last]!.end, next.start));
    const oblast = g ? qualifierOblast(text, next) : null;
    if (oblast) return { oblast, comma: false, tight: g![1] === undefined && CYRILLIC.test(next.list[0]!.text) };
  }
  let first = i;
  while (first > 0 && all[first - 1]!.list[0]!.via === 'place' && listGap(text, all[first - 1]!, all[first]!)) first--;
  const before = all[first - 1];
  if (before && COLON.test(text.slice(before.end, all[first]!.start))) {
    const oblast = qualifierOblast(text, before);
    if (oblast) return { oblast, comma: false, tight: true };
  }
  return null;
}

/**
 * The one oblast of the places listed with span `i` ("X, Y and Z") whose oblast is certain
 * (a single gazetteer entry), or null when there are none or they disagree.
 */
function listMatesOblast(text: string, all: Span[], i: number): RegionId | null {
  let found: RegionId | null = null;
  const take = (n: Span): boolean => {
    const q = n.list[0]!;
    if (q.candidates || !q.oblast) return true;
    if (found && found !== q.oblast) return false;
    found = q.oblast;
    return true;
  };
  for (let j = i; j + 1 < all.length && listGap(text, all[j]!, all[j + 1]!); j++) if (!take(all[j + 1]!)) return null;
  for (let j = i; j > 0 && all[j - 1]!.list[0]!.via === 'place' && listGap(text, all[j - 1]!, all[j]!); j--) if (!take(all[j - 1]!)) return null;
  return found;
}

/**
 * A story region named (by its name) in the same sentence as span `i`, among `cands`;
 * else a region outside the story named there ("… уже на территории Днепропетровской области"), or null.
 */
function namedNearby(text: string, all: Span[], i: number, cands: readonly RegionId[]): RegionId | null {
  const s = all[i]!;
  let elsewhere: RegionId | null = null;
  for (const dir of [-1, 1]) {
    for (let j = i + dir; j >= 0 && j < all.length; j += dir) {
      tick();
      const n = all[j]!;
      if (dir < 0 ? s.start - n.end > SENTENCE_REACH : n.start - s.end > SENTENCE_REACH) break;
      const between = dir < 0 ? text.slice(n.end, s.start) : text.slice(s.end, n.start);
      if (SENTENCE_END.test(between)) break;
      const q = n.list[0]!;
      if (q.via === 'name' && n.list.length === 1 && q.region && cands.includes(q.region)) return q.region;
      // A region outside the story that none of the namesakes is in: the place is probably there.
      if (q.via === 'name' && q.region === null && q.oblast && !cands.includes(q.oblast) && !elsewhere) elsewhere = q.oblast;
    }
  }
  return elsewhere;
}

/** Story regions the article names or places unambiguously, with how often. */
function discussed(all: Span[]): Map<RegionId, number> {
  const count = new Map<RegionId, number>();
  for (const s of all) {
    const q = s.list[0]!;
    if (q.via === 'collective' || q.candidates || !q.region) continue;
    for (const r of s.list) if (r.region) count.set(r.region, (count.get(r.region) ?? 0) + 1);
  }
  return count;
}

/** The candidate the article names most often, or null when it names none of them. */
function mostDiscussed(cands: readonly RegionId[], count: Map<RegionId, number>): RegionId | null {
  let best: RegionId | null = null;
  for (const c of cands) if ((count.get(c) ?? 0) > (best ? (count.get(best) ?? 0) : 0)) best = c;
  return best;
}

/** With namesakes only in other spellings, the one story-region place spelled as written. */
function onlyOne(list: readonly RegionId[], variants: readonly RegionId[] | undefined): RegionId | null {
  return variants && list.length === 1 ? list[0]! : null;
}

/**
 * Which oblast a place or settlement-named-like-a-region means here (no mention: none of the story regions).
 * `settled`: the oblast the article's own qualifier gave each place name so far ("the settlement
 * of Novosyolovka in the Zaporizhzhia area"): later bare mentions of that name mean the same place.
 */
function resolvePlace(
  text: string,
  all: Span[],
  i: number,
  count: Map<RegionId, number>,
  storyRegions: ReadonlySet<string>,
  settled: Map<string, RegionId>,
): RawMention[] {
  const s = all[i]!;
  const head = s.list[0]!;
  let qa = qualifierAfter(text, all, i);
  let listWide = false;
  if (!qa && head.via === 'place' && mayBeListed(text, s)) {
    qa = listQualifier(text, all, i);
    listWide = qa !== null;
  }
  // Most matches have no qualifier and one oblast: nothing to decide.
  if (!qa && (head.via === 'name' || !head.candidates)) return s.list;
  const q = qa?.oblast ?? null;
  const settlement = qa !== null && (qa.settlement === true || SETTLEMENT_BEFORE.test(text.slice(Math.max(0, s.start - 24), s.start)));
  const story = (r: RegionId) => (storyRegions.has(r) ? r : null);
  if (head.via === 'name') {
    // "the village of Zaporizhzhia in the Donetsk region": the text says it is a settlement elsewhere.
    if (!q || s.list.length !== 1 || q === head.region || !settlement) return s.list;
    return [{ ...head, region: story(q), via: 'place', place: head.text, alternatives: [head.region!] }];
  }
  const cands: RegionId[] = head.candidates ?? (head.oblast ? [head.oblast] : []);
  const { candidates: _, ...bare } = head;
  const others = (r: RegionId) => cands.filter((c) => c !== r);
  // "Nova Kakhovka, Zaporizhzhia region" may be a list; "the village of X in the Y region" is not.
  if (q && !cands.includes(q) && !head.candidates && qa!.comma && !settlement) return s.list;
  // "Pokrovsk and Huliaipole in the Zaporizhzhia region" may qualify the last only: a list-wide
  // qualifier overrides the gazetteer's only entry just in a Cyrillic genitive or after a colon.
  if (listWide && q && head.oblast && !head.candidates && !qa!.tight && !cands.includes(q)) return s.list;
  if (q) {
    // The text's own qualifier wins, even over the gazetteer's only entry.
    const alternatives = others(q);
    if (head.place && head.candidates && !listWide) settled.set(head.place, q);
    return [{ ...bare, region: story(q), ...(alternatives.length ? { alternatives } : {}) }];
  }
  if (!head.candidates) return s.list;
  // "in Andriivka, Novohryhorivka and Myrnohrad": a list's places share an oblast.
  const mates = listMatesOblast(text, all, i);
  if (mates && cands.includes(mates)) return [{ ...bare, region: story(mates), alternatives: others(mates) }];
  // Its list-mates lie in a story region where none of its namesakes does: the gazetteer lacks this one; no guess.
  // (Mates outside the story say less: "the towns of Bilozerka and Nikopol" span two oblasts.)
  if (mates && storyRegions.has(mates)) return [{ ...bare, region: null }];
  const near = namedNearby(text, all, i, cands);
  if (near) return [{ ...bare, region: story(near), ...(others(near).length ? { alternatives: others(near) } : {}) }];
  // The oblast the article's own qualifier gave this name before: likely, not certain.
  const before = head.place ? settled.get(head.place) : undefined;
  if (before) return [{ ...bare, region: story(before), ambiguous: true, alternatives: others(before) }];
  // A guess: the oblast the article discusses most, among the places spelled as written first,
  // then among their namesakes spelled otherwise; in an article that names no oblast, the only
  // story-region place spelled so.
  // A name spelled as only places outside the story are (Zhuravlivka) never becomes a story namesake by a guess.
  const spelled = cands.filter((c) => !head.variants?.includes(c));
  const spelledStory = spelled.filter((c) => storyRegions.has(c));
  const best =
    mostDiscussed(spelled, count) ??
    (spelledStory.length > 0 ? mostDiscussed(head.variants ?? [], count) : null) ??
    (count.size === 0 ? onlyOne(spelledStory, head.variants) : null);
  if (best) return [{ ...bare, region: story(best), ambiguous: true, alternatives: others(best) }];
  // Nothing says which: no link rather than a guess.
  return [{ ...bare, region: null }];
}

/** A capitalised word in a list's gap: a settlement's name the gazetteer lacks. */
const UNLISTED_NAME = /\p{Lu}[\p{Ll}’'-]{1,30}/gu;
/** Words of a list that are no settlement: "Ukrainian-held", nationalities. */
const NOT_A_PLACE = /-\p{Ll}|^(?:Ukrainian|Russian|Soviet|Kremlin|Western|Eastern|Southern|Northern|Central)$/u;

/**
 * "Крымское, Барановка Донецкой Народной Республики", "в ДНР: Селидово, Доброволье и Горняк",
 * "Pokrovsk and Sokil in the Donetsk region": the names the gazetteer lacks in a list of places
 * that a qualifier names the oblast of. Called for the first place of a list; only for a qualifier
 * that can mean nothing else (a Cyrillic genitive, a colon, "in the").
 */
function unlistedPlaces(text: string, all: Span[], i: number, storyRegions: ReadonlySet<string>): RawMention[] {
  if (i > 0 && all[i - 1]!.list[0]!.via === 'place' && listGap(text, all[i - 1]!, all[i]!)) return [];
  let last = i;
  while (last + 1 < all.length && listGap(text, all[last]!, all[last + 1]!)) last++;
  let oblast: RegionId | null = null;
  let tail: [number, number] | null = null;
  const next = all[last + 1];
  const g = next && next.start - all[last]!.end <= LIST_REACH ? LIST_TAIL.exec(text.slice(all[last]!.end, next.start)) : null;
  if (g && next && (g[1] ? g[1].startsWith('in') : CYRILLIC.test(next.list[0]!.text))) {
    oblast = qualifierOblast(text, next);
    tail = [all[last]!.end, next.start];
  }
  if (!oblast && last > i) {
    const q = qualifierAfter(text, all, last);
    if (q && !q.comma && (q.tight || /^\s{1,2}in\s/u.test(text.slice(all[last]!.end, all[last]!.end + 5)))) oblast = q.oblast;
  }
  const before = all[i - 1];
  let colon = false;
  if (!oblast && before && COLON.test(text.slice(before.end, all[i]!.start))) {
    oblast = qualifierOblast(text, before);
    colon = oblast !== null;
    // "…: Селидово, Доброволье, Катериновку и Горняк, сообщили": the list runs to its punctuation.
    const end = LIST_END.exec(text.slice(all[last]!.end, all[last]!.end + LIST_REACH));
    if (end) tail = [all[last]!.end, all[last]!.end + end[0].length];
  }
  if (!oblast || !storyRegions.has(oblast)) return [];
  const gaps: Array<[number, number]> = [];
  if (colon) gaps.push([before!.end, all[i]!.start]);
  for (let j = i; j < last; j++) gaps.push([all[j]!.end, all[j + 1]!.start]);
  if (tail) gaps.push(tail);
  const out: RawMention[] = [];
  for (const [from, to] of gaps) {
    for (const m of text.slice(from, to).matchAll(UNLISTED_NAME)) {
      tick();
      if (NOT_A_PLACE.test(m[0]) || GIVEN_NAMES.has(m[0].toLowerCase())) continue;
      const start = from + m.index;
      out.push({ region: oblast, start, end: start + m[0].length, text: m[0], via: 'place', place: m[0] });
    }
  }
  return out;
}

/** Apply the text's own context to the raw matches (sorted by start). */
export function applyContext(text: string, raw: RawMention[], profile: Pick<LinkerProfile, 'focus' | 'story' | 'notNarrowing'>): RawMention[] {
  const all = spans(raw);
  const count = discussed(all);
  const out: RawMention[] = [];
  let groupNamed = false;
  let extra = false;
  const settled = new Map<string, RegionId>();
  const focusNamed = new Set<string>();
  for (let i = 0; i < all.length; i++) {
    tick();
    const s = all[i]!;
    const head = s.list[0]!;
    if (head.via !== 'collective') {
      for (const r of s.list) if (r.via === 'name' && r.region && profile.focus.includes(r.region)) focusNamed.add(r.region);
      if (focusNamed.size >= GROUP_NAMED) groupNamed = true;
      out.push(...resolvePlace(text, all, i, count, profile.story, settled));
      if (head.via === 'place' && mayBeListed(text, s)) {
        const unlisted = unlistedPlaces(text, all, i, profile.story);
        if (unlisted.length > 0) {
          extra = true;
          out.push(...unlisted);
        }
      }
      continue;
    }
    // "these four regions" with nothing named before points at nothing we know.
    if (head.anaphoric && !groupNamed) continue;
    // "the occupied territories of Kherson Oblast": the names that follow carry the mentions.
    if (qualifiedBy(text, all, i, profile.notNarrowing) !== null) continue;
    groupNamed = true;
    out.push(...s.list);
  }
  // Names found in a list's gaps come after the list's first place: back into text order.
  if (extra) out.sort((a, b) => a.start - b.start);
  return out;
}
