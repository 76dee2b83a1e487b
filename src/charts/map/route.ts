// The trip's route: how much of each leg is drawn at a step (the legs themselves are projected at build time).

/**
 * The drawn fraction (0 or 1) of each leg when the map shows stop `step` (0-based): the legs that lead up to it.
 * `null` is the overview: the whole route. The leg that ends at the current stop is the one the chart animates.
 */
export function legFractions(legCount: number, step: number | null): number[] {
  return Array.from({ length: legCount }, (_, index) => (step === null || index < step ? 1 : 0));
}
