// Timeline events from an unseen article: dates resolved along the narrative, categories, merging, undated reports.
import { describe, expect, it } from 'vitest';
import { extractFacts } from './extract.ts';
import { articleFromText } from './seed-articles.test-helper.ts';

describe('events in unseen articles', () => {
  const first = [
    'In March 2019, Philippine authorities arrested Maria Santos, a Canadian citizen.',
    'A few days later, Canadian diplomat John Keller was detained in Manila.',
    'In June 2020, Santos was released.',
    'Earlier, Canada signed a trade deal with Indonesia last month.',
  ].join(' ');
  const second = 'Canadian citizen Maria Santos was arrested in 2019 by Philippine authorities. Keller was detained in March 2019, officials said.';
  const facts = extractFacts([
    articleFromText('fixtures/a.txt', first, { published: { value: '2025-11-02', precision: 'day', source: 'front-matter' } }),
    articleFromText('fixtures/b.txt', second),
  ]);
  const byTitle = (pattern: RegExp) => facts.events.filter((e) => pattern.test(e.title));

  it('dates an arrest and resolves "A few days later" against the previous dated sentence', () => {
    const santos = facts.events.find((e) => e.relatedIds.includes('person-maria-santos') && /arrest/.test(e.title))!;
    expect(santos).toMatchObject({ category: 'detention/consular', date: { value: '2019-03', precision: 'month' } });
    const keller = facts.events.find((e) => e.relatedIds.join() === 'person-john-keller')!;
    expect(keller.date).toEqual({ value: '2019-03', precision: 'month' });
  });

  it('merges the same event reported by two articles, keeping the more precise date and both quotes', () => {
    const santos = facts.events.find((e) => e.relatedIds.includes('person-maria-santos') && /arrest/.test(e.title))!;
    expect(santos.articleCount).toBe(2);
    expect(santos.evidence.map((e) => e.quote)).toContain('Canadian citizen Maria Santos was arrested in 2019 by Philippine authorities.');
  });

  it('keeps a release as its own event, after the arrest', () => {
    const release = facts.events.find((e) => /released/.test(e.title))!;
    expect(release.date).toEqual({ value: '2020-06', precision: 'month' });
    expect(facts.events.indexOf(release)).toBeGreaterThan(facts.events.findIndex((e) => /arrest/.test(e.title)));
  });

  it('puts an event whose date cannot be anchored on the timeline undated, never at a guessed date', () => {
    const deal = byTitle(/trade deal with Indonesia/)[0]!;
    expect(deal).toMatchObject({ category: 'agreement', date: null });
    expect(facts.events[facts.events.length - 1]!.date).toBeNull();
    expect(facts.unresolvedDates.some((u) => u.file === 'fixtures/a.txt' && u.phrase === 'last month')).toBe(true);
  });
});
