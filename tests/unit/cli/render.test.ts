/**
 * The render CLI as a user runs it: `npx tsx src/cli/render.ts STORY.json --out …`.
 * npm's own "npm warn …" notices on stderr are left out before counting lines.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_STORY_BYTES, isIsoDate, parseRenderArgs } from '../../../src/cli/render.ts';
import { FOCUS_REGIONS, UA } from '../uaProfile.ts';
import { STATUS_STYLES } from '../../../src/lib/style/status.ts';
import { elements, parseXml, textOf } from '../render/xml.ts';
import { seedStory } from '../render/fixture.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'claimline-render-'));
const storyFile = join(dir, 'story.json');
writeFileSync(storyFile, JSON.stringify(seedStory));

function run(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'src/cli/render.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  const stderr = r.stderr.split('\n').filter((l) => l.trim() !== '' && !/^npm (warn|notice)/i.test(l));
  return { code: r.status, stdout: r.stdout, stderr };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('render CLI', () => {
  it('writes an SVG with the title, the legend and every focus region, and prints the alt text', () => {
    const out = join(dir, 'map.svg');
    const r = run(storyFile, '--out', out);
    expect(r.stderr).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('alt: Map: Russia claims Donetsk, Luhansk, Kherson and Zaporizhzhia; it holds about 79 %, > 99 %, 75 % and 78 % of them as of 27 Nov 2025.');
    const svg = parseXml(readFileSync(out, 'utf8'));
    const els = elements(svg);
    expect(svg.attrs.width).toBe('1200');
    expect(textOf(els.find((e) => e.name === 'title')!)).toBe(seedStory.article.title);
    const texts = els.filter((e) => e.name === 'text').map(textOf);
    for (const s of STATUS_STYLES) expect(texts).toContain(UA.statusLabels[s.status].en);
    const regions = els.filter((e) => e.attrs['data-region']).map((e) => e.attrs['data-region']);
    for (const id of FOCUS_REGIONS) expect(regions).toContain(id);
  }, 60_000);

  it('writes a PNG of the requested width, in Ukrainian, with a region selected', () => {
    const out = join(dir, 'map.png');
    const svgOut = join(dir, 'same.svg');
    const r = run(storyFile, '--out', out, '--width', '640', '--lang', 'uk', '--region', 'UA-14', '--date', '2025-12-01');
    expect(r.stderr).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^alt: Мапа\. Претензії Росії: Донецька область/m);
    const [w, h] = pngSize(readFileSync(out));
    expect(w).toBe(640);
    // As tall as the SVG the same options make.
    expect(run(storyFile, '--out', svgOut, '--width', '640', '--lang', 'uk', '--region', 'UA-14', '--date', '2025-12-01').code).toBe(0);
    expect(h).toBe(Number(parseXml(readFileSync(svgOut, 'utf8')).attrs.height));
  }, 60_000);

  it('writes a social card of exactly the size asked, map beside the text', () => {
    const out = join(dir, 'card.png');
    const r = run(storyFile, '--out', out, '--width', '1200', '--height', '630', '--layout', 'side');
    expect(r.stderr).toEqual([]);
    expect(r.code).toBe(0);
    expect(pngSize(readFileSync(out))).toEqual([1200, 630]);
  }, 60_000);

  const bad: [string, string, RegExp][] = [
    ['a missing story', join(dir, 'nope.json'), /no such file$/],
    ['a story that is not JSON', 'not json {', /is not valid JSON/],
    ['a JSON file that is not a story', '{"hello":"world"}', /is not a valid Claimline story: story\./],
    ['an empty file', '', /is empty$/],
  ];
  for (const [what, content, msg] of bad) {
    it(`exits 1 with one line naming the file for ${what}`, () => {
      const file = content.startsWith(dir) ? content : join(dir, `${what.replace(/\W+/g, '-')}.json`);
      if (file !== content) writeFileSync(file, content);
      const out = join(dir, `${what.replace(/\W+/g, '-')}.svg`);
      const r = run(file, '--out', out);
      expect(r.code).toBe(1);
      expect(r.stderr).toHaveLength(1);
      expect(r.stderr[0]).toMatch(new RegExp(`^render: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
      expect(r.stderr[0]).toMatch(msg);
      expect(existsSync(out)).toBe(false);
    }, 60_000);
  }

  it('exits 1 with one line naming the output when it cannot be written', () => {
    const out = join(dir, 'no-such-folder', 'map.svg');
    const r = run(storyFile, '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toEqual([`render: ${out}: cannot write (ENOENT)`]);
  }, 60_000);

  it('exits 1 for an oversized story without reading it all', () => {
    const file = join(dir, 'huge.json');
    writeFileSync(file, Buffer.alloc(MAX_STORY_BYTES + 1, 0x20));
    const r = run(file, '--out', join(dir, 'huge.svg'));
    expect(r.code).toBe(1);
    expect(r.stderr).toEqual([`render: ${file}: is 24.0 MB, over the 24 MB limit for a story`]);
  }, 60_000);

  const usage: [string, string[]][] = [
    ['an unknown region', ['--region', 'UA-99']],
    ['a region that is not a code', ['--region', 'Donetsk']],
    ['a date that is not a date', ['--date', '2025-02-30']],
    ['a date before every control line', ['--date', '1990-01-01']],
    ['a width that is not a number', ['--width', 'wide']],
    ['a width too small', ['--width', '10']],
    ['a width too large', ['--width', '100000']],
    ['an unknown language', ['--lang', 'fr']],
    ['an output that is neither SVG nor PNG', ['--out', join(dir, 'map.jpg')]],
    ['a height too small for the text', ['--height', '200']],
    ['an unknown layout', ['--layout', 'grid']],
    ['a side layout without a height', ['--layout', 'side']],
  ];
  for (const [what, extra] of usage) {
    it(`exits 2 with the usage for ${what}`, () => {
      const args = extra[0] === '--out' ? [storyFile, ...extra] : [storyFile, '--out', join(dir, 'x.svg'), ...extra];
      const r = run(...args);
      expect(r.code).toBe(2);
      expect(r.stderr).toHaveLength(1);
      expect(r.stderr[0]).toMatch(/^render: .+; usage: npm run render -- STORY\.json --out map\.svg\|map\.png/);
    }, 60_000);
  }

  it('parses arguments without running', () => {
    expect(() => parseRenderArgs([])).toThrow('no STORY.json given');
    expect(() => parseRenderArgs(['s.json'])).toThrow('--out map.svg or --out map.png is required');
    expect(() => parseRenderArgs(['s.json', '--out', 'm.svg', '--bogus'])).toThrow();
    expect(parseRenderArgs(['s.json', '--out', 'M.PNG', '--width', '800'])).toMatchObject({ format: 'png', width: 800, lang: 'en', region: null });
    expect([isIsoDate('2024-02-29'), isIsoDate('2025-02-29'), isIsoDate('2025-1-1')]).toEqual([true, false, false]);
  });
});
