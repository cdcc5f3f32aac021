import { feature } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { RegionId } from './regionIds.ts';

/**
 * Properties of a piece in geodata/conflicts/ua/positions.topo.json: within one region,
 * land Ukraine would give up beyond the line in view, land Russia would give
 * up, or a named zone. One definition for the build and its reader.
 */
export type PositionPieceProps = {
  side: 'ukraine-gives' | 'russia-gives' | 'zone';
  region: RegionId;
  /** The zone's id, for `side: "zone"`. */
  zone?: string;
};

export type PositionPieces = FeatureCollection<Polygon | MultiPolygon, PositionPieceProps>;

/** The pieces of one position (one object per position id in the topology); throws on an unknown id. */
export function decodePositionPieces(topology: Topology, positionId: string): PositionPieces {
  const obj = topology.objects[positionId];
  if (!obj) throw new Error(`unknown position id: ${positionId}`);
  return feature(topology, obj as GeometryCollection<PositionPieceProps>) as PositionPieces;
}
