/**
 * Exported CSVs as files (the claims, and Who beats whom's edges and standing): a name that says what is in it (the
 * filters: `claims-vllm-a100.csv`) and, unless the reader turns it off, a UTF-8 byte order mark, without which Excel
 * on Windows reads `×` and `é` as mojibake; the reader's choice is kept in this browser, one for every export.
 * Pure functions, but for the preference and the download itself.
 */
import type { Filters } from './filters.ts';

const MAX_NAME = 80;

const slug = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

/**
 * `kind` (claims, edges, standing…), then what the file is of (`about`: a family, a system), then the active filters
 * (baselines, GPUs, topics, metrics, search, no up to), slugged; `claims.csv` for the claims under no filter.
 */
export function exportFileName(f: Filters, kind = 'claims', about: readonly string[] = []): string {
  const words = [...about, ...f.baseline, ...f.hardware, ...f.topic, ...f.metric, f.search.trim(), f.hideUpTo ? 'no up to' : '']
    .map(slug).filter(Boolean);
  let name = [kind, ...words].join('-');
  // Cut at a word boundary, and say that it was cut.
  if (name.length > MAX_NAME) name = `${name.slice(0, MAX_NAME).replace(/-[^-]*$/, '')}-etc`;
  return `${name}.csv`;
}

/** The CSV text as a file's contents, with a UTF-8 BOM first when `bom`. */
export function csvBlob(text: string, bom: boolean): Blob {
  return new Blob([bom ? '\uFEFF' : '', text], { type: 'text/csv;charset=utf-8' });
}

const BOM_KEY = 'claimboard.exportBom';

/** Whether exports start with a BOM: yes unless the reader turned it off (storage may be unavailable: then yes). */
export function readExportBom(): boolean {
  try { return localStorage.getItem(BOM_KEY) !== 'off'; } catch { return true; }
}

export function saveExportBom(bom: boolean): void {
  try { localStorage.setItem(BOM_KEY, bom ? 'on' : 'off'); } catch { /* not kept: the choice lasts for the page */ }
}

/** Downloads the CSV text as `name` (a Blob and a link clicked), with a BOM when `bom`. */
export function downloadCsv(text: string, name: string, bom: boolean): void {
  const url = URL.createObjectURL(csvBlob(text, bom));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
