/**
 * The static render's figures: time to draw the map for the first paint (the
 * embed's and the app's map sizes), the full picture, the PNG, and the SVG's
 * bytes raw and gzip. A script that prints figures: `npx tsx bench/render.ts`,
 * or `benchRender()` from bench/run.ts.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { controlOn, loadRenderData } from '../src/cli/renderData.ts';
import { rasterise } from '../src/cli/render.ts';
import { linkArticle } from '../src/lib/linker/index.ts';
import { readLinker } from '../src/cli/conflicts.ts';
import { renderMap } from '../src/lib/render/renderMap.ts';
import { renderPicture } from '../src/lib/render/renderPicture.ts';
import type { RenderInput } from '../src/lib/render/renderMap.ts';
import { median } from './stats.ts';

const root = join(import.meta.dirname, '..');


async function time(fn: () => unknown | Promise<unknown>, runs: number): Promise<number> {
  await fn(); // warm-up, not counted
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

export async function benchRender(): Promise<Record<string, string>> {
  const text = readFileSync(join(root, 'public', 'stories', 'clash-report-2025-11-28.txt'), 'utf8');
  const story = linkArticle(text, readLinker('ua'));
  const input: RenderInput = { ...loadRenderData(), story, control: controlOn(story.article.date).control, lang: 'en' };
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  const out: Record<string, string> = {};
  // The embed's map box at 736 px wide, and the app's at 1280 × 800.
  for (const [name, w, h] of [['embed map 736×440', 736, 440], ['app map 768×713', 768, 713]] as const) {
    const svg = renderMap(input, { width: w, height: h, interactive: true });
    out[`render ${name}: time (median of 20)`] = `${(await time(() => renderMap(input, { width: w, height: h, interactive: true }), 20)).toFixed(1)} ms`;
    out[`render ${name}: SVG raw / gzip`] = `${kb(Buffer.byteLength(svg))} / ${kb(gzipSync(svg).length)}`;
  }
  const picture = renderPicture(input, { width: 1200 });
  out['render picture 1200 px: time (median of 10)'] = `${(await time(() => renderPicture(input, { width: 1200 }), 10)).toFixed(1)} ms`;
  out['render picture 1200 px: SVG raw / gzip'] = `${kb(Buffer.byteLength(picture))} / ${kb(gzipSync(picture).length)}`;
  const png = await rasterise(picture);
  out['render picture 1200 px: PNG time (median of 3)'] = `${(await time(() => rasterise(picture), 3)).toFixed(0)} ms`;
  out['render picture 1200 px: PNG bytes'] = kb(png.length);
  return out;
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(resolve(entry)).href) {
  for (const [k, v] of Object.entries(await benchRender())) console.log(`${k.padEnd(48)} ${v}`);
}
