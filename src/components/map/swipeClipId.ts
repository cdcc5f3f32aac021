import type { MapContext } from './context.ts';

/** The id of the compare view's clip for one side of the divide, unique per map (SwipeClip defines it, ControlLayer uses it). */
export const swipeClipId = (ctx: Pick<MapContext, 'hatchId'>, side: 'from' | 'to'): string => `${ctx.hatchId}-swipe-${side}`;
