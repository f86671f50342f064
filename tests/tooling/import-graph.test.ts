/**
 * The import graph of src/ and extract/ (issue 13): no cycles, and extract/core at the ground, importing nothing
 * outside itself, so the extractor's core can be read, tested and bundled on its own. Relative specifiers only;
 * packages and `node:` builtins are leaves (the lint rules in eslint.config.js say which of those each folder may use).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, sources, specifiers } from './sources.ts';

type Graph = Map<string, string[]>;

/** Each source file's relative imports, resolved to repo-relative paths (non-source targets such as JSON are dropped). */
function importGraph(files: string[]): { graph: Graph; dangling: string[] } {
  const known = new Set(files);
  const graph: Graph = new Map();
  const dangling: string[] = [];
  for (const file of files) {
    const targets = new Set<string>();
    for (const spec of specifiers(readFileSync(join(root, file), 'utf8'))) {
      if (!spec.startsWith('.')) continue;
      const target = normalize(join(dirname(file), spec));
      if (known.has(target)) targets.add(target);
      else if (!existsSync(join(root, target))) dangling.push(`${file}: ${spec}`);
    }
    graph.set(file, [...targets].sort());
  }
  return { graph, dangling };
}

/** One cycle through each strongly connected component that has one (Tarjan), as the files in import order. */
function cycles(graph: Graph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component = new Set<string>();
    for (let w = ''; w !== v; ) {
      w = stack.pop()!;
      onStack.delete(w);
      component.add(w);
    }
    if (component.size > 1 || graph.get(v)?.includes(v)) found.push(cycleWithin(graph, component, v));
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

/** A path from `start` back to itself inside `component` (breadth-first, so the shortest one). */
function cycleWithin(graph: Graph, component: Set<string>, start: string): string[] {
  const from = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    for (const w of graph.get(queue[i]) ?? []) {
      if (!component.has(w)) continue;
      if (w === start) {
        const path = [queue[i]];
        while (path[0] !== start) path.unshift(from.get(path[0])!);
        return [...path, start];
      }
      if (!from.has(w)) {
        from.set(w, queue[i]);
        queue.push(w);
      }
    }
  }
  return [start];
}

const edges = (graph: Graph, from: (f: string) => boolean, to: (f: string) => boolean): string[] =>
  [...graph].flatMap(([f, targets]) => (from(f) ? targets.filter(to).map((t) => `${f} → ${t}`) : []));

const inCore = (f: string): boolean => f.startsWith('extract/core/');

describe('import graph of src/ and extract/', () => {
  const { graph, dangling } = importGraph(sources(['src', 'extract']));

  it('finds the cycle in a small graph', () => {
    const small: Graph = new Map([['a', ['b']], ['b', ['c']], ['c', ['a', 'd']], ['d', []], ['e', ['e']]]);
    expect(cycles(small)).toEqual([['a', 'b', 'c', 'a'], ['e', 'e']]);
  });

  it('reads the whole tree and every relative import resolves', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('extract/core/extract.ts')).toContain('extract/core/normalize.ts');
    expect(dangling).toEqual([]);
  });

  it('has no cycles', () => {
    expect(cycles(graph).map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it('extract/core imports nothing outside extract/core; extract/ imports nothing from src/', () => {
    expect(edges(graph, inCore, (t) => !inCore(t))).toEqual([]);
    expect(edges(graph, (f) => f.startsWith('extract/'), (t) => t.startsWith('src/'))).toEqual([]);
  });
});
