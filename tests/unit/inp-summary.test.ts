// The interaction-latency benchmark's reading of Event Timing entries: one latency per interaction, per action.
import { describe, expect, it } from 'vitest';
import { interactionsOf, summarizeInteractions, type EventEntry } from '../../bench/inp-summary.ts';

/** An event entry: `start`, its handlers from `handlersFrom` to `handlersTo`, painted `duration` ms after start. */
const event = (
  name: string,
  interactionId: number,
  start: number,
  handlersFrom: number,
  handlersTo: number,
  duration: number,
  action = 'select',
): EventEntry => ({
  name,
  interactionId,
  startTime: start,
  processingStart: handlersFrom,
  processingEnd: handlersTo,
  duration,
  action,
});

describe('interactionsOf', () => {
  it("counts a click's pointerdown, pointerup and click as one interaction, as long as its longest event", () => {
    const interactions = interactionsOf([
      event('pointerdown', 5, 100, 102, 104, 24),
      event('pointerup', 5, 180, 181, 183, 16),
      event('click', 5, 180, 183, 240, 104),
    ]);
    expect(interactions).toHaveLength(1);
    expect(interactions[0]).toMatchObject({ interactionId: 5, latency: 104, longestEvent: 'click' });
  });

  it('splits the longest event into input delay, handlers and the wait for the paint', () => {
    const [interaction] = interactionsOf([event('keydown', 9, 1000, 1030, 1070, 96)]);
    expect(interaction).toMatchObject({ inputDelay: 30, processing: 40, presentationDelay: 26 });
  });

  it('leaves out events that are not part of an interaction (interactionId 0: pointermove, …)', () => {
    const interactions = interactionsOf([
      event('pointermove', 0, 50, 50, 400, 400),
      event('keydown', 3, 500, 501, 510, 24),
    ]);
    expect(interactions.map((interaction) => interaction.latency)).toEqual([24]);
  });

  it('lists interactions in the order they started, whatever the order of the entries', () => {
    const interactions = interactionsOf([event('click', 20, 900, 901, 902, 16), event('click', 10, 100, 101, 102, 40)]);
    expect(interactions.map((interaction) => interaction.interactionId)).toEqual([10, 20]);
  });

  it('on a tie in duration, keeps the event whose handlers ran longest', () => {
    const [interaction] = interactionsOf([
      event('pointerdown', 4, 100, 101, 102, 56),
      event('click', 4, 100, 104, 150, 56),
    ]);
    expect(interaction!.longestEvent).toBe('click');
  });
});

describe('summarizeInteractions', () => {
  const entries = [
    event('click', 1, 0, 1, 2, 40, 'select'),
    event('click', 2, 100, 101, 150, 120, 'select'),
    event('click', 3, 300, 301, 330, 64, 'select'),
    event('click', 4, 500, 501, 510, 32, 'zoom'),
    event('click', 5, 600, 601, 620, 48, 'zoom'),
  ];

  it("gives each action its interactions' count, longest and median latency", () => {
    const [select, zoom] = summarizeInteractions(entries, ['select', 'zoom']);
    expect(select).toMatchObject({ action: 'select', count: 3, worst: 120, median: 64 });
    expect(select!.longest!.interactionId).toBe(2);
    expect(zoom).toMatchObject({ count: 2, worst: 48, median: 40 });
  });

  it('reports an action with no interaction as count 0, not as a fast one with a latency', () => {
    const [step] = summarizeInteractions(entries, ['step']);
    expect(step).toEqual({ action: 'step', count: 0, worst: 0, median: 0, longest: null });
  });

  it('does not modify its input', () => {
    const copy = structuredClone(entries);
    summarizeInteractions(entries, ['select', 'zoom']);
    expect(entries).toEqual(copy);
  });
});
