// Label placement for the map: markers pushed apart when they crowd, then each label put in the first free spot
// around its marker (farther out with a leader line if needed), inside the frame and over no other label or marker.

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
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

function boxHitsCircle(box: Box, cx: number, cy: number, radius: number): boolean {
  const nearestX = Math.max(box.x, Math.min(cx, box.x + box.width));
  const nearestY = Math.max(box.y, Math.min(cy, box.y + box.height));
  return Math.hypot(cx - nearestX, cy - nearestY) < radius;
}

export function insideFrame(box: Box, frame: Frame, margin = 0): boolean {
  return box.x >= margin && box.y >= margin && box.x + box.width <= frame.width - margin && box.y + box.height <= frame.height - margin;
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
  const x = dx > 0 ? label.anchorX + offset : dx < 0 ? label.anchorX - offset - label.width : label.anchorX - label.width / 2;
  const y = dy > 0 ? label.anchorY + offset : dy < 0 ? label.anchorY - offset - label.height : label.anchorY - label.height / 2;
  return { x, y, width: label.width, height: label.height };
}

/**
 * Places labels greedily by priority: the first candidate inside the frame (with `margin`) that overlaps no placed
 * label (with `gap`) and no marker. Labels that fit nowhere are listed in `hidden`. Pure; inputs are not modified.
 */
export function placeLabels(
  labels: readonly LabelInput[],
  markers: readonly { x: number; y: number; radius: number }[],
  frame: Frame,
  options: { gap?: number; margin?: number } = {},
): LabelPlacement {
  const gap = options.gap ?? 4;
  const margin = options.margin ?? 2;
  const placed: PlacedLabel[] = [];
  const hidden: string[] = [];
  const order = labels.map((label, index) => ({ label, index })).sort((a, b) => a.label.priority - b.label.priority || a.index - b.index);
  for (const { label } of order) {
    let spot: PlacedLabel | null = null;
    search: for (const distance of DISTANCES) {
      for (const direction of DIRECTIONS) {
        const box = candidate(label, direction, distance, gap);
        if (!insideFrame(box, frame, margin)) continue;
        if (placed.some((other) => overlaps(box, other, gap))) continue;
        if (markers.some((marker) => boxHitsCircle(box, marker.x, marker.y, marker.radius + 1))) continue;
        spot = { ...box, id: label.id, anchorX: label.anchorX, anchorY: label.anchorY, leader: distance > 1 };
        break search;
      }
    }
    if (spot) placed.push(spot);
    else hidden.push(label.id);
  }
  return { placed, hidden };
}
