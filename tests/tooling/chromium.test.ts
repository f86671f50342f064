/** How the browser tests find a Chromium, and what happens without one (the e2e project is skipped, except in CI). */
import { describe, expect, it } from 'vitest';
import { e2ePlan, findChromium, type BrowserSearch } from '../e2e/chromium.ts';

/** A machine with these executables, this environment and (maybe) playwright's download. */
function machine(executables: string[], env: Record<string, string> = {}, playwright?: string): BrowserSearch {
  return { env: { PATH: '/opt/bin:/usr/bin', ...env }, isExecutable: (p) => executables.includes(p), playwrightPath: () => playwright };
}

describe('findChromium', () => {
  it('prefers CHROMIUM_PATH, then CHROME_PATH, then PATH names in order, then the macOS app, then playwright', () => {
    const all = ['/x/chrome', '/y/chrome', '/usr/bin/chromium', '/opt/bin/chromium-browser', '/usr/bin/google-chrome', '/pw/chrome'];
    expect(findChromium(machine(all, { CHROMIUM_PATH: '/x/chrome', CHROME_PATH: '/y/chrome' }, '/pw/chrome'))).toEqual({ path: '/x/chrome', from: 'CHROMIUM_PATH' });
    expect(findChromium(machine(all, { CHROME_PATH: '/y/chrome' }))).toEqual({ path: '/y/chrome', from: 'CHROME_PATH' });
    expect(findChromium(machine(all))).toEqual({ path: '/usr/bin/chromium', from: 'chromium on PATH' });
    expect(findChromium(machine(['/opt/bin/chromium-browser', '/usr/bin/google-chrome']))).toEqual({ path: '/opt/bin/chromium-browser', from: 'chromium-browser on PATH' });
    expect(findChromium(machine(['/usr/bin/google-chrome', '/pw/chrome'], {}, '/pw/chrome'))).toEqual({ path: '/usr/bin/google-chrome', from: 'google-chrome on PATH' });
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findChromium(machine([mac, '/pw/chrome'], {}, '/pw/chrome'))).toEqual({ path: mac, from: 'the installed app' });
    expect(findChromium(machine(['/pw/chrome'], {}, '/pw/chrome'))).toEqual({ path: '/pw/chrome', from: "playwright's download" });
  });

  it('says what was tried when there is none, and when a given path is wrong', () => {
    const none = findChromium(machine([], {}, '/pw/not-downloaded'));
    expect(none).toEqual({ missing: expect.stringMatching(/^no Chromium found \(tried CHROMIUM_PATH, CHROME_PATH, chromium, chromium-browser, google-chrome.* on PATH and playwright's download\): install one/) });
    expect(findChromium(machine(['/usr/bin/chromium'], { CHROMIUM_PATH: '/typo/chromium' }))).toEqual({ missing: 'CHROMIUM_PATH=/typo/chromium is not an executable file' });
  });
});

describe('e2ePlan', () => {
  it('runs with a browser; skips with the reason without one; fails without one when E2E_REQUIRED (CI)', () => {
    expect(e2ePlan({ path: '/usr/bin/chromium', from: 'chromium on PATH' }, {})).toEqual({ run: true });
    expect(e2ePlan({ missing: 'no Chromium found' }, {})).toEqual({ run: false, message: 'e2e project skipped: no Chromium found' });
    expect(() => e2ePlan({ missing: 'no Chromium found' }, { E2E_REQUIRED: '1' })).toThrow('e2e tests required (E2E_REQUIRED) but no Chromium found');
  });
});
