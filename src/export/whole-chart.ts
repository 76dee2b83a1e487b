// The chart an image is made from: a fresh copy of the chart, mounted off screen with no selection and its opening
// view (the whole chart: not the reader's zoom, no dimmed marks), left to settle, then read from its DOM.
import { mount, unmount } from 'svelte';
import { loadChart } from '../chart-loaders.ts';
import type { ChartName } from '../lib/chart-props.ts';
import type { Dataset } from '../lib/dataset.ts';

/** Narrower than this, an image for an article or a slide is cramped: a phone's export is drawn this wide. */
export const MIN_EXPORT_WIDTH = 640;

export interface MountedChart {
  /** The copy's root element (its chart frame inside). */
  root: HTMLElement;
  remove: () => void;
}

/** Resolves once the DOM under `root` has not changed for `quietMs` (charts draw in stages), or after `maxMs`. */
function settled(root: HTMLElement, quietMs = 250, maxMs = 5000): Promise<void> {
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout>;
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(limit);
      resolve();
    };
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(done, quietMs);
    });
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    timer = setTimeout(done, quietMs);
    const limit = setTimeout(done, maxMs);
  });
}

/**
 * Mounts a copy of `chart` `width` px wide, out of sight and out of the accessibility tree and tab order, with no
 * selection; resolves when it has drawn. The caller reads it, then calls remove().
 */
export async function mountWholeChart(chart: ChartName, dataset: Dataset, width: number): Promise<MountedChart> {
  // The page has loaded the chart already when its export menu shows: the same import, resolved.
  const { default: Chart } = await loadChart(chart);
  const root = document.createElement('div');
  root.setAttribute('aria-hidden', 'true');
  root.inert = true;
  root.dataset.exportCopy = chart;
  // Off screen but laid out and painted as on screen (visibility: hidden would be copied into the image).
  Object.assign(root.style, {
    position: 'fixed',
    left: '-100000px',
    top: '0',
    width: `${Math.max(MIN_EXPORT_WIDTH, Math.round(width))}px`,
    pointerEvents: 'none',
  });
  document.body.append(root);
  const component = mount(Chart, {
    target: root,
    props: { dataset, selection: null, onselect: () => {}, params: {}, onparam: () => {}, headingLevel: 2 },
  });
  await settled(root);
  return {
    root,
    remove: () => {
      void unmount(component);
      root.remove();
    },
  };
}
