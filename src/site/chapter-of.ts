// Which chapter shows a selected item best, so a link to it (#meeting=…) opens the page at that chapter.
import type { Dataset } from '../lib/dataset.ts';
import type { Selection } from '../lib/selection.ts';
import { indexDataset } from '../lib/dataset-index.ts';

export type ChapterId = 'flow' | 'trip' | 'timeline';

/** The chapter to scroll to for a selection, or null when no chapter draws it (a person, an article). */
export function chapterOf(
  dataset: Pick<Dataset, 'measures' | 'conflicts' | 'trip'>,
  selection: Selection | null,
): ChapterId | null {
  if (!selection) return null;
  switch (selection.kind) {
    case 'measure':
      return 'flow';
    case 'stop':
    case 'place':
      return 'trip';
    case 'meeting':
      // A meeting on the trip is drawn on the map; any other meeting only on the timeline.
      return dataset.trip.stops.some((stop) => stop.meetings.includes(selection.id)) ? 'trip' : 'timeline';
    case 'event':
      return 'timeline';
    case 'conflict': {
      const index = indexDataset(dataset);
      const conflict = index.conflicts.get(selection.id);
      return conflict && index.measures.has(conflict.factId) ? 'flow' : null;
    }
    default:
      return null;
  }
}
