/**
 * Links an article in the worker (started on first use) and reports each phase.
 */
import type { Story } from '../lib/contract/story.ts';
import { MAX_CHARS, type LinkPhase, type LinkReply } from './linkProtocol.ts';
import { yieldToPage } from '../lib/yieldToPage.ts';
import { formatNumber, ta, type Lang } from '../lib/i18n/strings.ts';

let worker: Worker | null = null;
let nextId = 0;
/** Rejects the link in progress, if any. */
let abort: (() => void) | null = null;

/** What a cancelled link rejects with. */
export class LinkCancelled extends Error {
  constructor(lang: Lang = 'en') {
    super(ta(lang, 'cancelled'));
  }
}

/**
 * Stop the link in progress: the linker runs in one synchronous call, so the
 * worker is terminated (the next link starts a fresh one).
 */
export function cancelLink(): void {
  if (!abort) return;
  worker?.terminate();
  worker = null;
  abort();
}

/** Why `text` cannot be linked (empty, binary, oversized), or null when it can. */
export function checkText(text: string, lang: Lang = 'en'): string | null {
  if (text.trim() === '') return ta(lang, 'textEmpty');
  if (text.length > MAX_CHARS) return ta(lang, 'textTooLong', { size: formatNumber(lang, text.length / 1e6, 1), max: formatNumber(lang, MAX_CHARS / 1e6) });
  if (text.includes('\u0000')) return ta(lang, 'textBinary');
  return null;
}

/** The story from the worker's parts, parsed one part per task so the page keeps answering. */
async function assemble(m: Extract<LinkReply, { type: 'done' }>): Promise<Story> {
  const story = JSON.parse(m.head) as Story;
  for (const part of m.passages) {
    await yieldToPage();
    for (const p of JSON.parse(part) as Story['passages']) story.passages.push(p);
  }
  for (const part of m.mentions) {
    await yieldToPage();
    for (const x of JSON.parse(part) as Story['mentions']) story.mentions.push(x);
  }
  return story;
}

/** Links `text` with the profile `conflict` (default: the bundled one); errors speak `lang`. */
export function linkInWorker(text: string, onphase: (p: LinkPhase) => void, lang: Lang = 'en', conflict?: string): Promise<{ story: Story; ms: number }> {
  const bad = checkText(text, lang);
  if (bad) return Promise.reject(new Error(bad));
  worker ??= new Worker(new URL('./linkWorker.ts', import.meta.url), { type: 'module', name: 'claimline-linker' });
  const w = worker;
  const id = ++nextId;
  return new Promise((resolve, reject) => {
    const stop = () => {
      w.removeEventListener('message', onmessage);
      w.removeEventListener('error', onerror);
      abort = null;
    };
    const onmessage = (e: MessageEvent<LinkReply>) => {
      const m = e.data;
      if (m.id !== id) return;
      if (m.type === 'progress') return onphase(m.phase);
      stop();
      if (m.type === 'done') assemble(m).then((story) => resolve({ story, ms: m.ms }), reject);
      else reject(new Error(ta(lang, 'linkerFailed', { error: m.message })));
    };
    const onerror = (e: ErrorEvent) => {
      stop();
      worker = null;
      reject(new Error(ta(lang, 'linkerNoStart', { error: e.message || 'worker error' })));
    };
    abort = () => {
      stop();
      reject(new LinkCancelled(lang));
    };
    w.addEventListener('message', onmessage);
    w.addEventListener('error', onerror);
    w.postMessage(conflict ? { id, text, conflict } : { id, text });
  });
}
