/**
 * CPU time and resident memory of the Chromium renderers this process launched (Linux /proc): a page's renderer holds
 * its main thread and its workers, so its CPU seconds over a load are the load's whole cost, steadier than wall time
 * on a busy machine, and its RSS is the page's memory (JS heaps, typed arrays, canvas, DOM). Empty off Linux.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const TICKS = 100; // USER_HZ on Linux

interface Proc { pid: number; ppid: number; cmd: string }

function processes(): Proc[] {
  if (!existsSync('/proc')) return [];
  const out: Proc[] = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      out.push({ pid: Number(d), ppid, cmd: readFileSync(`/proc/${d}/cmdline`, 'utf8') });
    } catch { /* gone */ }
  }
  return out;
}

/** The renderer processes under this process's browsers. */
export function renderers(): number[] {
  const all = processes();
  const mine = new Set([process.pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of all) if (!mine.has(p.pid) && mine.has(p.ppid)) { mine.add(p.pid); grew = true; }
  }
  return all.filter((p) => mine.has(p.pid) && p.cmd.includes('--type=renderer')).map((p) => p.pid);
}

/** CPU seconds (user + system) and RSS in MB, summed over the renderers. */
export function rendererStats(): { cpu: number; rssMb: number } {
  let cpu = 0;
  let rss = 0;
  for (const pid of renderers()) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      cpu += (Number(f[11]) + Number(f[12])) / TICKS;
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) rss += Number(m[1]) / 1024;
    } catch { /* gone */ }
  }
  return { cpu, rssMb: rss };
}
