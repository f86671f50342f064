/// <reference lib="webworker" />
/**
 * Web Worker: reads columns of a claims Parquet file (parquetLoad.ts says which) straight into typed arrays
 * (extract/core/parquetColumns.ts) and sends them to the page, transferred. The worker that reads paper_id, start and
 * end also works out one entry per paper, the ids' `~n` and jitter (identify.ts), so the page does not. Loaded only
 * when a Parquet file is: the reader is not part of the page's first download.
 */
import { parquetMetadata } from 'hyparquet';
import { chunkBuffers } from '../../extract/core/packed.ts';
import { readNumberColumn, readTextColumn } from '../../extract/core/parquet.ts';
import { identify } from './identify.ts';
import type { ParquetRequest, ParquetResponse, ParquetPart } from './parquetLoad.ts';

const post = (m: ParquetResponse, transfer: Transferable[] = []) =>
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(m, transfer);

self.onmessage = async (e: MessageEvent<ParquetRequest>) => {
  const { id, file, text, numbers, evidence, identity } = e.data;
  // The column being read, for the error: a damaged page throws from deep in the decoder ("cannot copy from before
  // start of buffer"), which alone does not tell the person what is wrong with their file.
  let reading = '';
  try {
    const buffer = await file.arrayBuffer();
    const metadata = parquetMetadata(buffer);
    const part: ParquetPart = { text: {}, num: {} };
    const groups = metadata.row_groups.map((_, g) => g);
    // Progress in compressed bytes of the columns decoded (what the page totals from the footer).
    let bytes = 0;
    const decoded = (column: string, groups: number[]) => {
      for (const g of groups) {
        const chunk = metadata.row_groups[g].columns.find((c) => c.meta_data?.path_in_schema[0] === column);
        bytes += Number(chunk?.meta_data?.total_compressed_size ?? 0);
      }
      post({ id, type: 'progress', bytes });
    };
    for (const k of numbers) { reading = k; part.num[k] = readNumberColumn(buffer, metadata, k); decoded(k, groups); }
    for (const k of text) { reading = k; part.text[k] = readTextColumn(buffer, metadata, k); decoded(k, groups); }
    if (identity) {
      // start and end are optional columns: without them every offset is 0, as cellsToClaim reads an empty cell.
      const none = () => new Float64Array(Number(metadata.num_rows)).fill(NaN);
      part.identity = identify(part.text.paper_id!, part.num.start ?? none(), part.num.end ?? none());
      delete part.text.paper_id; // the identity's, one entry per paper
    }
    if (evidence) {
      // Kept as UTF-8 bytes (packed.ts PackedUtf8): the page decodes a row's when it is shown.
      reading = 'evidence';
      part.evidence = readTextColumn(buffer, metadata, 'evidence', evidence, { utf8: true });
      decoded('evidence', evidence);
    }
    const transfer: ArrayBuffer[] = [
      ...(part.evidence ? chunkBuffers(part.evidence) : []),
      ...Object.values(part.text).flatMap(chunkBuffers),
      ...Object.values(part.num).map((a) => a.buffer as ArrayBuffer),
      ...(part.identity
        ? [
          part.identity.dup.buffer as ArrayBuffer, part.identity.jitter.buffer as ArrayBuffer,
          part.identity.paper.codes.buffer as ArrayBuffer, part.identity.paper.values.ends.buffer as ArrayBuffer,
        ]
        : []),
    ];
    post({ id, type: 'done', part }, transfer);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    post({ id, type: 'error', message: reading ? `its column ${reading} is damaged or cut short (${why})` : why });
  }
};
