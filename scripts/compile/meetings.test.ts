// Meetings from unseen text: who, where, when, held or planned, and where articles disagree.
import { describe, expect, it } from 'vitest';
import { extractFacts } from './extract.ts';
import { articleFromText } from './seed-articles.test-helper.ts';

const published = { value: '2025-11-02', precision: 'day' as const, source: 'front-matter' as const };

describe('meetings', () => {
  it('merges a planned and a held report of one meeting into one held record with both quotes', () => {
    const planned = articleFromText(
      'fixtures/planned.txt',
      'Prime Minister Mark Carney hopes to meet Japanese Prime Minister Shigeru Ishiba in Tokyo next week.',
      {
        published: { value: '2025-10-26', precision: 'day', source: 'front-matter' },
      },
    );
    const held = articleFromText('fixtures/held.txt', 'Carney met Ishiba in Tokyo on Friday, officials said.', {
      published,
    });
    const facts = extractFacts([planned, held]);
    expect(facts.meetings).toHaveLength(1);
    expect(facts.meetings[0]).toMatchObject({
      status: 'held',
      place: 'place-jp-tokyo',
      date: { value: '2025-10-31', precision: 'day' },
      articleCount: 2,
    });
  });

  it('keeps meetings of the same pair in different years apart', () => {
    const text = 'Trudeau and Xi spoke on the margins of the G20 in 2019 and again in 2022.';
    const facts = extractFacts([articleFromText('fixtures/g20.txt', text, { published })]);
    expect(facts.meetings.map((m) => m.date?.value)).toEqual(['2019', '2022']);
    expect(facts.meetings.every((m) => m.participants.join() === 'person-justin-trudeau,person-xi-jinping')).toBe(true);
  });

  it('ignores a meeting the text says is not happening', () => {
    const facts = extractFacts([
      articleFromText(
        'fixtures/none.txt',
        'There is no bilateral meeting scheduled between Carney and Trump at the summit.',
        { published },
      ),
    ]);
    expect(facts.meetings).toEqual([]);
  });

  it('flags two articles that put the same meeting in different cities', () => {
    const a = articleFromText(
      'fixtures/a.txt',
      'Prime Minister Mark Carney met Japanese Prime Minister Shigeru Ishiba in Tokyo on Friday.',
      { published },
    );
    const b = articleFromText(
      'fixtures/b.txt',
      'Prime Minister Mark Carney met Japanese Prime Minister Shigeru Ishiba in Seoul on Friday.',
      { published },
    );
    const c = articleFromText('fixtures/c.txt', 'Japan’s Shigeru Ishiba met with Carney in Tokyo on Friday.', {
      published,
    });
    const facts = extractFacts([a, b, c]);
    expect(facts.meetings).toHaveLength(1);
    expect(facts.meetings[0]!.place).toBe('place-jp-tokyo');
    const conflict = facts.conflicts.find((x) => x.field === 'place')!;
    expect(conflict.factId).toBe(facts.meetings[0]!.id);
    expect(conflict.sides.map((s) => [s.value, s.evidence.length])).toEqual([
      ['Seoul', 1],
      ['Tokyo', 2],
    ]);
  });
});

describe('meetings in a where-clause', () => {
  it('takes the place and time of the where-clause, not of the sentence', () => {
    const text =
      'Indian Prime Minister Narendra Modi arrived in Washington on Wednesday after a stop in Paris, where he met French President Emmanuel Macron.';
    const facts = extractFacts([
      articleFromText('fixtures/modi.txt', text, {
        published: { value: '2025-09-04', precision: 'day', source: 'front-matter' },
      }),
    ]);
    expect(facts.meetings).toHaveLength(1);
    expect(facts.meetings[0]).toMatchObject({
      participants: ['person-emmanuel-macron', 'person-narendra-modi'],
      place: 'place-fr-paris',
      date: null,
      status: 'held',
    });
    expect(facts.events.filter((e) => e.category === 'meeting').map((e) => e.date)).toEqual([null]);
  });
});

describe('meetings in government readouts', () => {
  const dayOf = (value: string) => ({
    published: { value, precision: 'day' as const, source: 'front-matter' as const },
  });

  it('meets each counterpart of a list separately, dated by the visit told just before (16_pmo_strategic_partnership_china.txt)', () => {
    const text = [
      'To forge a new Canada-China partnership, the Prime Minister, Mark Carney, visited Beijing, the People’s Republic of China, this week.',
      'This marked the first visit to China by a Canadian Prime Minister since 2017.',
      'In Beijing, Prime Minister Carney met with the President of China, Xi Jinping, the Premier of China, Li Qiang, and the Chairman of the Standing Committee of the National People’s Congress of China, Zhao Leji.',
    ].join(' ');
    const facts = extractFacts([articleFromText('fixtures/16.txt', text, dayOf('2026-01-16'))]);
    expect(facts.meetings.map((m) => [m.participants.join('+'), m.place, m.date?.value, m.status])).toEqual([
      ['person-li-qiang+person-mark-carney', 'place-cn-beijing', '2026-01', 'held'],
      ['person-mark-carney+person-xi-jinping', 'place-cn-beijing', '2026-01', 'held'],
      ['person-mark-carney+person-zhao-leji', 'place-cn-beijing', '2026-01', 'held'],
    ]);
  });

  it('tells a call from a meeting, and keeps the meeting the call plans (29_pmo_call_carney_wong.txt)', () => {
    const text = [
      'CANADA, July 29 - Today, the Prime Minister, Mark Carney, spoke with the Prime Minister of Singapore, Lawrence Wong.',
      'Prime Minister Carney and Prime Minister Wong welcomed progress toward a Canada-ASEAN free trade agreement and look forward to meeting at the ASEAN Summit in Malaysia in October.',
    ].join('\n\n');
    const facts = extractFacts([articleFromText('fixtures/29.txt', text, dayOf('2025-07-29'))]);
    expect(facts.meetings).toHaveLength(1);
    expect(facts.meetings[0]).toMatchObject({
      participants: ['person-lawrence-wong', 'person-mark-carney'],
      status: 'planned',
    });
    expect(facts.meetings[0]!.evidence.map((e) => e.quote)).toEqual([
      expect.stringContaining('look forward to meeting'),
    ]);
  });

  it('reads no meeting into "welcomed the dialogue at a meeting of the Commission" nor into a wish (24_pmo_readout_carney_li_qiang_unga.txt)', () => {
    const text = [
      'NEW YORK, Sept. 23, 2025 /CNW/ - Today, the Prime Minister, Mark Carney, met with the Premier of China, Li Qiang, at the 80th Session of the United Nations General Assembly.',
      'The Prime Minister and the Premier welcomed the constructive dialogue at a meeting of the Joint Economic and Trade Commission that took place in Canada in August to revitalise the trade relationship.',
      "The leaders agreed to remain in contact and affirmed their interest in holding a subsequent leaders' meeting.",
    ].join('\n\n');
    const facts = extractFacts([articleFromText('fixtures/24.txt', text, dayOf('2025-09-23'))]);
    expect(facts.meetings.map((m) => [m.participants.join('+'), m.date?.value, m.evidence.length])).toEqual([
      ['person-li-qiang+person-mark-carney', '2025-09-23', 1],
    ]);
  });

  it('reads a meeting into two leaders announcing together (13_pmo_indo_pacific_partnerships_apec.txt)', () => {
    const text = [
      'Today, the Prime Minister, Mark Carney, concluded his first official visit to the Republic of Korea.',
      'To these ends, Prime Minister Carney and Korean President Lee Jae Myung announced the new Canada-Republic of Korea Security and Defence Cooperation Partnership – the first of its kind for Canada in the Indo-Pacific – deepening cooperation on security, defence, industry, and emerging domains such as cyber, space, and hybrid threats.',
    ].join(' ');
    const facts = extractFacts([articleFromText('fixtures/13.txt', text, dayOf('2025-11-01'))]);
    expect(facts.meetings.map((m) => [m.participants.join('+'), m.status])).toEqual([
      ['person-lee-jae-myung+person-mark-carney', 'held'],
    ]);
  });

  it('reads no meeting into a joint announcement in the readout of a call (29_pmo_call_carney_wong.txt, second sentence made up)', () => {
    const text =
      'CANADA, July 29 - Today, the Prime Minister, Mark Carney, spoke with the Prime Minister of Singapore, Lawrence Wong. Prime Minister Carney and Prime Minister Wong announced a new partnership.';
    expect(extractFacts([articleFromText('fixtures/29b.txt', text, dayOf('2025-07-29'))]).meetings).toEqual([]);
  });

  it("ties 'their meeting' to the meeting its own article reports, not to an earlier one (16_pmo_strategic_partnership_china.txt)", () => {
    const gyeongju = articleFromText(
      'fixtures/12.txt',
      "GYEONGJU, Republic of Korea, Oct. 31, 2025 /CNW/ - Today, the Prime Minister, Mark Carney, met with the President of the People's Republic of China, Xi Jinping, in Gyeongju.",
      dayOf('2025-10-31'),
    );
    const beijing = articleFromText(
      'fixtures/16.txt',
      'To forge a new Canada-China partnership, the Prime Minister, Mark Carney, visited Beijing, the People’s Republic of China, this week. In Beijing, Prime Minister Carney met with the President of China, Xi Jinping. After their meeting, Prime Minister Carney and President Xi released a joint statement outlining the pillars of Canada and China’s new strategic partnership.',
      dayOf('2026-01-16'),
    );
    const facts = extractFacts([gyeongju, beijing]);
    const byMonth = new Map(
      facts.meetings.map((m) => [m.date?.value.slice(0, 7), new Set(m.evidence.map((e) => e.articleId))]),
    );
    expect([...byMonth.get('2025-10')!]).toEqual([gyeongju.id]);
    expect(facts.meetings.find((m) => m.date?.value.startsWith('2026-01'))!.evidence).toHaveLength(2);
  });

  it("places a readout's meeting in its dateline city, and a plan naming another place joins it without a conflict (09 and 29 PMO readouts)", () => {
    const held = articleFromText(
      'fixtures/09.txt',
      'SINGAPORE, Oct. 29, 2025 /CNW/ - Today, the Prime Minister, Mark Carney, met with the Prime Minister of Singapore, Lawrence Wong.',
      dayOf('2025-10-29'),
    );
    const plan = articleFromText(
      'fixtures/29.txt',
      'CANADA, July 29 - Today, the Prime Minister, Mark Carney, spoke with the Prime Minister of Singapore, Lawrence Wong.\n\nPrime Minister Carney and Prime Minister Wong welcomed progress toward a Canada-ASEAN free trade agreement and look forward to meeting at the ASEAN Summit in Malaysia in October.',
      dayOf('2025-07-29'),
    );
    const facts = extractFacts([held, plan]);
    expect(facts.meetings.map((m) => [m.place, m.status, m.date?.value, m.articleCount])).toEqual([
      ['place-sg-singapore', 'held', '2025-10-29', 2],
    ]);
    expect(facts.conflicts.filter((c) => c.field === 'place')).toEqual([]);
  });

  it('puts a planned meeting where the sentence opens ("In Singapore, …") (07_pmo_carney_indo_pacific_trip_announced.txt)', () => {
    const text =
      'In Singapore, the Prime Minister will meet the Prime Minister of Singapore, Lawrence Wong, and senior business leaders to deepen the Canada-Singapore partnership in trade, energy, and technology.';
    const intro =
      'Today, the Prime Minister, Mark Carney, announced that he will travel to Malaysia, Singapore, and the Republic of Korea, from October 24 to November 1, 2025.';
    const facts = extractFacts([articleFromText('fixtures/07.txt', `${intro}\n\n${text}`, dayOf('2025-10-17'))]);
    expect(facts.meetings.map((m) => [m.participants.join('+'), m.place, m.status])).toEqual([
      ['person-lawrence-wong+person-mark-carney', 'place-sg-singapore', 'planned'],
    ]);
  });

  describe('phrasings of news reports (made up, Reuters-style)', () => {
    const read = (text: string) =>
      extractFacts([articleFromText('fixtures/wire.txt', text, dayOf('2026-01-16'))]).meetings.map((m) =>
        m.participants.join('+'),
      );
    it('reads the two a clause names before "during a meeting"', () => {
      expect(
        read(
          'Chinese President Xi Jinping told Prime Minister Mark Carney during a meeting in Beijing that ties had reached a turning point.',
        ),
      ).toEqual(['person-mark-carney+person-xi-jinping']);
    });
    it('keeps a meeting dated after its article planned, whatever the tense ("meets … on Friday" on a Wednesday)', () => {
      const facts = extractFacts([
        articleFromText(
          'fixtures/ahead.txt',
          'Prime Minister Mark Carney meets Chinese President Xi Jinping in Beijing on Friday.',
          dayOf('2026-01-14'),
        ),
      ]);
      expect(facts.meetings.map((m) => [m.status, m.date?.value])).toEqual([['planned', '2026-01-16']]);
    });
    it('takes the subject after an opening "After meeting …," clause', () => {
      expect(
        read(
          'After meeting Chinese Premier Li Qiang on Thursday, Prime Minister Mark Carney said the relationship had turned a corner.',
        ),
      ).toEqual(['person-li-qiang+person-mark-carney']);
    });
    it("reads a plan from the meeting's own clause, not from another clause's 'will'", () => {
      const text =
        'Canada will cut tariffs on Chinese electric vehicles, Prime Minister Mark Carney said on Friday after talks with President Xi Jinping in Beijing.';
      const facts = extractFacts([articleFromText('fixtures/wire2.txt', text, dayOf('2026-01-16'))]);
      expect(facts.meetings.map((m) => [m.participants.join('+'), m.status, m.date?.value])).toEqual([
        ['person-mark-carney+person-xi-jinping', 'held', '2026-01-16'],
      ]);
    });
    it('gives each listed counterpart the date written after it', () => {
      const text =
        'Prime Minister Mark Carney met Chinese President Xi Jinping on Jan. 16 and Chinese Premier Li Qiang on Jan. 15.';
      const facts = extractFacts([articleFromText('fixtures/wire3.txt', text, dayOf('2026-01-17'))]);
      expect(facts.meetings.map((m) => [m.participants.join('+'), m.date?.value]).sort()).toEqual([
        ['person-li-qiang+person-mark-carney', '2026-01-15'],
        ['person-mark-carney+person-xi-jinping', '2026-01-16'],
      ]);
    });
    it("takes the subject before a relative clause and its 'Mr.', and no object from 'her counterpart' (Globe-style)", () => {
      const text =
        'Foreign Affairs Minister Anita Anand, who accompanied Mr. Carney, held separate talks with her counterpart, Wang Yi.';
      expect(read(`Prime Minister Mark Carney arrived in Beijing on Wednesday. ${text}`)).toEqual([
        'person-anita-anand+person-wang-yi',
      ]);
    });
    it('places a meeting as the one just before only when the same people meet', () => {
      const text =
        'Xi told Prime Minister Mark Carney that the turnaround in ties began when the two leaders met in South Korea in October. Carney, the first Canadian leader to visit China since 2017, also met Premier Li Qiang on Thursday.';
      const facts = extractFacts([
        articleFromText(
          'fixtures/wire4.txt',
          `Chinese President Xi Jinping welcomed the deal. ${text}`,
          dayOf('2026-01-16'),
        ),
      ]);
      expect(facts.meetings.find((m) => m.participants.includes('person-li-qiang'))!.place).toBeNull();
    });
    it("reads 'summit with' as a meeting, and a conversation only where the sentence puts the two together", () => {
      expect(
        read("U.S. President Donald Trump's summit with Chinese President Xi Jinping in Busan ended with a truce."),
      ).toEqual(['person-donald-trump+person-xi-jinping']);
      expect(
        read(
          'Prime Minister Justin Trudeau had a brief conversation with Chinese President Xi Jinping on the sidelines of the G20 summit.',
        ),
      ).toEqual(['person-justin-trudeau+person-xi-jinping']);
      expect(
        read('Prime Minister Justin Trudeau had a conversation with U.S. President Donald Trump about tariffs.'),
      ).toEqual([]);
    });
    it('reads no plan into a question or a possibility', () => {
      expect(
        read('Prime Minister Mark Carney declined to say whether he would meet Chinese President Xi Jinping.'),
      ).toEqual([]);
      expect(
        read(
          'Officials did not rule out a possible meeting between Prime Minister Mark Carney and Chinese President Xi Jinping.',
        ),
      ).toEqual([]);
    });
    it('reads a dinner together as a meeting', () => {
      expect(
        read(
          'Prime Minister Justin Trudeau had dinner with U.S. President-elect Donald Trump at Mar-a-Lago on Friday.',
        ),
      ).toEqual(['person-donald-trump+person-justin-trudeau']);
    });
    it('takes "A and B spoke on Monday" with no place for a call', () => {
      expect(
        read('Prime Minister Mark Carney and U.S. President Donald Trump spoke on Monday about steel tariffs.'),
      ).toEqual([]);
    });
    it('takes no guest from a possessive after "welcomed"', () => {
      expect(read("Chinese Ambassador Wang Di said Beijing welcomed Prime Minister Mark Carney's visit.")).toEqual([]);
    });
  });
});
