import type { Map as LeafletMap } from 'leaflet';
import { layoutLabels, type LabelLayout } from '../../lib/geo/labelLayout.ts';
import type { MapLabel } from '../../lib/geo/mapLabels.ts';
import type { PlaceView } from '../../lib/geo/placeViews.ts';

/**
 * labelLayout for the live map's current zoom: the labels' and places' container points, rounded as Leaflet
 * rounds its layer points (and as the static render's toPixel does), so both maps decide alike.
 */
export function labelLayoutOn(map: LeafletMap, labels: readonly MapLabel[], places: readonly PlaceView[]): LabelLayout {
  const px = (lat: number, lng: number) => map.latLngToContainerPoint([lat, lng]).round();
  return layoutLabels(
    labels.map((l) => {
      const p = px(l.at[1], l.at[0]);
      return { id: l.id, kind: l.kind, text: l.text, x: p.x, y: p.y };
    }),
    places.map((pl) => {
      const p = px(pl.lat, pl.lon);
      return { key: pl.key, text: pl.name, x: p.x, y: p.y, passages: pl.passages.length };
    }),
  );
}
