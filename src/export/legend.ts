// A chart's legend, read from its DOM (a list labelled "Legend", or .chart-legend) as SVG swatches with their words,
// for the exported image: whatever the chart draws its swatches with (a small SVG, a coloured span, a pill with a
// number, an arrow character), the image shows it as on screen.
import { escapeXml } from './compose-svg.ts';

export interface LegendEntry {
  /** The swatch as standalone SVG markup, `width` × `height` px. */
  swatch: string;
  width: number;
  height: number;
  label: string;
}

/** The legend list inside `container`, if any. */
export function findLegend(container: ParentNode): HTMLElement | null {
  return container.querySelector<HTMLElement>('[aria-label="Legend"], .chart-legend, [data-chart-legend]');
}

/** A non-SVG swatch (a dot, a pill) as a rounded rectangle with its fill, border and any text it holds. */
function boxSwatch(element: HTMLElement): { markup: string; width: number; height: number } {
  const style = getComputedStyle(element);
  const box = element.getBoundingClientRect();
  const width = Math.max(1, Math.round(box.width));
  const height = Math.max(1, Math.round(box.height));
  const border = parseFloat(style.borderTopWidth) || 0;
  const radius = Math.min(parseFloat(style.borderTopLeftRadius) || 0, height / 2, width / 2);
  const fill = style.backgroundColor;
  const transparent = fill === 'transparent' || /rgba\(.*,\s*0\)$/.test(fill);
  const rect =
    transparent && !border
      ? ''
      : `<rect x="${border / 2}" y="${border / 2}" width="${width - border}" height="${height - border}" rx="${radius}" fill="${transparent ? 'none' : escapeXml(fill)}"${border ? ` stroke="${escapeXml(style.borderTopColor)}" stroke-width="${border}"` : ''}/>`;
  const text = element.textContent?.trim()
    ? `<text x="${width / 2}" y="${height / 2}" dy="0.35em" text-anchor="middle" font-size="${style.fontSize}" font-weight="${style.fontWeight}" fill="${escapeXml(style.color)}">${escapeXml(element.textContent.trim())}</text>`
    : '';
  return { markup: rect + text, width, height };
}

/**
 * The legend's entries: each list item's swatches (its elements: an <svg> cloned with `cloneSvg`, anything else drawn
 * as a box) and its words (its own text).
 */
export function readLegend(legend: HTMLElement, cloneSvg: (svg: SVGSVGElement) => SVGSVGElement): LegendEntry[] {
  const entries: LegendEntry[] = [];
  for (const item of legend.querySelectorAll<HTMLElement>(':scope > li')) {
    const label = [...item.childNodes]
      .filter(
        (node) =>
          node.nodeType === Node.TEXT_NODE ||
          (node instanceof HTMLElement &&
            !node.matches('svg, [aria-hidden="true"], .dot, .pill, [class*="swatch"]') &&
            getComputedStyle(node).display === 'inline'),
      )
      .map((node) => node.textContent ?? '')
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    const parts: { markup: string; width: number; height: number }[] = [];
    for (const child of item.children) {
      if (child instanceof SVGSVGElement) {
        const box = child.getBoundingClientRect();
        const clone = cloneSvg(child);
        clone.setAttribute('width', String(Math.round(box.width)));
        clone.setAttribute('height', String(Math.round(box.height)));
        clone.removeAttribute('aria-hidden');
        parts.push({
          markup: new XMLSerializer().serializeToString(clone).replace(/ xmlns="[^"]*"/, ''),
          width: Math.round(box.width),
          height: Math.round(box.height),
        });
      } else if (
        child instanceof HTMLElement &&
        (child.matches('[aria-hidden="true"], .dot, .pill, [class*="swatch"]') || !child.textContent?.trim())
      ) {
        const box = boxSwatch(child);
        parts.push({
          markup: `<svg width="${box.width}" height="${box.height}" viewBox="0 0 ${box.width} ${box.height}">${box.markup}</svg>`,
          width: box.width,
          height: box.height,
        });
      }
    }
    if (!label && !parts.length) continue;
    const height = Math.max(1, ...parts.map((part) => part.height));
    let x = 0;
    const swatch = parts
      .map((part) => {
        const placed = part.markup.replace(/^<svg/, `<svg x="${x}" y="${(height - part.height) / 2}"`);
        x += part.width + 4;
        return placed;
      })
      .join('');
    entries.push({ swatch, width: Math.max(0, x - 4), height, label });
  }
  return entries;
}
