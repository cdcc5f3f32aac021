/** The interface languages: one catalogue file each in this folder (en.ts is the model). */
export type Lang = 'en' | 'uk';

export const LANGS: readonly Lang[] = ['en', 'uk'];

/** Each language's name in itself, for the language switch. */
export const LANG_NAMES: Readonly<Record<Lang, string>> = { en: 'English', uk: 'Українська' };

/** `?lang=` / the `lang` attribute: a known language, else English. */
export function parseLang(v: string | null | undefined): Lang {
  return (LANGS as readonly string[]).includes(v ?? '') ? (v as Lang) : 'en';
}
