/**
 * The exported CSV as a file: a name that says what is in it (the filters: `claims-vllm-a100.csv`) and, unless the
 * reader turns it off, a UTF-8 byte order mark, without which Excel on Windows reads `×` and `é` as mojibake.
 * Pure functions.
 */
import type { Filters } from './filters.ts';

const MAX_NAME = 80;

const slug = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

/** `claims` and the active filters (baselines, GPUs, topics, metrics, search, no up to), slugged; `claims.csv` for none. */
export function exportFileName(f: Filters): string {
  const words = [...f.baseline, ...f.hardware, ...f.topic, ...f.metric, f.search.trim(), f.hideUpTo ? 'no up to' : '']
    .map(slug).filter(Boolean);
  let name = ['claims', ...words].join('-');
  // Cut at a word boundary, and say that it was cut.
  if (name.length > MAX_NAME) name = `${name.slice(0, MAX_NAME).replace(/-[^-]*$/, '')}-etc`;
  return `${name}.csv`;
}

/** The CSV text as a file's contents, with a UTF-8 BOM first when `bom`. */
export function csvBlob(text: string, bom: boolean): Blob {
  return new Blob([bom ? '\uFEFF' : '', text], { type: 'text/csv;charset=utf-8' });
}
