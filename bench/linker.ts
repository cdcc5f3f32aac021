/**
 * Linker throughput on a generated multi-megabyte corpus of varied sentences,
 * and the time to link the seed article. A script that prints figures:
 * `npx tsx bench/linker.ts`, or `benchLinker()` from bench/run.ts.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { linkArticle, matcherFor, type Gazetteer } from '../src/lib/linker/index.ts';
import { readLinker } from '../src/cli/conflicts.ts';
import { pathologicalTexts } from './pathological.ts';

const root = join(import.meta.dirname, '..');

const SUBJECTS = ['Russian forces', 'Ukrainian troops', 'The Kremlin', 'Kyiv', 'Analysts', 'President Vladimir Putin', 'Volodymyr Zelenskiy', 'The Institute for the Study of War', 'Local officials', 'Military bloggers'];
const VERBS = ['said they had advanced near', 'claimed control of', 'demanded the withdrawal from', 'reported heavy shelling around', 'warned of an offensive towards', 'denied any losses in', 'described the situation in', 'insisted that Ukraine must cede'];
const REGIONS = ['Donetsk', 'Luhansk', 'Kherson region', 'Zaporizhzhia oblast', 'Zaporozhye', 'Lugansk', 'the Donbas', 'Crimea', 'Sevastopol', 'the occupied territories', 'the four regions', 'Kharkiv', 'Odesa', 'Dnipro', 'Geneva', 'Moscow'];
const TAILS = [
  'on Thursday, according to a statement.', 'after weeks of fighting.', 'while talks in Geneva stalled.',
  'as the U.S. delegation prepared its proposals.', 'despite repeated calls for a ceasefire.',
  'in what officials called a “decisive” phase.', 'but gave no further details.',
  'amid power cuts across the region and the rest of the country.',
];
const FILLER = [
  'Energy prices rose sharply over the winter months, economists noted.',
  'The talks are expected to continue next week, with several delegations attending.',
  'Satellite images showed new fortifications along the road.',
  'Humanitarian groups called for safe corridors for civilians.',
  'Російські війська просуваються біля Покровська на Донеччині, повідомив Генштаб.',
  'В Херсонській області тривають обстріли, заявив голова обласної адміністрації.',
  'Войска продвинулись под Запорожьем, сообщили в министерстве.',
];

/** A deterministic pseudo-random corpus of about `bytes` characters, in paragraphs with headings. */
export function makeCorpus(gazetteer: Gazetteer, bytes: number): string {
  let seed = 42;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const pick = <T,>(a: readonly T[]): T => a[rnd(a.length)]!;
  const places = gazetteer.places.map((p) => p.spellings[rnd(p.spellings.length)] ?? p.name);
  const parts: string[] = ['Corpus Title for the Benchmark\n\nA standfirst sentence about Donetsk and Luhansk.\n\nNovember 28, 2025Bench Wire\n\n'];
  let size = parts[0]!.length;
  let n = 0;
  while (size < bytes) {
    const sentences: string[] = [];
    const count = 2 + rnd(5);
    for (let i = 0; i < count; i++) {
      const r = rnd(10);
      const where = r < 4 ? pick(places) : pick(REGIONS);
      sentences.push(r === 9 ? pick(FILLER) : `${pick(SUBJECTS)} ${pick(VERBS)} ${where} ${pick(TAILS)}`);
    }
    const para = (++n % 7 === 0 ? `Section ${n} on the front\n\n` : '') + sentences.join(' ') + '\n\n';
    parts.push(para);
    size += para.length;
  }
  return parts.join('');
}

function time<T>(f: () => T): [T, number] {
  const t = performance.now();
  const r = f();
  return [r, performance.now() - t];
}

export async function benchLinker(): Promise<Record<string, number | string>> {
  const [linker, loadMs] = time(() => readLinker('ua'));
  const gazetteer = linker.gazetteer;
  const [, compileMs] = time(() => matcherFor(linker));
  const seed = readFileSync(join(root, 'public', 'stories', 'clash-report-2025-11-28.txt'), 'utf8');
  const [, seedFirstMs] = time(() => linkArticle(seed, linker));
  const seedRuns: number[] = [];
  for (let i = 0; i < 20; i++) seedRuns.push(time(() => linkArticle(seed, linker))[1]);
  seedRuns.sort((a, b) => a - b);

  const corpus = makeCorpus(gazetteer, 4 * 1024 * 1024);
  const mb = new TextEncoder().encode(corpus).length / 1024 / 1024;
  linkArticle(corpus.slice(0, 200_000), linker); // warm-up
  const runs: number[] = [];
  let mentions = 0;
  let passages = 0;
  for (let i = 0; i < 3; i++) {
    const [story, ms] = time(() => linkArticle(corpus, linker));
    runs.push(ms);
    mentions = story.mentions.length;
    passages = story.passages.length;
  }
  const best = Math.min(...runs);

  // Budget: each pathological 1 MB text ≤ 5 s, and ≤ 2× a normal 1 MB article.
  const normalMb = corpus.slice(0, 1_000_000);
  const [, normal1MbMs] = time(() => linkArticle(normalMb, linker));
  const pathological: Record<string, number> = {};
  let worstMs = 0;
  for (const [name, text] of Object.entries(pathologicalTexts(1_000_000))) {
    const [, ms] = time(() => linkArticle(text, linker));
    worstMs = Math.max(worstMs, ms);
    pathological[`linker.pathological.${name}_mb_s`] = Number((text.length / 1e6 / (ms / 1000)).toFixed(2));
  }
  return {
    'linker.corpus_mb': Number(mb.toFixed(2)),
    'linker.corpus_passages': passages,
    'linker.corpus_mentions': mentions,
    'linker.throughput_mb_s': Number((mb / (best / 1000)).toFixed(2)),
    'linker.corpus_ms_best': Number(best.toFixed(1)),
    'linker.gazetteer_load_ms': Number(loadMs.toFixed(1)),
    'linker.matcher_compile_ms': Number(compileMs.toFixed(1)),
    'linker.seed_first_ms': Number(seedFirstMs.toFixed(2)),
    'linker.seed_median_ms': Number((seedRuns[10] ?? 0).toFixed(2)),
    'linker.normal_1mb_ms': Number(normal1MbMs.toFixed(1)),
    'linker.pathological_worst_1mb_ms': Number(worstMs.toFixed(1)),
    ...pathological,
  };
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(resolve(entry)).href) {
  void benchLinker().then((figures) => {
    for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(28)} ${v}`);
  });
}
