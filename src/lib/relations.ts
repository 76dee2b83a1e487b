// Which facts belong together, so selecting one mark can highlight its kin on every chart.
import type { Dataset } from './dataset.ts';
import type { Selection } from './selection.ts';

/** Ids related to the selection (the selected id included): a meeting's stop, place and events; a measure's answers; … */
export function relatedFactIds(dataset: Dataset, selection: Selection | null): Set<string> {
  const related = new Set<string>();
  if (!selection) return related;
  const { id } = selection;
  related.add(id);

  for (const event of dataset.events) {
    if (event.id === id) event.relatedIds.forEach((other) => related.add(other));
    else if (event.relatedIds.includes(id)) related.add(event.id);
  }
  for (const stop of dataset.trip.stops) {
    if (stop.id === id) {
      related.add(stop.place);
      stop.meetings.forEach((meeting) => related.add(meeting));
    } else if (stop.meetings.includes(id) || stop.place === id) related.add(stop.id);
  }
  for (const meeting of dataset.meetings) {
    if (meeting.id === id && meeting.place) related.add(meeting.place);
  }
  for (const measure of dataset.measures) {
    if (measure.id === id) measure.respondsTo.forEach((other) => related.add(other));
    else if (measure.respondsTo.includes(id)) related.add(measure.id);
  }
  // Events tied to what is now related (a stop's meeting → that meeting's timeline event).
  for (const event of dataset.events) {
    if (event.relatedIds.some((other) => related.has(other) && other !== event.id)) related.add(event.id);
  }
  for (const conflict of dataset.conflicts) {
    if (conflict.id === id) related.add(conflict.factId);
    else if (conflict.factId === id) related.add(conflict.id);
  }
  return related;
}
