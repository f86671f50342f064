/**
 * A function's answers kept per string argument. Bounded: past `limit` entries the memo starts again, so a corpus
 * of a million distinct phrases cannot grow it without end, while the few thousand a table repeats stay hot.
 */
export function memoized<V>(fn: (key: string) => V, limit = 100_000): (key: string) => V {
  const memo = new Map<string, V>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      value = fn(key);
      if (memo.size >= limit) memo.clear();
      memo.set(key, value);
    }
    return value;
  };
}
