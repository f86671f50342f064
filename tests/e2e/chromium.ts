/**
 * Headless Chromium for the e2e tests, the UI bench and the README screenshot (no vitest imports here: the bench
 * runs under tsx). The browser is found the usual ways (findChromium); none found skips the e2e project.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/**
 * Headless in a container on a closed network: no sandbox (containers run as root), no GPU, and no background
 * networking (component updates, sync, QUIC probes), which on a closed network only floods it with refused
 * connections.
 */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Names of Chromium on PATH, in the order they are tried (Debian, Ubuntu/Fedora, Chrome). */
const ON_PATH = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
/** macOS installs apps outside PATH. */
const APP_PATHS = ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];

/** What findChromium looks at; tests give their own. */
export interface BrowserSearch {
  env: Record<string, string | undefined>;
  isExecutable(path: string): boolean;
  /** Where playwright keeps its own download of Chromium (`npx playwright install chromium`), if it knows. */
  playwrightPath(): string | undefined;
}

export type FoundBrowser = { path: string; from: string } | { missing: string };

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export const SYSTEM: BrowserSearch = {
  env: process.env,
  isExecutable: isExecutableFile,
  playwrightPath: () => {
    try {
      return chromium.executablePath();
    } catch {
      return undefined;
    }
  },
};

/**
 * Chromium the usual ways: CHROMIUM_PATH, then CHROME_PATH (a path that is not an executable is an error, not
 * skipped over), then chromium, chromium-browser, google-chrome on PATH, the macOS apps, then playwright's own
 * download. `missing` says what was tried and how to get one.
 */
export function findChromium(search: BrowserSearch = SYSTEM): FoundBrowser {
  for (const name of ['CHROMIUM_PATH', 'CHROME_PATH']) {
    const path = search.env[name];
    if (!path) continue;
    return search.isExecutable(path) ? { path, from: name } : { missing: `${name}=${path} is not an executable file` };
  }
  const dirs = (search.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of ON_PATH) {
    for (const dir of dirs) {
      const path = join(dir, name);
      if (search.isExecutable(path)) return { path, from: `${name} on PATH` };
    }
  }
  for (const path of APP_PATHS) if (search.isExecutable(path)) return { path, from: 'the installed app' };
  const downloaded = search.playwrightPath();
  if (downloaded && search.isExecutable(downloaded)) return { path: downloaded, from: "playwright's download" };
  return {
    missing: `no Chromium found (tried CHROMIUM_PATH, CHROME_PATH, ${ON_PATH.join(', ')} on PATH and playwright's download): `
      + 'install one (apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable',
  };
}

/**
 * Whether vitest runs the e2e project: yes with a browser; without one it is skipped with `message`, unless
 * E2E_REQUIRED is set (CI, .ci/run), where a missing browser is an error.
 */
export function e2ePlan(found: FoundBrowser, env: Record<string, string | undefined>): { run: boolean; message?: string } {
  if ('path' in found) return { run: true };
  if (env.E2E_REQUIRED) throw new Error(`e2e tests required (E2E_REQUIRED) but ${found.missing}`);
  return { run: false, message: `e2e project skipped: ${found.missing}` };
}

/** The browser's path, or an error saying how to get one. */
export function chromiumPath(): string {
  const found = findChromium();
  if ('missing' in found) throw new Error(`browser tests need Chromium: ${found.missing}`);
  return found.path;
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}
