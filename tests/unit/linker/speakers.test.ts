import { describe, expect, it } from 'vitest';
import { findSpeaker } from '../../../src/lib/linker/speakers.ts';
import { findTopics } from '../../../src/lib/linker/topics.ts';
import { linker } from './helpers.ts';
import type { Speaker } from '../../../src/lib/contract/story.ts';

const outlet: Speaker = { party: 'outlet', name: 'Wire' };
const party = (text: string, previous: Speaker | null = null) => findSpeaker(text, previous, outlet, linker.profile.cues).party;

describe('findSpeaker', () => {
  it.each([
    ['Putin said the talks would go on.', 'russia'],
    ['The Kremlin said on Friday it was ready.', 'russia'],
    ['Moscow insists the regions are Russian.', 'russia'],
    ['Kremlin spokesman Dmitry Peskov told reporters nothing had changed.', 'russia'],
    ['Zelenskiy said Ukraine would not cede land.', 'ukraine'],
    ['Kyiv says it will never recognise the annexation.', 'ukraine'],
    ['The Institute for the Study of War assessed that gains were slowing.', 'analysts'],
    ['Analysts suggest the war may continue.', 'analysts'],
    ['Trump said a deal was close.', 'united-states'],
    ['According to the Kremlin, the talks failed.', 'russia'],
    ['“We will not retreat,” said Zelenskiy.', 'ukraine'],
    ['Зеленський заявив, що Україна не вийде з Донбасу.', 'ukraine'],
    ['Песков сообщил журналистам о переговорах.', 'russia'],
    ['ISW: Russian gains slow', 'analysts'],
    ['Russian forces advanced near Pokrovsk.', 'outlet'],
    ['Moscow controls about 20% of Ukrainian territory.', 'outlet'],
  ])('%s → %s', (text, want) => expect(party(text)).toBe(want));

  it('carries the speaker into "He added…" and quotations', () => {
    const putin: Speaker = { party: 'russia', name: 'Putin' };
    expect(party('He added that the plan was a starting point.', putin)).toBe('russia');
    expect(party('However, he emphasized that troops must withdraw.', putin)).toBe('russia');
    expect(party('“Every word is important.”', putin)).toBe('russia');
    expect(party('Fighting continued overnight.', putin)).toBe('outlet');
  });
});

describe('findTopics', () => {
  it.each([
    ['Putin demands that Ukraine cede Donetsk.', ['claim']],
    ['Russia annexed Crimea in 2014.', ['claim']],
    ['Ukrainian troops must withdraw from Zaporizhzhia.', ['claim']],
    ['Russia claims all of Kherson.', ['claim']],
    ['Russian forces hold most of Luhansk.', ['control']],
    ['Troops captured a village near Pokrovsk.', ['control']],
    ['Russia occupies parts of Kherson.', ['control']],
    ['Russian advances in Donetsk slowed.', ['control']],
    ['Ukraine must cede full control of Donetsk.', ['claim']],
    ['Російські війська контролюють майже всю Луганщину.', ['control']],
    ['Кремль вимагає віддати Донбас.', ['claim']],
    ['Talks resume in Geneva on Monday.', []],
  ])('%s → %j', (text, want) => expect(findTopics(text, linker.profile.claim)).toEqual(want));

  it('ignores words inside skipped spans ("occupied territories" used as a name)', () => {
    const text = 'Troops must withdraw from occupied territories.';
    const at = text.indexOf('occupied territories');
    expect(findTopics(text, linker.profile.claim, [[at, at + 20]])).toEqual(['claim']);
  });
});
