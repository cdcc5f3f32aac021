/**
 * Every regex the linker runs on article text, checked two ways: recheck's
 * ReDoS analysis finds no super-linear backtracking, and each regex runs over
 * adversarial strings (long runs of the characters that make backtracking
 * regexes blow up) to the end. Literal regexes are read from the sources, so a
 * new one is checked without being listed here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { DATE_PATTERNS } from '../../../src/lib/linker/parseDate.ts';
import { conflictIds, readLinker } from '../../../src/cli/conflicts.ts';
import { root } from './helpers.ts';

const dir = join(root, 'src', 'lib', 'linker');
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

/** [file, regex] for every regex literal in the linker's sources. */
function literalRegexes(): Array<[string, RegExp]> {
  const out: Array<[string, RegExp]> = [];
  for (const f of files) {
    const src = ts.createSourceFile(f, readFileSync(join(dir, f), 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const lit = node.getText(src);
        const slash = lit.lastIndexOf('/');
        out.push([f, new RegExp(lit.slice(1, slash), lit.slice(slash + 1))]);
      }
      ts.forEachChild(node, visit);
    };
    visit(src);
  }
  return out;
}

const dynamic: Array<[string, RegExp]> = [
  // Every profile's regexes (its speakers.json and lexicon.json), as the linker compiles them.
  ...conflictIds().flatMap((id): Array<[string, RegExp]> => {
    const p = readLinker(id).profile;
    return [
      [`${id} speakers.json (Latin)`, p.cues.latin],
      [`${id} speakers.json (Cyrillic)`, p.cues.cyr],
      [`${id} lexicon.json notNarrowing`, p.notNarrowing],
      [`${id} lexicon.json claimantFrame`, p.claimantFrame],
      [`${id} claim topic (Latin)`, p.claim.latin],
      [`${id} claim topic (Cyrillic)`, p.claim.cyr],
    ];
  }),
  ...DATE_PATTERNS.filter((p) => p.re.source.length > 40).map((p): [string, RegExp] => ['parseDate.ts', p.re]),
];
const all = [...literalRegexes(), ...dynamic];

const N = 50_000;
const ADVERSARIAL = [
  ' '.repeat(N) + 'x', '\t'.repeat(N) + '#\t#', '#'.repeat(N) + ' x', '\n'.repeat(N) + 'x', ' \n'.repeat(N / 2) + 'x',
  'a'.repeat(N) + '!', 'A. '.repeat(N / 3), 'Mr. '.repeat(N / 4), '.'.repeat(N) + ' x', ')'.repeat(N) + 'x',
  '“'.repeat(N), 'said '.repeat(N / 5), 'Putin '.repeat(N / 6), 'he '.repeat(N / 3) + '!', 'the '.repeat(N / 4),
  'а'.repeat(N) + '!', 'Донецьк '.repeat(N / 8), '1'.repeat(N) + 'x', '1 '.repeat(N / 2) + 'x', '-'.repeat(N) + 'x',
  ', '.repeat(N / 2) + 'x', 'by '.repeat(N / 3), 'Photo: '.repeat(N / 7), 'recognized '.repeat(N / 11),
];

describe('regexes on article text', () => {
  it('finds the regexes in the sources', () => {
    expect(all.length).toBeGreaterThan(50);
    // A regex built at run time must be added to `dynamic` above.
    const built = files.filter((f) => readFileSync(join(dir, f), 'utf8').includes('new RegExp('));
    expect(built.sort()).toEqual(['linkerProfile.ts', 'parseDate.ts', 'speakers.ts', 'topics.ts']);
  });

  // recheck's automaton analysis is exact and deterministic (its fuzzer is neither, so it is not used):
  // a regex it proves safe or cannot analyse (look-behind, very large bounded repeats) passes here;
  // those it cannot analyse are still run over the adversarial strings below.
  it('has no super-linear backtracking (recheck automaton analysis)', () => {
    const unsafe: string[] = [];
    let proved = 0;
    for (const [where, re] of all) {
      const r = checkSync(re.source, re.flags, { checker: 'automaton', timeout: 1_500 });
      if (r.status === 'vulnerable') unsafe.push(`${where} /${re.source}/ ${r.complexity.type}: ${r.attack.pattern}`);
      if (r.status === 'safe') proved++;
    }
    expect(unsafe).toEqual([]);
    expect(proved, `${proved} of ${all.length} proved safe`).toBeGreaterThan(all.length / 2);
  }, 300_000);

  it('runs each regex over adversarial strings to the end', () => {
    let matches = 0;
    for (const [, re] of all) {
      for (const s of ADVERSARIAL) {
        if (re.global) {
          re.lastIndex = 0;
          for (let m = re.exec(s); m; m = re.exec(s)) {
            matches++;
            if (m[0].length === 0) re.lastIndex++;
          }
        } else if (re.exec(s)) matches++;
      }
    }
    expect(matches).toBeGreaterThan(0);
  }, 300_000);
});
