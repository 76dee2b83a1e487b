// Entry of the standalone host script `embed/resize.js` (bundled by scripts/build-resize-script.ts).
import { installHostResize } from './host-resize.ts';

// document.currentScript is only set while this classic script first runs: read it now, not in a listener.
installHostResize(window, document.currentScript as HTMLScriptElement | null);
