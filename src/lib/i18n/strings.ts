/**
 * The interface's words: `t` for the app, the embed and pictures, `tp` for the
 * positions, `ta` for the authoring page, each over the same section of every
 * language's catalogue (en.ts, uk.ts). The conflict's placeholders the caller
 * does not give ({claimant}, {place}…) are filled from the conflict in view (src/lib/conflict/words.ts). Quotes are never translated.
 */
import * as en from './en.ts';
import * as uk from './uk.ts';
import { translator } from './translate.ts';
import { formatDay } from './formatDay.ts';
import { conflictVars, partyName } from '../conflict/words.ts';
import type { Lang } from './lang.ts';

export { LANGS, LANG_NAMES, parseLang, type Lang } from './lang.ts';

export type StringKey = keyof typeof en.app;
export type PositionStringKey = keyof typeof en.positions;
export type AuthorStringKey = keyof typeof en.author;

/** Looks up an app string and fills its {placeholders}; a count's form follows `{n}`. */
export const t = /* @__PURE__ */ translator<Lang, StringKey>({ en: en.app, uk: uk.app }, conflictVars);

/** Looks up a positions string (loaded with the positions, src/lib/data/loadPositions.ts). */
export const tp = /* @__PURE__ */ translator<Lang, PositionStringKey>({ en: en.positions, uk: uk.positions }, conflictVars);

/** Looks up an authoring page string. */
export const ta = /* @__PURE__ */ translator<Lang, AuthorStringKey>({ en: en.author, uk: uk.author }, conflictVars);

/**
 * "2025-11-27" → "27 Nov 2025" / "27 лист. 2025", one way everywhere (legend,
 * panel, article, pictures). Anything that is not a date is shown as given.
 */
export function formatDate(lang: Lang, iso: string): string {
  try {
    return formatDay(iso, lang);
  } catch {
    return iso;
  }
}

/** The label of a passage's speaker party: the conflict's party names, else the catalogue's (`party_analysts`…). */
export function partyLabel(lang: Lang, party: string): string {
  const key = `party_${party}`;
  return partyName(lang, party) ?? (key in en.app ? t(lang, key as StringKey) : party);
}

const numbers = new Map<string, Intl.NumberFormat>();

/** A number as the language writes it, with exactly `digits` decimals: "0.09" / "0,09", "5,000" / "5 000". */
export function formatNumber(lang: Lang, x: number, digits = 0): string {
  const k = `${lang}:${digits}`;
  let f = numbers.get(k);
  if (!f) numbers.set(k, (f = new Intl.NumberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits })));
  return f.format(x);
}
