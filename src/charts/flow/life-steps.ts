// A measure's life along its lane (issue 18): each dated step of a life joined to the next one drawn, so a rate cut
// from 100% to 6.1% reads as a drop and a lifted measure visibly ends; and the words each step's mark adds to its name.
import type { MeasureLife, MeasureStage, MeasureStep } from '../../lib/dataset.ts';

/** Where a drawn measure sits (a FlowNode's position). */
export interface StepPoint {
  x: number;
  y: number;
  r: number;
}

export type StepDirection = 'up' | 'down' | 'same';

/** The line from one drawn step of a life to the next. */
export interface LifeStepLink {
  /** "fromMeasureId->toMeasureId". */
  id: string;
  lifeId: string;
  from: StepPoint;
  to: StepPoint;
  stage: MeasureStage;
  /** Up for a raise (or a higher rate put in force), down for a cut, pause, exemption or lifting. */
  direction: StepDirection;
  /** The step stops the measure (lifted or paused): its end is drawn as a bar. */
  ends: boolean;
}

const DOWN_STAGES = new Set<MeasureStage>(['cut', 'paused', 'exempted', 'lifted']);

function direction(previous: MeasureStep, step: MeasureStep): StepDirection {
  if (DOWN_STAGES.has(step.stage)) return 'down';
  if (step.stage === 'raised') return 'up';
  if (previous.ratePct === null || step.ratePct === null || previous.ratePct === step.ratePct) return 'same';
  return step.ratePct > previous.ratePct ? 'up' : 'down';
}

const placed = (step: MeasureStep) => step.date !== null && step.stage !== 'announced';

const shares = (a: MeasureStep, b: MeasureStep) =>
  a.products.includes('all goods') ||
  b.products.includes('all goods') ||
  a.products.some((product) => b.products.includes(product));

/** The earlier step that steps[index] changes (see lifeStepLinks), if any. */
function changedStep(steps: readonly MeasureStep[], index: number): MeasureStep | undefined {
  const step = steps[index]!;
  const earlier = steps.slice(0, index).filter((candidate) => candidate.measureId !== step.measureId);
  return (
    earlier.findLast((candidate) => shares(candidate, step)) ?? (step.stage !== 'in force' ? earlier.at(-1) : undefined)
  );
}

/**
 * Links from each dated step of a life to the step it changes, both drawn (`points` by measure id): the latest earlier
 * step on some of the same goods, or, for a change (raise, cut, pause, exemption, lifting) of other goods, the step
 * just before. Two measures on different goods put in force side by side (canola oil at 100%, canola seed at 76%) are
 * not a step of each other and are not linked.
 */
export function lifeStepLinks(lives: readonly MeasureLife[], points: ReadonlyMap<string, StepPoint>): LifeStepLink[] {
  const links: LifeStepLink[] = [];
  for (const life of lives) {
    const steps = life.steps.filter((step) => placed(step) && points.has(step.measureId));
    for (let index = 1; index < steps.length; index += 1) {
      const step = steps[index]!;
      const previous = changedStep(steps, index);
      if (!previous) continue;
      links.push({
        id: `${previous.measureId}->${step.measureId}`,
        lifeId: life.id,
        from: points.get(previous.measureId)!,
        to: points.get(step.measureId)!,
        stage: step.stage,
        direction: shares(previous, step)
          ? direction(previous, step)
          : DOWN_STAGES.has(step.stage)
            ? 'down'
            : step.stage === 'raised'
              ? 'up'
              : 'same',
        ends: step.stage === 'lifted' || step.stage === 'paused',
      });
    }
  }
  return links;
}

/** "Step 2 of 2 of Canada on electric vehicles from China: cut from 100% to 6.1%", for a measure's accessible name. */
export function stepWords(lives: readonly MeasureLife[], measureId: string): string | null {
  for (const life of lives) {
    const steps = life.steps.filter(placed);
    const index = steps.findIndex((step) => step.measureId === measureId);
    if (index === -1 || steps.length < 2) continue;
    const step = steps[index]!;
    const previous = changedStep(steps, index);
    const rate = (value: number | null) => (value === null ? 'a rate not stated' : `${value}%`);
    const change = !previous
      ? `${step.stage}${step.ratePct === null ? '' : ` at ${step.ratePct}%`}`
      : step.ratePct !== null || previous.ratePct !== null
        ? `${step.stage} from ${rate(previous.ratePct)}${step.ratePct === null ? '' : ` to ${step.ratePct}%`}`
        : step.stage;
    return `Step ${index + 1} of ${steps.length} of ${life.label}: ${change}`;
  }
  return null;
}
