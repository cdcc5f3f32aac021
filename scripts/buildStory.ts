/**
 * `npm run story`: link the seed article and write the story the app loads,
 * so the quotes shown always come from the linker (no hand-edited story JSON).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { linkArticle } from '../src/lib/linker/index.ts';
import { readLinker, readProfile } from '../src/cli/conflicts.ts';
import { validateStory } from '../src/lib/contract/storySchema.ts';

const root = join(import.meta.dirname, '..');
export const SEED = join(root, 'public', 'stories', 'clash-report-2025-11-28.txt');
export const OUT = join(root, 'src', 'generated', 'story.json');

export function buildStory(): void {
  const text = readFileSync(SEED, 'utf8');
  const story = linkArticle(text, readLinker('ua'));
  const v = validateStory(story, readProfile('ua'));
  if (!v.ok) throw new Error(`the linker made an invalid story:\n${v.errors.join('\n')}`);
  mkdirSync(join(root, 'src', 'generated'), { recursive: true });
  writeFileSync(OUT, JSON.stringify(story, null, 2) + '\n');
  console.error(`story: ${story.passages.length} passages, ${story.mentions.length} mentions → src/generated/story.json`);
}

buildStory();
