/**
 * Blocks → passages: title, standfirst and headings whole; paragraphs split
 * into sentences with Intl.Segmenter, re-joined after abbreviations ("U.S.")
 * and inside quotations, with bounded work per sentence on any text.
 */
import type { PassageKind } from '../contract/story.ts';
import type { Block } from './ingest.ts';
import { tick } from './work.ts';

/** A passage before speaker and topics are known. */
export type PassageSpan = { id: string; kind: PassageKind; start: number; end: number; text: string; paragraph: number };

/** A segment ending like this does not end a sentence. */
const ABBREVIATION =
  /(?:^|[\s(“"‘'])(?:U\.S|U\.K|U\.N|E\.U|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Sgt|Capt|Adm|Gov|Sen|Rep|Prof|St|Mt|No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|e\.g|i\.e|approx|Inc|Ltd|Co|Corp|Jr|Sr|[\p{Lu}])\.\s*$/u;

let segmenter: Intl.Segmenter | null = null;

/**
 * Intl.Segmenter's iteration slows with the length of the string it walks
 * (quadratic in Node 20), so a paragraph is segmented in windows of this many
 * characters; the last segment of each window is segmented again with the next.
 */
const WINDOW = 4096;
/** Sentences merged across abbreviations or an open quotation stop growing here. */
const MAX_MERGED = 2000;

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000;
}

function endsWithAbbreviation(text: string, s: number, e: number): boolean {
  let i = e - 1;
  while (i >= s && isSpaceCode(text.charCodeAt(i))) i--;
  if (i < s || text.charCodeAt(i) !== 46) return false;
  // No abbreviation is longer than 8 characters, so the regex reads only the segment's tail.
  return ABBREVIATION.test(text.slice(Math.max(s, i - 8), i + 1));
}

/** The quotation depth after [s, e), starting from `depth`. */
function quoteDepth(text: string, s: number, e: number, depth: number): number {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || c === 0xab) depth++;
    else if ((c === 0x201d || c === 0xbb) && depth > 0) depth--;
  }
  return depth;
}

/** Sentence segments [start, end) of text.slice(from, to), absolute, segmented a window at a time. */
function segments(text: string, from: number, to: number): Array<[number, number]> {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const out: Array<[number, number]> = [];
  if (to - from <= WINDOW) {
    // Most paragraphs fit one window: no copies.
    tick(to - from);
    for (const seg of segmenter.segment(text.slice(from, to))) {
      out.push([from + seg.index, from + seg.index + seg.segment.length]);
      tick();
    }
    return out;
  }
  let pos = from;
  while (pos < to) {
    let end = Math.min(to, pos + WINDOW);
    // Never split a surrogate pair.
    if (end < to && (text.charCodeAt(end) & 0xfc00) === 0xdc00) end--;
    tick(end - pos);
    const found: Array<[number, number]> = [];
    for (const seg of segmenter.segment(text.slice(pos, end))) {
      found.push([pos + seg.index, pos + seg.index + seg.segment.length]);
      tick();
    }
    if (end === to) {
      out.push(...found);
      break;
    }
    if (found.length > 1) {
      // The window may have cut its last segment short: segment it again with what follows.
      found.pop();
      out.push(...found);
      pos = found[found.length - 1]![1];
      continue;
    }
    // One segment fills the window: cut it at the last space in the window's second half.
    let cut = end;
    while (cut > pos + WINDOW / 2 && !isSpaceCode(text.charCodeAt(cut - 1))) cut--;
    if (cut <= pos + WINDOW / 2) cut = end;
    tick(end - cut);
    out.push([pos, cut]);
    pos = cut;
  }
  return out;
}

/** Sentence ranges [start, end) of text.slice(from, to), trimmed, offsets absolute. */
export function splitSentences(text: string, from: number, to: number): Array<[number, number]> {
  const merged: Array<[number, number]> = [];
  let pending: [number, number] | null = null;
  let depth = 0;
  for (const [s, e] of segments(text, from, to)) {
    if (pending) pending[1] = e;
    else {
      pending = [s, e];
      depth = 0;
    }
    tick(e - s);
    depth = quoteDepth(text, s, e, depth);
    const full = pending[1] - pending[0] >= MAX_MERGED;
    if (full || (!endsWithAbbreviation(text, s, e) && depth === 0)) {
      merged.push(pending);
      pending = null;
    }
  }
  if (pending) merged.push(pending);
  const out: Array<[number, number]> = [];
  for (const [s0, e0] of merged) {
    let s = s0;
    let e = e0;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push([s, e]);
  }
  return out;
}

/** Passages with stable ids: "title", "standfirst", "h1".., "p1.s1".. (1-based). */
export function splitPassages(text: string, blocks: Block[]): PassageSpan[] {
  const out: PassageSpan[] = [];
  let headings = 0;
  let paragraphs = 0;
  blocks.forEach((b, paragraph) => {
    const whole = (id: string, kind: PassageKind) => out.push({ id, kind, start: b.start, end: b.end, text: text.slice(b.start, b.end), paragraph });
    if (b.kind === 'title') return whole('title', 'title');
    if (b.kind === 'standfirst') return whole('standfirst', 'standfirst');
    if (b.kind === 'heading') return whole(`h${++headings}`, 'heading');
    const p = ++paragraphs;
    splitSentences(text, b.start, b.end).forEach(([start, end], i) =>
      out.push({ id: `p${p}.s${i + 1}`, kind: 'sentence', start, end, text: text.slice(start, end), paragraph }),
    );
  });
  return out;
}
