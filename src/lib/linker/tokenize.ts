/** Word tokens with their offsets into the original text. */

export type Token = {
  start: number;
  /** End of the word without a Latin possessive ("Donetsk’s" ends before ’s). */
  end: number;
  raw: string;
};

const OTHER_LETTER = /[\p{L}\p{M}\p{N}]/u;

/** Letters, marks and digits; a hand-written scan is several times faster than a Unicode regex. */
export function isWordChar(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0x400 && c <= 0x52f) return true; // Cyrillic
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7; // Latin-1 and Latin Extended letters
  if (c < 0xc0 || (c >= 0x2000 && c <= 0x206f) || (c >= 0xd800 && c <= 0xdfff)) return false;
  return OTHER_LETTER.test(text[i]!);
}

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2bc;
}

export function isApostropheCode(c: number): boolean {
  return isApostrophe(c);
}

/** End of the word starting at `start` (a word character); an apostrophe inside a word (People's, Мар'їнка) keeps it whole. */
export function scanWord(text: string, start: number): number {
  const n = text.length;
  let i = start + 1;
  for (;;) {
    while (i < n && isWordChar(text.charCodeAt(i), text, i)) i++;
    if (i + 1 < n && isApostrophe(text.charCodeAt(i)) && isWordChar(text.charCodeAt(i + 1), text, i + 1)) {
      i += 2;
      continue;
    }
    return i;
  }
}

/** The word's end without a Latin possessive: "Donetsk’s" → "Donetsk". */
export function coreEnd(text: string, start: number, end: number): number {
  if (end - start > 3) {
    const s = text.charCodeAt(end - 1);
    if ((s === 115 || s === 83) && isApostrophe(text.charCodeAt(end - 2)) && text.charCodeAt(end - 3) < 0x250) return end - 2;
  }
  return end;
}

/** Split text into word tokens; hyphens and punctuation separate words. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(text.charCodeAt(i), text, i)) {
      i++;
      continue;
    }
    const start = i;
    i = scanWord(text, start);
    const end = coreEnd(text, start, i);
    out.push({ start, end, raw: text.slice(start, end) });
  }
  return out;
}
