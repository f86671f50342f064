/**
 * `npx tsx tests/bench/profile.ts [--size 100000] [--action hardware|metric|search|clear|group] [--out trace.json]`:
 * a devtools timeline trace around filter changes after loading generated claims (unminified build), summarised
 * as the main thread's time by event between the input event and the `claimboard:rendered` mark. `--cpu` adds the
 * main thread's CPU profile over those windows (`--slowest K`: only the K slowest changes). `--who` profiles with the
 * Who beats whom view scrolled into sight (once its index is built); `--action follow` then follows a neighbour in
 * its "Claims against" and goes back (as bench:ui's who action does). `--file F` loads F (e.g. the bench's cached
 * Parquet file, tests/bench/generated.ts) instead of generating claims: at 1M generating costs more than profiling.
 * `--before hardware,metric` first makes those actions' changes untraced, as bench:ui does before the action profiled.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { claimsToCsv } from '../../extract/core/table.ts';
import { defaultSamplePath, generateCorpus, readSample } from '../../extract/gen-claims.ts';
import { launch } from '../e2e/chromium.ts';
import { buildAndServe } from '../e2e/site.ts';

const args = process.argv.slice(2);
const opt = (k: string, d: string) => { const i = args.indexOf(`--${k}`); return i >= 0 ? args[i + 1] : d; };
const n = Number(opt('size', '100000'));
const action = opt('action', 'hardware');
const reps = Number(opt('reps', '4'));
const out = opt('out', '');

const dir = mkdtempSync(join(tmpdir(), 'claimboard-prof-'));
const file = opt('file', '') || join(dir, `claims-${n}.csv`);
if (!opt('file', '')) writeFileSync(file, `${claimsToCsv(generateCorpus({ rows: n, seed: 1, sample: readSample(defaultSamplePath()) }).claims)}\r\n`);
// --site DIR: a build made already (vite build --minify false), e.g. the code before a change.
const site = await buildAndServe(undefined, { minify: false, built: opt('site', '') || undefined });
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error' || m.text().startsWith('[prof]')) console.error(m.text()); });
  await page.goto(site.url);
  await page.waitForFunction(() => document.documentElement.dataset.rendered !== undefined);
  await page.getByLabel('Load data').setInputFiles(file);
  await page.waitForFunction((n) => document.documentElement.dataset.total === String(n), n, { timeout: 120_000 });
  await page.waitForTimeout(1500);
  if (args.includes('--who')) {
    await page.waitForFunction(() => performance.getEntriesByName('claimboard:standing-index').length > 0, null, { timeout: 60_000 });
    await page.evaluate(() => document.getElementById('who')!.scrollIntoView());
    await page.waitForTimeout(500);
  }
  // --before hardware,metric: as bench:ui runs its actions in turn, each of those first (options 0-9 on then off,
  // untraced, each change awaited), so the action profiled meets the code and caches as the bench's does.
  for (const facet of opt('before', '').split(',').filter(Boolean)) {
    const name = facet[0].toUpperCase() + facet.slice(1);
    for (let i = 0; i < 20; i++) {
      const seq = await page.evaluate(() => document.documentElement.dataset.rendered);
      await page.getByRole('group', { name }).getByRole('checkbox').nth(Math.floor(i / 2) % 10).click();
      await page.waitForFunction((s) => document.documentElement.dataset.rendered !== s, seq);
    }
  }
  await page.evaluate(() => {
    const w = window as unknown as { __cb: { input: number; marks: number[] } };
    w.__cb = { input: 0, marks: [] };
    for (const type of ['click', 'input', 'change']) window.addEventListener(type, () => { if (!w.__cb.input) w.__cb.input = performance.now(); }, true);
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'claimboard:rendered') w.__cb.marks.push(e.startTime); }).observe({ type: 'mark' });
  });
  // As bench:ui does: option k of the first 10, on then off (one option toggled again and again would mostly measure
  // the chart's image cache).
  const hw = (i: number) => page.getByRole('group', { name: 'Hardware' }).getByRole('checkbox').nth(Math.floor(i / 2) % 10);
  const metric = (i: number) => page.getByRole('group', { name: 'Metric' }).getByRole('checkbox').nth(Math.floor(i / 2) % 10);
  const search = page.getByRole('searchbox', { name: 'Search' });
  const group = page.getByRole('combobox', { name: 'Group by' });
  if (args.includes('--mutations')) {
    await page.evaluate(() => {
      const w = window as any;
      w.__mut = {};
      new MutationObserver((list) => {
        for (const m of list) {
          const el = (m.target.nodeType === 1 ? m.target : m.target.parentElement) as Element | null;
          const card = el?.closest('.card')?.className.split(' ')[0] ?? el?.tagName ?? '?';
          const k = `${card} ${m.type}${m.type === 'attributes' ? `:${m.attributeName}` : ''}`;
          w.__mut[k] = (w.__mut[k] ?? 0) + (m.type === 'childList' ? m.addedNodes.length + m.removedNodes.length : 1);
        }
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  }
  const cdp = await context.newCDPSession(page);
  const cpu = args.includes('--cpu');
  if (cpu) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: args.includes('--light') ? 500 : 100 }); await cdp.send('Profiler.start'); }
  const events: any[] = [];
  cdp.on('Tracing.dataCollected', (d: any) => events.push(...d.value));
  const ended = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
  await cdp.send('Tracing.start', {
    // --light: fewer trace categories (invalidation tracking and the detailed timeline slow a change down 2-3x).
    categories: args.includes('--light') ? 'devtools.timeline,v8.execute,blink.user_timing,toplevel'
      : 'disabled-by-default-devtools.timeline.invalidationTracking,devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-devtools.timeline.frame,v8.execute,blink.user_timing,toplevel,disabled-by-default-v8.cpu_profiler',
    transferMode: 'ReportEvents',
  });
  const spans: [number, number, number][] = [];
  for (let i = 0; i < reps; i++) {
    if (action === 'clear') {
      // Set three filters (untraced wait), then time Clear filters.
      await hw(i).click(); await metric(i + 6).click(); await search.focus(); await page.keyboard.type('a');
      await page.waitForTimeout(400);
    }
    await page.evaluate(() => { (window as any).__cb.input = 0; });
    const before = await page.evaluate(() => (window as any).__cb.marks.length);
    if (action === 'clear') await page.getByRole('button', { name: 'Clear filters' }).click();
    else if (action === 'hardware') await hw(i).click();
    else if (action === 'metric') await metric(i).click();
    else if (action === 'search') {
      // As bench:ui does: a word's five letters typed, then deleted.
      const word = ['serve', 'memory', 'diffusion'][Math.floor(i / 10) % 3];
      await search.focus();
      await (i % 10 < 5 ? page.keyboard.type(word[i % 10]) : page.keyboard.press('Backspace'));
    }
    else if (action === 'group') await group.selectOption(i % 2 ? 'topic' : 'hardware');
    else if (action === 'follow') {
      await (i % 2 ? page.locator('#who .quick a').first()
        : page.getByRole('table', { name: /^Claims against/ }).getByRole('link').nth((i / 2) % 5)).click();
    }
    await page.waitForFunction((b) => (window as any).__cb.marks.length > b, before);
    const r = await page.evaluate(() => { const c = (window as any).__cb; return [c.input, c.marks[c.marks.length - 1]]; });
    spans.push([r[0], r[1], before]);
    console.error(`[${action}] ${Math.round(r[1] - r[0])} ms`);
    await page.waitForTimeout(400);
  }
  await cdp.send('Tracing.end');
  await ended;
  // Each change's window in trace time (µs): [its mark − its duration, its mark].
  const marks = events.filter((e) => e.name === 'claimboard:rendered' && e.ph !== 'e');
  // --slowest K: only the K slowest changes (what a p95 is made of).
  const slowest = Number(opt('slowest', String(reps)));
  const kept = spans.filter(([t0, t1]) => spans.filter(([a, b]) => b - a > t1 - t0).length < slowest);
  const windows = kept.flatMap(([t0, t1, at]) => (marks[at] ? [[marks[at].ts - (t1 - t0) * 1000, marks[at].ts]] : []));
  if (args.includes('--mutations')) {
    const m = await page.evaluate(() => (window as any).__mut);
    console.error(Object.entries(m).sort((a: any, b: any) => b[1] - a[1]).map(([k, v]) => `  ${Math.round(Number(v) / reps)} ${k}`).join('\n'));
  }
  if (cpu) {
    const { profile } = await cdp.send('Profiler.stop') as any;
    if (opt('cpuprofile', '')) writeFileSync(opt('cpuprofile', ''), JSON.stringify(profile));
    const byId = new Map<number, any>(profile.nodes.map((nd: any) => [nd.id, nd]));
    const parent = new Map<number, number>();
    for (const nd of profile.nodes) for (const c of nd.children ?? []) parent.set(c, nd.id);
    const self = new Map<string, number>();
    // Self time per source module: the unminified bundle marks each module's start with a `// src/…` comment.
    const bundles = new Map<string, { line: number; name: string }[]>();
    for (const url of new Set<string>(profile.nodes.map((nd: any) => nd.callFrame.url).filter((u: string) => u.endsWith('.js')))) {
      const text = await page.evaluate((u) => fetch(u).then((r) => r.text()), url);
      bundles.set(url, text.split('\n').flatMap((l, i) => (/^\/\/ (src|extract|node_modules)\//.test(l) ? [{ line: i, name: l.slice(3) }] : [])));
    }
    const moduleOf = (f: any) => {
      const marks = bundles.get(f.callFrame.url);
      if (!marks) return f.callFrame.functionName ? `(native) ${f.callFrame.functionName}` : '(other)';
      let name = '(bundle head)';
      for (const m of marks) { if (m.line > f.callFrame.lineNumber) break; name = m.name; }
      return name;
    };
    const byModule = new Map<string, number>();
    const inModule = new Map<string, number>();
    const total = new Map<string, number>();
    const dt = profile.timeDeltas as number[];
    // Only the main thread's samples between a change and its rendered mark (the critical path, not the idle
    // catch-up work after it). The profile's clock is the trace's.
    let at = profile.startTime as number;
    profile.samples.forEach((id: number, i: number) => {
      at += dt[i] ?? 0;
      if (!windows.some(([a, b]) => at >= a && at <= b)) return;
      const d = (dt[i + 1] ?? 0) / 1000;
      const nd = byId.get(id);
      const key = (f: any) => `${f.callFrame.functionName || '(anon)'} ${f.callFrame.url.split('/').pop()}:${f.callFrame.lineNumber + 1}`;
      self.set(key(nd), (self.get(key(nd)) ?? 0) + d);
      byModule.set(moduleOf(nd), (byModule.get(moduleOf(nd)) ?? 0) + d);
      const modules = new Set<string>();
      for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) modules.add(moduleOf(byId.get(x)));
      for (const m of modules) inModule.set(m, (inModule.get(m) ?? 0) + d);
      const seen = new Set<string>();
      for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) {
        const k = key(byId.get(x));
        if (seen.has(k)) continue;
        seen.add(k);
        total.set(k, (total.get(k) ?? 0) + d);
      }
    });
    const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `  ${(v / windows.length).toFixed(1).padStart(7)} ${k}`).join('\n');
    console.error(`\nmain thread between each change and its rendered mark (ms per change)\nself ms per rep:\n${top(self, 30)}\n\nself ms per module:\n${top(byModule, 30)}\n\nms per module with what it calls:\n${top(inModule, 30)}\n\ntotal ms per rep:\n${top(total, 45)}`);
  }
  if (out) writeFileSync(out, JSON.stringify({ traceEvents: events }));
  // Find the page's main renderer thread: the one with the most 'RunTask' time in CrRendererMain.
  const names = events.filter((e) => e.name === 'thread_name');
  const main = names.find((e) => e.args.name === 'CrRendererMain');
  const workerTids = new Set(names.filter((e) => /Worker/i.test(e.args.name)).map((e) => `${e.pid}:${e.tid}`));
  console.error(`marks in trace: ${marks.length}, main ${main?.pid}:${main?.tid}, workers ${[...workerTids].join(',')}`);
  // Per span: take trace window [mark_ts - dur, mark_ts].
  for (const [k, [t0, t1, at]] of spans.entries()) {
    const m = marks[at];
    if (!m) break;
    const end = m.ts;
    const start = end - (t1 - t0) * 1000;
    const inWin = events.filter((e) => e.ph === 'X' && e.ts + (e.dur ?? 0) >= start && e.ts <= end);
    const onMain = inWin.filter((e) => e.pid === main.pid && e.tid === main.tid);
    const tally = (es: any[]) => {
      const t = new Map<string, number>();
      for (const e of es) t.set(e.name, (t.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
      return [...t].sort((a, b) => b[1] - a[1]).filter(([, v]) => v > 0.5).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ');
    };
    console.error(`\n#${k} ${(t1 - t0).toFixed(1)} ms`);
    console.error(`  main: ${tally(onMain)}`);
    // Timeline of top-level tasks on the main thread.
    const tasks = onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask').sort((a, b) => a.ts - b.ts);
    for (const t of tasks) {
      if ((t.dur ?? 0) < 300) continue;
      const inner = onMain.filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur && (e.dur ?? 0) > 500);
      const kinds = [...new Map(inner.map((e) => [e.name, 0])).keys()].slice(0, 8).join(' ');
      console.error(`   +${((t.ts - start) / 1000).toFixed(1)} ${(t.dur / 1000).toFixed(1)}ms  ${kinds}`);
    }
    const wk = inWin.filter((e) => workerTids.has(`${e.pid}:${e.tid}`) && (e.dur ?? 0) > 1000 && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'));
    for (const t of wk) console.error(`   worker +${((t.ts - start) / 1000).toFixed(1)} ${(t.dur / 1000).toFixed(1)}ms`);
  }
} finally {
  await browser.close();
  await site.close();
  rmSync(dir, { recursive: true, force: true });
}
