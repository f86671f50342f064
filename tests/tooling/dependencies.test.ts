/**
 * Every package that src/, extract/, tests/ or the configs import is declared in package.json, so a clean `npm ci`
 * has it on its own and not only because another package happens to pull it in (as d3 did for d3-scale).
 */
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, sources, specifiers } from './sources.ts';

/** The package a bare specifier names ('@scope/name/sub' → '@scope/name', 'd3-scale' → 'd3-scale'); null for paths and builtins. */
function packageOf(spec: string): string | null {
  if (/^(\.|\/|node:|virtual:|data:|https?:)/.test(spec)) return null;
  const parts = spec.split('/');
  const name = spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  return builtinModules.includes(name) ? null : name;
}

describe('declared dependencies', () => {
  it('finds specifiers and package names', () => {
    const text = `import a from 'x';\nimport type { B } from '@s/y/sub';\nexport { c } from './c.ts';\nimport 'side';\nconst d = await import('dyn');`;
    expect(specifiers(text).sort()).toEqual(['./c.ts', '@s/y/sub', 'dyn', 'side', 'x']);
    expect(['node:fs', 'fs', './a', 'hyparquet/src/plain.js', '@s/y/z'].map(packageOf)).toEqual([null, null, null, 'hyparquet', '@s/y']);
  });

  it('every package imported by src/, extract/, tests/ and vite.config.ts is in package.json', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]);
    // This file's own examples are not imports.
    const files = sources(['src', 'extract', 'tests', 'vite.config.ts', 'eslint.config.js']).filter(
      (f) => !f.endsWith('dependencies.test.ts'),
    );
    expect(files.length).toBeGreaterThan(100);
    const missing: string[] = [];
    for (const file of files) {
      for (const spec of specifiers(readFileSync(join(root, file), 'utf8'))) {
        const name = packageOf(spec);
        if (name && name !== pkg.name && !declared.has(name)) missing.push(`${file}: ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
