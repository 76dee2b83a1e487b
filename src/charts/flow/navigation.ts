// Keyboard moves between marks: which mark an arrow key, Home or End leads to from the current one.
import type { FlowLayout, FlowNode } from './layout-types.ts';

export type NavigationKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

export function isNavigationKey(key: string): key is NavigationKey {
  return ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(key);
}

/**
 * The id of the mark to move to, or null to stay. Along time: ←/→ on wide screens, ↑/↓ on the vertical chain
 * (previous/next in chronological order). Across lanes: ↑/↓ on wide screens, ←/→ on the vertical chain: the nearest
 * mark in the neighbouring lane. Home/End: first and last in time.
 */
export function nextMarkId(
  layout: Pick<FlowLayout, 'nodes' | 'lanes' | 'orientation'>,
  currentId: string | null,
  key: NavigationKey,
): string | null {
  const nodes = layout.nodes;
  if (!nodes.length) return null;
  const ordered = [...nodes].sort((a, b) => a.order - b.order);
  const first = ordered[0]!;
  if (key === 'Home') return first.id;
  if (key === 'End') return ordered[ordered.length - 1]!.id;
  const index = ordered.findIndex((node) => node.id === currentId);
  const current = ordered[index];
  if (!current) return first.id;
  const horizontal = layout.orientation === 'horizontal';
  const timeStep: Partial<Record<NavigationKey, number>> = horizontal
    ? { ArrowLeft: -1, ArrowRight: 1 }
    : { ArrowUp: -1, ArrowDown: 1 };
  const laneStep: Partial<Record<NavigationKey, number>> = horizontal
    ? { ArrowUp: -1, ArrowDown: 1 }
    : { ArrowLeft: -1, ArrowRight: 1 };
  const alongTime = timeStep[key];
  if (alongTime) return ordered[index + alongTime]?.id ?? null;
  const lanes = layout.lanes.map((lane) => lane.actor);
  const step = laneStep[key] ?? 0;
  if (!step) return null;
  // Skip empty lanes (a lane can be empty after filtering) until one has marks.
  for (
    let laneIndex = lanes.indexOf(current.lane) + step;
    laneIndex >= 0 && laneIndex < lanes.length;
    laneIndex += step
  ) {
    // Dated marks lead to dated ones (the undated row is reached along time, after the last dated mark).
    const inLane = nodes.filter((node) => node.lane === lanes[laneIndex]);
    const candidates = inLane.some((node) => node.undated === current.undated)
      ? inLane.filter((node) => node.undated === current.undated)
      : inLane;
    if (candidates.length) return nearest(current, candidates, horizontal).id;
  }
  return null;
}

function nearest(from: FlowNode, candidates: FlowNode[], horizontal: boolean): FlowNode {
  const distance = (node: FlowNode) =>
    horizontal ? Math.abs(node.x - from.x) * 4 + Math.abs(node.y - from.y) : Math.abs(node.y - from.y);
  return candidates.reduce((best, node) => (distance(node) < distance(best) ? node : best));
}
