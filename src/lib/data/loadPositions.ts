import type { Topology } from 'topojson-specification';
import type { BuiltPositions } from '../claims/positionsSchema.ts';

/**
 * Loads the built positions (figures, places, sources) and their geometry as
 * separate chunks, so the first view does not grow: call it when the position
 * switch or the panel first needs them. Both files are checked by
 * `npm run check:data` at build time, like the other bundled geodata.
 */
export async function loadPositions(): Promise<{ positions: BuiltPositions; topology: Topology }> {
  const [positions, topology] = await Promise.all([import('../../../geodata/conflicts/ua/positions.json'), import('../../../geodata/conflicts/ua/positions.topo.json')]);
  return { positions: positions.default as unknown as BuiltPositions, topology: topology.default as unknown as Topology };
}
