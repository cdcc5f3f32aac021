/**
 * One Latin matching key for every spelling of a name.
 *
 * Ukrainian- and Russian-style romanisations, and Cyrillic in either language,
 * are folded to the same key: "Zaporizhzhia" / "Zaporizhzhya" / "Запоріжжя",
 * "Luhansk" / "Lugansk" / "Луганськ", "Severodonetsk" / "Sievierodonetsk".
 * Keys are for lookup only; offsets always come from the original text.
 */

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z',
  и: 'y', і: 'i', ї: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p',
  р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ь: '', ю: 'iu', я: 'ia', ё: 'e', ы: 'y', э: 'e', ъ: '',
};

const CYRILLIC_RE = /[\u0400-\u04ff]/;

export function hasCyrillic(s: string): boolean {
  return CYRILLIC_RE.test(s);
}

/** Lower-case Latin transliteration (Ukrainian and Russian letters in one table). */
export function transliterate(lower: string): string {
  let out = '';
  for (const ch of lower) {
    const t = CYRILLIC[ch];
    out += t ?? ch;
  }
  return out;
}

const APOSTROPHES = /['’ʼ`´‘ʹ]/g;
const DIACRITICS = /[\u0300-\u036f]/g;

/** Fold a lower-case Latin string to its matching key. */
export function foldLatin(s: string): string {
  let k = s;
  if (/[^\x00-\x7f]/.test(k)) k = k.normalize('NFD').replace(DIACRITICS, '');
  k = k.replace(APOSTROPHES, '');
  k = k
    .replace(/kh/g, 'h')
    .replace(/g/g, 'h')
    .replace(/[yj]/g, 'i')
    .replace(/i+/g, 'i')
    .replace(/i([aeou])/g, '$1')
    .replace(/t[sz]/g, 'c')
    .replace(/(zh|ch|sh)\1+/g, '$1')
    .replace(/([a-z])\1+/g, '$1');
  return k;
}

/** The matching key of one word or phrase in any script ("Запоріжжя" → "zaporizha"). */
export function nameKey(word: string): string {
  const lower = word.toLowerCase();
  return foldLatin(hasCyrillic(lower) ? transliterate(lower) : lower);
}

/** Case endings of Ukrainian and Russian nouns and adjectives, longest first. */
const ENDINGS = [
  'ією', 'ами', 'ями', 'ія', 'ії', 'ію', 'ій', 'ия', 'ии', 'ию', 'ией', 'ями', 'ому', 'ого', 'ими', 'ыми', 'ові', 'еві', 'ої', 'ою', 'ею', 'єю', 'ий', 'ій', 'ый', 'ой',
  'ей', 'ая', 'яя', 'ое', 'ее', 'ую', 'юю', 'ые', 'ых', 'их', 'ім', 'им', 'ым', 'ом', 'ем', 'єм', 'ам',
  'ям', 'ах', 'ях', 'ів', 'ов', 'ев', 'і', 'и', 'ы', 'а', 'я', 'у', 'ю', 'е', 'є', 'о', 'ь', 'ї',
];

/** Consonant alternations before the locative ending: Горлівка → у Горлівці. */
const ALTERNATION: Record<string, string> = { ц: 'к', з: 'г', с: 'х' };

/** Adjective endings; after -ськ/-ск they make "Покровське" (a village), not a case of "Покровськ". */
const ADJECTIVE_ENDINGS: ReadonlySet<string> = new Set([
  'е', 'ое', 'ого', 'ому', 'ий', 'ій', 'ый', 'ой', 'ім', 'им', 'ым', 'ие', 'ые', 'их', 'ых', 'ими', 'ыми', 'ої', 'ою', 'ую', 'ая', 'яя',
]);

/** Prefix of stem keys that only region-name adjectives (Херсонськ-ій) may match, never places. */
export const ADJECTIVE_MARK = '~';

/**
 * Keys of the possible stems of a Cyrillic word ("Покровська" → "pokrovsk"),
 * so inflected forms meet the nominative names of the gazetteer. Stems cut
 * from an adjective ending after -ськ/-ск carry ADJECTIVE_MARK.
 */
export function cyrillicStemKeys(word: string): string[] {
  const lower = word.toLowerCase();
  const out = new Set<string>();
  for (const end of ENDINGS) {
    if (!lower.endsWith(end)) continue;
    const stem = lower.slice(0, lower.length - end.length);
    if (stem.length < 3) continue;
    const stemKey = foldLatin(transliterate(stem.endsWith('ь') ? stem.slice(0, -1) : stem));
    // Russian "в Покровске" is a case of Покровск; Ukrainian "Покровське" (with ь) is another place.
    const adjective = ADJECTIVE_ENDINGS.has(end) && /(?:ськ|цьк|зьк|ск|цк)$/.test(stem) && (end !== 'е' || stem.endsWith('ьк'));
    if (stemKey.length >= 3) out.add(adjective ? ADJECTIVE_MARK + stemKey : stemKey);
    const last = stem[stem.length - 1] ?? '';
    const alt = ALTERNATION[last];
    if (alt && (end === 'і' || end === 'и')) out.add(foldLatin(transliterate(stem.slice(0, -1) + alt)));
  }
  out.delete(nameKey(word));
  return [...out];
}

/** Keys a Latin name may take in inflected Cyrillic text: the name without its final vowel. */
export function latinStemKeys(key: string): string[] {
  const m = /^(.{3,}?)[aeiou]$/.exec(key);
  return m?.[1] ? [m[1]] : [];
}

/**
 * The consonants of a matching key with each run of vowels as one mark:
 * "Peschanovka" and "Pishchanivka" both give "pEschVnVvkV", as do "Alyoshki"
 * and "Oleshky" ("AlVshkV"). Russian-style romanisations of Ukrainian village
 * names differ from the Ukrainian mostly in vowels (і/о/е, а/о), so this key
 * finds them by rule; it is used only as a last resort (see `findMentions`).
 */
export function vowelSkeleton(key: string): string {
  let first = true;
  // The first vowel keeps its class (а/о, е/і/и, у): Balitsky is not Bilytske, Alyoshki is Oleshky.
  return key.replace(/shch/g, 'sch').replace(/[aeiou]+/g, (v) => {
    if (!first) return 'V';
    first = false;
    return v[0] === 'u' ? 'U' : v[0] === 'a' || v[0] === 'o' ? 'A' : 'E';
  });
}

/**
 * The key that groups one village name across languages: the vowel skeleton,
 * but with the last vowel's class kept ("Ивановка" / Ivanovka / Іванівка and
 * "Широкое" / Shyroke share one; Myrne and Myrnyi, Lozove and Lozova do not).
 * Russian neuter -о/-ое and Ukrainian -е are one class (Кирово / Кірове).
 */
export function homonymKey(key: string): string {
  const skeleton = vowelSkeleton(key);
  const last = key[key.length - 1] ?? '';
  if (!'aeiou'.includes(last) || last === '') return skeleton;
  const end = last === 'i' ? 'I' : last === 'a' ? 'A' : last === 'u' ? 'U' : 'O';
  return skeleton.slice(0, -1) + end;
}

/** How many consonant letters a skeleton has: short ones match too much. */
export function skeletonConsonants(skeleton: string): number {
  return skeleton.replace(/[VAEU]/g, '').length;
}
