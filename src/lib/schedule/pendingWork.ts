/**
 * Work that finishes after the page's own update, counted so that what comes after it (the render marks, the views
 * below the fold) can wait for it and for the frame that shows it:
 * - `painting`: the chart's canvas, rasterised on a worker ("rendered" waits for it: it is on screen);
 * - `lagging`: views below the fold brought up to date after the chart's frame (lag.svelte.ts; "settled" waits).
 */
export class PendingWork {
  #pending = 0;
  #waiters: (() => void)[] = [];

  /** Starts a piece of work; call the returned function once when it is done. */
  begin(): () => void {
    this.#pending++;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      if (--this.#pending === 0) {
        const w = this.#waiters;
        this.#waiters = [];
        for (const f of w) f();
      }
    };
  }

  /** Is work pending? */
  get busy(): boolean {
    return this.#pending > 0;
  }

  /**
   * Calls `then` at once when no work is pending; else, once it is done, in the next frame's callback (the frame that
   * shows it): a task posted from `then` runs after that frame is out. Call from a frame callback.
   */
  afterFrame(then: () => void): void {
    if (!this.busy) then();
    else void this.idle().then(() => requestAnimationFrame(then));
  }

  /** Resolves when no work is pending. */
  idle(): Promise<void> {
    return this.#pending === 0 ? Promise.resolve() : new Promise((resolve) => this.#waiters.push(resolve));
  }
}

export const painting = new PendingWork();
export const lagging = new PendingWork();
