/** The repo's source files and the module specifiers in them, shared by the tooling tests that read imports. */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');
const sourceFile = /\.(ts|mts|js|mjs|cjs|svelte)$/;

/** Source files under the given folders (and loose files), relative to the repo root. */
export function sources(entries: string[]): string[] {
  return entries.flatMap((entry) =>
    sourceFile.test(entry)
      ? existsSync(join(root, entry))
        ? [entry]
        : []
      : readdirSync(join(root, entry), { recursive: true, encoding: 'utf8' })
          .filter((f) => sourceFile.test(f) && !f.split(/[\\/]/).includes('node_modules'))
          .map((f) => join(entry, f)),
  );
}

/** Module specifiers of static imports/re-exports, side-effect imports and dynamic imports of a string literal. */
export function specifiers(text: string): string[] {
  const found: string[] = [];
  const patterns = [
    /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?[^'";]*?\bfrom\s*['"]([^'"\n]+)['"]/gm,
    /(?:^|[\s;])import\s*['"]([^'"\n]+)['"]/gm,
    /\bimport\s*\(\s*['"]([^'"\n]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const m of text.matchAll(pattern)) found.push(m[1]);
  return found;
}
