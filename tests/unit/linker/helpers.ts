import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { linkArticle, type Gazetteer, type GazetteerJson, type Linker } from '../../../src/lib/linker/index.ts';
import { readLinker } from '../../../src/cli/conflicts.ts';
import type { Story } from '../../../src/lib/contract/story.ts';

export const root = join(import.meta.dirname, '..', '..', '..');
export const gazetteerJson = JSON.parse(readFileSync(join(root, 'geodata', 'conflicts', 'ua', 'gazetteer.json'), 'utf8')) as GazetteerJson;
/** The Ukraine profile's linker (gazetteer, lexicon, speakers). */
export const linker: Linker = readLinker('ua');
export const gazetteer: Gazetteer = linker.gazetteer;

export function link(text: string): Story {
  return linkArticle(text, linker);
}

/** "UA-14 Donetsk" for each mention, in order: what a reviewer reads. */
export function linked(text: string): string[] {
  return link(text).mentions.map((m) => `${m.region} ${m.text}`);
}

/** Regions linked for the span that starts at the first occurrence of `phrase`. */
export function regionsAt(text: string, phrase: string): string[] {
  const at = text.indexOf(phrase);
  if (at < 0) throw new Error(`phrase not in text: ${phrase}`);
  return link(text).mentions.filter((m) => m.start <= at && m.end > at).map((m) => m.region);
}

/** Wrap one sentence in a minimal article (title + paragraph). */
export function article(body: string): string {
  return `Test Article\n\n${body}\n`;
}
