// People found by patterns in text the lexicon does not list, and spelling variants.
import { describe, expect, it } from 'vitest';
import { extractFacts } from './extract.ts';
import { findActors, findPersonCandidates } from './entities.ts';
import { isSpellingVariant } from './people.ts';
import { articleFromText } from './seed-articles.test-helper.ts';

describe('findPersonCandidates', () => {
  const cases = [
    {
      sentence: 'Japanese Prime Minister Shigeru Ishiba met reporters.',
      name: 'Shigeru Ishiba',
      role: 'Prime Minister',
      country: 'JP',
    },
    {
      sentence: 'He met with the Chinese premier, Li Qiang, at the UN.',
      name: 'Li Qiang',
      role: 'Premier',
      country: 'CN',
    },
    {
      sentence: 'Saskatchewan Premier Scott Moe returned optimistic.',
      name: 'Scott Moe',
      role: 'Premier',
      country: 'CA',
    },
    {
      sentence: 'She met Australia’s Anthony Albanese and New Zealand’s Christopher Luxon.',
      name: 'Anthony Albanese',
      role: null,
      country: 'AU',
    },
    {
      sentence: '“It matters,” said Vina Nadjibulla, vice president of the foundation.',
      name: 'Vina Nadjibulla',
      role: 'Vice President',
      country: null,
    },
  ];
  for (const test of cases) {
    it(`finds ${test.name} in "${test.sentence}"`, () => {
      const found = findPersonCandidates(test.sentence).find((c) => c.name === test.name);
      expect(found).toMatchObject({ role: test.role, country: test.country });
      expect(test.sentence.slice(found!.start, found!.end)).toBe(test.name);
    });
  }
  it('does not take a country for a person', () => {
    expect(
      findPersonCandidates('She met Australia’s Anthony Albanese and New Zealand’s Christopher Luxon.').map(
        (c) => c.name,
      ),
    ).not.toContain('New Zealand');
  });
});

describe('actors', () => {
  it('reads names, capitals and governments as acting countries, adjectives as qualifiers, and skips "non-US"', () => {
    const found = findActors(
      "Ottawa followed the Biden administration's lead on Chinese EVs, doubling non-US exports.",
    );
    expect(found.map((a) => [a.code, a.form, a.possessive])).toEqual([
      ['CA', 'name', false],
      ['US', 'name', true],
      ['CN', 'adjective', false],
    ]);
  });
});

describe('people across articles', () => {
  it('treats a one-letter surname difference as one person with a name conflict', () => {
    expect(isSpellingVariant('Michael Kovrig', 'Michael Kovring')).toBe(true);
    expect(isSpellingVariant('Michael Kovrig', 'Michael Spavor')).toBe(false);
    expect(isSpellingVariant('Anna Lee', 'Anna Leo')).toBe(false);
  });

  it('resolves short names, descriptions and pronouns to the person', () => {
    const text =
      'Mexican President Claudia Sheinbaum arrived in Tokyo. The president met Japanese Prime Minister Shigeru Ishiba on Monday. She will meet with Ishiba again next week.';
    const facts = extractFacts([
      articleFromText('fixtures/people.txt', text, {
        published: { value: '2025-06-11', precision: 'day', source: 'front-matter' },
      }),
    ]);
    expect(facts.people.map((p) => `${p.name}|${p.role}|${p.country}`)).toEqual([
      'Claudia Sheinbaum|President|MX',
      'Shigeru Ishiba|Prime Minister|JP',
    ]);
    const held = facts.meetings.find((m) => m.status === 'held')!;
    expect(held).toMatchObject({
      participants: ['person-claudia-sheinbaum', 'person-shigeru-ishiba'],
      date: { value: '2025-06-09', precision: 'day' },
      place: 'place-jp-tokyo',
    });
  });
});
