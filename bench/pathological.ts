/**
 * Adversarial article texts of a given size: the shapes that once made the
 * linker super-linear (a pasted PDF or a scraped page with no paragraph
 * breaks looks like these). Used by `npm run bench` and the scaling test.
 */

function fill(unit: string, chars: number): string {
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

/** Each pathological shape, about `chars` characters long. */
export function pathologicalTexts(chars: number): Record<string, string> {
  const half = Math.floor(chars / 2);
  return {
    'heading-spaces': '# Donetsk' + ' '.repeat(chars) + 'x',
    'heading-hashes': '# Donetsk ' + ' #'.repeat(half) + 'x',
    'open-quote': '“' + fill('Donetsk is big. ', chars),
    'initials': fill('A. ', chars),
    'titles': fill('Mr. ', chars),
    'one-paragraph': fill('Russian forces shelled Kherson. Kyiv said Pokrovsk held. ', chars),
    'said-then-putin': fill('said ', half) + fill('Putin ', half),
    'no-spaces': fill('Donetsk', chars),
    'spaces-lines': fill(' \n', chars) + 'Luhansk',
    'cyrillic-run': fill('Донецькій області заявив Генеральн ', chars),
    'claim-words': fill('demanded occupied territories captured ', chars),
  };
}
