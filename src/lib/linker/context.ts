/**
 * What the text around a match decides: a group phrase qualified by the
 * regions it names ("the occupied territories of Kherson Oblast" is Kherson
 * only), and group anaphora ("these four regions") that count only once the
 * article has named the group. Works on the raw matches, in text order.
 */
import { FOCUS_REGIONS } from '../geo/regionIds.ts';
import type { RawMention } from './findMentions.ts';
import { tick } from './work.ts';

/** "of the", "in" after an English group phrase; a Cyrillic one takes its region in the genitive directly. */
const QUALIFIER_LATIN = /^\s{1,3}(?:of|in)\s{1,3}(?:the\s{1,3})?(?=\p{Lu})/u;
const QUALIFIER_CYR = /^\s{1,3}(?=\p{Lu})/u;
/**
 * Words after "of"/"in" that do not narrow the group to named oblasts: the
 * country ("of Ukraine"), the occupier ("окуповані території Росією"), a
 * compass point ("in the East"): the group meaning stays.
 */
const NOT_NARROWING = /^(?:Ukrain|Україн|Украин|Russia|Росі|Росси|РФ|East|South|Southeast|Eastern|Southern|Сход|Півд|Юг|Восто)/u;
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
function qualifiedBy(text: string, all: Span[], i: number): Span[] | null {
  const s = all[i]!;
  const after = text.slice(s.end, s.end + 24);
  const q = (CYRILLIC.test(text.slice(s.start, s.end)) ? QUALIFIER_CYR : QUALIFIER_LATIN).exec(after);
  if (!q) return null;
  const at = s.end + q[0].length;
  if (NOT_NARROWING.test(text.slice(at, at + 12))) return null;
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

/** Apply the text's own context to the raw matches (sorted by start). */
export function applyContext(text: string, raw: RawMention[]): RawMention[] {
  const all = spans(raw);
  const out: RawMention[] = [];
  let groupNamed = false;
  const focusNamed = new Set<string>();
  for (let i = 0; i < all.length; i++) {
    tick();
    const s = all[i]!;
    const head = s.list[0]!;
    if (head.via !== 'collective') {
      for (const r of s.list) if (r.via === 'name' && (FOCUS_REGIONS as readonly string[]).includes(r.region)) focusNamed.add(r.region);
      if (focusNamed.size >= GROUP_NAMED) groupNamed = true;
      out.push(...s.list);
      continue;
    }
    // "these four regions" with nothing named before points at nothing we know.
    if (head.anaphoric && !groupNamed) continue;
    // "the occupied territories of Kherson Oblast": the names that follow carry the mentions.
    if (qualifiedBy(text, all, i) !== null) continue;
    groupNamed = true;
    out.push(...s.list);
  }
  return out;
}
