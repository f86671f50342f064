/** jsdom lacks ResizeObserver (used by Svelte's bind:clientWidth); a no-op stand-in is enough for these tests. */
if (!('ResizeObserver' in globalThis)) {
  (globalThis as Record<string, unknown>).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
