/**
 * The linker: article text → story (passages, region mentions, speakers, topics).
 * Pure: no DOM, no Node; the CLI, the build and a Web Worker all call this.
 */
import type { Mention, Passage, Speaker, Story } from '../contract/story.ts';
import type { RegionId } from '../geo/regionIds.ts';
import { applyContext } from './context.ts';
import { compileMatcher, findMentions, type Matcher, type RawMention } from './findMentions.ts';
import { placePoint, type Gazetteer } from './gazetteer.ts';
import type { LinkerProfile } from './linkerProfile.ts';
import { ingest } from './ingest.ts';
import { findSpeaker } from './speakers.ts';
import { splitPassages, type PassageSpan } from './splitPassages.ts';
import { continuesPrevious, findTopics } from './topics.ts';

export const GENERATOR = 'claimline-linker 0.1';

export type LinkOptions = {
  /** The outlet, when the text does not name it. */
  source?: string;
  /** The article's date (YYYY-MM-DD), when the text does not give it. */
  date?: string;
  url?: string;
};

/** What the linker reads for one conflict: its gazetteer and its compiled profile (lexicon, speakers, regions). */
export type Linker = { gazetteer: Gazetteer; profile: LinkerProfile };

const matchers = new WeakMap<Linker, Matcher>();

/** The compiled matcher of a linker's lexicon and gazetteer, built once per linker object. */
export function matcherFor(linker: Linker): Matcher {
  let m = matchers.get(linker);
  if (!m) {
    m = compileMatcher(linker.gazetteer, linker.profile);
    matchers.set(linker, m);
  }
  return m;
}

/** Index of the passage containing [start, end), or -1 (passages are sorted and disjoint). */
function passageAt(passages: PassageSpan[], start: number, end: number): number {
  let lo = 0;
  let hi = passages.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = passages[mid]!;
    if (start < p.start) hi = mid - 1;
    else if (start >= p.end) lo = mid + 1;
    else return end <= p.end ? mid : -1;
  }
  return -1;
}

/** Link one article. `text` is the file's text as decoded; every offset points into it. */
export function linkArticle(text: string, linker: Linker, options: LinkOptions = {}): Story {
  const { profile, gazetteer } = linker;
  const { meta, blocks } = ingest(text);
  const spans = splitPassages(text, blocks);
  const raw = applyContext(text, findMentions(text, matcherFor(linker)), profile);

  const outlet: Speaker = { party: 'outlet', name: meta.source ?? options.source ?? 'the article' };
  const passages: Passage[] = [];
  let previous: Passage | null = null;
  for (const s of spans) {
    const sameParagraph = previous !== null && previous.paragraph === s.paragraph;
    // The standfirst's speaker carries into the first lines only through "He/She…" within one paragraph.
    const prevSpeaker = sameParagraph && previous!.speaker.party !== 'outlet' ? previous!.speaker : null;
    const speaker = findSpeaker(s.text, prevSpeaker, outlet, profile.cues);
    const p: Passage = { ...s, speaker, topics: [] };
    passages.push(p);
    previous = p;
  }

  const byPassage = new Map<number, RawMention[]>();
  const mentions: Mention[] = [];
  const dateline = meta.dateline ?? null;
  for (const r of raw) {
    // The dateline says where the story was filed: no mention, but the place is kept on the article.
    if (dateline && r.start >= dateline.start && r.end <= dateline.end) {
      if (r.place) dateline.place = r.place;
      if (r.via !== 'collective' && r.region) dateline.region ??= r.region;
      continue;
    }
    if (r.region === null) continue;
    const i = passageAt(spans, r.start, r.end);
    if (i < 0) continue;
    const p = passages[i]!;
    // "new regions" is a group only in the claimant's voice or framing ("Russia's new regions").
    if (r.kremlinOnly && p.speaker.party !== profile.claimant && !profile.claimantFrame.test(text.slice(Math.max(p.start, r.start - 24), r.start))) continue;
    const m: Mention = { region: r.region, start: r.start, end: r.end, text: r.text, via: r.via, passage: p.id };
    // A namesake spelled otherwise (Ivanovka, read as Donetsk's Ivanivka) takes that oblast's own name.
    const place = r.names?.[r.region as RegionId] ?? r.place;
    if (place) m.place = place;
    // A guessed oblast gets no point: the author confirms the place first.
    const point = r.via === 'place' && place && !r.ambiguous ? placePoint(gazetteer, place, r.region) : undefined;
    if (point) m.point = { ...point };
    if (r.ambiguous) m.ambiguous = true;
    if (r.alternatives?.length) m.alternatives = r.alternatives;
    mentions.push(m);
    const list = byPassage.get(i);
    if (list) list.push(r);
    else byPassage.set(i, [r]);
  }

  passages.forEach((p, i) => {
    const own = byPassage.get(i);
    if (!own) return;
    const skip = own.filter((m) => m.via === 'collective').map((m): [number, number] => [m.start - p.start, m.end - p.start]);
    let topics = findTopics(p.text, profile.claim, skip);
    const before = passages[i - 1];
    if (topics.length === 0 && before && before.paragraph === p.paragraph && continuesPrevious(p.text)) {
      topics = findTopics(before.text, profile.claim);
    }
    p.topics = topics;
  });

  const article: Story['article'] = {
    title: meta.title,
    date: meta.date ?? options.date ?? null,
    source: meta.source ?? options.source ?? null,
  };
  if (meta.standfirst) article.standfirst = meta.standfirst;
  if (meta.author) article.author = meta.author;
  if (dateline) article.dateline = dateline;
  if (options.url) article.url = options.url;
  return { version: 1, conflict: profile.id, article, passages, mentions, generator: GENERATOR };
}
