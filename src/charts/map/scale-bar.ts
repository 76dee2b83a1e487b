// The map's scale bar: a round distance whose length on screen fits the room, measured at the frame's centre
// (a conformal conic's scale changes a few per cent across a region the size of East Asia).

export interface ScaleBar {
  km: number;
  /** Length on screen, pixels. */
  length: number;
  label: string;
}

const KM_PER_DEGREE = 111.195;

/** The longest round distance (1, 2 or 5 × 10ⁿ km) not longer than `maxLength` px at the frame's centre; null off the globe. */
export function scaleBar(
  /** Longitude–latitude to frame pixels and back (conic.ts's tripProjection; any d3 projection). */
  projection: {
    (point: [number, number]): [number, number] | null;
    invert?(point: [number, number]): [number, number] | null;
  },
  frame: { width: number; height: number },
  maxLength: number,
): ScaleBar | null {
  const center = projection.invert?.([frame.width / 2, frame.height / 2]);
  if (!center || !center.every(Number.isFinite)) return null;
  const [lon, lat] = center;
  const west = projection([lon - 0.5, lat]);
  const east = projection([lon + 0.5, lat]);
  if (!west || !east) return null;
  const pixelsPerDegree = Math.hypot(east[0] - west[0], east[1] - west[1]);
  const kmPerPixel = (KM_PER_DEGREE * Math.cos((lat * Math.PI) / 180)) / pixelsPerDegree;
  if (!(kmPerPixel > 0) || !Number.isFinite(kmPerPixel)) return null;
  const most = maxLength * kmPerPixel;
  const power = 10 ** Math.floor(Math.log10(most));
  const km = [5, 2, 1].map((step) => step * power).find((value) => value <= most) ?? power;
  return { km, length: km / kmPerPixel, label: `${groupThousands(km)} km` };
}

/** A whole number with thousands separators ("14,600"), without Intl (whose first call loads locale data). */
export function groupThousands(value: number): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
