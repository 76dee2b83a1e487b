// Interaction latency read off Event Timing entries (PerformanceObserver type 'event'): what web-vitals calls an
// interaction's latency, and the summary per action that bench/inp.bench.ts prints. Pure; no browser.
//
// How an interaction's latency is counted (as web-vitals does): the events of one user interaction (pointerdown,
// pointerup, click; or keydown, keyup) share an interactionId; the interaction's latency is the longest duration among
// them. Each duration runs from the input's timestamp to the next paint after its handlers, rounded by the browser
// to 8 ms, so it includes the wait before the handlers ran (input delay), the handlers (processing) and the frame
// that shows the result (presentation delay).

/** The fields of a PerformanceEventTiming entry the summary reads, with the action the page was running. */
export interface EventEntry {
  /** The event type: 'pointerdown', 'click', 'keydown', … */
  name: string;
  /** Shared by the events of one interaction; 0 for events that are not part of one (pointermove, …). */
  interactionId: number;
  startTime: number;
  processingStart: number;
  processingEnd: number;
  duration: number;
  /** The benchmark's label for what the reader was doing. */
  action: string;
}

export interface Interaction {
  interactionId: number;
  action: string;
  /** The longest duration among the interaction's events (ms): its latency. */
  latency: number;
  /** The event type that had the longest duration. */
  longestEvent: string;
  /** Of the longest event: from the input to its first handler (ms). */
  inputDelay: number;
  /** Of the longest event: its handlers (ms). */
  processing: number;
  /** Of the longest event: from the end of its handlers to the next paint (ms). */
  presentationDelay: number;
}

/** One interaction per interactionId (events with id 0 are not interactions), in the order they happened. */
export function interactionsOf(entries: readonly EventEntry[]): Interaction[] {
  const byId = new Map<number, EventEntry>();
  const first = new Map<number, number>();
  for (const entry of entries) {
    if (!entry.interactionId) continue;
    const known = byId.get(entry.interactionId);
    // A tie in duration keeps the event whose handlers ran longest: it says more about where the time went.
    const longer =
      !known ||
      entry.duration > known.duration ||
      (entry.duration === known.duration &&
        entry.processingEnd - entry.processingStart > known.processingEnd - known.processingStart);
    if (longer) byId.set(entry.interactionId, entry);
    first.set(entry.interactionId, Math.min(first.get(entry.interactionId) ?? Infinity, entry.startTime));
  }
  return [...byId.values()]
    .sort((a, b) => first.get(a.interactionId)! - first.get(b.interactionId)!)
    .map((entry) => ({
      interactionId: entry.interactionId,
      action: entry.action,
      latency: entry.duration,
      longestEvent: entry.name,
      inputDelay: Math.max(0, entry.processingStart - entry.startTime),
      processing: Math.max(0, entry.processingEnd - entry.processingStart),
      presentationDelay: Math.max(0, entry.startTime + entry.duration - entry.processingEnd),
    }));
}

export interface ActionSummary {
  action: string;
  /** Interactions seen during the action. */
  count: number;
  /** The longest interaction's latency (ms): the action's INP (fewer than 50 interactions, so no percentile). */
  worst: number;
  /** The median latency (ms). */
  median: number;
  /** The longest interaction, for its breakdown. */
  longest: Interaction | null;
}

function median(values: readonly number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Per action, in the order given: how many interactions, the longest (the INP of that action alone) and the median.
 * An action with no interaction has count 0 and worst 0: the caller says so rather than printing a pass.
 */
export function summarizeInteractions(entries: readonly EventEntry[], actions: readonly string[]): ActionSummary[] {
  const interactions = interactionsOf(entries);
  return actions.map((action) => {
    const mine = interactions.filter((interaction) => interaction.action === action);
    const longest = mine.reduce<Interaction | null>(
      (worst, interaction) => (!worst || interaction.latency > worst.latency ? interaction : worst),
      null,
    );
    return {
      action,
      count: mine.length,
      worst: longest?.latency ?? 0,
      median: median(mine.map((interaction) => interaction.latency)),
      longest,
    };
  });
}
