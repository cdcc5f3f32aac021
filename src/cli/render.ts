/**
 * `npm run render -- STORY.json --out map.svg|map.png [--region UA-14]
 * [--date YYYY-MM-DD] [--width 1200] [--height 630 --layout side] [--lang uk]
 * [--theme dark]`: the story's
 * map as a picture for newsletters and social cards, with its alt text printed.
 * A missing, invalid or oversized story → exit 1 and one line on stderr naming
 * the file; bad options → exit 2 with the usage. All the drawing is
 * `renderPicture`; this file only reads, checks and writes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Story } from '../lib/contract/story.ts';
import { validateStory } from '../lib/contract/storySchema.ts';
import { LANGS, type Lang } from '../lib/i18n/strings.ts';
import { altText } from '../lib/render/altText.ts';
import { LayoutError, MAX_WIDTH, MIN_WIDTH, renderPicture } from '../lib/render/renderPicture.ts';
import type { Theme } from '../lib/style/palette.ts';
import { controlDates, controlOn, geoDir, loadRenderData } from './renderData.ts';
import { DEFAULT_CONFLICT, readProfile } from './conflicts.ts';
import type { Profile } from '../lib/conflict/profileSchema.ts';
import { InputError, inputFileSize } from './inputFile.ts';
import { LIMITS } from '../lib/contract/limits.ts';

/** A story JSON of a 5 MB article (the linker's limit) stays well under this. */
/** The story limit the app opens (src/lib/contract/limits.ts): a picture of a story the map refuses would mislead. */
export const MAX_STORY_BYTES = LIMITS.storyBytes;
export const DEFAULT_WIDTH = 1200;
const USAGE = `usage: npm run render -- STORY.json --out map.svg|map.png [--region UA-14] [--date YYYY-MM-DD] [--width ${DEFAULT_WIDTH}] [--height N] [--layout stacked|side] [--lang en|uk] [--theme light|dark]`;

export { InputError };

export type RenderArgs = {
  help: boolean;
  story: string;
  out: string;
  format: 'svg' | 'png';
  region: string | null;
  date: string | null;
  width: number;
  /** Total height; default: as tall as the stacked layout needs. */
  height: number | null;
  layout: 'stacked' | 'side';
  lang: Lang;
  theme: Theme;
};

/** "2025-02-30" is not a date; "2025-02-28" is. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

/** Parse the command line; throws a usage message on misuse. */
export function parseRenderArgs(argv: string[]): RenderArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      help: { type: 'boolean', short: 'h' },
      out: { type: 'string', short: 'o' },
      region: { type: 'string' },
      date: { type: 'string' },
      width: { type: 'string' },
      height: { type: 'string' },
      layout: { type: 'string' },
      lang: { type: 'string' },
      theme: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  const help = values.help === true;
  if (help) return { help, story: '', out: '', format: 'svg', region: null, date: null, width: DEFAULT_WIDTH, height: null, layout: 'stacked', lang: 'en', theme: 'light' };
  if (positionals.length !== 1) throw new Error(positionals.length === 0 ? 'no STORY.json given' : 'give exactly one STORY.json');
  const out = values.out;
  if (!out) throw new Error('--out map.svg or --out map.png is required');
  const ext = extname(out).toLowerCase();
  if (ext !== '.svg' && ext !== '.png') throw new Error(`--out must end in .svg or .png, got ${JSON.stringify(out)}`);
  const region = values.region ?? null;
  const date = values.date ?? null;
  if (date !== null && !isIsoDate(date)) throw new Error(`--date must be a date YYYY-MM-DD, got ${JSON.stringify(date)}`);
  let width = DEFAULT_WIDTH;
  if (values.width !== undefined) {
    if (!/^\d+$/.test(values.width)) throw new Error(`--width must be a whole number of px, got ${JSON.stringify(values.width)}`);
    width = Number(values.width);
    if (width < MIN_WIDTH || width > MAX_WIDTH) throw new Error(`--width must be from ${MIN_WIDTH} to ${MAX_WIDTH}, got ${width}`);
  }
  let height: number | null = null;
  if (values.height !== undefined) {
    if (!/^\d+$/.test(values.height)) throw new Error(`--height must be a whole number of px, got ${JSON.stringify(values.height)}`);
    height = Number(values.height);
    if (height > MAX_WIDTH) throw new Error(`--height must be at most ${MAX_WIDTH}, got ${height}`);
  }
  const layout = values.layout ?? 'stacked';
  if (layout !== 'stacked' && layout !== 'side') throw new Error(`--layout must be stacked or side, got ${JSON.stringify(layout)}`);
  if (layout === 'side' && height === null) throw new Error('--layout side needs --height');
  const lang = values.lang ?? 'en';
  if (!(LANGS as readonly string[]).includes(lang)) throw new Error(`--lang must be one of ${LANGS.join(', ')}, got ${JSON.stringify(lang)}`);
  const theme = values.theme ?? 'light';
  if (theme !== 'light' && theme !== 'dark') throw new Error(`--theme must be light or dark, got ${JSON.stringify(theme)}`);
  return { help, story: positionals[0]!, out, format: ext === '.png' ? 'png' : 'svg', region, date, width, height, layout, lang: lang as Lang, theme };
}

/** The profile a story JSON names (`conflict`, default ua); an unknown one is an input error naming the known ones. */
function storyProfile(json: unknown): Profile {
  const id = (json as { conflict?: unknown } | null)?.conflict;
  try {
    return readProfile(typeof id === 'string' ? id : DEFAULT_CONFLICT);
  } catch (e) {
    throw new InputError((e as Error).message);
  }
}

/** Read and validate a story file, refusing what is not a Claimline story. */
export function readStory(file: string): Story {
  const size = inputFileSize(file, 'a story JSON file');
  if (size > MAX_STORY_BYTES) throw new InputError(`is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_STORY_BYTES / 1024 / 1024} MB limit for a story`);
  if (size === 0) throw new InputError('is empty');
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file)));
  } catch (e) {
    throw new InputError(e instanceof SyntaxError ? `is not valid JSON (${e.message})` : 'is not valid UTF-8 text');
  }
  const v = validateStory(json, storyProfile(json));
  if (!v.ok) throw new InputError(`is not a valid Claimline story: ${v.errors.slice(0, 3).join('; ')}${v.errors.length > 3 ? ` (and ${v.errors.length - 3} more)` : ''}`);
  return v.story;
}

/** The bundled TTFs resvg draws text with, so a PNG looks the same on every machine and needs no system font. */
export function fontFiles(): string[] {
  const require = createRequire(import.meta.url);
  const dir = resolve(require.resolve('dejavu-fonts-ttf/package.json'), '..', 'ttf');
  return ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf', 'DejaVuSans-BoldOblique.ttf'].map((f) => resolve(dir, f));
}

/** SVG text → PNG bytes at the SVG's own pixel size. */
export async function rasterise(svg: string): Promise<Buffer> {
  const { Resvg } = await import('@resvg/resvg-js');
  const r = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: fontFiles(), defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' } });
  return r.render().asPng();
}

export async function main(argv: string[]): Promise<number> {
  let args: RenderArgs;
  try {
    args = parseRenderArgs(argv);
  } catch (e) {
    process.stderr.write(`render: ${(e as Error).message}; ${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  let story: Story;
  try {
    story = readStory(args.story);
  } catch (e) {
    const msg = e instanceof InputError ? e.message : `failed: ${(e as Error).message}`;
    process.stderr.write(`render: ${args.story}: ${msg.replace(/\s+/g, ' ')}\n`);
    return 1;
  }
  const conflict = story.conflict ?? DEFAULT_CONFLICT;
  const data = loadRenderData(conflict);
  if (args.region !== null && !data.regions.byId.has(args.region)) {
    process.stderr.write(`render: unknown region id: ${args.region} (conflict ${conflict}, e.g. ${data.regions.focus[0]}); ${USAGE}\n`);
    return 2;
  }
  const day = args.date ?? story.article.date;
  const { control, inForce } = controlOn(day, geoDir(conflict));
  if (!inForce && day) {
    if (args.date) {
      process.stderr.write(`render: no control line on or before --date ${args.date} (the first is ${controlDates(geoDir(conflict))[0]}); ${USAGE}\n`);
      return 2;
    }
    // The picture names the control date it shows; say here too that it is not the story's day.
    process.stderr.write(`render: note: ${args.story} is dated ${day}, before the first control line (${control.date}); the picture shows ${control.date}\n`);
  }
  const input = { ...data, story, control, lang: args.lang, theme: args.theme, selected: args.region };
  let svg: string;
  try {
    svg = renderPicture(input, { width: args.width, layout: args.layout, ...(args.height !== null ? { height: args.height } : {}) });
  } catch (e) {
    if (e instanceof LayoutError) {
      process.stderr.write(`render: ${e.message}; ${USAGE}\n`);
      return 2;
    }
    process.stderr.write(`render: ${args.story}: failed: ${(e as Error).message.replace(/\s+/g, ' ')}\n`);
    return 1;
  }
  try {
    const bytes = args.format === 'png' ? await rasterise(svg) : Buffer.from(svg, 'utf8');
    writeFileSync(args.out, bytes);
    const alt = altText(story, { regions: data.regions, claims: data.claims, shares: control.shares, controlDate: control.date, lang: args.lang });
    process.stdout.write(`render: ${args.out} (${args.format.toUpperCase()}, ${(bytes.length / 1024).toFixed(1)} KB)\nalt: ${alt}\n`);
    return 0;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    process.stderr.write(`render: ${args.out}: ${code ? `cannot write (${code})` : `failed: ${(e as Error).message.replace(/\s+/g, ' ')}`}\n`);
    return 1;
  }
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(resolve(entry)).href) {
  void main(process.argv.slice(2)).then((c) => (process.exitCode = c));
}
