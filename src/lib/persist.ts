/**
 * The data a reader brought (Load data, Paste abstracts) kept in this browser (IndexedDB), so that a reload, or a
 * shared link to one of its claims, finds it again. What is kept is how to rebuild it: its parts in order, each the
 * bundled sample or a claims table (CSV or Parquet) as a Blob (a loaded file as the reader's own File, pasted abstracts as the claims
 * CSV extracted from them). Storing a Blob costs the page next to nothing (the browser copies it off the main
 * thread); 100k row objects would be cloned on the main thread, for a second or more.
 */

/**
 * The bundled sample, or a claims table as a Blob: CSV or Parquet, told apart by its first bytes when read again
 * ('csv' is what data kept before Parquet could be loaded says; it is read the same way).
 */
export type DataPart = { kind: 'bundled' } | { kind: 'table' | 'csv'; name: string; blob: Blob };

export interface SavedData {
  parts: DataPart[];
  /** What the status line calls the data, e.g. "claims-h100.csv + 2 pasted papers". */
  source: string;
  /** Papers counted when it was saved (a papers.csv joined, pasted papers without claims); null: count the claims'. */
  papers: number | null;
}

const DB = 'claimboard';
const STORE = 'data';
const KEY = 'current';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

function openDb(): Promise<IDBDatabase> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new Error('this browser keeps no data (no IndexedDB)'));
  const open = indexedDB.open(DB, 1);
  open.onupgradeneeded = () => open.result.createObjectStore(STORE);
  return request(open);
}

async function withStore<T>(mode: IDBTransactionMode, run: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb();
  try {
    const tx = db.transaction(STORE, mode);
    const done = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    });
    const result = await request(run(tx.objectStore(STORE)));
    await done;
    return result;
  } finally {
    db.close();
  }
}

/** Keeps the data's parts; the bundled sample alone is not kept (it is what a reload shows anyway). */
export async function saveData(data: SavedData): Promise<void> {
  if (data.parts.every((p) => p.kind === 'bundled')) return clearSaved();
  await withStore('readwrite', (s) => s.put(data, KEY));
}

/** The kept data, or null when there is none (or the browser keeps none). */
export async function loadSaved(): Promise<SavedData | null> {
  try {
    return (await withStore<SavedData | undefined>('readonly', (s) => s.get(KEY))) ?? null;
  } catch {
    return null;
  }
}

export async function clearSaved(): Promise<void> {
  await withStore('readwrite', (s) => s.delete(KEY));
}
