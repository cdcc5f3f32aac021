/**
 * The catalogue's machinery: an entry is a string with `{name}` placeholders,
 * or a plural entry whose form Intl.PluralRules picks from the `n` parameter.
 */

/** A count's forms, keyed by CLDR plural category (`other` always; English needs `one`, Ukrainian `one`, `few`, `many`). */
export type Plural = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

export type Entry = string | Plural;

/** Another language's section of the catalogue: the same keys as English's, each a string or a plural entry as there. */
export type SectionOf<T> = { readonly [K in keyof T]: T[K] extends string ? string : Plural };

export type Params = Readonly<Record<string, string | number>>;

/** Replaces each `{name}` with `params.name`; an unknown name is left as written, so a missing parameter shows. */
export function fill(s: string, params: Params): string {
  return s.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

const rules = new Map<string, Intl.PluralRules>();

/** The form of `entry` for the count `n` in `locale`. */
export function pluralForm(entry: Plural, locale: string, n: number): string {
  let r = rules.get(locale);
  if (!r) rules.set(locale, (r = new Intl.PluralRules(locale)));
  return entry[r.select(n)] ?? entry.other;
}

/**
 * A lookup over one section of every language's catalogue: `(lang, key, params)`
 * fills the placeholders; a plural entry takes its form from `params.n`, and
 * `defaults(lang)` supplies placeholders the caller did not give.
 */
export function translator<L extends string, K extends string>(
  tables: Readonly<Record<L, Readonly<Record<K, Entry>>>>,
  defaults: (lang: L) => Params = () => ({}),
): (lang: L, key: K, params?: Params) => string {
  return (lang, key, params = {}) => {
    const e = tables[lang][key];
    if (e === undefined) throw new Error(`no string ${JSON.stringify(key)} in the ${lang} catalogue`);
    const all = { ...defaults(lang), ...params };
    if (typeof e === 'string') return fill(e, all);
    const n = all.n;
    if (typeof n !== 'number') throw new Error(`string ${JSON.stringify(key)} counts {n}: give it a number`);
    return fill(pluralForm(e, lang, n), all);
  };
}
