// Where a click on a numbered group takes the view: onto its members, zoomed until they stand apart, as far as they
// all stay in view and the zoom goes (where they still group, the details box lists them). Pure; uses the cached
// level layouts.
import type { PlacedItem } from './lanes.ts';
import { anchorTime, layoutAtLevel, levelOf, type LevelClusterMark, type LevelOptions } from './level-marks.ts';
import { transformForInterval, zoomAbout, type ViewTransform } from './zoom.ts';

const DAY = 86_400_000;

/**
 * The view that opens `cluster`: its members' solid positions across the width with a quarter (at least a day) spare
 * on either side; then, while they are still one group, more zoom about their middle, as long as they all stay in
 * view, up to `kMax`.
 */
export function openGroupTransform(
  cluster: LevelClusterMark,
  placed: readonly PlacedItem[],
  options: LevelOptions,
  kMax: number,
): ViewTransform {
  const { domain, width } = options;
  const anchors = cluster.members.map(anchorTime);
  const first = Math.min(...anchors);
  const last = Math.max(...anchors);
  const pad = Math.max((last - first) * 0.25, DAY);
  const toPx = (view: ViewTransform, time: number) =>
    ((time - domain.start) / (domain.end - domain.start)) * width * view.k + view.x;
  const ids = new Set(cluster.members.map((member) => member.item.id));
  const stillWhole = (view: ViewTransform) =>
    layoutAtLevel(placed, levelOf(view.k), options).marks.some(
      (mark) => mark.type === 'cluster' && mark.members.filter((member) => ids.has(member.item.id)).length === ids.size,
    );
  let view = transformForInterval({ start: first - pad, end: last + pad }, domain, width, kMax);
  for (let step = 0; step < 48 && view.k < kMax && stillWhole(view); step++) {
    const next = zoomAbout(view, Math.SQRT2, toPx(view, (first + last) / 2), width, kMax);
    if (toPx(next, first) < 0 || toPx(next, last) > width) break;
    view = next;
  }
  return view;
}
