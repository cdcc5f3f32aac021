/**
 * "2025-11-27" → "27 Nov 2025" / "27 лист. 2025": the day, the month's short
 * name from Intl.DateTimeFormat and the year, in that order in every language.
 * The parts are joined here rather than taken whole from Intl because whole
 * formats differ between ICU versions (en-GB's "Sept", Ukrainian's trailing
 * "р."), and the page's first view is rendered in Node while the browser
 * redraws it: both must write the same words.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

/** The locale whose short month names a language uses (English takes en-US's "Sep", not en-GB's "Sept"). */
const monthLocale = (lang: string) => (lang === 'en' ? 'en-US' : lang);

/** Formats a YYYY-MM-DD calendar day; throws on anything that is not a real one. */
export function formatDay(iso: string, lang: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !d || d.getUTCDate() !== Number(m[3]) || d.getUTCMonth() !== Number(m[2]) - 1) throw new Error(`not a date YYYY-MM-DD: ${JSON.stringify(iso)}`);
  const loc = monthLocale(lang);
  let f = formats.get(loc);
  if (!f) formats.set(loc, (f = new Intl.DateTimeFormat(loc, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })));
  const parts = f.formatToParts(d);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')} ${part('month')} ${m[1]}`;
}
