// Entry of the standalone host script `embed/resize.js` (bundled by scripts/build-resize-script.ts).
import { installHostResize } from './host-resize.ts';

installHostResize(window);
