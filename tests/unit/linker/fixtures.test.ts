/**
 * Golden files: tests/fixtures/linker/in/*.txt → out/*.json.
 * Regenerate with `REGEN=1 npx vitest run tests/unit/linker/fixtures.test.ts`
 * and review the diff; CI never regenerates.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateStory } from '../../../src/lib/contract/storySchema.ts';
import { link, root } from './helpers.ts';

const dir = join(root, 'tests', 'fixtures', 'linker');
const regen = process.env.REGEN === '1' && !process.env.CI;
const inputs = readdirSync(join(dir, 'in')).filter((f) => f.endsWith('.txt')).sort();

describe('golden fixtures', () => {
  it('has inputs', () => expect(inputs.length).toBeGreaterThanOrEqual(4));

  it.each(inputs)('%s', (name) => {
    const text = readFileSync(join(dir, 'in', name), 'utf8');
    const story = link(text);
    const v = validateStory(JSON.parse(JSON.stringify(story)));
    expect(v.ok ? [] : v.errors).toEqual([]);
    for (const m of story.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    const out = join(dir, 'out', name.replace(/\.txt$/, '.json'));
    const json = JSON.stringify(story, null, 2) + '\n';
    if (regen) {
      mkdirSync(join(dir, 'out'), { recursive: true });
      writeFileSync(out, json);
    }
    expect(existsSync(out), `missing golden file ${out}: run with REGEN=1 and review`).toBe(true);
    expect(JSON.parse(json)).toEqual(JSON.parse(readFileSync(out, 'utf8')));
  });
});
