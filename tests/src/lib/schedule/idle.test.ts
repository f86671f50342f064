/**
 * Idle slices (src/lib/schedule/idle.ts) and the chart's raster: while `painting` is pending (a filter change waiting
 * for the worker's image) no slice runs; it runs once the image is in and the frame showing it is out. Idle and
 * frame callbacks are driven by hand here.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inIdleSlices } from '../../../../src/lib/schedule/idle.ts';
import { painting } from '../../../../src/lib/schedule/pendingWork.ts';

let idle: ((d: IdleDeadline) => void)[] = [];
let frames: (() => void)[] = [];
const g = globalThis as Record<string, unknown>;

beforeEach(() => {
  idle = [];
  frames = [];
  g.requestIdleCallback = (f: (d: IdleDeadline) => void) => idle.push(f);
  g.requestAnimationFrame = (f: () => void) => frames.push(f);
});
afterEach(() => {
  delete g.requestIdleCallback;
  delete g.requestAnimationFrame;
});

const deadline = { didTimeout: false, timeRemaining: () => 40 } as IdleDeadline;
/** Runs the idle callbacks queued so far. */
const runIdle = () => { const q = idle; idle = []; for (const f of q) f(deadline); };
/** Runs the frame callbacks queued so far. */
const runFrame = () => { const q = frames; frames = []; for (const f of q) f(); };
/** Lets queued promise callbacks and (the scheduler's or setTimeout's) tasks run. */
const tasks = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('inIdleSlices', () => {
  it('runs slices in idle callbacks until one says it is done', () => {
    let slices = 0;
    expect(inIdleSlices(() => ++slices === 2, 2)).toBe(true);
    runIdle();
    expect(slices).toBe(1);
    runIdle();
    expect(slices).toBe(2);
    runIdle();
    expect(slices).toBe(2);
    expect(idle).toEqual([]);
  });

  it('holds a slice while the chart is painting, until the frame showing its image is out', async () => {
    let slices = 0;
    inIdleSlices(() => { slices++; return true; }, 2);
    const painted = painting.begin();
    runIdle();
    expect(slices).toBe(0);
    painted();
    await tasks();
    runFrame();
    await tasks();
    expect(slices).toBe(0);
    runIdle();
    expect(slices).toBe(1);
  });
});
