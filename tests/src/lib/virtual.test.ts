import { describe, expect, it } from 'vitest';
import { visibleWindow } from '../../../src/lib/virtual.ts';

describe('visibleWindow', () => {
  it('top of 100,000 rows: first screen plus overscan', () => {
    expect(visibleWindow(0, 480, 30, 100_000)).toEqual({ start: 0, end: 25, padTop: 0, padBottom: 99_975 * 30 });
  });
  it('scrolled to the middle', () => {
    expect(visibleWindow(30_000, 480, 30, 100_000)).toEqual({ start: 992, end: 1025, padTop: 992 * 30, padBottom: (100_000 - 1025) * 30 });
  });
  it('fewer rows than the viewport: all of them', () => {
    expect(visibleWindow(0, 480, 30, 7)).toEqual({ start: 0, end: 7, padTop: 0, padBottom: 0 });
  });
  it('scrolled past the end (rows removed): still shows the last rows', () => {
    expect(visibleWindow(9_000, 480, 30, 10)).toEqual({ start: 1, end: 10, padTop: 30, padBottom: 0 });
  });
  it('empty', () => {
    expect(visibleWindow(100, 480, 30, 0)).toEqual({ start: 0, end: 0, padTop: 0, padBottom: 0 });
  });
});
