/**
 * Work that finishes after the page's own update, counted so that what comes after it (the render marks, the views
 * below the fold) can wait for it and for the frame that shows it:
 * - `painting`: the chart's canvas, rasterised on a worker ("rendered" waits for it: it is on screen);
 * - `lagging`: views below the fold brought up to date after the chart's frame (lag.svelte.ts; "settled" waits).
 */
export class PendingWork {
  #pending = 0;
  #waiters: (() => void)[] = [];
  /** Works done so far that the page's next frame has to show (counted: afterFrame compares before and after). */
  #framed = 0;

  /**
   * Starts a piece of work; call the returned function once when it is done. `ownFrame`: the work is on screen once
   * done without a frame of the page's (a canvas the raster worker draws on itself), so nothing waits for one.
   */
  begin(ownFrame = false): () => void {
    this.#pending++;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      if (!ownFrame) this.#framed++;
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
   * Calls `then(true)` at once when no work is pending; else, once it is done, in the next frame's callback (the frame
   * that shows it): a task posted from `then` runs after that frame is out. Work that shows itself (`begin(true)`)
   * needs no such frame: then `then(false)` runs once it is done, when the frame whose callback this is, is out
   * already. Call from a frame callback.
   */
  afterFrame(then: (inFrame: boolean) => void): void {
    if (!this.busy) return then(true);
    const framed = this.#framed;
    void this.idle().then(() => (this.#framed === framed ? then(false) : requestAnimationFrame(() => then(true))));
  }

  /** Resolves when no work is pending. */
  idle(): Promise<void> {
    return this.#pending === 0 ? Promise.resolve() : new Promise((resolve) => this.#waiters.push(resolve));
  }
}

export const painting = new PendingWork();
export const lagging = new PendingWork();
