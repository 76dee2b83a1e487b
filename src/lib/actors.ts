// Display names and colours of the actors the charts draw; unknown codes fall back to "other".
import type { Dataset } from './dataset.ts';

const COMMON_NAMES: Record<string, string> = { CA: 'Canada', CN: 'China', US: 'United States' };

/** The country's name from the dataset's country list, else a short built-in list, else the code itself. */
export function actorName(code: string, dataset?: Pick<Dataset, 'countries'>): string {
  return dataset?.countries.find((country) => country.code === code)?.name ?? COMMON_NAMES[code] ?? code;
}

/** A CSS colour (a theme variable) for an actor. */
export function actorColor(code: string): string {
  return code in COMMON_NAMES ? `var(--color-${code.toLowerCase()})` : 'var(--color-other)';
}
