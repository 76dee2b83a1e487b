// Fullscreen where the browser allows it (it needs a user gesture; iframes need allowfullscreen): never throws.

export async function enterFullscreen(element: Element = document.documentElement): Promise<boolean> {
  if (document.fullscreenElement || typeof element.requestFullscreen !== 'function' || !document.fullscreenEnabled)
    return false;
  try {
    await element.requestFullscreen({ navigationUI: 'hide' });
    return true;
  } catch {
    // Refused (no gesture, e.g. opened straight at #present/5): presentation mode works in the window as well.
    return false;
  }
}

export async function leaveFullscreen(): Promise<void> {
  if (!document.fullscreenElement) return;
  try {
    await document.exitFullscreen();
  } catch {
    // Already left (the browser's own Esc handling): nothing to do.
  }
}
