/**
 * Formats a held share for the UI. Pure and tiny, so a user-supplied control
 * layer can be shown the same way once its shares are measured (at build time
 * or by a caller); no geometry is done here.
 */
import { conflictVars } from '../conflict/words.ts';

export type ShareLang = 'en' | 'uk';

const MONTHS: Record<ShareLang, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  uk: ['січ.', 'лют.', 'бер.', 'квіт.', 'трав.', 'черв.', 'лип.', 'серп.', 'вер.', 'жовт.', 'лист.', 'груд.'],
};

/** "2025-11-27" → "27 Nov 2025" (or "27 лист. 2025"). Throws on anything that is not YYYY-MM-DD. */
export function formatControlDate(date: string, lang: ShareLang = 'en'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const month = m ? MONTHS[lang][Number(m[2]) - 1] : undefined;
  if (!m || !month) throw new Error(`not a date YYYY-MM-DD: ${JSON.stringify(date)}`);
  return `${Number(m[3])} ${month} ${m[1]}`;
}

/**
 * The percentage as shown: whole numbers, but never "100" for a share below 1
 * nor "0" for a share above 0, so "nearly all" and "a sliver" stay visible.
 */
export function formatPercent(share: number): string {
  if (!Number.isFinite(share) || share < 0 || share > 1) throw new Error(`share out of range 0..1: ${share}`);
  const pct = share * 100;
  if (share > 0 && pct < 1) return '< 1';
  if (share < 1 && pct > 99) return '> 99';
  return String(Math.round(pct));
}

/** "≈ 79 % held by <claimant> (approximate, as of 27 Nov 2025)", the claimant named by the conflict in view. */
export function formatHeldShare(share: number, date: string, lang: ShareLang = 'en'): string {
  const pct = formatPercent(share);
  const d = formatControlDate(date, lang);
  const approx = pct.startsWith('<') || pct.startsWith('>') ? '' : '≈ ';
  return lang === 'uk'
    ? `${approx}${pct} % під контролем ${conflictVars('uk').claimantGen} (приблизно, станом на ${d})`
    : `${approx}${pct} % held by ${conflictVars('en').claimant} (approximate, as of ${d})`;
}
