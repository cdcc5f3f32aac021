/**
 * The dated events of a region's claims (Russia's annexation claim, the UN
 * General Assembly resolution Ukraine's position cites), for the time views.
 * Pure; from geodata/conflicts/ua/claims.json.
 */
import type { Claims } from './claimsSchema.ts';

export type ClaimEvent = { date: string; side: 'russia' | 'ukraine'; label: string };

const RUSSIA = { en: 'Russia claims it as annexed', uk: 'Росія заявляє про анексію' } as const;

export function claimEvents(claims: Claims, region: string, lang: 'en' | 'uk' = 'en'): ClaimEvent[] {
  const c = claims.regions[region as keyof Claims['regions']];
  if (!c) return [];
  const out: ClaimEvent[] = [];
  if (c.russia.date) out.push({ date: c.russia.date, side: 'russia', label: RUSSIA[lang] });
  // Ukraine's side as a dated event: the UN resolution it rests on, named by its source.
  const un = c.ukraine.sources.find((s) => s.date === c.ukraine.date && /^UN General Assembly/.test(s.name));
  if (un) out.push({ date: un.date, side: 'ukraine', label: un.name.split(',')[0]! });
  return out.sort((a, b) => a.date.localeCompare(b.date));
}
