/**
 * Links inside the page (another claim, another system): a plain click changes the view through the store, as any
 * control does, while the link keeps its href so that a new tab, a copied link or a middle click get the same view.
 */
export function followInPage(e: MouseEvent, run: () => void): void {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  run();
}
