// Browser side of the image export: clone a chart's SVG with its computed styles inlined, then SVG → PNG.
import { composeExportSvg, type ComposedSvg } from './compose-svg.ts';

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
] as const;

/** A deep clone of `svg` where every element carries its computed style inline; focus rings and hidden nodes dropped. */
export function cloneWithInlineStyles(svg: SVGSVGElement): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const sources = [svg, ...svg.querySelectorAll('*')];
  const targets = [clone, ...clone.querySelectorAll('*')];
  const view = svg.ownerDocument.defaultView ?? window;
  const hidden: Element[] = [];
  sources.forEach((source, index) => {
    const target = targets[index];
    if (!target) return;
    const computed = view.getComputedStyle(source);
    if (computed.display === 'none') {
      hidden.push(target);
      return;
    }
    const declarations = STYLE_PROPERTIES.map((property) => `${property}:${computed.getPropertyValue(property)}`).filter((line) => !line.endsWith(':'));
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
