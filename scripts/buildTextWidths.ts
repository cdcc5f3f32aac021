/**
 * `npx tsx scripts/buildTextWidths.ts`: src/lib/style/textWidths.json, the advance widths (thousandths of an em) of
 * DejaVu Sans Bold (npm `dejavu-fonts-ttf` 2.37.3) for the characters map labels use: Latin, Cyrillic and general
 * punctuation. DejaVu Sans is the font the static picture is rasterised with and the first sans-serif of most Linux
 * browsers; the bold face is the widest of the weights the labels use, so a width estimated from it is rarely short.
 * Reads the font's cmap (format 4) and hmtx tables; kerning is ignored (it only narrows text).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const FONT = join(ROOT, 'node_modules', 'dejavu-fonts-ttf', 'ttf', 'DejaVuSans-Bold.ttf');
/** [first, last] code points written. */
const RANGES: [number, number][] = [
  [0x20, 0x17f],
  [0x400, 0x45f],
  // Ґ ґ, and ʼ (Ukrainian's apostrophe, U+02BC): place names in Ukrainian use them.
  [0x490, 0x491],
  [0x2bc, 0x2bc],
  [0x2010, 0x2027],
];

function advanceWidths(font: Buffer): { unitsPerEm: number; advance: (cp: number) => number | null } {
  const tables = new Map<string, number>();
  const count = font.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    tables.set(font.toString('latin1', at, at + 4), font.readUInt32BE(at + 8));
  }
  const table = (tag: string) => {
    const at = tables.get(tag);
    if (at === undefined) throw new Error(`${FONT}: no ${tag} table`);
    return at;
  };
  const unitsPerEm = font.readUInt16BE(table('head') + 18);
  const metrics = font.readUInt16BE(table('hhea') + 34);
  const hmtx = table('hmtx');
  const cmap = table('cmap');
  let sub = -1;
  for (let i = 0, n = font.readUInt16BE(cmap + 2); i < n; i++) {
    const at = cmap + 4 + i * 8;
    if (font.readUInt16BE(at) === 3 && font.readUInt16BE(at + 2) === 1) sub = cmap + font.readUInt32BE(at + 4);
  }
  if (sub < 0 || font.readUInt16BE(sub) !== 4) throw new Error(`${FONT}: no Windows Unicode BMP cmap (format 4)`);
  const segs = font.readUInt16BE(sub + 6) / 2;
  const ends = sub + 14, starts = ends + segs * 2 + 2, deltas = starts + segs * 2, offsets = deltas + segs * 2;
  const glyph = (cp: number): number => {
    for (let s = 0; s < segs; s++) {
      if (font.readUInt16BE(ends + s * 2) < cp) continue;
      const start = font.readUInt16BE(starts + s * 2);
      if (start > cp) return 0;
      const delta = font.readInt16BE(deltas + s * 2);
      const ro = font.readUInt16BE(offsets + s * 2);
      if (ro === 0) return (cp + delta) & 0xffff;
      const g = font.readUInt16BE(offsets + s * 2 + ro + (cp - start) * 2);
      return g === 0 ? 0 : (g + delta) & 0xffff;
    }
    return 0;
  };
  const advance = (cp: number) => {
    const g = glyph(cp);
    if (g === 0) return null;
    return font.readUInt16BE(hmtx + Math.min(g, metrics - 1) * 4);
  };
  return { unitsPerEm, advance };
}

const { unitsPerEm, advance } = advanceWidths(readFileSync(FONT));
const ranges = RANGES.map(([first, last]) => {
  const widths: number[] = [];
  for (let cp = first; cp <= last; cp++) {
    const a = advance(cp);
    // A character the font lacks: 0, and the estimate falls back to its default width.
    widths.push(a === null ? 0 : Math.round((a / unitsPerEm) * 1000));
  }
  return { first, widths };
});
const out = {
  _about: 'Advance widths in thousandths of an em of DejaVu Sans Bold 2.37 (npm dejavu-fonts-ttf 2.37.3), by code point from `first`; 0: not in the font. Written by scripts/buildTextWidths.ts.',
  ranges,
};
const file = join(ROOT, 'src', 'lib', 'style', 'textWidths.json');
writeFileSync(file, JSON.stringify(out) + '\n');
console.error(`textWidths: ${ranges.reduce((n, r) => n + r.widths.length, 0)} characters in ${file}`);
