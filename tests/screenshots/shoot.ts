/**
 * `npx tsx tests/screenshots/shoot.ts [--out DIR] [--big N]`: the README's screenshots of the dashboard with the
 * bundled data (data/claims.csv), at 1440×900 and on a 390×844 phone, light and dark; with `--big N`, also the
 * chart at N generated claims (1440×900, light). Builds and serves the site as the e2e tests do. The PNGs are
 * quantised with pngquant when it is installed (apt-get install pngquant): a third of the size, for the repository.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { claimsToCsv } from '../../extract/core/table.ts';
import { defaultSamplePath, generateCorpus, readSample } from '../../extract/gen-claims.ts';
import { launch } from '../e2e/chromium.ts';
import { buildAndServe, ROOT } from '../e2e/site.ts';

const args = process.argv.slice(2);
const opt = (k: string, d: string) => { const i = args.indexOf(`--${k}`); return i >= 0 ? args[i + 1] : d; };
const out = opt('out', join(ROOT, 'tests/screenshots'));
const big = Number(opt('big', '0'));
mkdirSync(out, { recursive: true });

/** Shrinks a PNG in place with pngquant, when there is one. */
function shrink(file: string): void {
  spawnSync('pngquant', ['--quality', '60-85', '--speed', '1', '--force', '--output', file, file], { stdio: 'ignore' });
}

const settled = () => {
  const d = document.documentElement.dataset;
  return d.settled !== undefined && d.settled === d.rendered;
};

const site = await buildAndServe({ claims: join(ROOT, 'data/claims.csv'), papers: join(ROOT, 'data/papers.csv') });
const browser = await launch();
try {
  const shots = [
    { name: 'desktop', viewport: { width: 1440, height: 900 } },
    { name: 'phone', viewport: { width: 390, height: 844 } },
  ];
  for (const { name, viewport } of shots) {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      await page.goto(`${site.url}?group=baseline`);
      await page.waitForFunction(settled);
      // A claim open in the evidence panel (the largest: the table's first row), seen from the top of the page.
      if (name === 'desktop') {
        await page.locator('tbody tr[data-index="0"]').click();
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.waitForFunction(settled);
      }
      const file = join(out, `${name}-${scheme}.png`);
      await page.screenshot({ path: file });
      shrink(file);
      process.stderr.write(`${file}\n`);
      await context.close();
    }
  }
  if (big > 0) {
    const dir = mkdtempSync(join(tmpdir(), 'claimboard-shots-'));
    const csv = join(dir, 'claims.csv');
    writeFileSync(csv, claimsToCsv(generateCorpus({ rows: big, seed: 1, sample: readSample(defaultSamplePath()) }).claims));
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(`${site.url}?group=hardware`);
    await page.waitForFunction(settled);
    await page.getByLabel('Load data').setInputFiles(csv);
    await page.waitForFunction((n) => document.documentElement.dataset.total === String(n), big, { timeout: 120_000 });
    await page.waitForFunction(settled);
    const file = join(out, `desktop-${big / 1000}k.png`);
    await page.screenshot({ path: file });
    shrink(file);
    process.stderr.write(`${file}\n`);
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  await browser.close();
  await site.close();
}
