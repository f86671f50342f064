/**
 * The least recently used entries up to a budget: a count by default, or the sum of `cost(value)` (e.g. bytes).
 * The newest entry is always kept, even beyond the budget. What the dashboard keeps of recent views (engine/viewCache.ts,
 * rasterClient.ts), so that going back to one costs a lookup.
 */
export class Recent<K, V> {
  #entries = new Map<K, V>();
  #used = 0;

  constructor(readonly budget: number, private readonly cost: (value: V) => number = () => 1) {}

  /** The value, now the most recently used; undefined when absent. */
  get(key: K): V | undefined {
    if (!this.#entries.has(key)) return undefined;
    const value = this.#entries.get(key)!;
    this.#entries.delete(key);
    this.#entries.set(key, value);
    return value;
  }

  /** Adds or replaces the value as the most recently used, dropping the least recently used beyond the budget. */
  set(key: K, value: V): void {
    this.#drop(key);
    this.#entries.set(key, value);
    this.#used += this.cost(value);
    for (const old of this.#entries.keys()) {
      if (this.#used <= this.budget || old === key) break;
      this.#drop(old);
    }
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The keys, least recently used first. */
  keys(): IterableIterator<K> {
    return this.#entries.keys();
  }

  #drop(key: K): void {
    if (!this.#entries.has(key)) return;
    this.#used -= this.cost(this.#entries.get(key)!);
    this.#entries.delete(key);
  }
}
