/**
 * Blocks → passages: title, standfirst and headings whole; paragraphs split
 * into sentences with Intl.Segmenter, re-joined after abbreviations ("U.S.").
 */
import type { PassageKind } from '../contract/story.ts';
import type { Block } from './ingest.ts';

/** A passage before speaker and topics are known. */
export type PassageSpan = { id: string; kind: PassageKind; start: number; end: number; text: string; paragraph: number };

/** A segment ending like this does not end a sentence. */
const ABBREVIATION =
  /(?:^|[\s(“"‘'])(?:U\.S|U\.K|U\.N|E\.U|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Sgt|Capt|Adm|Gov|Sen|Rep|Prof|St|Mt|No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|e\.g|i\.e|approx|Inc|Ltd|Co|Corp|Jr|Sr|[\p{Lu}])\.\s*$/u;

let segmenter: Intl.Segmenter | null = null;

function endsWithAbbreviation(seg: string): boolean {
  let i = seg.length - 1;
  while (i >= 0 && (seg.charCodeAt(i) === 32 || seg.charCodeAt(i) === 10 || seg.charCodeAt(i) === 13 || seg.charCodeAt(i) === 9)) i--;
  return i >= 0 && seg.charCodeAt(i) === 46 && ABBREVIATION.test(seg);
}

/** A quotation opened and not yet closed: its sentences stay one passage. */
function insideQuote(s: string): boolean {
  let depth = 0;
  for (const ch of s) {
    if (ch === '“' || ch === '«') depth++;
    else if ((ch === '”' || ch === '»') && depth > 0) depth--;
  }
  return depth > 0;
}

/** Sentence ranges [start, end) of text.slice(from, to), trimmed, offsets absolute. */
export function splitSentences(text: string, from: number, to: number): Array<[number, number]> {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const slice = text.slice(from, to);
  const hasQuotes = slice.includes('“') || slice.includes('«');
  const merged: Array<[number, number]> = [];
  let pending: [number, number] | null = null;
  for (const seg of segmenter.segment(slice)) {
    const s = from + seg.index;
    const e = s + seg.segment.length;
    if (pending) pending[1] = e;
    else pending = [s, e];
    if (!endsWithAbbreviation(seg.segment) && !(hasQuotes && insideQuote(text.slice(pending[0], pending[1])))) {
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
