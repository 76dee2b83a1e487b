import { describe, expect, it } from 'vitest';
import { insideFrame, overlaps, placeLabels, separateMarkers, type LabelInput } from './labels.ts';

const frame = { width: 375, height: 356 };

function label(id: string, x: number, y: number, width = 90, height = 30, priority = 1): LabelInput {
  return { id, anchorX: x, anchorY: y, anchorRadius: 10, width, height, priority };
}

describe('separateMarkers', () => {
  it('pushes markers 9 px apart (Kuala Lumpur and Singapore at world scale) to the minimum distance', () => {
    const markers = [
      { id: 'kl', x: 300, y: 300, radius: 10 },
      { id: 'sg', x: 309, y: 301, radius: 10 },
    ];
    const [a, b] = separateMarkers(markers, 23, frame);
    expect(Math.hypot(a!.markerX - b!.markerX, a!.markerY - b!.markerY)).toBeGreaterThanOrEqual(22.9);
    expect(a!.x).toBe(300);
    expect(markers[0]!.x).toBe(300);
  });

  it('splits coincident markers and keeps them inside the frame', () => {
    const placed = separateMarkers(
      [
        { id: 'a', x: 370, y: 350, radius: 10 },
        { id: 'b', x: 370, y: 350, radius: 10 },
      ],
      23,
      frame,
    );
    for (const marker of placed) {
      expect(marker.markerX).toBeLessThanOrEqual(frame.width - 10);
      expect(marker.markerY).toBeLessThanOrEqual(frame.height - 10);
    }
    expect(
      Math.hypot(placed[0]!.markerX - placed[1]!.markerX, placed[0]!.markerY - placed[1]!.markerY),
    ).toBeGreaterThan(20);
  });

  it('leaves markers that are far apart where they are', () => {
    const placed = separateMarkers(
      [
        { id: 'a', x: 10, y: 10, radius: 5 },
        { id: 'b', x: 200, y: 200, radius: 5 },
      ],
      13,
      frame,
    );
    expect(placed.map((marker) => [marker.markerX, marker.markerY])).toEqual([
      [10, 10],
      [200, 200],
    ]);
  });
});

describe('placeLabels', () => {
  it('places crowded labels without overlap, each inside the frame and off every marker', () => {
    const labels = [
      label('a', 180, 180),
      label('b', 195, 185),
      label('c', 185, 200),
      label('d', 170, 170),
      label('e', 200, 160),
    ];
    const markers = labels.map((item) => ({ x: item.anchorX, y: item.anchorY, radius: 10 }));
    const { placed, hidden } = placeLabels(labels, markers, frame);
    expect(placed.length + hidden.length).toBe(labels.length);
    expect(placed.length).toBeGreaterThanOrEqual(4);
    for (const [index, box] of placed.entries()) {
      expect(insideFrame(box, frame)).toBe(true);
      for (const other of placed.slice(index + 1)) expect(overlaps(box, other)).toBe(false);
    }
  });

  it('puts a label on the left of a marker at the right edge', () => {
    const { placed } = placeLabels([label('edge', 360, 180)], [{ x: 360, y: 180, radius: 10 }], frame);
    expect(placed[0]!.x + placed[0]!.width).toBeLessThan(360);
  });

  it('hides a label that cannot fit anywhere rather than overlapping', () => {
    const { placed, hidden } = placeLabels([label('huge', 100, 100, 500, 30)], [], frame);
    expect(placed).toEqual([]);
    expect(hidden).toEqual(['huge']);
  });

  it('places higher priority labels first', () => {
    const { placed } = placeLabels(
      [label('late', 100, 100, 90, 30, 5), label('first', 100, 100, 90, 30, 0)],
      [],
      frame,
    );
    expect(placed[0]!.id).toBe('first');
    expect(placed[0]!.leader).toBe(false);
  });
});
