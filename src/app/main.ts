import { flushSync, mount } from 'svelte';
import { focusRegion, takeEarlyView } from '../early/handoff.ts';
import 'leaflet/dist/leaflet.css';
import '../components/theme.css';
import './app.css';
import App from './App.svelte';
import { readViewParams } from '../lib/data/viewParams.ts';

// The app's selection lives in the hash (#region=), so ?region= is the embed's alone.
const { story, conflict, control, date, compare, lang, theme, position } = readViewParams(location.search);
const target = document.getElementById('app')!;
// On the built page, the early script (src/early/early.ts) loaded this once the picture was painted, and kept the
// hash in step with what the reader selected on it; the live view replaces the picture in this one task.
const early = takeEarlyView(target);
target.replaceChildren();
mount(App, { target, props: { story, conflict, control, date, compare, lang, theme, position } });
if (early.focus) {
  flushSync();
  focusRegion(target, early.focus);
}
