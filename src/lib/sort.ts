/**
 * The claims table's columns and sort state. Pure functions. The engine sorts (engine/tableOrder.ts);
 * tests/src/reference/sort.ts is the readable definition it is checked against.
 */
import type { Claim } from '../../extract/core/types.ts';
import { factorLabel, metricName, paperLabel } from './format.ts';
import { readable } from './readableText.ts';

export type SortDir = 'asc' | 'desc';
export interface Sort {
  column: string;
  dir: SortDir;
}

export interface TableColumn {
  key: string;
  label: string;
  numeric: boolean;
  /** The cell as shown. */
  text: (c: Claim) => string;
  /** The value sorted on: numbers for numeric columns (null sorts last), strings otherwise. */
  value: (c: Claim) => number | string | null;
}

const fmtNum = (n: number | null) => (n === null || !Number.isFinite(n) ? '' : String(Math.round(n * 1000) / 1000));
const list = (l: readonly string[]) => l.join('; ');

/**
 * In the order shown: the columns that answer "who claims how much, over what, on which GPU" first (visible by
 * default, DEFAULT_COLUMNS), then the rest (behind the column chooser). Paper shows and sorts by the paper's name
 * (paperLabel: its system, else the title's short name; the full title is its tooltip); Claim shows the span
 * readable (`2.5×`, not `2.5\times`).
 */
export const TABLE_COLUMNS: readonly TableColumn[] = [
  { key: 'title', label: 'Paper', numeric: false, text: paperLabel, value: paperLabel },
  { key: 'span', label: 'Claim', numeric: false, text: (c) => readable(c.span), value: (c) => c.span },
  { key: 'factor_low', label: 'Factor', numeric: true, text: factorLabel, value: (c) => c.factor_low },
  { key: 'metric', label: 'Metric', numeric: false, text: (c) => metricName(c.metric), value: (c) => c.metric },
  { key: 'baseline', label: 'Baseline', numeric: false, text: (c) => list(c.baseline), value: (c) => list(c.baseline) },
  { key: 'hardware', label: 'Hardware', numeric: false, text: (c) => list(c.hardware), value: (c) => list(c.hardware) },
  { key: 'topic', label: 'Topic', numeric: false, text: (c) => c.topic, value: (c) => c.topic },
  { key: 'value_low', label: 'Value', numeric: true,
    text: (c) => (c.value_high !== c.value_low ? `${fmtNum(c.value_low)}–${fmtNum(c.value_high)}` : fmtNum(c.value_low)),
    value: (c) => c.value_low },
  { key: 'unit', label: 'Unit', numeric: false, text: (c) => c.unit, value: (c) => c.unit },
  { key: 'qualifier', label: 'Qualifier', numeric: false, text: (c) => c.qualifier.replace('_', ' '), value: (c) => c.qualifier },
  { key: 'direction', label: 'Direction', numeric: false, text: (c) => c.direction, value: (c) => c.direction },
  { key: 'comparison', label: 'Comparison', numeric: false, text: (c) => c.comparison, value: (c) => c.comparison },
  { key: 'hardware_count', label: 'Devices', numeric: true, text: (c) => fmtNum(c.hardware_count), value: (c) => c.hardware_count },
  { key: 'model', label: 'Model', numeric: false, text: (c) => c.model, value: (c) => c.model },
];

/** The columns shown until the reader picks others: the comparison itself. */
export const DEFAULT_COLUMNS: readonly string[] = ['title', 'span', 'factor_low', 'metric', 'baseline', 'hardware'];

export const DEFAULT_SORT: Sort = { column: 'factor_low', dir: 'desc' };

export function columnByKey(key: string): TableColumn | undefined {
  return TABLE_COLUMNS.find((c) => c.key === key);
}

/** Clicking a header: same column flips the direction; a new column starts descending for numbers, ascending for text. */
export function nextSort(current: Sort, key: string): Sort {
  if (current.column === key) return { column: key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { column: key, dir: columnByKey(key)?.numeric ? 'desc' : 'asc' };
}
