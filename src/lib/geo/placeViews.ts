/**
 * The settlements a story names (mentions with via "place" and a point), one
 * per place, with whether Russia holds it on the control line in view: decided
 * once for the live map, the legend and the static picture alike.
 */
import type { FeatureCollection } from 'geojson';
import type { Story } from '../contract/story.ts';
import { formatDate, t, type Lang } from '../i18n/strings.ts';
import { heldAt, type Land } from './heldAt.ts';

export type PlaceView = {
  /** Stable key: "g<GeoNames id>", or "p<lat>,<lon>" when the id is not known. */
  key: string;
  /** Its name in the interface's language: the gazetteer's English name ("Pokrovsk"), or in Ukrainian the point's `uk` name when the story has it ("Покровськ"). */
  name: string;
  region: string;
  lat: number;
  lon: number;
  geonameId: number | null;
  /** Passages that name the place, in article order (no repeats). */
  passages: string[];
  /** On the line in view; null when there is no control layer. */
  held: boolean | null;
  /** "Pokrovsk: held by Russia on 27 Nov 2025; 1 passage". */
  accessibleName: string;
};

export type PlaceViewInputs = {
  story: Pick<Story, 'mentions'>;
  /** Russian-held territory on `date`, or null when none is shown. */
  control: FeatureCollection | null;
  date: string | null;
  lang: Lang;
  /** The map's regions: a point just off the coast or a river bank takes the status of the land beside it. */
  land?: Land | null;
};

/** One view per place the story names and can locate, in order of first mention. */
export function placeViews({ story, control, date, lang, land = null }: PlaceViewInputs): PlaceView[] {
  const byKey = new Map<string, PlaceView>();
  for (const m of story.mentions) {
    if (m.via !== 'place' || !m.point || !m.place) continue;
    const { lat, lon, geonameId } = m.point;
    const key = geonameId !== undefined ? `g${geonameId}` : `p${lat},${lon}`;
    let v = byKey.get(key);
    if (!v) {
      const held = control ? heldAt(lon, lat, control, land) : null;
      const name = lang === 'uk' && m.point.uk ? m.point.uk : m.place;
      v = { key, name, region: m.region, lat, lon, geonameId: geonameId ?? null, passages: [], held, accessibleName: '' };
      byKey.set(key, v);
    }
    if (!v.passages.includes(m.passage)) v.passages.push(m.passage);
  }
  const views = [...byKey.values()];
  for (const v of views) v.accessibleName = placeName(v, date, lang);
  return views;
}

function placeName(v: PlaceView, date: string | null, lang: Lang): string {
  const when = date ? formatDate(lang, date) : null;
  const status =
    v.held === null
      ? ''
      : t(lang, v.held ? (when ? 'placeHeld' : 'placeHeldUndated') : when ? 'placeNotHeld' : 'placeNotHeldUndated', { date: when ?? '' });
  return t(lang, 'placeName', { name: v.name, status, passages: t(lang, 'mentions', { n: v.passages.length }) });
}
