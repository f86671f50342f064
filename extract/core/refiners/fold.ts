/**
 * The two ways a refiner walks a sentence's candidates with the one before: merging a candidate into the previous
 * one kept ("1.1x to 2x" is one range), or deciding each from the previous decision ("up to 2.2x …, 20x …": the
 * qualifier carries down the list). Named once here so each refiner states only its rule.
 */

/** Each item in order, merged into the last one kept when `merge` returns the merged item; kept as it is otherwise. */
export function foldWithPrevious<T>(items: readonly T[], merge: (prev: T, c: T) => T | undefined): T[] {
  const out: T[] = [];
  for (const c of items) {
    const merged = out.length > 0 ? merge(out[out.length - 1], c) : undefined;
    if (merged === undefined) out.push(c);
    else out[out.length - 1] = merged;
  }
  return out;
}

/** Each item mapped by `next`, which sees what the item before it became (undefined for the first). */
export function mapWithPrevious<T>(items: readonly T[], next: (prev: T | undefined, c: T, i: number) => T): T[] {
  const out: T[] = [];
  for (const [i, c] of items.entries()) out.push(next(out[i - 1], c, i));
  return out;
}
