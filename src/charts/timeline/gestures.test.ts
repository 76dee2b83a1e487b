import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { attachGestures, attachLabelClicks, wheelFactor } from './gestures.ts';
import type { ViewTransform } from './zoom.ts';

/** An element stand-in: a 1000 px wide box at the page's left edge that dispatches events. */
class FakeElement extends EventTarget {
  captured = new Set<number>();
  getBoundingClientRect() {
    return { left: 0, top: 0, width: 1000, height: 300 };
  }
  setPointerCapture(id: number) {
    this.captured.add(id);
  }
  hasPointerCapture(id: number) {
    return this.captured.has(id);
  }
}

function input(type: string, fields: Record<string, number | boolean>): Event {
  return Object.assign(new Event(type, { cancelable: true }), fields);
}

describe('wheelFactor(event)', () => {
  it('zooms in by ×1.18 for a notch towards the screen and out by the same for one away', () => {
    expect(wheelFactor({ deltaY: -120, deltaMode: 0, ctrlKey: false })).toBeCloseTo(2 ** 0.24, 9);
    expect(
      wheelFactor({ deltaY: 120, deltaMode: 0, ctrlKey: false }) *
        wheelFactor({ deltaY: -120, deltaMode: 0, ctrlKey: false }),
    ).toBeCloseTo(1, 9);
  });
  it('reads a trackpad pinch (ctrlKey) ten times stronger', () => {
    expect(Math.log2(wheelFactor({ deltaY: -10, deltaMode: 0, ctrlKey: true }))).toBeCloseTo(
      10 * Math.log2(wheelFactor({ deltaY: -10, deltaMode: 0, ctrlKey: false })),
      9,
    );
  });
});

describe('attachGestures(element, options)', () => {
  let frames: (() => void)[] = [];
  beforeEach(() => {
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
    vi.stubGlobal('window', new EventTarget());
  });
  afterEach(() => vi.unstubAllGlobals());
  const flush = () => frames.splice(0).forEach((callback) => callback());

  function setUp(start: ViewTransform = { k: 2, x: -500 }) {
    const element = new FakeElement();
    let view = start;
    const applied: ViewTransform[] = [];
    const detach = attachGestures(element as unknown as Element, {
      current: () => view,
      apply: (next) => {
        view = next;
        applied.push(next);
      },
      width: () => 1000,
      kMax: () => 100,
    });
    return { element, applied, detach, view: () => view };
  }

  it('applies the wheel events of one frame once, about the pointer, and keeps the page from scrolling', () => {
    const { element, applied } = setUp();
    const first = input('wheel', { deltaY: -120, deltaMode: 0, ctrlKey: false, clientX: 400 });
    element.dispatchEvent(first);
    element.dispatchEvent(input('wheel', { deltaY: -120, deltaMode: 0, ctrlKey: false, clientX: 400 }));
    expect(first.defaultPrevented).toBe(true);
    expect(applied).toEqual([]);
    flush();
    expect(applied).toHaveLength(1);
    expect(applied[0]!.k).toBeCloseTo(2 * 2 ** 0.48, 9);
    // The date under the pointer stays under it: (400 - x) / k is unchanged.
    expect((400 - applied[0]!.x) / applied[0]!.k).toBeCloseTo((400 + 500) / 2, 9);
  });

  it('pans with a drag by the distance moved, and swallows the click that ends it', () => {
    const { element, applied } = setUp();
    element.dispatchEvent(input('pointerdown', { button: 0, pointerId: 1, clientX: 500, clientY: 100 }));
    element.dispatchEvent(input('pointermove', { pointerId: 1, clientX: 560, clientY: 100 }));
    flush();
    expect(applied.at(-1)).toEqual({ k: 2, x: -440 });
    expect(element.captured.has(1)).toBe(true);
    element.dispatchEvent(input('pointerup', { pointerId: 1, clientX: 560, clientY: 100 }));
    const click = input('click', {});
    (window as unknown as EventTarget).dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
  });

  it('leaves a press without movement to be a click', () => {
    const { element, applied } = setUp();
    element.dispatchEvent(input('pointerdown', { button: 0, pointerId: 1, clientX: 500, clientY: 100 }));
    element.dispatchEvent(input('pointerup', { pointerId: 1, clientX: 500, clientY: 100 }));
    flush();
    expect(applied).toEqual([]);
    expect(element.captured.size).toBe(0);
    const click = input('click', {});
    (window as unknown as EventTarget).dispatchEvent(click);
    expect(click.defaultPrevented).toBe(false);
  });

  it('zooms with two fingers by how far they spread, about their middle', () => {
    const { element, view } = setUp();
    element.dispatchEvent(input('pointerdown', { button: 0, pointerId: 1, clientX: 400, clientY: 100 }));
    element.dispatchEvent(input('pointerdown', { button: 0, pointerId: 2, clientX: 600, clientY: 100 }));
    element.dispatchEvent(input('pointermove', { pointerId: 2, clientX: 800, clientY: 100 }));
    flush();
    // Spread from 200 to 400 px: twice the zoom.
    expect(view().k).toBeCloseTo(4, 9);
  });

  it('stops listening when detached', () => {
    const { element, applied, detach } = setUp();
    detach();
    element.dispatchEvent(input('wheel', { deltaY: -120, deltaMode: 0, ctrlKey: false, clientX: 400 }));
    flush();
    expect(applied).toEqual([]);
  });
});

describe('attachLabelClicks(element, activate)', () => {
  /** A click whose target is inside a label (naming its mark) or elsewhere in the chart. */
  const clickOn = (labelFor: string | null) => ({
    target: {
      closest: (selector: string) =>
        labelFor && selector === '[data-label-for]' ? { getAttribute: () => labelFor } : null,
    },
  });

  it("activates the label's mark, ignores clicks elsewhere, and stops listening when detached", () => {
    let listener: ((event: unknown) => void) | null = null;
    const element = {
      addEventListener: (type: string, callback: (event: unknown) => void) => type === 'click' && (listener = callback),
      removeEventListener: (type: string, callback: unknown) => callback === listener && (listener = null),
    };
    const activated: string[] = [];
    const detach = attachLabelClicks(element as unknown as Element, (id) => activated.push(id));
    listener!(clickOn('tariff'));
    listener!(clickOn(null));
    expect(activated).toEqual(['tariff']);
    detach();
    expect(listener).toBeNull();
  });
});
