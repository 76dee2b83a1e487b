// A chart's instructions as a touch-screen reader should read them: hover and keyboard phrases replaced or dropped.

/** Each rule rewrites one phrase the charts use; a phrase no rule knows is kept as it is. */
const TOUCH_RULES: readonly [RegExp, string][] = [
  // "Select an event, or hover or focus one, to read …" → "Select an event to read …"
  [/,? or hover or focus one,?/gi, ''],
  // "hover or focus a mark to read them" → "tap a mark to read them"
  [/\bhover or focus (a|an|one)\b/gi, 'tap $1'],
  [/\bhover or focus\b/gi, 'tap'],
  // "Scroll, pinch or use + and − to zoom; drag or Shift + arrow keys to pan" → "Pinch or use + and − to zoom; drag to pan"
  [/\bScroll, pinch\b/g, 'Pinch'],
  [/ or Shift \+ arrow keys\b/gi, ''],
  // "Use “Next stop” or the arrow keys to follow it." → "Use “Next stop” to follow it."
  [/ or the arrow keys\b/gi, ''],
  // A sentence only about keys: "Use the arrow keys to move between them, Enter to select."
  [/\s*\b(?:Use|use) the arrow keys[^.]*\./g, ''],
  [/\s*\bEscape clears\./g, ''],
  [/\bClick or press Enter to\b/g, 'Tap to'],
];

/** The same text for a touch screen (`(hover: none) and (pointer: coarse)`). Pure. */
export function touchWording(text: string): string {
  return TOUCH_RULES.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text)
    .replace(/\s{2,}/g, ' ')
    .trim();
}
