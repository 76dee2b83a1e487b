// The props every chart takes (the shared chart API), for code that mounts a chart it does not import by name:
// the page, the embeds and the presentation.
import type { Component } from 'svelte';
import type { Dataset } from './dataset.ts';
import type { Selection } from './selection.ts';

export interface ChartProps {
  dataset: Dataset;
  selection: Selection | null;
  onselect: (selection: Selection | null) => void;
  params?: Record<string, string>;
  onparam?: (key: string, value: string | null) => void;
  embedded?: boolean;
  hideTitle?: boolean;
  headingLevel?: 1 | 2 | 3;
  step?: number | null;
  large?: boolean;
}

export type ChartComponent = Component<ChartProps>;

export type ChartName = 'flow' | 'map' | 'timeline';
