/**
 * `npm run og` (part of `npm run build`): the app page's social card, the seed
 * story's map as a 1200 × 630 PNG in public/og.png (Vite copies it to dist/),
 * and its alt text and size in src/generated/og.json for the page's
 * og:image:alt / twitter:image:alt. Needs `npm run story` first.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { controlOn, loadRenderData, ROOT } from '../src/cli/renderData.ts';
import { rasterise } from '../src/cli/render.ts';
import { validateStory } from '../src/lib/contract/storySchema.ts';
import { altText } from '../src/lib/render/altText.ts';
import { renderPicture } from '../src/lib/render/renderPicture.ts';

export const OG = { width: 1200, height: 630 } as const;

const storyFile = join(ROOT, 'src', 'generated', 'story.json');
const v = validateStory(JSON.parse(readFileSync(storyFile, 'utf8')));
if (!v.ok) throw new Error(`${storyFile}: not a valid story: ${v.errors.slice(0, 3).join('; ')}`);
const story = v.story;
const data = loadRenderData();
const { control } = controlOn(story.article.date);
const svg = renderPicture({ ...data, story, control, lang: 'en' }, { ...OG, compact: true, layout: 'side' });
const png = await rasterise(svg);
writeFileSync(join(ROOT, 'public', 'og.png'), png);
const alt = altText(story, { regions: data.regions, claims: data.claims, shares: control.shares, controlDate: control.date, lang: 'en' });
mkdirSync(join(ROOT, 'src', 'generated'), { recursive: true });
writeFileSync(join(ROOT, 'src', 'generated', 'og.json'), JSON.stringify({ image: 'og.png', ...OG, alt, title: story.article.title }, null, 2) + '\n');
console.error(`og: public/og.png (${OG.width}×${OG.height}, ${(png.length / 1024).toFixed(0)} KB) and src/generated/og.json`);
