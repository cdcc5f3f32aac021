/** Word tokens with their offsets into the original text. */

export type Token = {
  start: number;
  /** End of the word without a Latin possessive ("Donetsk’s" ends before ’s). */
  end: number;
  raw: string;
};

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}]+)*/gu;
const POSSESSIVE = /^[\x00-\u024f]+['’]s$/i;

/** Split text into word tokens; hyphens and punctuation separate words. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let raw = m[0];
    if (raw.length > 3 && (raw.endsWith("'s") || raw.endsWith('’s') || raw.endsWith("'S") || raw.endsWith('’S')) && POSSESSIVE.test(raw)) {
      raw = raw.slice(0, -2);
    }
    out.push({ start: m.index, end: m.index + raw.length, raw });
  }
  return out;
}
