/**
 * The eval's report as text: the summary table `npm run eval` prints and the `--verbose` details.
 */
import { COMPARED_FIELDS, INFO_FIELDS, type Score } from './eval-core.ts';

function pct(x: number | null): string {
  return x === null ? 'n/a' : (100 * x).toFixed(1) + '%';
}

/** The compact summary table printed by `npm run eval`. */
export function formatSummary(s: Score): string {
  const rows: [string, string][] = [
    ['papers', String(s.papers)],
    ['gold claims (non-optional)', String(s.gold_claims)],
    ['predicted claims', String(s.predicted_claims)],
    ['TP / FP / FN', `${s.tp} / ${s.fp} / ${s.fn}`],
    ['precision / recall / F1', `${pct(s.precision)} / ${pct(s.recall)} / ${pct(s.f1)}`],
    ['tuple P / R / F1', `${pct(s.tuple.precision)} / ${pct(s.tuple.recall)} / ${pct(s.tuple.f1)}`],
    ...COMPARED_FIELDS.map((f): [string, string] => [
      `${f} accuracy${(INFO_FIELDS as readonly string[]).includes(f) ? ' (info)' : ''}`,
      `${pct(s.fields[f].accuracy)} (${s.fields[f].correct}/${s.fields[f].total})`,
    ]),
    ['topic accuracy', s.topic ? `${pct(s.topic.accuracy)} (${s.topic.correct}/${s.topic.total})` : 'n/a (needs --pred-papers)'],
    ['system accuracy (exact, ignoring case)', s.system ? `${pct(s.system.accuracy)} (${s.system.correct}/${s.system.total})`
      : s.topic ? 'n/a (gold papers carry no system)' : 'n/a (needs --pred-papers)'],
  ];
  if (s.ignored_predicted_claims > 0) rows.push(['claims of non-gold papers (ignored)', String(s.ignored_predicted_claims)]);
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n');
}

function values(c: { value_low: number; value_high: number; unit: string }): string {
  const v = c.value_low === c.value_high ? `${c.value_low}` : `${c.value_low}–${c.value_high}`;
  return `${v} ${c.unit}`;
}

/** Every miss, extra and wrong field, one per line (`--verbose`). */
export function formatDetails(s: Score): string {
  return [
    ...s.misses.map((g) => `miss   ${g.title} | "${g.span}" | ${values(g)}`),
    ...s.extras.map((p) => `extra  ${p.title} | "${p.span}" | ${values(p)} | ${p.evidence.slice(0, 160)}`),
    ...s.wrong_fields.map((w) => `wrong  ${w.title} | "${w.span}" | ${w.field}: gold ${JSON.stringify(w.gold)} vs pred ${JSON.stringify(w.pred)}`),
    ...s.wrong_systems.map((w) => `system ${w.title} | gold ${JSON.stringify(w.gold)} vs pred ${JSON.stringify(w.pred ?? null)}`),
  ].join('\n');
}
