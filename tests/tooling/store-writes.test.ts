/**
 * The lint rule that keeps the dashboard's store written only by its methods (claimboard/store-writes in
 * eslint.config.js): run through the project's own config, so the test also fails if the rule is switched off.
 */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** The lines the rule reports in `code`, linted as if it were the file `path`. */
async function writes(path: string, code: string): Promise<number[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, path) });
  const fatal = result.messages.find((m) => m.fatal);
  if (fatal) throw new Error(`${path} did not parse: ${fatal.message}`);
  return result.messages.filter((m) => m.ruleId === 'claimboard/store-writes').map((m) => m.line);
}

const VIEW = `<script lang="ts">
  import type { Dashboard } from '../lib/dashboard.svelte.ts';
  let { store }: { store: Dashboard } = $props();
  store.status = null;
  let shown = store.status;
  shown = null;
  store.setStatus(shown);
</script>

<button type="button" onclick={() => (store.who = 'vLLM')}>vLLM</button>
<input bind:value={store.source} />
<button type="button" onclick={() => store.setWho('vLLM')}>vLLM</button>
`;

describe('claimboard/store-writes', () => {
  it('reports writes to the store in a view: in the script, in a handler, by bind:; not reads or method calls', async () => {
    expect(await writes('src/components/Example.svelte', VIEW)).toEqual([4, 10, 11]);
  });

  it('reports nested writes, updates and deletes in modules and tests; the store itself writes its own state', async () => {
    const code = "store.filters.search = '';\nstore.papers! += 1;\nstore.indexed++;\ndelete (store as any).status;\nconst x = store.rows;\n";
    expect(await writes('src/lib/example.ts', code)).toEqual([1, 2, 3, 4]);
    expect(await writes('tests/src/components/Example.svelte.test.ts', code)).toEqual([1, 2, 3, 4]);
    expect(await writes('src/lib/dashboard.svelte.ts', code)).toEqual([]);
  });
});
