/**
 * The authoring page's Web Worker: runs the linker off the main thread so a
 * large paste never freezes the page. The linker and the gazetteer live only
 * in this worker's chunk; readers of the app never download them.
 */
import { linkArticle, loadGazetteer, matcherFor, type Gazetteer, type GazetteerJson } from '../lib/linker/index.ts';
import gazetteerJson from '../../geodata/conflicts/ua/gazetteer.json';
import type { LinkReply, LinkRequest } from './linkProtocol.ts';
import { storyLimitProblem } from '../lib/contract/limits.ts';

let gazetteer: Gazetteer | null = null;
/** Passages or mentions per part of the reply (a few milliseconds to parse each). */
const PART = 2_000;
const post = (m: LinkReply) => (self as unknown as { postMessage: (m: LinkReply) => void }).postMessage(m);

self.addEventListener('message', (e: MessageEvent<LinkRequest>) => {
  const { id, text } = e.data;
  const t0 = performance.now();
  try {
    if (!gazetteer) {
      post({ id, type: 'progress', phase: 'places' });
      gazetteer = loadGazetteer(gazetteerJson as unknown as GazetteerJson);
    }
    post({ id, type: 'progress', phase: 'matcher' });
    matcherFor(gazetteer);
    post({ id, type: 'progress', phase: 'linking' });
    const story = linkArticle(text, gazetteer);
    const tooBig = storyLimitProblem(story);
    if (tooBig) throw new Error(tooBig);
    post({ id, type: 'progress', phase: 'sending' });
    const parts = <T>(list: readonly T[]) => {
      const out: string[] = [];
      for (let i = 0; i < list.length; i += PART) out.push(JSON.stringify(list.slice(i, i + PART)));
      return out;
    };
    const head = JSON.stringify({ ...story, passages: [], mentions: [] });
    post({ id, type: 'done', head, passages: parts(story.passages), mentions: parts(story.mentions), ms: performance.now() - t0 });
  } catch (err) {
    post({ id, type: 'error', message: (err as Error).message || String(err) });
  }
});
