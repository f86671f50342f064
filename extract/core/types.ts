/**
 * The claim and paper types and their closed lists (metrics, topics, qualifiers), defined once here (spec §2) and
 * imported by the extractor, the CSV writer, the eval and the dashboard. Their columns in the CSV and Parquet tables
 * (order, parsing, formatting) are described in fields.ts.
 */

/** Closed list of metrics (spec §3). */
export const METRICS = [
  'throughput', 'latency', 'speed', 'training_time', 'memory', 'energy', 'cost', 'communication',
  'parameters', 'accuracy', 'fid', 'other',
] as const;
export type Metric = (typeof METRICS)[number];

/** Topic taxonomy, one per paper (spec §4). */
export const TOPICS = [
  'LLM serving & inference', 'Distributed & parallel training', 'Mixture of Experts',
  'Diffusion & generative models', 'Federated learning', 'Optimization & large-batch training',
  'Parameter-efficient fine-tuning & model merging', 'Quantization, pruning & compression',
  'Data selection, curation & distillation', 'Benchmarks & evaluation', 'Graph learning', 'Other',
] as const;
export type Topic = (typeof TOPICS)[number];

export const QUALIFIERS = ['up_to', 'at_least', 'approx', 'average', 'exact'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export type Comparison = 'relative' | 'absolute';
export type Direction = 'increase' | 'decrease';

/** Units whose lower values are better when reported as absolute levels. */
export const LOWER_IS_BETTER_UNITS = ['FID', 'ms', 's', 'min', 'h', 'days'] as const;

/** A paper as read from any input format. */
export interface PaperInput {
  /** arXiv id or any stable id; when absent the paper_id is a slug of the title. */
  id?: string;
  title: string;
  abstract: string;
}

/** One row of claims.csv. Lists (baseline, hardware) are arrays here and `; `-joined in the CSV. */
export interface Claim {
  paper_id: string;
  title: string;
  /** The name the paper gives its own method or system; '' when it names none (spec §2, v2). */
  system: string;
  topic: Topic;
  metric: Metric;
  comparison: Comparison;
  direction: Direction;
  value_low: number;
  value_high: number;
  unit: string;
  qualifier: Qualifier;
  /** Improvement as a multiplier >= 1 (spec §5); null for absolute and pp claims. */
  factor_low: number | null;
  factor_high: number | null;
  baseline: string[];
  hardware: string[];
  hardware_count: number | null;
  model: string;
  span: string;
  /** UTF-16 offsets into the abstract as read: abstract.slice(start, end) === span. */
  start: number;
  end: number;
  evidence: string;
}

/** One row of papers.csv. */
export interface PaperRow {
  paper_id: string;
  title: string;
  system: string;
  topic: Topic;
  hardware_mentioned: string[];
  n_claims: number;
  abstract: string;
}

/** What the extractor returns for one paper. */
export interface PaperResult {
  paper: PaperRow;
  claims: Claim[];
}
