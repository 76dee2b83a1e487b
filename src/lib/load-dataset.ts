// Reads the dataset that the build inlined into the page as <script type="application/json" id="dataset">.
import type { Dataset } from './dataset.ts';

export function loadInlinedDataset(doc: Document = document): Dataset {
  const node = doc.getElementById('dataset');
  if (!node?.textContent) throw new Error('The page has no inlined dataset (script#dataset): was it built with `npm run build`?');
  return JSON.parse(node.textContent) as Dataset;
}
