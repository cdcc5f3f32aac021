/**
 * Ingestion of scraped or Markdown article text: blocks with offsets into the
 * original text, boilerplate dropped, title / standfirst / dateline read.
 */
import type { ArticleMeta } from '../contract/story.ts';
import { findDate } from './parseDate.ts';
import { nameKey } from './normalize.ts';
import { GIVEN_NAMES } from './personNames.ts';

export type BlockKind = 'title' | 'standfirst' | 'heading' | 'paragraph';

/** A kept block: [start, end) is its content, without Markdown markers. */
export type Block = { kind: BlockKind; start: number; end: number };

export type Ingested = { meta: ArticleMeta; blocks: Block[] };

type RawBlock = { start: number; end: number; text: string; markdownHeading: boolean; emphasised: boolean };

const BOILERPLATE = [
  /^advertisement(?: banner)?$/i,
  /^(?:cover |featured |header )?(?:image|photo|picture|video)(?: credit)?s?$/i,
  /^(?:photo|image|picture|credit|caption)s?\s*(?:by|:|©).{0,200}$/i,
  /^!\[[^\]]*\]\([^)]*\)$/,
  /^(?:share|share this(?: article| story)?|read more|read also|see also|related(?: articles| stories)?|subscribe|sign up|follow us|tags?)\b.{0,120}$/i,
  /^(?:getty images|reuters|ap photo|afp)\b.{0,60}$/i,
  /^(?:click|tap) here\b.*$/i,
  /^(?:-{3,}|\*{3,}|_{3,})$/,
];
const BYLINE = /^(?:by|автор(?:ка)?|автор материала)(?:\s*:\s*|\s+)\p{Lu}[\p{L}.'’ -]{1,60}(?:[|,·—–-].{0,60})?$/iu;
/** "© Ivan Petrov": a photographer's or writer's credit, never the outlet. */
const COPYRIGHT = /^(?:©|\(c\))\s*(\p{Lu}[\p{L}.'’ -]{1,60})$/iu;
/** Words that make a name an outlet, not a person. */
const OUTLET_WORD = /\b(?:news|times|post|press|agency|media|tv|wire|desk|report|daily|herald|journal|gazette|independent|guardian|telegraph|reuters|tass|ria|interfax|ukrinform|inform|pravda|online|staff|service|bureau)\b|інформ|тасс|риа|новост|правда|служб/iu;
const GIVEN_KEYS: ReadonlySet<string> = new Set([...GIVEN_NAMES].map(nameKey));
const SOURCE_LINE = /^(?:source|outlet|publisher|джерело|источник)\s*:\s*(.{2,80})$/iu;

/** Blocks separated by blank lines; Markdown headings and lone lines also stand alone. */
function splitBlocks(text: string): RawBlock[] {
  const blankSeparated = /\n[ \t\u00a0]*\r?\n/.test(text);
  const out: RawBlock[] = [];
  const lineRe = /[^\n]*(?:\n|$)/g;
  let cur: { start: number; end: number } | null = null;
  const flush = () => {
    if (cur) out.push(makeBlock(text, cur.start, cur.end));
    cur = null;
  };
  for (let m = lineRe.exec(text); m && m[0].length > 0; m = lineRe.exec(text)) {
    const lineStart = m.index;
    const line = m[0].replace(/\r?\n$/, '');
    const lineEnd = lineStart + line.length;
    if (line.trim() === '') {
      flush();
      continue;
    }
    const isHeading = /^\s{0,3}(?:#{1,6}|[-*+]|\d{1,3}[.)])\s/.test(line);
    if (!blankSeparated || isHeading) {
      flush();
      out.push(makeBlock(text, lineStart, lineEnd));
      continue;
    }
    if (cur) (cur as { start: number; end: number }).end = lineEnd;
    else cur = { start: lineStart, end: lineEnd };
  }
  flush();
  return out.filter((b) => b.end > b.start);
}

/** Trim whitespace and Markdown markers (#, >, list bullets, wrapping emphasis) off a block. */
function makeBlock(text: string, start: number, end: number): RawBlock {
  let s = start;
  let e = end;
  const ws = /[\s\u00a0\ufeff]/;
  while (s < e && ws.test(text[s]!)) s++;
  while (e > s && ws.test(text[e - 1]!)) e--;
  let markdownHeading = false;
  const head = /^(#{1,6}|>|[-*+]|\d{1,3}[.)])[ \t]+/.exec(text.slice(s, Math.min(e, s + 12)));
  if (head) {
    markdownHeading = head[1]!.startsWith('#');
    s += head[0].length;
    if (markdownHeading) e = closingHashesStart(text, s, e);
  }
  let emphasised = false;
  for (const mark of ['**', '__', '*', '_']) {
    if (e - s > 2 * mark.length && text.startsWith(mark, s) && text.slice(e - mark.length, e) === mark) {
      s += mark.length;
      e -= mark.length;
      emphasised = true;
      break;
    }
  }
  return { start: s, end: e, text: text.slice(s, e), markdownHeading, emphasised };
}

/** Where "## Title ##" ends without its closing hashes: a scan, not a backtracking regex. */
function closingHashesStart(text: string, s: number, e: number): number {
  let i = e;
  while (i > s && text.charCodeAt(i - 1) === 35) i--;
  if (i === e) return e;
  let j = i;
  while (j > s && (text.charCodeAt(j - 1) === 32 || text.charCodeAt(j - 1) === 9)) j--;
  return j < i ? j : e;
}

function same(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 8) return false;
  const norm = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').replace(/[“”"«»]/g, '"').replace(/[‘’']/g, "'").trim().toLowerCase();
  return norm(a) === norm(b);
}

/** A short line without sentence-final punctuation reads as a heading. */
function looksLikeHeading(b: RawBlock): boolean {
  if (b.markdownHeading) return true;
  const t = b.text;
  if (t.includes('\n') || t.length > 140 || t.split(/\s+/).length > 16) return false;
  return !/[.!?:;,…]["”’»)]*$/.test(t) || /^[\p{Lu}\d\s\p{P}]+$/u.test(t);
}

type DateLine = { date: string; source: string | null; author: string | null };

const BYLINE_SEPARATORS = '|·—–,';
const TRIM_CHARS = ' \t\n\r\u00a0|·—–,:-';

/** A byline's outlet: "By Jane Doe | Wire Desk" → "Wire Desk". */
function bylineSource(t: string): string | null {
  let i = t.length - 1;
  while (i >= 0 && !BYLINE_SEPARATORS.includes(t[i]!)) i--;
  if (i < 0) return null;
  const rest = t.slice(i + 1).trim();
  return rest.length >= 2 && rest.length <= 60 ? rest : null;
}

/** "By Jane Doe | Wire Desk" → "Jane Doe". */
function bylineAuthor(t: string): string | null {
  const name = t.replace(/^(?:by|автор(?:ка)?|автор материала)(?:\s*:\s*|\s+)/iu, '');
  let end = 0;
  while (end < name.length && !BYLINE_SEPARATORS.includes(name[end]!)) end++;
  const author = name.slice(0, end).trim();
  return author.length >= 2 ? author : null;
}

/** Two or three capitalised words starting with a known given name, and no outlet word: a person. */
export function looksLikePerson(t: string): boolean {
  const words = t.trim().split(/\s+/);
  if (words.length < 2 || words.length > 3 || OUTLET_WORD.test(t)) return false;
  if (!words.every((w) => /^\p{Lu}[\p{Ll}'’.-]+$/u.test(w))) return false;
  return GIVEN_KEYS.has(nameKey(words[0]!));
}

/** Trim spaces and separators at both ends: a scan, since an end-anchored regex would backtrack. */
function trimSeparators(t: string): string {
  let s = 0;
  let e = t.length;
  while (s < e && TRIM_CHARS.includes(t[s]!)) s++;
  while (e > s && TRIM_CHARS.includes(t[e - 1]!)) e--;
  return t.slice(s, e);
}

function readDateline(line: string): DateLine | null {
  const t = line.replace(/[*_`]/g, '').trim();
  if (t.length > 100 || t.includes('\n')) return null;
  const d = findDate(t);
  if (!d) return null;
  let rest = (t.slice(0, d.index) + ' ' + t.slice(d.index + d.length)).trim();
  const named = /(?<![\p{L}])(?:source|outlet|publisher|джерело|источник)\s*:/iu.exec(rest);
  const outlet = named ? rest.slice(named.index + named[0].length).trim() : '';
  if (outlet) return { date: d.iso, source: outlet, author: null };
  rest = trimSeparators(rest.replace(/\b(?:published|updated|posted|on|at|\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?|[A-Z]{2,4}T|GMT|UTC)\b/gi, ' ')).replace(/\s+/g, ' ');
  if (rest.split(' ').length > 6) return null;
  if (BYLINE.test(rest)) return { date: d.iso, source: bylineSource(rest), author: bylineAuthor(rest) };
  if (looksLikePerson(rest)) return { date: d.iso, source: null, author: rest };
  return { date: d.iso, source: rest.length > 1 ? rest : null, author: null };
}

type MetaLines = { date: string | null; source: string | null; author: string | null };

/** A short block of bylines, datelines and source lines: meta to read, not text. */
function readMetaBlock(t: string): MetaLines | null {
  const lines = t.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  if (lines.length === 0 || lines.length > 4) return null;
  const out: MetaLines = { date: null, source: null, author: null };
  for (const line of lines) {
    const dl = readDateline(line);
    const plain = line.replace(/[*_`]/g, '').trim();
    const src = SOURCE_LINE.exec(plain);
    const credit = COPYRIGHT.exec(plain);
    if (dl) {
      out.date ??= dl.date;
      out.source ??= dl.source;
      out.author ??= dl.author;
    } else if (src) out.source ??= src[1]!.trim();
    else if (BYLINE.test(plain)) {
      out.source ??= bylineSource(plain);
      out.author ??= bylineAuthor(plain);
    } else if (credit && !OUTLET_WORD.test(credit[1]!)) out.author ??= credit[1]!.trim();
    else if (!BOILERPLATE.some((re) => re.test(plain))) return null;
  }
  return out;
}

/**
 * A wire dateline opening the body: "KYIV, Nov 27 (Reuters) –", "HENICHESK,
 * September 19. /TASS/.", "WASHINGTON —". The place is in capitals.
 */
const DATELINE =
  /^(\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+){0,3})(?:(?:,[^()/\n]{0,40}?)?\s?(?:\(([\p{L} .&-]{2,40})\)|\/([\p{L} .&-]{2,20})\/)\.?(?:\s?[-–—])?|,[^()/\n\d]{0,20}\d[^()/\n]{0,20}?\s[-–—]| [-–—])/u;

function titleCase(caps: string): string {
  return caps.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

/** Read an article: drop boilerplate, find title, standfirst, headings, paragraphs and metadata. */
export function ingest(text: string): Ingested {
  const raw = splitBlocks(text);
  const meta: ArticleMeta = { title: '', date: null, source: null };
  const kept: Array<{ b: RawBlock; kind: BlockKind }> = [];
  /** Indices (into `raw`) of dropped datelines and boilerplate, to spot a standfirst. */
  const dropped = new Set<number>();

  raw.forEach((b, i) => {
    const t = b.text;
    if (BOILERPLATE.some((re) => re.test(t))) return void dropped.add(i);
    const m = readMetaBlock(t);
    if (m) {
      meta.date ??= m.date;
      meta.source ??= m.source;
      if (m.author) meta.author ??= m.author;
      return void dropped.add(i);
    }
    kept.push({ b, kind: 'paragraph' });
  });

  const first = kept[0];
  if (first && looksLikeHeading(first.b)) {
    first.kind = 'title';
    meta.title = first.b.text.replace(/\s+/g, ' ');
    // The scrape repeats the title at the end (and sometimes in between).
    for (let i = kept.length - 1; i > 0; i--) if (same(kept[i]!.b.text, first.b.text)) kept.splice(i, 1);
  }

  const titled = first?.kind === 'title';
  const second = titled ? kept[1] : undefined;
  if (second && !looksLikeHeading(second.b)) {
    const idx = raw.indexOf(second.b);
    const next = raw[idx + 1];
    const followedByDateline = next !== undefined && dropped.has(idx + 1);
    if (second.b.emphasised || followedByDateline) {
      second.kind = 'standfirst';
      meta.standfirst = second.b.text;
    }
  }

  for (let i = titled ? 1 : 0; i < kept.length; i++) {
    const k = kept[i]!;
    if (k.kind !== 'paragraph') continue;
    const next = kept[i + 1];
    if (looksLikeHeading(k.b) && next && !looksLikeHeading(next.b)) k.kind = 'heading';
  }

  // A dateline opening the first paragraph is where the story was filed, not what it is about.
  const body = kept.find((k) => k.kind === 'paragraph');
  const wire = body ? DATELINE.exec(body.b.text.slice(0, 120)) : null;
  if (body && wire && wire[1]!.replace(/[^\p{L}]/gu, '').length >= 3) {
    const outlet = (wire[2] ?? wire[3])?.trim();
    if (outlet) meta.source ??= outlet;
    const end = body.b.start + wire[0].trimEnd().length;
    meta.dateline = { start: body.b.start, end, text: text.slice(body.b.start, end), place: titleCase(wire[1]!) };
  }

  if (!titled) {
    const f = kept[0]?.b.text ?? '';
    const head = f.slice(0, 400);
    const stop = /[.!?]\s/.exec(head);
    meta.title = (stop ? head.slice(0, stop.index + 1) : head).slice(0, 160).trim();
  }
  return { meta, blocks: kept.map(({ b, kind }) => ({ kind, start: b.start, end: b.end })) };
}
