// Meetings in news prose: which date and place belong to the meeting word, held or planned, calls, datelined reports
// and merges across articles. All sentences below are MADE UP (red-team probes in the style of Reuters, CP and the
// Globe); they are not corpus sentences.
import { describe, expect, it } from 'vitest';
import { extractFacts } from './extract.ts';
import { articleFromText } from './seed-articles.test-helper.ts';

const dayOf = (value: string) => ({ published: { value, precision: 'day' as const, source: 'front-matter' as const } });
const meetingsOf = (texts: [string, string][]) =>
  extractFacts(
    texts.map(([day, text], i) => articleFromText(`fixtures/news-${i}.txt`, text, dayOf(day), i)),
  ).meetings.map((m) =>
    [m.participants.map((p) => p.replace('person-', '')).join('+'), m.status, m.date?.value ?? null, m.place].join(' '),
  );

describe('meetings in news prose (made-up probes)', () => {
  it('dates a meeting by the date nearest its verb, not by an arrival told before it', () => {
    const text =
      'Prime Minister Mark Carney arrived in Beijing on Wednesday and met Chinese Premier Li Qiang on Thursday before sitting down with President Xi Jinping.';
    expect(meetingsOf([['2026-01-16', text]])).toContain('li-qiang+mark-carney held 2026-01-15 place-cn-beijing');
  });

  it('reads "travelled to X to meet Y" as held, and keeps it apart from a plan of months before', () => {
    const plan =
      'Finance Minister Dominic LeBlanc is expected to meet U.S. Commerce Secretary Howard Lutnick in Washington later this week.';
    const held =
      'Intergovernmental Affairs Minister Dominic LeBlanc travelled to Washington last week to meet Commerce Secretary Howard Lutnick.';
    const found = meetingsOf([
      ['2025-03-04', plan],
      ['2025-06-04', held],
    ]);
    expect(found).toHaveLength(2);
    expect(found.filter((m) => m.includes(' held '))).toHaveLength(1);
    expect(found.filter((m) => m.includes(' planned 2025-03'))).toHaveLength(1);
  });

  it('reads "spoke with … and said the two leaders agreed to intensify talks" as a call, not a meeting', () => {
    const text =
      'Prime Minister Mark Carney spoke with U.S. President Donald Trump on Thursday and said the two leaders agreed to intensify talks on steel, aluminum, energy and lumber.';
    expect(meetingsOf([['2025-08-22', text]])).toEqual([]);
  });

  it('dates an undated meeting of a datelined report by its publication and dateline, apart from one months before', () => {
    const beijing =
      'BEIJING, Jan 16 (Reuters) - Prime Minister Mark Carney, speaking to reporters after talks with President Xi Jinping at the Great Hall of the People, said ties had turned a corner.';
    const gyeongju =
      'GYEONGJU, South Korea, Oct 31 (Reuters) - Canadian Prime Minister Mark Carney met Chinese President Xi Jinping on Friday.';
    expect(
      meetingsOf([
        ['2026-01-16', beijing],
        ['2025-10-31', gyeongju],
      ]).sort(),
    ).toEqual([
      'mark-carney+xi-jinping held 2025-10-31 place-kr-gyeongju',
      'mark-carney+xi-jinping held 2026-01-16 place-cn-beijing',
    ]);
  });

  it("joins a next-day datelined report to the meeting the day before, keeping that meeting's day", () => {
    const first =
      'BEIJING, Jan 16 (Reuters) - Prime Minister Mark Carney held talks with President Xi Jinping at the Great Hall of the People on Friday.';
    const next =
      'BEIJING, Jan 17 (Reuters) - Speaking after his talks with Xi Jinping, Prime Minister Mark Carney said the relationship had turned a corner.';
    expect(
      meetingsOf([
        ['2026-01-16', first],
        ['2026-01-17', next],
      ]),
    ).toEqual(['mark-carney+xi-jinping held 2026-01-16 place-cn-beijing']);
  });

  it('does not date by the dateline a meeting told as earlier and elsewhere', () => {
    const text =
      'GYEONGJU, South Korea, Oct 31 (Reuters) - Prime Minister Mark Carney met Chinese President Xi Jinping on Friday. Carney had earlier attended the ASEAN summit in Kuala Lumpur and visited Singapore, where he met Prime Minister Lawrence Wong.';
    expect(meetingsOf([['2025-10-31', text]])).toContain('lawrence-wong+mark-carney held  place-sg-singapore');
  });

  it("places a foreign leader's meeting in the leader's own country, at the one city the article names there", () => {
    const text =
      'Mr. Carney will attend the Association of Southeast Asian Nations summit in Kuala Lumpur on Sunday and Monday, then travel to Singapore on Tuesday. The Prime Minister’s Office said he would meet Malaysian Prime Minister Anwar Ibrahim and Singapore’s Prime Minister Lawrence Wong.';
    const found = meetingsOf([['2025-10-24', `Prime Minister Mark Carney leaves for Asia on Friday. ${text}`]]);
    expect(found.find((m) => m.startsWith('lawrence-wong+mark-carney'))).toMatch(/place-sg-singapore$/);
    expect(found.find((m) => m.startsWith('anwar-ibrahim+mark-carney'))).toMatch(/place-my-kuala-lumpur$/);
  });

  it('keeps a second counterpart after a place and a date, or after a relative clause', () => {
    const places =
      'Prime Minister Mark Carney will meet Malaysian Prime Minister Anwar Ibrahim in Kuala Lumpur on Sunday and Singapore’s Prime Minister Lawrence Wong in Singapore on Tuesday.';
    expect(meetingsOf([['2025-10-24', places]]).sort()).toEqual([
      'anwar-ibrahim+mark-carney planned 2025-10-26 place-my-kuala-lumpur',
      'lawrence-wong+mark-carney planned 2025-10-28 place-sg-singapore',
    ]);
    const relative =
      'Prime Minister Mark Carney will also meet Japanese Prime Minister Sanae Takaichi, who took office this week, and South Korean President Lee Jae-myung.';
    expect(
      meetingsOf([['2025-10-24', relative]])
        .map((m) => m.split(' ')[0])
        .sort(),
    ).toEqual(['lee-jae-myung+mark-carney', 'mark-carney+sanae-takaichi']);
  });

  it("takes no place from another clause's plan", () => {
    const text =
      'Prime Minister Mark Carney met Chinese Premier Li Qiang on Thursday and is set to meet business leaders in Shanghai on Saturday.';
    const found = meetingsOf([['2026-01-16', text]]);
    expect(found).toHaveLength(1);
    expect(found[0]).not.toMatch(/shanghai/);
  });
});

describe("a traveller's stop (made-up probe sentences)", () => {
  it("places a planned meeting at a stop only of one of its participants, not at another minister's", () => {
    const text =
      'Finance Minister Dominic LeBlanc travelled to Washington last week to meet Commerce Secretary Howard Lutnick. Prime Minister Mark Carney is due to host the G7 leaders’ summit next month, and Carney is expected to meet U.S. President Donald Trump.';
    const found = meetingsOf([['2025-06-04', text]]);
    expect(found.find((m) => m.startsWith('donald-trump+mark-carney'))).not.toMatch(/washington/);
  });
});

describe('more news phrasings (made-up probe sentences)', () => {
  it('reads a subject across a relative clause ("Carney, who became …, met Xi")', () => {
    const text =
      'Prime Minister Mark Carney, who became the first Canadian leader to visit China since 2017, met President Xi Jinping for about an hour.';
    expect(meetingsOf([['2026-01-16', text]]).map((m) => m.split(' ')[0])).toEqual(['mark-carney+xi-jinping']);
  });
  it('reads "during an Oval Office meeting" as a meeting of the two the clause names', () => {
    const text =
      'WASHINGTON (Reuters) - U.S. President Donald Trump praised Prime Minister Mark Carney as a "world-class leader" during an Oval Office meeting on Tuesday.';
    expect(meetingsOf([['2025-10-07', text]])).toEqual([
      'donald-trump+mark-carney held 2025-10-07 place-us-washington',
    ]);
  });
  it('reads no meeting with the host of "a dinner hosted by …"', () => {
    const text =
      'Prime Minister Mark Carney said he apologized to U.S. President Donald Trump during a dinner hosted by South Korean President Lee Jae-myung.';
    expect(meetingsOf([['2025-11-02', text]])).toEqual([]);
  });
  it('places a meeting held within days of a datelined report in the dateline city', () => {
    const text =
      'KUALA LUMPUR (Reuters) - Prime Minister Mark Carney met Philippine President Ferdinand Marcos Jr. and Malaysian Prime Minister Anwar Ibrahim on Monday.';
    expect(meetingsOf([['2025-10-27', text]]).sort()).toEqual([
      'anwar-ibrahim+mark-carney held 2025-10-27 place-my-kuala-lumpur',
      'ferdinand-marcos-jr+mark-carney held 2025-10-27 place-my-kuala-lumpur',
    ]);
  });
});

describe('undated reports join only meetings their own date allows (made-up probe sentences)', () => {
  it('keeps an undated plan apart from a meeting held before the plan was reported', () => {
    const held = 'Prime Minister Mark Carney met Chinese President Xi Jinping in Gyeongju on Friday.';
    const plan = 'Prime Minister Mark Carney is expected to meet Chinese President Xi Jinping, officials said.';
    const found = meetingsOf([
      ['2025-10-31', held],
      ['2025-12-01', plan],
    ]);
    expect(found.sort()).toEqual([
      'mark-carney+xi-jinping held 2025-10-31 place-kr-gyeongju',
      'mark-carney+xi-jinping planned  ',
    ]);
  });
});

describe('a preview dates a planned meeting by its stop (made-up probe sentences)', () => {
  it('takes the one day a preview gives the stop, not a stop of several days', () => {
    const text =
      'Prime Minister Mark Carney will attend the ASEAN summit in Kuala Lumpur on Sunday and Monday, then travel to Singapore on Tuesday. The Prime Minister’s Office said he would meet Malaysian Prime Minister Anwar Ibrahim and Singapore’s Prime Minister Lawrence Wong.';
    const found = meetingsOf([['2025-10-24', text]]);
    expect(found.find((m) => m.startsWith('lawrence-wong+mark-carney'))).toBe(
      'lawrence-wong+mark-carney planned 2025-10-28 place-sg-singapore',
    );
    expect(found.find((m) => m.startsWith('anwar-ibrahim+mark-carney'))).toBe(
      'anwar-ibrahim+mark-carney planned  place-my-kuala-lumpur',
    );
  });
  it('joins a plan dated by its stop to the meeting held a day later', () => {
    const preview =
      'Prime Minister Mark Carney will travel to Singapore on Tuesday, where he will meet Prime Minister Lawrence Wong.';
    const held =
      'SINGAPORE, Oct. 29, 2025 /CNW/ - Today, the Prime Minister, Mark Carney, met with the Prime Minister of Singapore, Lawrence Wong.';
    expect(
      meetingsOf([
        ['2025-10-24', preview],
        ['2025-10-29', held],
      ]),
    ).toEqual(['lawrence-wong+mark-carney held 2025-10-29 place-sg-singapore']);
  });
});

describe('a negation of another clause (made-up probe sentence)', () => {
  it('reads "left … without a deal after meeting with Trump" as a meeting held', () => {
    const text =
      'WASHINGTON — Prime Minister Mark Carney left the White House on Tuesday without a deal after meeting with President Donald Trump.';
    expect(meetingsOf([['2025-10-08', text]])).toEqual([
      'donald-trump+mark-carney held 2025-10-07 place-us-washington',
    ]);
  });
});

describe('calls and durations (made-up probe sentences)', () => {
  it('reads talks "by video conference" or "on the phone" as a call', () => {
    expect(
      meetingsOf([
        [
          '2025-08-22',
          'Prime Minister Mark Carney and U.S. President Donald Trump held talks by video conference on Thursday.',
        ],
      ]),
    ).toEqual([]);
    expect(
      meetingsOf([
        ['2025-08-22', 'Prime Minister Mark Carney spoke to U.S. President Donald Trump on the phone on Thursday.'],
      ]),
    ).toEqual([]);
  });
  it('reads how long a meeting "lasted"', () => {
    const text =
      'The meeting between Prime Minister Mark Carney and Chinese President Xi Jinping lasted about 40 minutes.';
    const facts = extractFacts([articleFromText('fixtures/lasted.txt', text, dayOf('2025-10-31'))]);
    expect(facts.meetings.map((m) => m.durationMinutes)).toEqual([40]);
  });
});

describe('talks as negotiations (made-up probe sentence)', () => {
  it('reads "agreed to resume talks" as negotiations, not a meeting', () => {
    const text =
      'Prime Minister Mark Carney and U.S. President Donald Trump agreed to resume talks on steel and aluminum.';
    expect(meetingsOf([['2025-10-31', text]])).toEqual([]);
  });
});

describe('talks as negotiations, led or ongoing (made-up probe sentence)', () => {
  it('reads "leading talks with" and "in talks with" as negotiations', () => {
    expect(
      meetingsOf([
        [
          '2025-08-20',
          'Trade Minister Dominic LeBlanc has been leading talks with U.S. Commerce Secretary Howard Lutnick since March.',
        ],
      ]),
    ).toEqual([]);
    expect(
      meetingsOf([
        [
          '2025-08-20',
          'Trade Minister Dominic LeBlanc is in talks with U.S. Commerce Secretary Howard Lutnick on steel.',
        ],
      ]),
    ).toEqual([]);
  });
});

describe("a planned meeting at the visitor's stop in the leader's country (made-up probe sentences)", () => {
  const tour =
    'Prime Minister Mark Carney will attend the ASEAN summit in Kuala Lumpur on Sunday, then travel to Singapore on Tuesday before heading to Gyeongju, South Korea.';
  it("places a plan with South Korea's president at the visitor's one Korean stop, and none for a country he does not visit", () => {
    const text = `${tour} Mr. Carney will also meet Japanese Prime Minister Sanae Takaichi, who took office this week, and South Korean President Lee Jae-myung.`;
    const found = meetingsOf([['2025-10-24', text]]);
    expect(found.find((m) => m.startsWith('lee-jae-myung+mark-carney'))).toMatch(/place-kr-gyeongju$/);
    expect(found.find((m) => m.startsWith('mark-carney+sanae-takaichi'))).toMatch(/ $/);
  });
  it('takes no stop of another traveller', () => {
    const text =
      'Foreign Affairs Minister Anita Anand will travel to Seoul on Monday. Prime Minister Mark Carney will meet South Korean President Lee Jae-myung.';
    expect(meetingsOf([['2025-10-24', text]]).find((m) => m.startsWith('lee-jae-myung+mark-carney'))).not.toMatch(
      /seoul/,
    );
  });
});

describe("the dateline dates only the lead's undated meeting (made-up probe sentences)", () => {
  it('does not date by the publication an undated meeting told deep in the report', () => {
    const filler =
      'Canola prices rose. Farmers welcomed the news. Analysts were cautious. Exporters said more was needed.';
    const text = `OTTAWA, Jan 20 (Reuters) - ${filler} Prime Minister Mark Carney met Chinese President Xi Jinping.`;
    expect(meetingsOf([['2026-01-20', text]])).toEqual(['mark-carney+xi-jinping held  ']);
  });
});

describe('an undated "after X met Y" months after their dated meeting (made-up probe sentences)', () => {
  it('keeps a report of January apart from the October meeting: the two may have met again', () => {
    const october = 'Prime Minister Mark Carney met Chinese President Xi Jinping in Gyeongju on Oct. 31.';
    const january =
      'The agreement, announced after Mark Carney met Chinese President Xi Jinping, drew criticism at home.';
    const found = meetingsOf([
      ['2025-11-01', october],
      ['2026-01-17', january],
    ]);
    expect(found).toContain('mark-carney+xi-jinping held 2025-10-31 place-kr-gyeongju');
    expect(found.filter((m) => m.includes(' held 2025-10-31'))).toHaveLength(1);
    expect(found).toHaveLength(2);
  });
});
