/**
 * PendingWork.afterFrame (src/lib/schedule/pendingWork.ts): after work the page draws, `then` waits for the next
 * frame's callback (the frame showing it); after work that shows itself (a canvas the raster worker draws on), it runs
 * once the work is done, told that it is past the frame. Frame callbacks are driven by hand here.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PendingWork } from '../../../../src/lib/schedule/pendingWork.ts';

let frames: (() => void)[] = [];
const g = globalThis as Record<string, unknown>;
beforeEach(() => {
  frames = [];
  g.requestAnimationFrame = (f: () => void) => frames.push(f);
});
afterEach(() => {
  delete g.requestAnimationFrame;
});
const runFrame = () => { const q = frames; frames = []; for (const f of q) f(); };
const microtasks = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('PendingWork.afterFrame', () => {
  it('runs at once, in the frame, with nothing pending', () => {
    const calls: boolean[] = [];
    new PendingWork().afterFrame((inFrame) => calls.push(inFrame));
    expect(calls).toEqual([true]);
  });

  it('after work the page draws: in the next frame callback', async () => {
    const work = new PendingWork();
    const done = work.begin();
    const calls: boolean[] = [];
    work.afterFrame((inFrame) => calls.push(inFrame));
    done();
    await microtasks();
    expect(calls).toEqual([]);
    runFrame();
    expect(calls).toEqual([true]);
  });

  it('after work that shows itself: once it is done, without a frame', async () => {
    const work = new PendingWork();
    const done = work.begin(true);
    const calls: boolean[] = [];
    work.afterFrame((inFrame) => calls.push(inFrame));
    expect(calls).toEqual([]);
    done();
    await microtasks();
    expect(calls).toEqual([false]);
    expect(frames).toEqual([]);
  });

  it('both kinds pending: waits for the frame', async () => {
    const work = new PendingWork();
    const own = work.begin(true);
    const drawn = work.begin();
    const calls: boolean[] = [];
    work.afterFrame((inFrame) => calls.push(inFrame));
    own();
    drawn();
    await microtasks();
    expect(calls).toEqual([]);
    runFrame();
    expect(calls).toEqual([true]);
  });
});
