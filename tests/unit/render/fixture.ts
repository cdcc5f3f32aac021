/** The seed story and the repository's geodata, as the render tests draw them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { link, root } from '../linker/helpers.ts';
import { controlOn, loadRenderData } from '../../../src/cli/renderData.ts';
import type { RenderInput } from '../../../src/lib/render/renderMap.ts';
import type { Story } from '../../../src/lib/contract/story.ts';

export const SEED_TEXT = readFileSync(join(root, 'public', 'stories', 'clash-report-2025-11-28.txt'), 'utf8');
export const seedStory: Story = link(SEED_TEXT);
export const data = loadRenderData();
export const control = controlOn('2025-11-28').control;

export function input(overrides: Partial<RenderInput> = {}): RenderInput {
  return { ...data, story: seedStory, control, lang: 'en', ...overrides };
}
