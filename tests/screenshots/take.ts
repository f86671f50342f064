/**
 * The README's screenshot: the dashboard on the bundled sample (data/claims.csv) in headless Chromium at 1440×900.
 * `npx tsx tests/screenshots/take.ts` rewrites tests/screenshots/dashboard.png (run npm run extract first).
 */
import { join } from 'node:path';
import { launch } from '../e2e/chromium.ts';
import { buildAndServe, ROOT } from '../e2e/site.ts';

const OUT = join(ROOT, 'tests/screenshots/dashboard.png');

const site = await buildAndServe({ claims: join(ROOT, 'data/claims.csv'), papers: join(ROOT, 'data/papers.csv') });
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(site.url);
  await page.getByText(/\d+ of \d+ claims/).first().waitFor();
  // Every view drawn, those below the fold included (the app's data-settled mark, see tests/e2e/browser.ts).
  await page.waitForFunction(() => {
    const d = document.documentElement.dataset;
    return d.settled !== undefined && d.settled === d.rendered;
  });
  await page.screenshot({ path: OUT, type: 'png' });
  process.stdout.write(`${OUT}\n`);
} finally {
  await browser.close();
  await site.close();
}
