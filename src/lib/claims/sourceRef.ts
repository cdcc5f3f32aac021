import { z } from '../zod.ts';

/** Whether `v` is a calendar date written YYYY-MM-DD (2025-02-30 is not). */
export const isIsoDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);

/** A calendar date, YYYY-MM-DD, that exists. */
export const IsoDateSchema = z.string().refine(isIsoDate, { error: (i) => `expected a date YYYY-MM-DD, got ${JSON.stringify(i.input)}` });

/** A named public source with its date: what a statement cites when the article does not say it. */
export const SourceRefSchema = z.strictObject({
  name: z.string().trim().min(1, 'source name is empty'),
  date: IsoDateSchema,
  url: z.url().optional(),
});

export type SourceRef = z.infer<typeof SourceRefSchema>;

/** Formats zod issues as `file: path: message` lines. */
export function formatIssues(file: string, issues: readonly { path: readonly PropertyKey[]; message: string }[]): string[] {
  return issues.map((i) => `${file}: ${formatPath(i.path) || '(root)'}: ${i.message}`);
}

export function formatPath(path: readonly PropertyKey[]): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s === '' ? String(p) : `.${String(p)}`;
  return s;
}
