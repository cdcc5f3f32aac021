/**
 * The claims' dated events across every region, for the time slider's track:
 * Russia's annexation claims (one event a date, naming its regions) and the UN
 * General Assembly resolutions Ukraine's position cites. Pure; from
 * geodata/claims.json and claimEvents.
 */
import type { Claims } from './claimsSchema.ts';
import { claimEvents, type ClaimEvent } from './claimEvents.ts';
import { t, type Lang } from '../i18n/strings.ts';

export type TimelineEvent = { date: string; side: ClaimEvent['side']; label: string; regions: string[] };

/** `nameOf` gives a region's name in `lang`; events are sorted by date, Russia's before Ukraine's on one day. */
export function claimTimeline(claims: Claims, nameOf: (id: string) => string, lang: Lang = 'en'): TimelineEvent[] {
  const byKey = new Map<string, TimelineEvent>();
  for (const region of Object.keys(claims.regions)) {
    for (const e of claimEvents(claims, region, lang)) {
      // Russia's claims read "it" per region; on the track one event names all its regions.
      const key = `${e.date} ${e.side} ${e.side === 'russia' ? '' : e.label}`;
      const seen = byKey.get(key);
      if (seen) seen.regions.push(region);
      else byKey.set(key, { date: e.date, side: e.side, label: e.label, regions: [region] });
    }
  }
  const list = new Intl.ListFormat(lang === 'en' ? 'en-GB' : lang, { type: 'conjunction' });
  return [...byKey.values()]
    .map((e) => (e.side === 'russia' ? { ...e, label: t(lang, 'claimAnnexed', { regions: list.format(e.regions.map(nameOf)) }) } : e))
    .sort((a, b) => a.date.localeCompare(b.date) || (a.side === b.side ? 0 : a.side === 'russia' ? -1 : 1));
}
