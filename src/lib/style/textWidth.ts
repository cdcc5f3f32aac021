/**
 * A label's width in px, estimated from its characters and font size alone (the static picture has no DOM to
 * measure), so the live map and the picture place labels alike: the sum of DejaVu Sans Bold's advance widths
 * (textWidths.json, the widest face the labels use), plus letter spacing.
 */
import table from './textWidths.json';

/** A character the table lacks: as wide as a capital M in DejaVu Sans Bold, so the estimate errs wide. */
const FALLBACK = 0.995;

const widths = new Map<number, number>();
for (const r of table.ranges) r.widths.forEach((w, i) => w > 0 && widths.set(r.first + i, w / 1000));

/** `letterSpacing` in em, added after every character as CSS and SVG do. */
export function textWidth(text: string, fontSize: number, letterSpacing = 0): number {
  let em = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    // Combining marks and format characters (U+0300–036F, U+200B–200F) take no room.
    if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f)) continue;
    em += (widths.get(cp) ?? FALLBACK) + letterSpacing;
  }
  return em * fontSize;
}
