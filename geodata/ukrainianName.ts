/**
 * A place's Ukrainian name, found among its GeoNames alternate names: the
 * Cyrillic spelling that Ukraine's official romanisation (Cabinet of
 * Ministers resolution No. 55 of 27 January 2010, the system GeoNames' and
 * Claimline's English names follow: Kyiv, Zaporizhzhia, Kryvyi Rih) turns
 * into the English name. Russian spellings are told apart by their letters
 * (ы, э, ё, ъ never occur in Ukrainian) and, where both romanise alike
 * (Покровск, Покровськ → Pokrovsk), by the letters only Ukrainian has.
 */

const LETTERS: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i', й: 'i',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia', "'": '', '’': '', 'ʼ': '',
};
/** At the start of a word these letters are romanised otherwise. */
const INITIAL: Record<string, string> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };
const RUSSIAN_ONLY = /[ыэёъ]/i;
const UKRAINIAN_ONLY = /[іїєґь'’ʼ]/gi;

/** The official romanisation of Ukrainian text, lower case; other characters pass through. */
export function romanizeUk(text: string): string {
  const s = text.toLowerCase();
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const initial = i === 0 || !/\p{L}/u.test(s[i - 1]!);
    // "зг" is "zgh", so that it cannot be read as "ж".
    if (c === 'г' && s[i - 1] === 'з') out += 'gh';
    else out += (initial ? INITIAL[c] : undefined) ?? LETTERS[c] ?? c;
  }
  return out;
}

/** A name reduced for comparison: lower case, apostrophes dropped, hyphens and spaces alike. */
function key(name: string): string {
  return name.toLowerCase().replace(/['’ʼ`]/g, '').replace(/[\s-]+/g, ' ').trim();
}

/** Of `candidates` (a place's alternate names), the Ukrainian spelling of `english`, if there is one. */
export function ukrainianName(english: string, candidates: readonly string[]): string | undefined {
  const want = key(english);
  let best: string | undefined;
  let bestScore = -1;
  for (const c of candidates) {
    if (!/^[\p{Script=Cyrillic}'’ʼ\s-]+$/u.test(c) || RUSSIAN_ONLY.test(c)) continue;
    if (key(romanizeUk(c)) !== want) continue;
    const score = c.match(UKRAINIAN_ONLY)?.length ?? 0;
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}
