/**
 * `npx tsx tests/bench/profile-load.ts FILE [--site DIR] [--top 25]`: where a load's time goes, per thread. Loads FILE
 * (a claims CSV or Parquet file) through Load data in headless Chromium under a devtools trace with the V8 sampling
 * profiler on every thread (page and workers), and prints, between the file's input event and the first
 * `claimboard:rendered` mark of the new data: the main thread's long tasks in order, and per thread the functions
 * with the most self and total time. Serve an unminified build (`vite build --minify false --outDir DIR`, then
 * `--site DIR`) to read function names; without --site one is built.
 */
import { statSync } from 'node:fs';
import { launch } from '../e2e/chromium.ts';
import { buildAndServe } from '../e2e/site.ts';

const args = process.argv.slice(2);
const opt = (k: string, d: string) => { const i = args.indexOf(`--${k}`); return i >= 0 ? args[i + 1] : d; };
const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!file) throw new Error('usage: tsx tests/bench/profile-load.ts FILE [--site DIR] [--top N]');
const top = Number(opt('top', '25'));
const builtSite = opt('site', '');

interface TraceEvent { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; id?: string; args: any }
interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; parent?: number }

const site = await buildAndServe(undefined, { minify: false, built: builtSite || undefined });
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  await page.goto(site.url);
  await page.waitForFunction(() => document.documentElement.dataset.rendered !== undefined);
  await page.waitForTimeout(500);
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => { for (const e of d.value as unknown as TraceEvent[]) events.push(e); });
  const ended = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink.user_timing,toplevel,disabled-by-default-v8.cpu_profiler',
    transferMode: 'ReportEvents',
  });
  const before = await page.evaluate(() => document.documentElement.dataset.rendered);
  const t0 = Date.now();
  await page.getByLabel('Load data').setInputFiles(file);
  await page.waitForFunction((b) => {
    const d = document.documentElement.dataset;
    return d.rendered !== b && d.total !== undefined && Number(d.total) > 1000;
  }, before, { timeout: 300_000, polling: 50 });
  console.error(`loaded ${file} (${(statSync(file).size / 1e6).toFixed(0)} MB) in ~${Date.now() - t0} ms wall (from the test)`);
  await page.waitForTimeout(200);
  await cdp.send('Tracing.end');
  await ended;

  const names = new Map<string, string>();
  for (const e of events) if (e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  const mark = events.find((e) => e.name === 'claimboard:rendered' && e.ph !== 'e');
  const input = events.find((e) => e.name === 'EventDispatch' && ['input', 'change'].includes(e.args?.data?.type));
  const start = input?.ts ?? events.reduce((m, e) => Math.min(m, e.ts || Infinity), Infinity);
  const end = mark?.ts ?? Infinity;
  console.error(`window: ${((end - start) / 1000).toFixed(0)} ms (input event to rendered mark)`);
  const main = [...names].find(([, n]) => n === 'CrRendererMain')?.[0];
  // The main thread's long tasks in the window.
  const tasks = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.name === 'RunTask' && (e.dur ?? 0) > 20_000
    && e.ts >= start && e.ts <= end);
  console.error('\nmain thread tasks over 20 ms (start ms after input, duration ms):');
  for (const t of tasks) console.error(`  +${((t.ts - start) / 1000).toFixed(0).padStart(6)} ${((t.dur ?? 0) / 1000).toFixed(0).padStart(6)}`);

  // CPU samples per thread: Profile (startTime) and ProfileChunk (nodes, samples, timeDeltas) events share an id.
  const profiles = new Map<string, { thread: string; start: number; nodes: Map<number, Node>; samples: number[]; deltas: number[] }>();
  for (const e of events) {
    if (e.name === 'Profile') profiles.set(`${e.pid}:${e.id}`, { thread: `${e.pid}:${e.tid}`, start: e.args.data.startTime, nodes: new Map(), samples: [], deltas: [] });
    if (e.name !== 'ProfileChunk') continue;
    const p = profiles.get(`${e.pid}:${e.id}`);
    if (!p) continue;
    const d = e.args.data;
    for (const nd of d.cpuProfile?.nodes ?? []) p.nodes.set(nd.id, nd);
    p.samples.push(...(d.cpuProfile?.samples ?? []));
    p.deltas.push(...(d.timeDeltas ?? []));
  }
  const key = (nd: Node) => `${nd.callFrame.functionName || '(anon)'} ${(nd.callFrame.url ?? '').split('/').pop()}:${(nd.callFrame.lineNumber ?? -1) + 1}`;
  for (const p of profiles.values()) {
    const self = new Map<string, number>();
    const total = new Map<string, number>();
    let at = p.start;
    let busy = 0;
    p.samples.forEach((id, i) => {
      at += p.deltas[i] ?? 0;
      if (at < start || at > end) return;
      const d = (p.deltas[i + 1] ?? 0) / 1000;
      const nd = p.nodes.get(id);
      if (!nd) return;
      const k = key(nd);
      if (k.startsWith('(idle)') || k.startsWith('(program)')) return;
      busy += d;
      self.set(k, (self.get(k) ?? 0) + d);
      const seen = new Set<string>();
      for (let x: Node | undefined = nd; x; x = x.parent === undefined ? undefined : p.nodes.get(x.parent)) {
        const kk = key(x);
        if (!seen.has(kk)) { seen.add(kk); total.set(kk, (total.get(kk) ?? 0) + d); }
      }
    });
    if (busy < 20) continue;
    const list = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top)
      .map(([k, v]) => `  ${v.toFixed(0).padStart(7)} ${k}`).join('\n');
    console.error(`\n== ${names.get(p.thread) ?? p.thread}: ${busy.toFixed(0)} ms of samples in the window\nself:\n${list(self)}\ntotal:\n${list(total)}`);
  }
} finally {
  await browser.close();
  await site.close();
}
