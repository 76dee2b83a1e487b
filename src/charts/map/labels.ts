// Label placement for the map: markers pushed apart when they crowd, then each label put in the first free spot
// around its marker (farther out with a leader line if needed), inside the frame, over no other label, marker or
// route line, and nearer its own marker than any other (so "2 Kuala Lumpur" never sits by marker 3).

export interface Frame {
  width: number;
  height: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A straight piece of a drawn line (a route leg) that labels must not cross. */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface MarkerInput {
  id: string;
  x: number;
  y: number;
  radius: number;
}

export interface PlacedMarker extends MarkerInput {
  /** Where the marker is drawn; differs from (x, y) when it was pushed away from a neighbour (a leader joins them). */
  markerX: number;
  markerY: number;
}

export interface LabelInput {
  id: string;
  /** The marker the label belongs to. */
  anchorX: number;
  anchorY: number;
  anchorRadius: number;
  width: number;
  height: number;
  /** Lower is placed first (stops before context places). */
  priority: number;
}

export interface PlacedLabel extends Box {
  id: string;
  anchorX: number;
  anchorY: number;
  /** True when the label sits away from its marker and a line joins them. */
  leader: boolean;
}

export interface LabelPlacement {
  placed: PlacedLabel[];
  /** Labels that found no free spot (their text stays in the details and the table). */
  hidden: string[];
}

/** Estimated width of a text line: no DOM in layout code, so an average glyph width for the system sans. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  return Math.ceil(text.length * fontSize * (bold ? 0.6 : 0.55));
}

export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return (
    a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap
  );
}

/** Distance from a point to a box (0 inside). */
function boxDistance(box: Box, x: number, y: number): number {
  const dx = Math.max(box.x - x, 0, x - (box.x + box.width));
  const dy = Math.max(box.y - y, 0, y - (box.y + box.height));
  return Math.hypot(dx, dy);
}

/** The point of a box nearest (x, y). */
function nearestPoint(box: Box, x: number, y: number): [number, number] {
  return [Math.max(box.x, Math.min(x, box.x + box.width)), Math.max(box.y, Math.min(y, box.y + box.height))];
}

/** Whether a segment crosses a box grown by `gap` on every side (Liang–Barsky clipping). */
export function segmentHitsBox(segment: Segment, box: Box, gap = 0): boolean {
  const left = box.x - gap;
  const right = box.x + box.width + gap;
  const top = box.y - gap;
  const bottom = box.y + box.height + gap;
  const dx = segment.x2 - segment.x1;
  const dy = segment.y2 - segment.y1;
  let t0 = 0;
  let t1 = 1;
  const sides: [number, number][] = [
    [-dx, segment.x1 - left],
    [dx, right - segment.x1],
    [-dy, segment.y1 - top],
    [dy, bottom - segment.y1],
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}

function boxHitsCircle(box: Box, cx: number, cy: number, radius: number): boolean {
  const nearestX = Math.max(box.x, Math.min(cx, box.x + box.width));
  const nearestY = Math.max(box.y, Math.min(cy, box.y + box.height));
  return Math.hypot(cx - nearestX, cy - nearestY) < radius;
}

export function insideFrame(box: Box, frame: Frame, margin = 0): boolean {
  return (
    box.x >= margin &&
    box.y >= margin &&
    box.x + box.width <= frame.width - margin &&
    box.y + box.height <= frame.height - margin
  );
}

/**
 * Pushes markers closer than `minDistance` apart (symmetrically, a few relaxation rounds) so each stays legible and
 * clickable; markers are kept inside the frame. Returns new objects in input order.
 */
export function separateMarkers(markers: readonly MarkerInput[], minDistance: number, frame: Frame): PlacedMarker[] {
  const positions = markers.map((marker) => ({ x: marker.x, y: marker.y }));
  for (let round = 0; round < 60; round++) {
    let moved = false;
    for (let i = 0; i < positions.length; i++) {
      for (let j = i + 1; j < positions.length; j++) {
        const a = positions[i]!;
        const b = positions[j]!;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let distance = Math.hypot(dx, dy);
        if (distance >= minDistance - 0.01) continue;
        // Coincident markers: split them along the order they come in (down-right), deterministically.
        if (distance < 1e-6) {
          dx = 1;
          dy = 1;
          distance = Math.SQRT2;
        }
        const push = (minDistance - distance) / 2 + 0.05;
        a.x -= (dx / distance) * push;
        a.y -= (dy / distance) * push;
        b.x += (dx / distance) * push;
        b.y += (dy / distance) * push;
        moved = true;
      }
    }
    for (const [index, position] of positions.entries()) {
      const radius = markers[index]!.radius;
      position.x = Math.max(radius, Math.min(frame.width - radius, position.x));
      position.y = Math.max(radius, Math.min(frame.height - radius, position.y));
    }
    if (!moved) break;
  }
  return markers.map((marker, index) => ({ ...marker, markerX: positions[index]!.x, markerY: positions[index]!.y }));
}

// Spots tried around a marker, in order of preference: right, left, above, below, then the diagonals.
const DIRECTIONS: [number, number][] = [
  [1, 0],
  [-1, 0],
  [0, -1],
  [0, 1],
  [1, -1],
  [-1, -1],
  [1, 1],
  [-1, 1],
];
const DISTANCES = [1, 2.5, 4, 6];

function candidate(label: LabelInput, [dx, dy]: [number, number], distanceFactor: number, gap: number): Box {
  const offset = label.anchorRadius + gap * distanceFactor + (distanceFactor > 1 ? 8 * distanceFactor : 0);
  const x =
    dx > 0 ? label.anchorX + offset : dx < 0 ? label.anchorX - offset - label.width : label.anchorX - label.width / 2;
  const y =
    dy > 0 ? label.anchorY + offset : dy < 0 ? label.anchorY - offset - label.height : label.anchorY - label.height / 2;
  return { x, y, width: label.width, height: label.height };
}

/**
 * Places labels greedily by priority: the first candidate inside the frame (with `margin`) that overlaps no placed
 * label (with `gap`) and no marker. Labels that fit nowhere are listed in `hidden`. Pure; inputs are not modified.
 */
export function placeLabels(
  labels: readonly LabelInput[],
  markers: readonly { id?: string; x: number; y: number; radius: number }[],
  frame: Frame,
  options: { gap?: number; margin?: number; segments?: readonly Segment[]; obstacles?: readonly Box[] } = {},
): LabelPlacement {
  const gap = options.gap ?? 4;
  const margin = options.margin ?? 2;
  const segments = options.segments ?? [];
  const obstacles = options.obstacles ?? [];
  const placed: PlacedLabel[] = [];
  const hidden: string[] = [];
  const order = labels
    .map((label, index) => ({ label, index }))
    .sort((a, b) => a.label.priority - b.label.priority || a.index - b.index);
  for (const { label } of order) {
    let spot: PlacedLabel | null = null;
    // Markers crowding this one: try the sides facing away from them first.
    const others = markers.filter(
      (marker) =>
        marker.id !== label.id &&
        Math.hypot(marker.x - label.anchorX, marker.y - label.anchorY) < 6 * (label.anchorRadius + marker.radius),
    );
    const away = others.reduce<[number, number]>(
      (sum, marker) => {
        const dx = label.anchorX - marker.x;
        const dy = label.anchorY - marker.y;
        const squared = Math.max(1, dx * dx + dy * dy);
        return [sum[0] + dx / squared, sum[1] + dy / squared];
      },
      [0, 0],
    );
    const directions = others.length
      ? DIRECTIONS.map((direction, index) => ({
          direction,
          index,
          score: direction[0] * away[0] + direction[1] * away[1],
        }))
          .sort((a, b) => b.score - a.score || a.index - b.index)
          .map((item) => item.direction)
      : DIRECTIONS;
    search: for (const distance of DISTANCES) {
      for (const direction of directions) {
        const box = candidate(label, direction, distance, gap);
        if (!insideFrame(box, frame, margin)) continue;
        if (placed.some((other) => overlaps(box, other, gap))) continue;
        if (obstacles.some((other) => overlaps(box, other, gap))) continue;
        if (markers.some((marker) => boxHitsCircle(box, marker.x, marker.y, marker.radius + 1))) continue;
        if (segments.some((segment) => segmentHitsBox(segment, box, 2))) continue;
        if (distance === 1) {
          // Read as belonging to the nearest marker: no other marker may be nearer the label than its own.
          const own = boxDistance(box, label.anchorX, label.anchorY) - label.anchorRadius;
          if (
            markers.some(
              (marker) => marker.id !== label.id && boxDistance(box, marker.x, marker.y) - marker.radius < own,
            )
          )
            continue;
        } else {
          // Farther out a leader line ties the label to its marker: it must pass clear of every other marker and label.
          const end = nearestPoint(box, label.anchorX, label.anchorY);
          const leader = { x1: label.anchorX, y1: label.anchorY, x2: end[0], y2: end[1] };
          const clear = (other: Box) => !segmentHitsBox(leader, other, 1);
          if (
            !markers.every(
              (marker) =>
                marker.id === label.id ||
                clear({
                  x: marker.x - marker.radius,
                  y: marker.y - marker.radius,
                  width: 2 * marker.radius,
                  height: 2 * marker.radius,
                }),
            )
          )
            continue;
          if (!placed.every(clear)) continue;
        }
        spot = { ...box, id: label.id, anchorX: label.anchorX, anchorY: label.anchorY, leader: distance > 1 };
        break search;
      }
    }
    if (spot) placed.push(spot);
    else hidden.push(label.id);
  }
  return { placed, hidden };
}
