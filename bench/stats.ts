/** The bench's summaries of timed samples: one median and one p95 for every figure. */

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The sample 95 % of the others are at or below. */
export function p95(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length * 0.95)]!;
}

export type Timing = { medianMs: number; p95Ms: number; samples: number };

export function timing(xs: readonly number[]): Timing {
  return { medianMs: median(xs), p95Ms: p95(xs), samples: xs.length };
}
