/**
 * The claims' dated events across every region, for the time slider's track:
 * the claimant's annexation claims (one event a date, naming its regions) and the UN
 * General Assembly resolutions the sovereign's position cites. Pure; from
 * the conflict's claims.json and claimEvents.
 */
import type { Claims } from './claimsSchema.ts';
import { claimEvents, type ClaimEvent } from './claimEvents.ts';
import { t, type Lang } from '../i18n/strings.ts';

/** `role`: whose event it is in the conflict (the claimant's claim, or the sovereign's resolution). */
export type TimelineEvent = { date: string; side: ClaimEvent['side']; role: 'claimant' | 'sovereign'; label: string; regions: string[] };

/** `nameOf` gives a region's name in `lang`; events are sorted by date, the claimant's before the sovereign's on one day. */
export function claimTimeline(claims: Claims, nameOf: (id: string) => string, lang: Lang = 'en'): TimelineEvent[] {
  const byKey = new Map<string, TimelineEvent>();
  const claimant = claims.parties.claimant.key;
  for (const region of Object.keys(claims.regions)) {
    for (const e of claimEvents(claims, region, lang)) {
      // The claimant's claims read "it" per region; on the track one event names all its regions.
      const key = `${e.date} ${e.side} ${e.side === claimant ? '' : e.label}`;
      const seen = byKey.get(key);
      if (seen) seen.regions.push(region);
      else byKey.set(key, { date: e.date, side: e.side, role: e.side === claimant ? 'claimant' : 'sovereign', label: e.label, regions: [region] });
    }
  }
  const list = new Intl.ListFormat(lang === 'en' ? 'en-GB' : lang, { type: 'conjunction' });
  return [...byKey.values()]
    .map((e) => (e.role === 'claimant' ? { ...e, label: t(lang, 'claimAnnexed', { regions: list.format(e.regions.map(nameOf)) }) } : e))
    .sort((a, b) => a.date.localeCompare(b.date) || (a.role === b.role ? 0 : a.role === 'claimant' ? -1 : 1));
}
