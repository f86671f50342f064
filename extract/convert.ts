/**
 * claimboard convert <input> <output>: a claims or papers table from CSV to Parquet or back (formats from the
 * extensions; README "Large corpora"). The table's kind comes from its columns; the output has the spec's columns in
 * the spec's order. A Parquet file written by `extract` converts to the CSV `extract` would have written, byte for byte.
 */
import { readFile } from 'node:fs/promises';
import { asyncBufferFromFile } from 'hyparquet';
import { columnKind, openParquetTable, tableKindOf, TABLE_COLUMNS, toParquetCell, type ParquetCell, type TableKind } from './core/parquet.ts';
import { parseTableCsv } from './core/table.ts';
import { ArgsError, formatHelp, helpHint, parseArgs, type CommandSpec } from './io/args.ts';
import { decodeText, looksBinary } from './io/decode.ts';
import { fileErrorReason, UserError } from './io/errors.ts';
import { atomicFile, outputProblem, passThrough } from './io/output.ts';
import { encodeRowsOf, tableFormatOf, tableSink, type TableSink } from './io/table-sink.ts';

export const CONVERT_COMMAND = {
  command: 'claimboard convert',
  summary: 'a claims or papers table from CSV to Parquet or back (formats from the extensions)',
  operands: '<input> <output>',
  operandHelp: [
    'input, output: a .csv or .parquet claims table (claims.csv) or papers table (papers.csv); output - is CSV on stdout.',
    '       The kind of table comes from its columns; the output has the spec\'s columns in the spec\'s order.',
  ],
  flags: [
    { name: 'spreadsheet-safe', help: "CSV output: escape cells a spreadsheet would run: ' before a leading = + - @", default: 'exact text' },
  ],
  examples: ['claimboard convert claims.csv claims.parquet', 'claimboard convert claims.parquet claims.csv'],
} as const satisfies CommandSpec;

interface ConvertIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

/** Rows per piece handed to the output: bounds the memory of the CSV text made at once. */
const ROWS_PER_WRITE = 50_000;

/** An input table: its columns, its kind, and its rows a piece at a time (cells by position in `columns`). */
interface InputTable {
  columns: string[];
  kind: TableKind;
  pieces(): AsyncGenerator<ParquetCell[][]>;
}

export async function runConvert(args: string[], io: ConvertIo): Promise<number> {
  let input: string;
  let output: string;
  let spreadsheetSafe: boolean;
  try {
    const parsed = parseArgs(CONVERT_COMMAND, args);
    if (parsed.help) {
      io.stdout.write(formatHelp(CONVERT_COMMAND));
      return 0;
    }
    if (parsed.operands.length !== 2) throw new ArgsError(`needs an input and an output file, got ${parsed.operands.length} argument${parsed.operands.length === 1 ? '' : 's'}`);
    [input, output] = parsed.operands;
    spreadsheetSafe = parsed.flags['spreadsheet-safe'];
  } catch (err) {
    if (!(err instanceof ArgsError)) throw err;
    io.stderr.write(`error: ${err.message}\n${helpHint(CONVERT_COMMAND)}\n`);
    return 2;
  }
  let sink: TableSink | null = null;
  try {
    const problem = output === '-' ? null : await outputProblem(output);
    if (problem) throw new UserError(problem);
    const table = await openInput(input);
    const columns = TABLE_COLUMNS[table.kind];
    const from = columns.map((c) => table.columns.indexOf(c));
    const missing = columns.filter((_, k) => from[k] < 0);
    if (missing.length > 0) io.stderr.write(`warning: ${input}: no column ${missing.join(', ')}; written empty\n`);
    const extra = table.columns.filter((c) => !columns.includes(c));
    if (extra.length > 0) io.stderr.write(`warning: ${input}: column ${extra.join(', ')} is not a ${table.kind} column; left out\n`);
    const format = output === '-' ? 'csv' : tableFormatOf(output);
    sink = await tableSink(table.kind, format, output === '-' ? passThrough(io.stdout) : atomicFile(output), { spreadsheetSafe });
    let rows = 0;
    for await (const piece of table.pieces()) {
      const ordered = piece.map((row) => from.map((j) => (j < 0 ? null : row[j] ?? null)));
      await sink.write(encodeRowsOf(format, ordered, columns, spreadsheetSafe));
      rows += piece.length;
    }
    await sink.commit();
    io.stderr.write(`${rows.toLocaleString('en-US')} ${table.kind === 'claims' ? 'claim' : 'paper'}${rows === 1 ? '' : 's'} → ${output === '-' ? 'stdout' : output}\n`);
    return 0;
  } catch (err) {
    await sink?.abort();
    if (!(err instanceof UserError)) throw err;
    io.stderr.write(`error: ${err.message}\n`);
    return 2;
  }
}

async function openInput(path: string): Promise<InputTable> {
  const table = tableFormatOf(path) === 'parquet' ? await openParquet(path) : await openCsv(path);
  const kind = tableKindOf(table.columns);
  if (!kind) throw new UserError(`${path}: not a claims or papers table (columns: ${table.columns.join(', ') || 'none'})`);
  return { ...table, kind };
}

async function openParquet(path: string): Promise<Omit<InputTable, 'kind'>> {
  let file;
  try {
    file = await asyncBufferFromFile(path);
  } catch (err) {
    throw new UserError(`cannot read ${path}: ${fileErrorReason(err)}`);
  }
  const notParquet = (err: unknown) => new UserError(`${path}: not a Parquet file, or cut short (${err instanceof Error ? err.message : String(err)})`);
  const table = await openParquetTable(file).catch((err) => { throw notParquet(err); });
  return {
    columns: table.columns,
    async *pieces() {
      const groups = table.rowGroups();
      for (;;) {
        // A file whose footer reads but whose pages do not (damaged in the middle) fails here, before the output is final.
        const next = await groups.next().catch((err) => { throw notParquet(err); });
        if (next.done) return;
        for (let i = 0; i < next.value.length; i += ROWS_PER_WRITE) yield next.value.slice(i, i + ROWS_PER_WRITE);
      }
    },
  };
}

async function openCsv(path: string): Promise<Omit<InputTable, 'kind'>> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new UserError(`cannot read ${path}: ${fileErrorReason(err)}`);
  }
  if (looksBinary(bytes)) throw new UserError(`${path}: looks binary, not text${/\.parquet$/i.test(path) ? '' : ' (a Parquet file needs the .parquet extension)'}`);
  const { fields, rows } = parseTableCsv(decodeText(bytes).text);
  const kinds = fields.map(columnKind);
  return {
    columns: fields,
    async *pieces() {
      for (let i = 0; i < rows.length; i += ROWS_PER_WRITE) {
        yield rows.slice(i, i + ROWS_PER_WRITE).map((row, r) => fields.map((name, j) => {
          const cell = toParquetCell(row[j], kinds[j]);
          // +2: the header is line 1 (exact for records without quoted newlines).
          if (typeof cell === 'number' && Number.isNaN(cell)) throw new UserError(`${path}:${i + r + 2}: ${name} "${row[j]}" is not a number`);
          return cell;
        }));
      }
    },
  };
}
