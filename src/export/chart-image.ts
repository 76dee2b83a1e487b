// Browser side of the image export: clone a chart's SVG with its computed styles inlined, then SVG → PNG.
import { composeExportSvg, type ComposedSvg } from './compose-svg.ts';
import type { LegendEntry } from './legend.ts';

/** Properties that decide how SVG marks and text look; their computed values have CSS variables resolved. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'visibility',
  'display',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'color',
  'stop-color',
  'stop-opacity',
  'vector-effect',
] as const;

/**
 * Words of an instruction for a pointer or keyboard: such text has no place in an image. Case-sensitive where a name
 * could match ("The Canadian Press").
 */
export const INTERACTION_HINT =
  /\b([Hh]over|[Cc]lick|[Tt]ap|press|[Dd]rag|[Pp]inch|[Ss]croll|[Ss]wipe|arrow keys?|[Kk]eyboard|Enter|Escape|Shift)\b/;

/** `text` without its sentences that tell a reader how to interact ("hover or focus a mark to read them"). */
export function withoutInteractionHints(text: string): string {
  const sentences = text.match(/[^.!?]+(?:[.!?]+|$)/g) ?? [text];
  return sentences
    .filter((sentence) => !INTERACTION_HINT.test(sentence))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Draws a stroke that keeps its width under a zoom (vector-effect: non-scaling-stroke) as it shows on screen, for
 * viewers that ignore that property or scale it: the shape's points are taken to the drawing's own coordinates and
 * its parent's transform undone on it, so no scale reaches the stroke (a day's round dot under scale(k, 1) was a flat
 * ellipse, a dashed box dash fragments, a pill's round caps crescents). Returns false for a shape it cannot redraw.
 */
function flattenStroke(source: SVGGraphicsElement, target: Element, rootInverse: DOMMatrix): boolean {
  const own = source.getScreenCTM();
  const parent = (source.parentNode as SVGGraphicsElement | null)?.getScreenCTM?.();
  if (!own || !parent) return false;
  // getScreenCTM gives an SVGMatrix in some browsers: DOMMatrix for transformPoint.
  const toRoot = rootInverse.multiply(DOMMatrix.fromMatrix(own));
  const parentToRoot = rootInverse.multiply(DOMMatrix.fromMatrix(parent));
  const point = (x: number, y: number) => toRoot.transformPoint(new DOMPoint(x, y));
  const number = (name: string) => Number(source.getAttribute(name) ?? 0);
  const tag = source.tagName.toLowerCase();
  if (tag === 'line') {
    const start = point(number('x1'), number('y1'));
    const end = point(number('x2'), number('y2'));
    target.setAttribute('x1', String(start.x));
    target.setAttribute('y1', String(start.y));
    target.setAttribute('x2', String(end.x));
    target.setAttribute('y2', String(end.y));
  } else if (tag === 'rect') {
    const a = point(number('x'), number('y'));
    const b = point(number('x') + number('width'), number('y') + number('height'));
    target.setAttribute('x', String(Math.min(a.x, b.x)));
    target.setAttribute('y', String(Math.min(a.y, b.y)));
    target.setAttribute('width', String(Math.abs(b.x - a.x)));
    target.setAttribute('height', String(Math.abs(b.y - a.y)));
    if (source.hasAttribute('rx')) target.setAttribute('rx', String(number('rx') * Math.abs(toRoot.a)));
    if (source.hasAttribute('ry')) target.setAttribute('ry', String(number('ry') * Math.abs(toRoot.d)));
  } else if (tag === 'polyline' || tag === 'polygon') {
    const points = (source as SVGPolylineElement).points;
    const moved = Array.from({ length: points.numberOfItems }, (_, index) => points.getItem(index)).map(({ x, y }) =>
      point(x, y),
    );
    target.setAttribute('points', moved.map(({ x, y }) => `${x},${y}`).join(' '));
  } else return false;
  const undo = parentToRoot.inverse();
  target.setAttribute('transform', `matrix(${[undo.a, undo.b, undo.c, undo.d, undo.e, undo.f].join(' ')})`);
  return true;
}

/**
 * A deep clone of `svg` where every element carries its computed style inline, strokes that keep their width under a
 * zoom drawn as on screen; hidden nodes and texts that instruct a pointer or keyboard user dropped.
 */
export function cloneWithInlineStyles(svg: SVGSVGElement): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const sources = [svg, ...svg.querySelectorAll('*')];
  const targets = [clone, ...clone.querySelectorAll('*')];
  const view = svg.ownerDocument.defaultView ?? window;
  const hidden: Element[] = [];
  const rootMatrix = svg.getScreenCTM();
  const rootInverse = rootMatrix ? DOMMatrix.fromMatrix(rootMatrix).inverse() : null;
  sources.forEach((source, index) => {
    const target = targets[index];
    if (!target) return;
    const computed = view.getComputedStyle(source);
    if (
      computed.display === 'none' ||
      (source.tagName.toLowerCase() === 'text' && INTERACTION_HINT.test(source.textContent ?? ''))
    ) {
      hidden.push(target);
      return;
    }
    const flattened =
      computed.getPropertyValue('vector-effect') === 'non-scaling-stroke' &&
      rootInverse !== null &&
      source !== svg &&
      flattenStroke(source as SVGGraphicsElement, target, rootInverse);
    const declarations = STYLE_PROPERTIES.filter((property) => !(flattened && property === 'vector-effect'))
      .map((property) => `${property}:${computed.getPropertyValue(property)}`)
      .filter((line) => !line.endsWith(':'));
    // Presentation attributes written with CSS variables (fill="var(--color-ca)") mean nothing outside the
    // page; the inline style above carries their resolved values.
    for (const attribute of [...target.attributes]) {
      if (attribute.value.includes('var(')) target.removeAttribute(attribute.name);
    }
    target.setAttribute('style', declarations.join(';'));
    target.removeAttribute('class');
    target.removeAttribute('tabindex');
  });
  for (const node of hidden) node.remove();
  // Stylesheets inside the drawing are inlined above.
  for (const style of clone.querySelectorAll('style')) style.remove();
  return clone;
}

function cssVariable(element: Element, name: string, fallback: string): string {
  const view = element.ownerDocument.defaultView ?? window;
  return view.getComputedStyle(element).getPropertyValue(name).trim() || fallback;
}

export interface ChartImageOptions {
  title: string;
  source: string;
  credits: readonly string[];
  legend?: readonly LegendEntry[];
}

/** The chart as a standalone SVG image with title, source and credits. */
export function chartToSvg(svg: SVGSVGElement, options: ChartImageOptions): ComposedSvg {
  const box = svg.getBoundingClientRect();
  const width = Math.round(box.width) || Number(svg.getAttribute('width')) || 800;
  const height = Math.round(box.height) || Number(svg.getAttribute('height')) || 500;
  const clone = cloneWithInlineStyles(svg);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (!clone.hasAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  clone.removeAttribute('x');
  clone.removeAttribute('y');
  const markup = new XMLSerializer().serializeToString(clone);
  const root = svg.ownerDocument.documentElement;
  return composeExportSvg({
    chartMarkup: markup,
    chartWidth: width,
    chartHeight: height,
    title: options.title,
    source: options.source,
    credits: options.credits,
    legend: options.legend,
    colors: {
      paper: cssVariable(root, '--paper', '#ffffff'),
      ink: cssVariable(root, '--ink', '#16191d'),
      muted: cssVariable(root, '--ink-muted', '#4d5560'),
      rule: cssVariable(root, '--rule', '#c9ced6'),
    },
    fontFamily: (svg.ownerDocument.defaultView ?? window).getComputedStyle(root).fontFamily || 'sans-serif',
  });
}

/** Rasterises SVG text at `scale` × its size (2 for slides) through an <img> and a canvas. */
export async function svgToPng(image: ComposedSvg, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([image.svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.width * scale);
    canvas.height = Math.round(image.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw on a canvas, so the PNG cannot be made.');
    context.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The canvas gave no PNG.'))), 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a blob under `fileName` through a temporary download link. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
