// A chart's width, read from a ResizeObserver only: its callback runs after the browser's own layout, while
// bind:clientWidth reads the width once at mount, a forced layout of the whole page inside the mounting task
// (issue 19). Used as an attachment by the three charts.

/**
 * Calls `set` with the element's width whenever it changes. With `inNextTask`, the width is applied in a task of
 * its own (the last change wins), so a chart whose first drawing follows its width does not draw inside the
 * browser's layout task. Returns the function that stops it.
 */
export function observeWidth(
  element: HTMLElement,
  set: (width: number) => void,
  { inNextTask = false }: { inNextTask?: boolean } = {},
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new ResizeObserver(() => {
    const width = element.clientWidth;
    if (!inNextTask) return set(width);
    clearTimeout(timer);
    timer = setTimeout(() => set(width));
  });
  observer.observe(element);
  return () => {
    observer.disconnect();
    clearTimeout(timer);
  };
}
