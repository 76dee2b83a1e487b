import { describe, expect, it } from 'vitest';
import { inBuild, remembered, withBuildScope } from './build-scope.ts';

describe('build scope', () => {
  it('computes an answer once per build, and again in the next build', () => {
    let calls = 0;
    const tokens = () => remembered('test.tokens', 'Canada imposed a 100% tariff.', () => ++calls);
    withBuildScope(() => {
      expect(tokens()).toBe(1);
      expect(tokens()).toBe(1);
    });
    withBuildScope(() => expect(tokens()).toBe(2));
    expect(calls).toBe(2);
  });

  it('remembers nothing outside a build', () => {
    let calls = 0;
    remembered('test.outside', 'a', () => ++calls);
    remembered('test.outside', 'a', () => ++calls);
    expect(calls).toBe(2);
  });

  it('remembers an undefined answer too (a name with no country code)', () => {
    let calls = 0;
    withBuildScope(() => {
      remembered('test.undefined', 'Temasek', () => (calls++, undefined));
      remembered('test.undefined', 'Temasek', () => (calls++, undefined));
    });
    expect(calls).toBe(1);
  });

  it('keeps at most `limit` answers, dropping the oldest first', () => {
    let calls = 0;
    withBuildScope(() => {
      for (const key of ['a', 'b', 'c']) remembered('test.limit', key, () => ++calls, 2);
      remembered('test.limit', 'c', () => ++calls, 2);
      remembered('test.limit', 'a', () => ++calls, 2);
    });
    expect(calls).toBe(4);
  });

  it('shares the outer build with a nested one and ends with the outer one, also when it throws', () => {
    let calls = 0;
    withBuildScope(() => {
      remembered('test.nested', 'x', () => ++calls);
      withBuildScope(() => remembered('test.nested', 'x', () => ++calls));
      expect(inBuild()).toBe(true);
    });
    expect(calls).toBe(1);
    expect(() =>
      withBuildScope(() => {
        throw new Error('a hostile file');
      }),
    ).toThrow('a hostile file');
    expect(inBuild()).toBe(false);
  });
});
