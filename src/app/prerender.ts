/**
 * Server-side (build time) render of the first view, for scripts/prerender.ts:
 * the app and the embed as Svelte renders them for the seed story (the static
 * map included), each region's panel as the live view draws it when that
 * region is selected, and the no-JavaScript summary. Loaded through Vite's SSR.
 */
import { render } from 'svelte/server';
import App from './App.svelte';
import Claimline from '../components/Claimline.svelte';
import RegionTable from '../components/static/RegionTable.svelte';
import { DEFAULTS } from '../lib/data/load.ts';
import { altText } from '../lib/render/altText.ts';
import { regionName } from '../lib/geo/regionView.ts';
import { t } from '../lib/i18n/strings.ts';
import { LANGS } from '../lib/i18n/lang.ts';
import { storyBounds } from '../lib/geo/storyBounds.ts';
import { firstPanels, type FirstPanel } from './firstPanels.ts';

export type Prerendered = {
  app: string;
  embed: string;
  /** Per region: its panel in the app and in the embed, for the page's own early script (src/early/early.ts). */
  appPanels: FirstPanel[];
  embedPanels: FirstPanel[];
  /** What the panel says with nothing selected, and what is announced on clearing the selection. */
  cleared: string;
  /** The conflict the picture shows (the bundled profile). */
  conflict: string;
  /** Per interface language, what stands in the picture's place while a page that asks for another view loads. */
  loading: Record<string, string>;
  /** How far the map's data reaches (the live map's maxBounds), for the early script's fit. */
  extent: [[number, number], [number, number]] | null;
  /** The box the first view fits (storyBounds), for the early script to fit the picture to the real map box. */
  bounds: [[number, number], [number, number]];
  summary: string;
  alt: string;
  title: string;
};

export function prerender(): Prerendered {
  const app = render(App, { props: { story: null, control: null, date: null, compare: null, lang: null, theme: null } }).body;
  const embed = render(Claimline, { props: { layout: 'embed' } }).body;
  const { story, regions, claims, control } = DEFAULTS;
  // The panel of a selected region is the same view with `region` set: rendered by the same components, so the
  // live view that replaces the picture draws exactly what the early script showed.
  const panels = (layout: 'app' | 'embed') =>
    firstPanels(
      regions.regions.map((f) => f.properties.id),
      (id) => render(Claimline, { props: { layout, region: id } }).body,
      (id) => ({ announce: t('en', 'selected', { name: regionName(regions.byId.get(id), id, 'en') }), at: regions.byId.get(id)!.properties.label }),
    );
  const summary = render(RegionTable, { props: { story, regions, claims, control, lang: 'en' } }).body;
  const alt = altText(story, { regions, claims, shares: control.shares, controlDate: control.date, lang: 'en' });
  return { app, embed, appPanels: panels('app'), embedPanels: panels('embed'), cleared: t('en', 'selectionCleared'), conflict: DEFAULTS.profile.id, extent: regions.extent, loading: Object.fromEntries(LANGS.map((l) => [l, t(l, 'loadingStory')])), bounds: storyBounds(regions.regions), summary, alt, title: story.article.title };
}
