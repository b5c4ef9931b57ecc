#!/usr/bin/env node
/**
 * Finds the Chromium the browser tests drive: $CHROME_PATH, else Debian's /usr/bin/chromium.
 * Playwright's own browser download does not work on these machines, so when none is there
 * this fails at once with the one command that installs it.
 */
import { accessSync, constants } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const INSTALL_COMMAND = 'apt-get install -y chromium';
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

const isExecutable = (file) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The path of a runnable Chromium, or undefined. */
export function findChromium(env = process.env) {
  if (env.CHROME_PATH) return isExecutable(env.CHROME_PATH) ? env.CHROME_PATH : undefined;
  return CANDIDATES.find(isExecutable);
}

/** The Chromium path, or exits the process with the install command. */
export function ensureChromium(env = process.env) {
  const found = findChromium(env);
  if (found) return found;
  const where = env.CHROME_PATH
    ? `CHROME_PATH=${env.CHROME_PATH} is not an executable`
    : 'No Chromium found';
  console.error(
    `${where}. The browser tests need Debian's Chromium; install it with:\n\n${INSTALL_COMMAND}\n`,
  );
  process.exit(1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(`Chromium: ${ensureChromium()}`);
}
