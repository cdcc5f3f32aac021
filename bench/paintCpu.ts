/**
 * CPU spent until the regions are painted, for `npm run bench` (issue 14):
 * the renderer's thread time (main thread and raster workers) from navigation
 * to the first contentful paint, from a Chromium trace. Unlike wall-clock
 * times it hardly moves with the machine's load, so it says what a page costs
 * when the shared machine makes the timings noisy. The least of a few loads.
 */
import type { Browser } from 'playwright-core';
import type { StaticServer } from '../tests/e2e/harness.ts';

type TraceEvent = { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args?: { data?: { documentLoaderURL?: string } } };

/** Thread-time sums (ms) by kind of work, until the first contentful paint. */
export type PaintCpu = { script: number; parse: number; style: number; layout: number; paint: number; raster: number; total: number };

const KIND: Record<string, keyof Omit<PaintCpu, 'total'>> = {
  EvaluateScript: 'script', FunctionCall: 'script', TimerFire: 'script', 'v8.compile': 'script',
  ParseHTML: 'parse', ParseAuthorStyleSheet: 'parse',
  UpdateLayoutTree: 'style', Layout: 'layout',
  PrePaint: 'paint', Paint: 'paint', Layerize: 'paint', Commit: 'paint',
  RasterTask: 'raster',
};

/** Sums one trace: the renderer that navigated to `path`, events that began before its first contentful paint. */
export function paintCpuOf(events: TraceEvent[], path: string): PaintCpu | null {
  const nav = events.find((e) => e.name === 'navigationStart' && (e.args?.data?.documentLoaderURL ?? '').endsWith(path));
  if (!nav) return null;
  const fcp = events.find((e) => e.name === 'firstContentfulPaint' && e.pid === nav.pid && e.ts >= nav.ts);
  if (!fcp) return null;
  const out: PaintCpu = { script: 0, parse: 0, style: 0, layout: 0, paint: 0, raster: 0, total: 0 };
  // Self time: a nested event (a script run by the parser, a layout a script forced) is taken out of its parent's kind.
  const stacks = new Map<number, { end: number; kind: keyof Omit<PaintCpu, 'total'> }[]>();
  for (const e of events.filter((x) => x.pid === nav.pid && x.ph === 'X' && x.ts >= nav.ts && x.ts <= fcp.ts && KIND[x.name]).sort((a, b) => a.ts - b.ts)) {
    const cpu = (e.tdur ?? e.dur ?? 0) / 1000;
    const kind = KIND[e.name]!;
    const stack = stacks.get(e.tid) ?? [];
    stacks.set(e.tid, stack);
    while (stack.length && stack[stack.length - 1]!.end <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) out[parent.kind] -= cpu;
    else out.total += cpu;
    out[kind] += cpu;
    stack.push({ end: e.ts + (e.dur ?? 0), kind });
  }
  return out;
}

/** The least total (and its parts) over `runs` traced loads of `path` in fresh pages. */
export async function measurePaintCpu(browser: Browser, server: StaticServer, path: string, runs = 5): Promise<PaintCpu> {
  let best: PaintCpu | null = null;
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'loading', 'blink', 'cc', 'blink.user_timing'] });
    await page.goto(server.url + path);
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    const buf = await browser.stopTracing();
    await context.close();
    const parsed = JSON.parse(buf.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
    const r = paintCpuOf(Array.isArray(parsed) ? parsed : parsed.traceEvents, path);
    if (r && (!best || r.total < best.total)) best = r;
  }
  if (!best) throw new Error(`bench: no first contentful paint traced for ${path}`);
  return best;
}
