/**
 * The authoring page's Web Worker: runs the linker off the main thread so a
 * large paste never freezes the page. The linker and the gazetteer live only
 * in this worker's chunk; readers of the app never download them. The default
 * profile's linker files are bundled; another profile's load on first use.
 */
import { linkArticle, loadLinker, matcherFor, type GazetteerJson, type Linker, type LinkerFiles } from '../lib/linker/index.ts';
import gazetteerJson from '../../geodata/conflicts/ua/gazetteer.json';
import lexiconJson from '../../geodata/conflicts/ua/src/lexicon.json';
import speakersJson from '../../geodata/conflicts/ua/src/speakers.json';
import { DEFAULT_PROFILE } from '../lib/conflict/bundled.ts';
import { loadProfile } from '../lib/conflict/loadProfile.ts';
import type { LinkReply, LinkRequest } from './linkProtocol.ts';
import { storyLimitProblem } from '../lib/contract/limits.ts';

/** Every other profile's linker files, fetched when that profile is first asked for. */
const lazy = import.meta.glob<unknown>(
  [
    '../../geodata/conflicts/*/profile.json',
    '../../geodata/conflicts/*/gazetteer.json',
    '../../geodata/conflicts/*/src/{names,lexicon,speakers}.json',
    '!../../geodata/conflicts/ua/**',
  ],
  { import: 'default' },
);

async function linkerFiles(id: string): Promise<LinkerFiles> {
  if (id === DEFAULT_PROFILE.id) return { profile: DEFAULT_PROFILE, gazetteer: gazetteerJson as unknown as GazetteerJson, lexicon: lexiconJson, speakers: speakersJson };
  const file = (f: string) => {
    const load = lazy[`../../geodata/conflicts/${id}/${f}`];
    if (!load) throw new Error(`unknown conflict: ${id}`);
    return load();
  };
  const [profile, names, gazetteer, lexicon, speakers] = await Promise.all(['profile.json', 'src/names.json', 'gazetteer.json', 'src/lexicon.json', 'src/speakers.json'].map(file));
  return { profile: loadProfile({ profile, names }, `geodata/conflicts/${id}`), gazetteer: gazetteer as GazetteerJson, lexicon, speakers };
}

const linkers = new Map<string, Linker>();
/** Passages or mentions per part of the reply (a few milliseconds to parse each). */
const PART = 2_000;
const post = (m: LinkReply) => (self as unknown as { postMessage: (m: LinkReply) => void }).postMessage(m);

self.addEventListener('message', async (e: MessageEvent<LinkRequest>) => {
  const { id, text } = e.data;
  const conflict = e.data.conflict ?? DEFAULT_PROFILE.id;
  const t0 = performance.now();
  try {
    let linker = linkers.get(conflict);
    if (!linker) {
      post({ id, type: 'progress', phase: 'places' });
      linker = loadLinker(await linkerFiles(conflict));
      linkers.set(conflict, linker);
    }
    post({ id, type: 'progress', phase: 'matcher' });
    matcherFor(linker);
    post({ id, type: 'progress', phase: 'linking' });
    const story = linkArticle(text, linker);
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
