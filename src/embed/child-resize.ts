// The embed side of resizing: tells the host page the content's height on load and whenever it changes.
import { RESIZE_MESSAGE_TYPE, type ResizeMessage } from './resize-message.ts';

/**
 * Observes `root` (the embed's content box, not <html>, whose height follows the iframe and would never shrink)
 * and posts its height to the parent. The target origin is "*": the height is not a secret, and a sandboxed
 * embed cannot know its host's origin; the host checks who sent it (see host-resize.ts).
 */
export function startChildResize(root: HTMLElement, id: string, win: Window = window): () => void {
  if (win.parent === win) return () => {};
  let last = -1;
  const post = () => {
    const style = win.getComputedStyle(root);
    const height = Math.ceil(
      root.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom),
    );
    if (height === last || height <= 0) return;
    last = height;
    const message: ResizeMessage = { type: RESIZE_MESSAGE_TYPE, id, height };
    win.parent.postMessage(message, '*');
  };
  const observer = new ResizeObserver(post);
  observer.observe(root);
  post();
  win.addEventListener('load', post);
  return () => {
    observer.disconnect();
    win.removeEventListener('load', post);
  };
}
