import { describe, expect, it } from 'vitest';
import { applyCommand, isPresentShortcut, presentCommand } from './present-keys.ts';

describe('presentCommand', () => {
  const table = [
    { event: { key: 'ArrowRight' }, expected: 'next' },
    { event: { key: ' ' }, expected: 'next' },
    { event: { key: 'PageDown' }, expected: 'next' },
    { event: { key: 'ArrowLeft' }, expected: 'previous' },
    { event: { key: 'PageUp' }, expected: 'previous' },
    { event: { key: ' ', shiftKey: true }, expected: 'previous' },
    { event: { key: 'Home' }, expected: 'first' },
    { event: { key: 'End' }, expected: 'last' },
    { event: { key: 'Escape' }, expected: 'leave' },
    { event: { key: 'Escape', defaultPrevented: true }, expected: 'leave' },
    { event: { key: 'ArrowRight', defaultPrevented: true }, expected: null },
    { event: { key: 'ArrowRight', altKey: true }, expected: null },
    { event: { key: 'ArrowRight', targetTag: 'INPUT' }, expected: null },
    { event: { key: ' ', targetTag: 'BUTTON' }, expected: null },
    { event: { key: 'ArrowRight', targetTag: 'BUTTON' }, expected: 'next' },
    { event: { key: 'x' }, expected: null },
  ] as const;
  for (const { event, expected } of table) {
    it(`maps ${JSON.stringify(event)} to ${expected}`, () => {
      expect(presentCommand(event)).toBe(expected);
    });
  }
});

describe('applyCommand', () => {
  it('moves one step and stops at both ends', () => {
    expect(applyCommand('next', 3, 9)).toBe(4);
    expect(applyCommand('next', 9, 9)).toBe(9);
    expect(applyCommand('previous', 1, 9)).toBe(1);
    expect(applyCommand('first', 5, 9)).toBe(1);
    expect(applyCommand('last', 5, 9)).toBe(9);
  });
});

describe('isPresentShortcut', () => {
  it('opens on p, not while typing or with a modifier', () => {
    expect(isPresentShortcut({ key: 'p' })).toBe(true);
    expect(isPresentShortcut({ key: 'p', targetTag: 'INPUT' })).toBe(false);
    expect(isPresentShortcut({ key: 'p', ctrlKey: true })).toBe(false);
  });
});
