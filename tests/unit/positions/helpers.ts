import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { parseBuiltPositions, type BuiltPositions } from '../../../src/lib/claims/positionsSchema.ts';

export const root = join(import.meta.dirname, '..', '..', '..');
export const readText = (rel: string) => readFileSync(join(root, rel), 'utf8');
export const readJson = (rel: string): any => JSON.parse(readText(rel));

export const sourceJson = () => readJson('geodata/conflicts/ua/src/positions.json');
export const regionsTopology = readJson('geodata/conflicts/ua/regions.topo.json') as Topology;
export const controlLayer = readJson('geodata/conflicts/ua/control.geojson') as FeatureCollection<Polygon | MultiPolygon>;
export const positionsTopology = readJson('geodata/conflicts/ua/positions.topo.json') as Topology;

export function builtPositions(): BuiltPositions {
  const r = parseBuiltPositions(readJson('geodata/conflicts/ua/positions.json'), 'geodata/conflicts/ua/positions.json');
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
}
