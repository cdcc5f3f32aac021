/**
 * Server-side (build time) render of the first view, for scripts/prerender.ts:
 * the app and the embed as Svelte renders them for the seed story (the static
 * map included), and the no-JavaScript summary. Loaded through Vite's SSR.
 */
import { render } from 'svelte/server';
import App from './App.svelte';
import Claimline from '../components/Claimline.svelte';
import RegionTable from '../components/static/RegionTable.svelte';
import { DEFAULTS } from '../lib/data/load.ts';
import { altText } from '../lib/render/altText.ts';

export type Prerendered = { app: string; embed: string; summary: string; alt: string; title: string };

export function prerender(): Prerendered {
  const app = render(App, { props: { story: null, control: null, date: null, compare: null, lang: null, theme: null } }).body;
  const embed = render(Claimline, { props: { layout: 'embed' } }).body;
  const { story, regions, claims, control } = DEFAULTS;
  const summary = render(RegionTable, { props: { story, regions, claims, control, lang: 'en' } }).body;
  const alt = altText(story, { regions, claims, shares: control.shares, controlDate: control.date, lang: 'en' });
  return { app, embed, summary, alt, title: story.article.title };
}
