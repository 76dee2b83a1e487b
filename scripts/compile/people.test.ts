// People named with a title, their country from the "of" phrase, and short forms tied to the full name.
import { describe, expect, it } from 'vitest';
import { extractFacts } from './extract.ts';
import { findTitledPeople } from './person-titles.ts';
import { articleFromText } from './seed-articles.test-helper.ts';

const published = (value: string) => ({
  published: { value, precision: 'day' as const, source: 'front-matter' as const },
});

describe('findTitledPeople', () => {
  const cases = [
    {
      source: '09_pmo_readout_carney_wong.txt',
      sentence:
        'SINGAPORE, Oct. 29, 2025 /CNW/ - Today, the Prime Minister, Mark Carney, met with the Prime Minister of Singapore, Lawrence Wong.',
      expected: { name: 'Lawrence Wong', role: 'Prime Minister', country: 'SG' },
    },
    {
      source: '11_pmo_readout_carney_anutin.txt (headline)',
      sentence: 'Prime Minister Carney meets with Prime Minister of Thailand Anutin Charnvirakul',
      expected: { name: 'Anutin Charnvirakul', role: 'Prime Minister', country: 'TH' },
    },
    {
      source: '10_pmo_readout_carney_lee_jae_myung.txt (headline)',
      sentence: 'Prime Minister Carney meets with President of the Republic of Korea Lee Jae Myung',
      expected: { name: 'Lee Jae Myung', role: 'President', country: 'KR' },
    },
    {
      source: '30_pmo_readout_carney_marcos.txt',
      sentence:
        'CANADA, October 26 - Today, the Prime Minister, Mark Carney, met with the President of the Philippines, Ferdinand Marcos Jr., on the margins of the Association of Southeast Asian Nations (ASEAN) Summit in Kuala Lumpur, Malaysia.',
      expected: { name: 'Ferdinand Marcos Jr.', role: 'President', country: 'PH' },
    },
    {
      source: '16_pmo_strategic_partnership_china.txt',
      sentence:
        'In Beijing, Prime Minister Carney met with the President of China, Xi Jinping, the Premier of China, Li Qiang, and the Chairman of the Standing Committee of the National People’s Congress of China, Zhao Leji.',
      expected: { name: 'Zhao Leji', role: 'Chairman', country: 'CN' },
    },
  ];
  for (const { source, sentence, expected } of cases) {
    it(`finds ${expected.name} as ${expected.role} of ${expected.country} (${source})`, () => {
      expect(findTitledPeople(sentence)).toContainEqual(expect.objectContaining(expected));
    });
  }

  it('finds a name set before a title by a comma, camel-case surname included (23_financecanada_counter_tariffs_us.txt)', () => {
    const sentence =
      'Today, the Honourable Dominic LeBlanc, Minister of Finance and Intergovernmental Affairs, and the Honourable Mélanie Joly, Minister of Foreign Affairs, announced that i';
    expect(findTitledPeople(sentence)).toContainEqual(
      expect.objectContaining({ name: 'Dominic LeBlanc', role: 'Finance Minister' }),
    );
  });

  it("gives an ambassador 'to' a country the possessive's country, not the host's (a Reuters-style sentence, made up)", () => {
    const found = findTitledPeople("Canada's ambassador to China, Guy Saint-Jacques, said the meeting was important.");
    expect(found).toContainEqual(
      expect.objectContaining({ name: 'Guy Saint-Jacques', role: 'Ambassador', country: 'CA' }),
    );
  });

  it('finds a name right after a title, with the country written before it (a Reuters-style sentence, made up)', () => {
    const found = findTitledPeople('LeBlanc met U.S. Commerce Secretary Howard Lutnick in Washington.');
    expect(found).toEqual([
      expect.objectContaining({ name: 'Howard Lutnick', role: 'Commerce Secretary', country: 'US' }),
    ]);
  });

  it('opens a name after a title with a family name the tagger reads as a pronoun (made up)', () => {
    expect(
      findTitledPeople(
        'Chinese Vice Premier He Lifeng met U.S. Treasury Secretary Scott Bessent in Geneva in May.',
      ).map((p) => [p.name, p.role, p.country]),
    ).toEqual([
      ['He Lifeng', 'Vice Premier', 'CN'],
      ['Scott Bessent', 'Treasury Secretary', 'US'],
    ]);
  });

  it('takes no institution for a name after an "of" phrase (24_pmo_readout_carney_li_qiang_unga.txt)', () => {
    const sentence =
      'The Prime Minister and the Premier welcomed the constructive dialogue at a meeting of the Joint Economic and Trade Commission that took place in Canada in August to revitalise the trade relationship.';
    expect(findTitledPeople(sentence)).toEqual([]);
  });
});

describe('the people registry across articles', () => {
  it('ties "Premier Li" to Li Qiang, named in full in another article (12 and 24 PMO readouts)', () => {
    const unga = articleFromText(
      '24.txt',
      'NEW YORK, Sept. 23, 2025 /CNW/ - Today, the Prime Minister, Mark Carney, met with the Premier of China, Li Qiang, at the 80th Session of the United Nations General Assembly.',
      published('2025-09-23'),
    );
    const gyeongju = articleFromText(
      '12.txt',
      "They affirmed their commitment to renewing the relationship between their two countries in a pragmatic and constructive way – building on recent engagement, including Prime Minister Carney's meeting with Premier Li at the United Nations General Assembly, and the visit from Foreign Affairs Minister, Anita Anand, as well as the Premier of Saskatchewan.",
      published('2025-10-31'),
    );
    const facts = extractFacts([unga, gyeongju]);
    const li = facts.people.find((p) => p.name === 'Li Qiang')!;
    expect(li.aliases).toContain('Li');
    expect(new Set(li.evidence.map((e) => e.articleId)).size).toBe(2);
    expect(facts.meetings.filter((m) => m.participants.join() === 'person-li-qiang,person-mark-carney')).toHaveLength(
      1,
    );
  });

  it('keeps a headline verb out of the name (15_mfa_xi_meets_carney_beijing.txt)', () => {
    const facts = extractFacts([
      articleFromText(
        '15.txt',
        'President Xi Jinping Meets with Canadian Prime Minister Mark Carney\n\nOn the morning of January 16, President Xi Jinping met with Canadian Prime Minister Mark Carney.',
        published('2026-01-16'),
      ),
    ]);
    expect(facts.people.map((p) => p.name).sort()).toEqual(['Mark Carney', 'Xi Jinping']);
  });

  it('drops an honorific before a known name (23_financecanada_counter_tariffs_us.txt)', () => {
    const text =
      'Today, the Honourable Mélanie Joly, Minister of Foreign Affairs, announced that the government would respond.';
    const facts = extractFacts([articleFromText('23.txt', text, published('2025-03-04'))]);
    expect(facts.people.map((p) => p.name)).toEqual(['Mélanie Joly']);
  });

  it('ties "President Marcos Jr." to Ferdinand Marcos Jr. (30_pmo_readout_carney_marcos.txt)', () => {
    const text =
      'CANADA, October 26 - Today, the Prime Minister, Mark Carney, met with the President of the Philippines, Ferdinand Marcos Jr., on the margins of the Association of Southeast Asian Nations (ASEAN) Summit in Kuala Lumpur, Malaysia.\n\nPrime Minister Carney and President Marcos Jr. welcomed the opportunity for a bilateral visit at the earliest opportunity and agreed to remain in close contact.';
    const facts = extractFacts([articleFromText('30.txt', text, published('2025-10-26'))]);
    const marcos = facts.people.filter((p) => /Marcos/.test(p.name));
    expect(marcos.map((p) => [p.name, p.role, p.country])).toEqual([['Ferdinand Marcos Jr.', 'President', 'PH']]);
  });

  it("reads a government release's unqualified 'the Prime Minister' as that government's (07_pmo_carney_indo_pacific_trip_announced.txt)", () => {
    const text =
      'In Singapore, the Prime Minister will meet the Prime Minister of Singapore, Lawrence Wong, and senior business leaders. Prime Minister Wong and Prime Minister Carney will discuss trade. Lawrence Wong welcomed the visit.';
    const article = { ...articleFromText('07.txt', text, published('2025-10-17')), outlet: 'Prime Minister of Canada' };
    const facts = extractFacts([article]);
    expect(facts.meetings.map((m) => m.participants.join('+'))).toContain('person-lawrence-wong+person-mark-carney');
  });

  it("reads no known short form into another name ('Li Chenggang' is not Premier Li; made up, Reuters-style)", () => {
    const text =
      'Chinese Premier Li Qiang met Prime Minister Mark Carney on Thursday. Li Chenggang, China’s trade negotiator, met Trade Representative Jamieson Greer in Geneva.';
    const facts = extractFacts([articleFromText('wire.txt', text, published('2026-01-16'))]);
    expect(facts.meetings.map((m) => m.participants.join('+'))).toEqual(['person-li-qiang+person-mark-carney']);
  });
});
