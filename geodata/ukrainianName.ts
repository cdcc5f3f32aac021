/**
 * A place's Ukrainian name, found among its GeoNames alternate names: the
 * Cyrillic spelling that Ukraine's official romanisation (Cabinet of
 * Ministers resolution No. 55 of 27 January 2010, the system GeoNames' and
 * Claimline's English names follow: Kyiv, Zaporizhzhia, Kryvyi Rih) turns
 * into one of the place's Latin names. Russian spellings are told apart by
 * their letters (ы, э, ё, ъ never occur in Ukrainian), by the ending Ukrainian
 * writes -ськ, -цьк (Novoazovsk: Новоазовск is Russian) and by the letters only
 * Ukrainian has. A spelling with none of those that a Russian reading also
 * turns into the Latin name (Медведевка → Medvedevka, where Ukrainian writes
 * Медведівка) could be either language's: it is not taken, and the map keeps
 * the English name.
 */

const LETTERS: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i', й: 'i',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia', "'": '', '’': '', 'ʼ': '',
};
/** At the start of a word these letters are romanised otherwise. */
const INITIAL: Record<string, string> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };
const RUSSIAN_ONLY = /[ыэёъ]/i;
/** -ск / -цк at a word's end without the soft sign Ukrainian writes there (Новоазовск, not Новоазовськ). */
const RUSSIAN_ENDING = /[сц]к(?=$|[\s-])/i;
const APOSTROPHE = /['’ʼ]/;
const UKRAINIAN_ONLY = /[іїєґь'’ʼ]/gi;

/** Russian letters read the Russian way (BGN/PCGN), for telling a Russian spelling from a Ukrainian one. */
const RUSSIAN_READING: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ю: 'yu', я: 'ya',
};

function romanizeRu(text: string): string {
  return [...text.toLowerCase()].map((c) => RUSSIAN_READING[c] ?? c).join('');
}

/**
 * The official romanisation of Ukrainian text, lower case; other characters pass through. `apostropheStartsWord`:
 * read я, ю, є, ї after an apostrophe as at a word's start (ya, yu…), as GeoNames' older names do (Kamyanka).
 */
export function romanizeUk(text: string, apostropheStartsWord = false): string {
  const s = text.toLowerCase();
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    // An apostrophe is inside the word: "Знам'янка" is Znamianka, not Znamyanka.
    const prev = s[i - 1];
    const initial = prev === undefined || !(/\p{L}/u.test(prev) || (!apostropheStartsWord && APOSTROPHE.test(prev)));
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

/**
 * Of `candidates` (a place's alternate names), the Ukrainian spelling of the place whose Latin names are
 * `latin` (its English name first, then its other Latin spellings), if there is one.
 */
export function ukrainianName(latin: readonly string[], candidates: readonly string[]): string | undefined {
  const want = new Set(latin.map(key));
  let best: string | undefined;
  let bestScore = -1;
  for (const c of candidates) {
    if (!/^[\p{Script=Cyrillic}'’ʼ\s-]+$/u.test(c) || RUSSIAN_ONLY.test(c) || RUSSIAN_ENDING.test(c)) continue;
    if (!want.has(key(romanizeUk(c))) && !want.has(key(romanizeUk(c, true)))) continue;
    const score = c.match(UKRAINIAN_ONLY)?.length ?? 0;
    if (score === 0 && want.has(key(romanizeRu(c)))) continue;
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}
