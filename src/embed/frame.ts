/** Entry of dist/embed.html: the compact widget for iframes. */
import { flushSync, mount } from 'svelte';
import { focusRegion, takeEarlyView } from '../early/handoff.ts';
import 'leaflet/dist/leaflet.css';
import '../components/theme.css';
import './frame.css';
import Claimline from '../components/Claimline.svelte';
import { postHeightToHost } from './postHeight.ts';
import { readViewParams } from '../lib/data/viewParams.ts';

const target = document.getElementById('app')!;
// On the built page, the early script (src/early/early.ts) loaded this once the picture was painted; a region the
// reader selected (or cleared) there wins over ?region=, and the live view replaces the picture in this one task.
const params = readViewParams(location.search);
const early = takeEarlyView(target);
target.replaceChildren();
mount(Claimline, { target, props: { ...params, region: early.region === undefined ? params.region : early.region, layout: 'embed' } });
if (early.focus) {
  flushSync();
  focusRegion(target, early.focus);
}

// Tell the host page our height whenever it changes (see src/embed/loader.ts); already running if early.js started it.
postHeightToHost();
