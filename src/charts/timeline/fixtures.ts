// Plain-object fixtures for the timeline's unit tests: a few facts shaped like the seeds' (Trudeau 2017, the
// arrests of December 2018, the tariffs of October 2024, the canola duty whose date the articles dispute, 31 October 2025).
import type { Conflict, Dataset, EventCategory, FactDate, Measure, Meeting, TimelineEvent } from '../../lib/dataset.ts';

export function event(
  id: string,
  date: FactDate | null,
  category: EventCategory,
  relatedIds: string[] = [],
  title = id,
): TimelineEvent {
  return {
    id,
    provenance: 'extracted',
    evidence: [{ articleId: 'a1', start: 0, end: 5, quote: `quote ${id}` }],
    articleCount: 1,
    date,
    title,
    category,
    relatedIds,
  };
}

export function meeting(id: string, date: FactDate | null, title = id): Meeting {
  return {
    id,
    provenance: 'extracted',
    evidence: [],
    articleCount: 1,
    participants: ['person-a', 'person-b'],
    place: null,
    date,
    status: 'held',
    occasion: null,
    durationMinutes: null,
    title,
  };
}

export function measure(id: string, date: FactDate | null, label = id): Measure {
  return {
    id,
    provenance: 'extracted',
    evidence: [],
    articleCount: 1,
    imposer: 'CN',
    target: 'CA',
    products: ['canola seed'],
    productFamilies: ['agri-food'],
    ratePct: 76,
    kind: 'anti-dumping duty',
    action: 'impose',
    date,
    respondsTo: [],
    label,
  };
}

export const day = (value: string): FactDate => ({ value, precision: 'day' });
export const month = (value: string): FactDate => ({ value, precision: 'month' });
export const year = (value: string): FactDate => ({ value, precision: 'year' });

export function storyDataset(): Pick<Dataset, 'events' | 'meetings' | 'measures' | 'conflicts'> {
  const conflicts: Conflict[] = [
    {
      id: 'conflict-date-measure-canola',
      factId: 'measure-canola',
      field: 'date',
      subject: 'Date of the canola duty',
      sides: [
        { value: '2025-03', evidence: [] },
        { value: '2025-08', evidence: [] },
      ],
    },
    {
      id: 'conflict-name-kovrig',
      factId: 'person-kovrig',
      field: 'name',
      subject: 'Spelling',
      sides: [
        { value: 'Kovrig', evidence: [] },
        { value: 'Kovrik', evidence: [] },
      ],
    },
  ];
  return {
    events: [
      event('event-carney-xi', day('2025-10-31'), 'meeting', ['meeting-carney-xi']),
      event('event-trudeau-2017', year('2017'), 'meeting', ['meeting-trudeau-2017']),
      event('event-arrests', month('2018-12'), 'detention/consular'),
      event('event-canola', month('2025-03'), 'trade measure', ['measure-canola']),
      event('event-trump-ends-talks', null, 'statement'),
    ],
    meetings: [
      meeting('meeting-carney-xi', day('2025-10-31')),
      meeting('meeting-trudeau-2017', year('2017')),
      meeting('meeting-li-carney', month('2025-09')),
      meeting('meeting-undated', null),
    ],
    measures: [
      measure('measure-canola', month('2025-03')),
      measure('measure-evs', month('2024-10')),
      measure('measure-undated', null),
    ],
    conflicts,
  };
}
