import { describe, expect, it } from 'vitest';
import { boxesMeet, dotBox, labelBox, layoutLabels, placeTextBox, type LayoutLabel, type LayoutPlace } from '../../../src/lib/geo/labelLayout.ts';
import { textWidth } from '../../../src/lib/style/textWidth.ts';

const place = (key: string, x: number, y: number, passages = 1, text = key): LayoutPlace => ({ key, text, x, y, passages });
const region = (id: string, x: number, y: number, text = id): LayoutLabel => ({ id, kind: 'region', text, x, y });

/** Every shown text box (region labels, shown base labels, places' names on their side) and dot of a layout. */
function drawn(labels: LayoutLabel[], places: LayoutPlace[]) {
  const layout = layoutLabels(labels, places);
  const texts = [
    ...labels.filter((l) => !layout.hiddenLabels.has(l.id)).map((l) => ({ id: l.id, kind: l.kind, box: labelBox(l) })),
    ...places.flatMap((p) => {
      const side = layout.places.get(p.key)!;
      return side === 'hidden' ? [] : [{ id: p.key, kind: 'place', box: placeTextBox(p, side) }];
    }),
  ];
  return { layout, texts, dots: places.map((p) => ({ id: p.key, box: dotBox(p) })) };
}

describe('textWidth', () => {
  it('adds up DejaVu Sans Bold advance widths, scaled to the font size', () => {
    // DejaVu Sans Bold: "i" 0.343 em, "W" 1.103 em.
    expect(textWidth('i', 10)).toBeCloseTo(3.43, 5);
    expect(textWidth('W', 12)).toBeCloseTo(13.236, 5);
    expect(textWidth('Wi', 12)).toBeGreaterThan(textWidth('ii', 12));
    expect(textWidth('Kyiv', 24)).toBeCloseTo(2 * textWidth('Kyiv', 12), 5);
  });

  it('measures Cyrillic, adds letter spacing per character, and errs wide for characters it does not know', () => {
    expect(textWidth('Київ', 12)).toBeGreaterThan(textWidth('Kyiv', 12) * 0.9);
    expect(textWidth('AB', 10, 0.1)).toBeCloseTo(textWidth('AB', 10) + 2, 5);
    expect(textWidth('中', 12)).toBeCloseTo(0.995 * 12, 5);
    expect(textWidth('', 12)).toBe(0);
  });
});

describe('layoutLabels', () => {
  it('puts a lone place’s name right of its dot', () => {
    const layout = layoutLabels([], [place('Pokrovsk', 100, 100)]);
    expect(layout.places.get('Pokrovsk')).toBe('right');
    expect(layout.hiddenLabels.size).toBe(0);
  });

  it('moves a name left when a region label sits right of the dot, and hides it when both sides collide', () => {
    const sukhumi = place('Sukhumi', 200, 200);
    const right = region('Abkhazia', 200 + 9 + 30, 200);
    expect(layoutLabels([right], [sukhumi]).places.get('Sukhumi')).toBe('left');
    const left = region('Ochamchire-Gali', 200 - 9 - 40, 202);
    expect(layoutLabels([right, left], [sukhumi]).places.get('Sukhumi')).toBe('hidden');
  });

  it('never hides or moves a region label, even when it lies on places', () => {
    const labels = [region('UA-14', 100, 100, 'Donetsk'), region('UA-09', 110, 104, 'Luhansk')];
    const places = [place('Siversk', 100, 100, 9), place('Yampil', 95, 98, 9)];
    const { layout } = drawn(labels, places);
    expect(layout.hiddenLabels.size).toBe(0);
    expect([...layout.places.values()]).toEqual(['hidden', 'hidden']);
  });

  it('places the names of more passages first, then in order of first mention', () => {
    // Three places stacked 6 px apart at one x: their names would overlap, so only some can be shown.
    const a = place('Zvanivka', 100, 100, 1);
    const b = place('Serebrianka', 100, 106, 3);
    const c = place('Yampil', 100, 112, 3);
    const layout = layoutLabels([], [a, b, c]);
    // b (3 passages, mentioned before c) takes its right side; c then a can only go where b is not.
    expect(layout.places.get('Serebrianka')).toBe('right');
    expect(layout.places.get('Yampil')).toBe('left');
    expect(layout.places.get('Zvanivka')).toBe('hidden');
    // Same counts: the first mentioned wins.
    const again = layoutLabels([], [place('Zvanivka', 100, 100, 2), place('Yampil', 100, 106, 2)]);
    expect(again.places.get('Zvanivka')).toBe('right');
    expect(again.places.get('Yampil')).toBe('left');
  });

  it('hides a base label that a region label or a place’s name would sit on, and keeps the others', () => {
    const labels: LayoutLabel[] = [
      { id: 'RU', kind: 'country', text: 'Russia', x: 300, y: 100 },
      { id: 'black-sea', kind: 'sea', text: 'Black Sea', x: 100, y: 300 },
      { id: 'BY', kind: 'country', text: 'Belarus', x: 600, y: 600 },
      region('UA-14', 310, 104, 'Donetsk'),
    ];
    const layout = layoutLabels(labels, [place('Odesa', 60, 300)]);
    expect([...layout.hiddenLabels].sort()).toEqual(['RU', 'black-sea']);
    expect(layout.places.get('Odesa')).toBe('right');
  });

  it('leaves no two drawn texts meeting, and no name on a dot, for a pile of villages', () => {
    // "Russian forces took Yampil, Zvanivka, Siversk and Serebrianka…": a dozen points within 40 px.
    const names = ['Yampil', 'Zvanivka', 'Siversk', 'Serebrianka', 'Bilohorivka', 'Hryhorivka', 'Verkhnokamianske', 'Fedorivka', 'Ivano-Darivka', 'Vyimka', 'Rozdolivka', 'Pereizne'];
    const places = names.map((n, i) => place(n, 300 + ((i * 13) % 40), 200 + ((i * 7) % 40), 1 + (i % 3)));
    const labels = [region('UA-14', 330, 260, 'Donetsk'), region('UA-09', 380, 170, 'Luhansk')];
    const { layout, texts, dots } = drawn(labels, places);
    for (let i = 0; i < texts.length; i++) for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i]!, b = texts[j]!;
      if (a.kind === 'region' && b.kind === 'region') continue;
      expect(boxesMeet(a.box, b.box), `${a.id} / ${b.id}`).toBe(false);
    }
    // No name on a dot, but for dots touching its own (one cluster of marks).
    const dotOf = new Map(dots.map((d) => [d.id, d.box]));
    for (const t of texts.filter((t) => t.kind === 'place'))
      for (const d of dots) if (d.id !== t.id && !boxesMeet(d.box, dotOf.get(t.id)!)) expect(boxesMeet(t.box, d.box), `${t.id} on ${d.id}`).toBe(false);
    // Some names still show; every place has a decision.
    expect([...layout.places.values()].filter((s) => s !== 'hidden').length).toBeGreaterThan(2);
    expect(layout.places.size).toBe(names.length);
  });

  it('names the place named most beside a cluster of touching dots, crossing them, and keeps off a dot apart from it', () => {
    // Dots 4 px apart make one mark: Siversk (3 passages) is named; a dot 14 px right of the cluster, apart, is not crossed.
    const cluster = [place('Yampil', 96, 100, 1), place('Siversk', 100, 100, 3), place('Zvanivka', 104, 100, 1)];
    const layout = layoutLabels([], cluster);
    expect(layout.places.get('Siversk')).toBe('right');
    const apart = layoutLabels([], [...cluster, place('Bilohorivka', 100 + 30, 100, 1)]);
    expect(apart.places.get('Siversk')).toBe('left');
  });

  it('is deterministic and depends on relative positions only', () => {
    const places = ['Yampil', 'Zvanivka', 'Siversk', 'Serebrianka'].map((n, i) => place(n, 100 + i * 9, 100 + i * 5, 1));
    const labels = [region('UA-14', 130, 120, 'Donetsk')];
    const a = layoutLabels(labels, places);
    const b = layoutLabels(labels, places);
    expect([...b.places]).toEqual([...a.places]);
    const moved = layoutLabels(labels.map((l) => ({ ...l, x: l.x + 500, y: l.y - 70 })), places.map((p) => ({ ...p, x: p.x + 500, y: p.y - 70 })));
    expect([...moved.places]).toEqual([...a.places]);
    expect([...moved.hiddenLabels]).toEqual([...a.hiddenLabels]);
  });

  it('names a place or label without a pixel position', () => {
    expect(() => layoutLabels([], [place('Nowhere', Number.NaN, 0)])).toThrow('place Nowhere: no pixel position (NaN, 0)');
    expect(() => layoutLabels([region('UA-99', 0, Infinity)], [])).toThrow('label UA-99: no pixel position (0, Infinity)');
  });
});
