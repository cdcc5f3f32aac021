/**
 * Formats a held share for the UI. Pure and tiny, so a user-supplied control
 * layer can be shown the same way once its shares are measured (at build time
 * or by a caller); no geometry is done here.
 */
import { formatDay } from '../i18n/formatDay.ts';
import { t, type Lang } from '../i18n/strings.ts';

export type ShareLang = Lang;

/** "2025-11-27" → "27 Nov 2025" (or "27 лист. 2025"). Throws on anything that is not a real YYYY-MM-DD day. */
export function formatControlDate(date: string, lang: ShareLang = 'en'): string {
  return formatDay(date, lang);
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
  return t(lang, 'heldShare', { pct: `${approx}${pct}`, date: d });
}
