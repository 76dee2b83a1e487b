// The compiler's import rule (README.md, "Layers"): imports run downwards, and no fact stage calls another stage's
// functions. Read from the source files themselves, so a new import that breaks the rule fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));

/** Layer of each module (1 shared … 5 orchestration); fact stages (4) carry the stage they belong to. */
const LAYERS: Record<string, { layer: number; stage?: string }> = {
  ...Object.fromEntries(
    [
      'lexicon',
      'build-scope',
      'evidence',
      'corroborate',
      'ids',
      'calendar',
      'nlp',
      'context',
      'html',
      'schema',
      'gazetteer-cities',
      'gazetteer-countries',
    ].map((m) => [m, { layer: 1 }]),
  ),
  ...Object.fromEntries(['read', 'publication', 'sentences'].map((m) => [m, { layer: 2 }])),
  ...Object.fromEntries(
    ['dates', 'entities', 'person-titles', 'places', 'place-locative', 'headline'].map((m) => [m, { layer: 3 }]),
  ),
  measures: { layer: 4, stage: 'measures' },
  merge: { layer: 4, stage: 'measures' },
  people: { layer: 4, stage: 'people' },
  'place-records': { layer: 4, stage: 'place records' },
  'place-venues': { layer: 4, stage: 'place records' },
  meetings: { layer: 4, stage: 'meetings' },
  trip: { layer: 4, stage: 'trip' },
  events: { layer: 4, stage: 'events' },
  'event-reports': { layer: 4, stage: 'events' },
  'publication-window': { layer: 4, stage: 'publication window' },
  ...Object.fromEntries(['compile', 'extract', 'corrections', 'write', 'replace-file'].map((m) => [m, { layer: 5 }])),
};
const stageOfPrefix = (module: string) =>
  module.startsWith('measure-') ? 'measures' : module.startsWith('meeting-') ? 'meetings' : null;

/** Registries built early that later stages query (README.md): calling them is reading a result, not a helper. */
const REGISTRIES = new Set(['place-records']);
/** Known exceptions, each written down in README.md "Still to move": remove the entry when it is moved. */
const STILL_TO_MOVE = new Set<string>();

function layerOf(module: string): { layer: number; stage?: string } | undefined {
  const stage = stageOfPrefix(module);
  return stage ? { layer: 4, stage } : LAYERS[module];
}

/** Modules a file imports values from (type-only imports cost nothing at run time and are left out). */
function valueImports(source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(
    /^(?:import|export)\s+(type\s+)?(\{[^}]*\}|[\w*\s,]+?)\s*from\s+'\.\/([\w-]+)\.ts'/gm,
  )) {
    const names = m[2]!;
    const typesOnly =
      Boolean(m[1]) ||
      (names.startsWith('{') &&
        names
          .slice(1, -1)
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
          .every((s) => s.startsWith('type ')));
    if (!typesOnly) found.add(m[3]!);
  }
  return [...found];
}

const modules = readdirSync(here)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.includes('test-helper'))
  .map((file) => ({ module: file.slice(0, -3), imports: valueImports(readFileSync(`${here}/${file}`, 'utf8')) }));

describe('the compiler’s import layers', () => {
  it('places every module in a layer (a new module is given one here and in README.md)', () => {
    expect(modules.filter(({ module }) => !layerOf(module)).map(({ module }) => module)).toEqual([]);
  });

  it('imports downwards only, and no fact stage calls another stage’s functions', () => {
    const broken: string[] = [];
    for (const { module, imports } of modules) {
      const from = layerOf(module);
      if (!from) continue;
      for (const target of imports) {
        const to = layerOf(target);
        if (!to) continue;
        const edge = `${module} → ${target}`;
        const sameStage = from.stage !== undefined && from.stage === to.stage;
        const allowed =
          from.layer === 5 ||
          to.layer < from.layer ||
          (to.layer === from.layer && (from.layer < 4 || sameStage)) ||
          (from.layer === 4 && REGISTRIES.has(target));
        if (!allowed && !STILL_TO_MOVE.has(edge))
          broken.push(
            `${edge} (layer ${from.layer}${from.stage ? ` ${from.stage}` : ''} → ${to.layer}${to.stage ? ` ${to.stage}` : ''})`,
          );
      }
    }
    expect(broken).toEqual([]);
    // An exception that no longer occurs is taken off the list (and out of README.md).
    const edges = new Set(modules.flatMap(({ module, imports }) => imports.map((target) => `${module} → ${target}`)));
    expect([...STILL_TO_MOVE].filter((edge) => !edges.has(edge))).toEqual([]);
  });

  it('reads the imports it checks (the parser is not blind)', () => {
    expect(modules.find((m) => m.module === 'merge')?.imports).toEqual(
      expect.arrayContaining(['corroborate', 'evidence', 'calendar']),
    );
    expect(
      valueImports(
        "import type { A } from './x.ts';\nimport { type B, c } from './y.ts';\nimport { type D } from './z.ts';",
      ),
    ).toEqual(['y']);
  });
});
