/**
 * Visual regression of the claims chart (as LayerCake and Observable Plot keep screenshots of theirs): the chart's
 * card at 1440×900, device pixel ratio 1, light and dark, on the bundled sample (data/claims.csv, loaded with
 * "Load data"; under CANVAS_THRESHOLD marks, so SVG marks), and on 3,000 generated claims (gen-claims, seed 1: the
 * canvas raster). Each is compared with its PNG in tests/e2e/visual/: a pixel differs when a channel moves by more
 * than TOLERANCE levels, and at most MAX_SHARE of the pixels may (fonts and anti-aliasing move edges a little).
 * A missing baseline is written (and the test fails, to be looked at); UPDATE_SCREENSHOTS=1 rewrites them all after
 * a change meant to be seen (or a change of the sample). A failure leaves the actual PNG in the temp dir it names.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimsToCsv } from '../../extract/core/table.ts';
import { defaultSamplePath, generateCorpus, readSample } from '../../extract/gen-claims.ts';
import { baseUrl, launch, settledAfter, waitForRows } from './browser.ts';
import { decodePng, diffShare } from './png.ts';
import { ROOT } from './site.ts';

const BASELINES = join(ROOT, 'tests/e2e/visual');
const TOLERANCE = 24;
const MAX_SHARE = 0.004;

let browser: Browser;
let tmp: string;
beforeAll(async () => {
  browser = await launch();
  tmp = mkdtempSync(join(tmpdir(), 'claimboard-visual-'));
  writeFileSync(join(tmp, 'generated.csv'), claimsToCsv(generateCorpus({ rows: 3000, seed: 1, sample: readSample(defaultSamplePath()) }).claims));
});
afterAll(async () => { await browser?.close(); });

async function chartShot(scheme: 'light' | 'dark', claims: string): Promise<Buffer> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, colorScheme: scheme });
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl()}?group=baseline`);
    await waitForRows(page);
    await settledAfter(page, () => page.getByLabel('Load data').setInputFiles(claims));
    // No caret, no hover: the pointer stays outside the chart.
    await page.mouse.move(0, 0);
    return await page.locator('#chart').screenshot({ animations: 'disabled', caret: 'hide' });
  } finally {
    await context.close();
  }
}

function compare(name: string, png: Buffer): void {
  const file = join(BASELINES, `${name}.png`);
  if (process.env.UPDATE_SCREENSHOTS || !existsSync(file)) {
    mkdirSync(BASELINES, { recursive: true });
    const had = existsSync(file);
    writeFileSync(file, png);
    if (!had && !process.env.UPDATE_SCREENSHOTS) expect.fail(`no baseline: wrote ${file}; look at it and commit it`);
    return;
  }
  const share = diffShare(decodePng(readFileSync(file)), decodePng(png), TOLERANCE);
  if (share === null || share > MAX_SHARE) {
    const actual = join(tmp, `${name}.actual.png`);
    writeFileSync(actual, png);
    expect.fail(`${name}: ${share === null ? 'size differs' : `${(share * 100).toFixed(2)}% of pixels differ`} from ${file}; actual: ${actual}`);
  }
}

describe('the claims chart looks as before (1440×900, dpr 1)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`bundled sample, ${scheme}`, async () => {
      compare(`chart-sample-${scheme}`, await chartShot(scheme, join(ROOT, 'data/claims.csv')));
    });
  }
  it('3,000 generated claims (canvas marks), light', async () => {
    compare('chart-generated-light', await chartShot('light', join(tmp, 'generated.csv')));
  });
});
