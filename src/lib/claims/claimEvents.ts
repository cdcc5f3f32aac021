/**
 * The dated events of a region's claims (the claimant's annexation claim, the
 * UN General Assembly resolution the sovereign's position cites), for the time
 * views. Pure; from a profile's claims.json.
 */
import type { Claims } from './claimsSchema.ts';
import { t } from '../i18n/strings.ts';

/** `side`: the party key (claims.json) whose event it is. */
export type ClaimEvent = { date: string; side: string; label: string };

export function claimEvents(claims: Claims, region: string, lang: 'en' | 'uk' = 'en'): ClaimEvent[] {
  const c = claims.regions[region];
  if (!c) return [];
  const out: ClaimEvent[] = [];
  if (c.claimant.date) out.push({ date: c.claimant.date, side: claims.parties.claimant.key, label: t(lang, 'claimAnnexedEvent') });
  // The sovereign's side as a dated event: the UN resolution it rests on, named by its source.
  const un = c.sovereign.sources.find((s) => s.date === c.sovereign.date && /^UN General Assembly/.test(s.name));
  if (un) out.push({ date: un.date, side: claims.parties.sovereign.key, label: un.name.split(',')[0]! });
  return out.sort((a, b) => a.date.localeCompare(b.date));
}
