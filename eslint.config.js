// ESLint: correctness rules (eslint, typescript-eslint and eslint-plugin-svelte recommended, unused code as an error), a
// 140-character line limit, and the import boundaries of the layout: extract/core is the ground (no node:, nothing from
// the rest of extract/, src/ or tests/); src/ takes only extract/core from extract/; nothing shipped imports tests/.
// In src/ and its tests, the dashboard's store is written only through its methods (storeWrites).
// Style is Prettier's (.prettierrc, `npm run format`), not checked here. Not type-aware, to stay fast.
import { builtinModules } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

const root = import.meta.dirname;
const builtins = new Set(builtinModules);

/** Where an import lands, relative to the repo root ('extract/core/types.ts'), or null for a package. */
function target(file, spec) {
  if (!spec.startsWith('.') && !spec.startsWith('/')) return null;
  return relative(root, resolve(dirname(file), spec))
    .split('\\')
    .join('/');
}

/** The layer a repo path belongs to, in the order the boundaries talk about. */
function layer(path) {
  if (path.startsWith('extract/core/')) return 'extract/core';
  if (path.startsWith('extract/')) return 'extract';
  if (path.startsWith('src/')) return 'src';
  if (path.startsWith('tests/')) return 'tests';
  return 'other';
}

/** What each layer may not import: node builtins, and the layers it must not reach into. */
const forbidden = {
  'extract/core': { node: true, layers: ['extract', 'src', 'tests'] },
  extract: { node: false, layers: ['src', 'tests'] },
  src: { node: true, layers: ['extract', 'tests'] },
};

const boundaries = {
  meta: { type: 'problem', schema: [], docs: { description: 'the import boundaries between extract/core, extract/, src/ and tests/' } },
  create(context) {
    const from = layer(relative(root, context.filename).split('\\').join('/'));
    const rules = forbidden[from];
    if (!rules) return {};
    function check(node, source) {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const spec = source.value;
      const bare = spec.startsWith('node:') ? spec.slice(5) : spec.split('/')[0];
      if (rules.node && (spec.startsWith('node:') || builtins.has(bare))) {
        context.report({ node, message: `${from}/ runs in the browser too: no Node builtins ('${spec}')` });
        return;
      }
      const to = target(context.filename, spec);
      if (to && rules.layers.includes(layer(to))) {
        const where = layer(to) === 'extract' ? 'extract/ outside extract/core' : `${layer(to)}/`;
        context.report({ node, message: `${from}/ may not import from ${where} ('${spec}')` });
      }
    }
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};

/**
 * The dashboard's store (src/lib/dashboard.svelte.ts) changes only through its methods: a write from a view skips
 * what the method does with it (a Metric choice also switches the chart's family, a system name is trimmed, the last
 * table column stays) and leaves no one place to read who changes what. Assignments, updates and deletes
 * of anything reached from `store` (store.status, store.filters.search…) and bind: directives to it are errors outside
 * the store's own file; everything in src/ names the store `store`.
 */
const storeWrites = {
  meta: { type: 'problem', schema: [], docs: { description: "the store's state is written only by its methods" } },
  create(context) {
    if (relative(root, context.filename).split('\\').join('/') === 'src/lib/dashboard.svelte.ts') return {};
    /** Is `node` a member of the store (store.x, store.x.y, store!.x)? */
    function ofStore(node) {
      let member = false;
      for (;;) {
        if (node?.type === 'MemberExpression') [member, node] = [true, node.object];
        else if (node?.type === 'TSNonNullExpression' || node?.type === 'TSAsExpression') node = node.expression;
        else return member && node?.type === 'Identifier' && node.name === 'store';
      }
    }
    function check(node, target) {
      if (ofStore(target)) {
        context.report({ node, message: `change the store through its methods (src/lib/dashboard.svelte.ts), not by writing '${context.sourceCode.getText(target)}'` });
      }
    }
    return {
      AssignmentExpression: (node) => check(node, node.left),
      UpdateExpression: (node) => check(node, node.argument),
      'UnaryExpression[operator="delete"]': (node) => check(node, node.argument),
      SvelteDirective: (node) => node.kind === 'Binding' && check(node, node.expression),
    };
  },
};

const unused = ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }];

export default defineConfig(
  { ignores: ['dist/', 'coverage/', 'node_modules/', 'test-results/', 'screenshots/', '.scratch/', 'tmp/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.browser, ...globals.node } },
    plugins: { claimboard: { rules: { boundaries, 'store-writes': storeWrites } } },
    rules: {
      'claimboard/boundaries': 'error',
      '@typescript-eslint/no-unused-vars': unused,
      // Lines of code stay within 140; a line whose length is a string, template or regex literal (an abstract quoted
      // in a test, a message) may run on, as Prettier never splits those either.
      'max-len': ['error', { code: 140, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true }],
      // The extractor matches ASCII and control ranges on purpose (/[^\x00-\x7f]/).
      'no-control-regex': 'off',
      // Unkeyed {#each} is deliberate where rows are updated in place (see BarList.svelte): keying would change the DOM work.
      'svelte/require-each-key': 'off',
      // Maps built inside a $derived computation are local, never reactive state: SvelteMap would only add cost.
      'svelte/prefer-svelte-reactivity': 'off',
      // {' '} keeps a space before an element inside inline text.
      'svelte/no-useless-mustaches': 'off',
    },
  },
  {
    files: ['src/**', 'tests/src/**'],
    rules: { 'claimboard/store-writes': 'error' },
  },
  {
    // Benchmarks and tests read untyped JSON (CDP profiles and the like).
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
);
