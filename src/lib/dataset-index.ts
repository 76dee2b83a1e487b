// Facts by id, built once per dataset: `indexDataset(dataset).places.get(id)` instead of a `.find` per lookup or a
// `new Map(…)` per component.
//
// API
//   indexDataset(dataset)   { measures, meetings, places, people, events, articles, conflicts, stops }: Maps by id
//                           (stops: the trip's); a collection the argument lacks gives an empty Map
//   byIdMap(list)           one Map by id for any list of { id } (the same Map for the same array)
//
// Memoised per array in a WeakMap, so a `Pick<Dataset, 'places'>` made on the fly hits the same Maps as the dataset
// it was picked from, and a dataset dropped by the page is garbage-collected with its index. The dataset is never
// modified after loading; an array changed in place after indexing would leave its Map stale.
import type {
  Article,
  Conflict,
  Dataset,
  Measure,
  Meeting,
  Person,
  Place,
  TimelineEvent,
  TripStop,
} from './dataset.ts';

const MAPS = new WeakMap<readonly { id: string }[], ReadonlyMap<string, unknown>>();

/** A Map by id of the list's items (the first of a repeated id wins, as `.find` would). Built once per array. */
export function byIdMap<T extends { id: string }>(list: readonly T[]): ReadonlyMap<string, T> {
  let map = MAPS.get(list) as ReadonlyMap<string, T> | undefined;
  if (!map) {
    const built = new Map<string, T>();
    for (const item of list) if (!built.has(item.id)) built.set(item.id, item);
    map = built;
    MAPS.set(list, map);
  }
  return map;
}

export interface DatasetIndex {
  measures: ReadonlyMap<string, Measure>;
  meetings: ReadonlyMap<string, Meeting>;
  places: ReadonlyMap<string, Place>;
  people: ReadonlyMap<string, Person>;
  events: ReadonlyMap<string, TimelineEvent>;
  articles: ReadonlyMap<string, Article>;
  conflicts: ReadonlyMap<string, Conflict>;
  /** The trip's stops. */
  stops: ReadonlyMap<string, TripStop>;
}

export type IndexableDataset = Partial<
  Pick<Dataset, 'measures' | 'meetings' | 'places' | 'people' | 'events' | 'articles' | 'conflicts' | 'trip'>
>;

const EMPTY: readonly never[] = [];

/** Maps by id of the dataset's facts; each Map is built on first use and shared by every later call. */
export function indexDataset(dataset: IndexableDataset): DatasetIndex {
  return {
    get measures() {
      return byIdMap(dataset.measures ?? EMPTY);
    },
    get meetings() {
      return byIdMap(dataset.meetings ?? EMPTY);
    },
    get places() {
      return byIdMap(dataset.places ?? EMPTY);
    },
    get people() {
      return byIdMap(dataset.people ?? EMPTY);
    },
    get events() {
      return byIdMap(dataset.events ?? EMPTY);
    },
    get articles() {
      return byIdMap(dataset.articles ?? EMPTY);
    },
    get conflicts() {
      return byIdMap(dataset.conflicts ?? EMPTY);
    },
    get stops() {
      return byIdMap(dataset.trip?.stops ?? EMPTY);
    },
  };
}
