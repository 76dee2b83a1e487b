// The host-page side of embed resizing (served as embed/resize.js): sets each embed iframe's height from the
// messages its own content posts. No dependency (no pym.js, no iframe-resizer).
//
// Trust rules, in order:
//  1. The message must have the exact shape of a ResizeMessage (type, id, height; nothing else; a finite height
//     between MIN_HEIGHT and MAX_HEIGHT).
//  2. The sender must be one of this page's embed iframes: matched by `event.source === iframe.contentWindow`,
//     which also tells several embeds on one page apart (ids are informative only). An embed iframe is one whose
//     src is an `…/embed/<name>.html` page on a trusted origin: the origin resize.js itself was served from, plus
//     any the host lists in the script tag's `data-origins` attribute. A path alone proves nothing: any host can
//     serve /embed/x.html, and a frame it controls must not set its own height on the page (issue 16).
//  3. The origin must be the iframe's src origin. A frame sandboxed without `allow-same-origin` (the code we
//     hand out uses `sandbox="allow-scripts"`) has an opaque origin, and its messages arrive with
//     `event.origin === "null"`; that value is accepted only for such a frame, where the source match of rule 2
//     is what identifies the sender.
import { parseResizeMessage, type ResizeMessage } from './resize-message.ts';

/** The parts of an iframe the matcher reads (an HTMLIFrameElement in the browser, a plain object in tests). */
export interface FrameLike {
  src: string;
  contentWindow: unknown;
  getAttribute(name: string): string | null;
  style: { height: string };
}

/** An embed page of this site: ".../embed/<name>.html". */
const EMBED_PATH = /\/embed\/[a-z0-9-]+\.html$/;

/**
 * The origins whose embed pages this host script resizes: its own (`scriptSrc`, where resize.js was served from)
 * and those listed in `dataOrigins` (the script tag's data-origins attribute: origins or URLs, separated by spaces
 * or commas). An inline script (no src) stands for the host page's own origin. Unparsable and opaque ("null")
 * entries are dropped: "null" would match any sandboxed frame from anywhere.
 */
export function trustedOrigins(scriptSrc: string | null, dataOrigins: string | null, baseHref: string): Set<string> {
  const origins = new Set<string>();
  const add = (url: string, base?: string) => {
    try {
      const origin = new URL(url, base).origin;
      if (origin !== 'null') origins.add(origin);
    } catch {
      // not a URL: ignored (a typo in data-origins trusts nothing more)
    }
  };
  add(scriptSrc || baseHref, baseHref);
  // Listed origins are absolute: a relative word ("not-a-url") would otherwise resolve to the host page itself.
  for (const entry of (dataOrigins ?? '').split(/[\s,]+/)) if (entry) add(entry);
  return origins;
}

/** True when the frame shows one of our embed pages: an `…/embed/<name>.html` path on a trusted origin. */
export function isEmbedFrame(frame: Pick<FrameLike, 'src'>, baseHref: string, trusted: ReadonlySet<string>): boolean {
  try {
    const url = new URL(frame.src, baseHref);
    return trusted.has(url.origin) && EMBED_PATH.test(url.pathname);
  } catch {
    return false;
  }
}

/** True when the frame's sandbox gives its content an opaque origin (sandboxed, without allow-same-origin). */
export function hasOpaqueOrigin(frame: Pick<FrameLike, 'getAttribute'>): boolean {
  const sandbox = frame.getAttribute('sandbox');
  if (sandbox === null) return false;
  return !sandbox.toLowerCase().split(/\s+/).includes('allow-same-origin');
}

/** Whether a message from `origin` may come from this frame's content (rule 3 above). */
export function originMatchesFrame(
  origin: string,
  frame: Pick<FrameLike, 'src' | 'getAttribute'>,
  baseHref: string,
): boolean {
  if (origin === 'null') return hasOpaqueOrigin(frame);
  try {
    const expected = new URL(frame.src, baseHref).origin;
    // A file: URL has the opaque origin "null" too, which the branch above handles.
    return expected !== 'null' && origin === expected;
  } catch {
    return false;
  }
}

/** The embed frame that sent a message, or null when none matches (rules 2 and 3). */
export function findSendingFrame<F extends FrameLike>(
  frames: Iterable<F>,
  source: unknown,
  origin: string,
  baseHref: string,
  trusted: ReadonlySet<string>,
): F | null {
  if (source === null || source === undefined) return null;
  for (const frame of frames) {
    if (frame.contentWindow !== source) continue;
    if (!isEmbedFrame(frame, baseHref, trusted)) return null;
    return originMatchesFrame(origin, frame, baseHref) ? frame : null;
  }
  return null;
}

/** Applies a message event to the frames; returns the frame resized and the message, or null when refused. */
export function handleResizeEvent<F extends FrameLike>(
  event: { data: unknown; origin: string; source: unknown },
  frames: Iterable<F>,
  baseHref: string,
  trusted: ReadonlySet<string>,
): { frame: F; message: ResizeMessage } | null {
  const message = parseResizeMessage(event.data);
  if (!message) return null;
  const frame = findSendingFrame(frames, event.source, event.origin, baseHref, trusted);
  if (!frame) return null;
  const height = `${message.height}px`;
  if (frame.style.height !== height) frame.style.height = height;
  return { frame, message };
}

/**
 * Starts listening on the host page; returns the function that stops it. Safe to call twice (one listener).
 * `script` is the <script> element that loaded resize.js (document.currentScript, read while it runs): its src
 * and data-origins attribute say which origins' embeds to resize.
 */
export function installHostResize(
  win: Window = window,
  script: Pick<HTMLScriptElement, 'src' | 'getAttribute'> | null = null,
): () => void {
  const flag = '__tariffTracerResize';
  const existing = (win as unknown as Record<string, (() => void) | undefined>)[flag];
  if (existing) return existing;
  const trusted = trustedOrigins(
    script?.src ?? null,
    script?.getAttribute('data-origins') ?? null,
    win.document.baseURI,
  );
  const onMessage = (event: MessageEvent) => {
    handleResizeEvent(event, win.document.querySelectorAll('iframe'), win.document.baseURI, trusted);
  };
  win.addEventListener('message', onMessage);
  const stop = () => {
    win.removeEventListener('message', onMessage);
    delete (win as unknown as Record<string, unknown>)[flag];
  };
  (win as unknown as Record<string, unknown>)[flag] = stop;
  return stop;
}
