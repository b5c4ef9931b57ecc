#!/usr/bin/env node
/**
 * The three system programs the tests need, all from Debian's packages:
 *
 *   chromium  the browser the browser tests and Lighthouse drive   (package chromium)
 *   nginx     the web server the browser tests serve dist/ with    (package nginx)
 *   java      runs the Nu Html Checker (vnu.jar) in the quality gates (package default-jre-headless)
 *
 * `ensureSystem()` finds each one; whatever is missing is installed with ONE
 * `apt-get update` + `apt-get install -y` (through sudo when not root), and the command is
 * printed first. One package manager for all three, and Debian's Chromium gets Debian's
 * security updates. `node scripts/system-deps.mjs` does the same from the command line.
 *
 * Overrides: CHROME_PATH, NGINX_PATH, JAVA_PATH (a program that is set but not executable is an error).
 */
import { accessSync, constants } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** What each program is, where it is looked for, and the Debian package that brings it. */
export const PROGRAMS = {
  chromium: {
    env: 'CHROME_PATH',
    candidates: ['/usr/bin/chromium', '/usr/bin/chromium-browser'],
    onPath: ['chromium', 'chromium-browser'],
    package: 'chromium',
    for: 'browser tests and Lighthouse',
  },
  nginx: {
    env: 'NGINX_PATH',
    candidates: ['/usr/sbin/nginx'],
    onPath: ['nginx'],
    package: 'nginx',
    for: 'serving dist/ in the browser tests',
  },
  java: {
    env: 'JAVA_PATH',
    candidates: [],
    onPath: ['java'],
    package: 'default-jre-headless',
    for: 'the Nu Html Checker (vnu.jar)',
  },
};

/**
 * Flags for Debian's Chromium wherever it is driven (browser tests, Lighthouse): no sandbox,
 * as the tests run as root, and nothing that phones home.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const isExecutable = (file) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The path of one program, or undefined. */
export function findProgram(name, env = process.env) {
  const program = PROGRAMS[name];
  const set = env[program.env];
  if (set) return isExecutable(set) ? set : undefined;
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  if (name === 'java' && env.JAVA_HOME) dirs.unshift(path.join(env.JAVA_HOME, 'bin'));
  return [
    ...program.candidates,
    ...program.onPath.flatMap((command) => dirs.map((dir) => path.join(dir, command))),
  ].find(isExecutable);
}

/** { chromium, nginx, java }: each program's path, or undefined when missing. */
export function findSystem(names = Object.keys(PROGRAMS), env = process.env) {
  return Object.fromEntries(names.map((name) => [name, findProgram(name, env)]));
}

/** The apt-get commands that install `packages`, through sudo when not root. */
export function installCommands(packages, uid = process.getuid?.() ?? 0) {
  const sudo = uid === 0 ? [] : ['sudo'];
  return [
    [...sudo, 'apt-get', 'update'],
    [...sudo, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', ...packages],
  ];
}

/**
 * Finds the programs in `names`, installs the missing ones from Debian, and returns their
 * paths. Exits the process with the reason when a program cannot be had.
 */
export function ensureSystem(names = Object.keys(PROGRAMS), env = process.env) {
  const found = findSystem(names, env);
  const badOverride = names.filter((name) => !found[name] && env[PROGRAMS[name].env]);
  if (badOverride.length > 0) {
    for (const name of badOverride)
      console.error(`${PROGRAMS[name].env}=${env[PROGRAMS[name].env]} is not an executable.`);
    process.exit(1);
  }
  const missing = names.filter((name) => !found[name]);
  if (missing.length === 0) return found;

  const packages = missing.map((name) => PROGRAMS[name].package);
  console.log(
    `Missing: ${missing.map((name) => `${name} (${PROGRAMS[name].for})`).join(', ')}.\n` +
      `Installing Debian's ${packages.join(', ')}:`,
  );
  for (const command of installCommands(packages)) {
    console.log(`$ ${command.join(' ')}`);
    const result = spawnSync(command[0], command.slice(1), { stdio: 'inherit' });
    if (result.status !== 0) {
      console.error(
        `\n\`${command.join(' ')}\` failed (${result.error?.message ?? `exit ${result.status}`}). ` +
          `Install ${packages.join(', ')} and run the tests again.`,
      );
      process.exit(1);
    }
  }
  const after = findSystem(names, env);
  const still = names.filter((name) => !after[name]);
  if (still.length > 0) {
    console.error(`Still missing after the install: ${still.join(', ')}.`);
    process.exit(1);
  }
  return after;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const found = ensureSystem();
  for (const [name, where] of Object.entries(found)) console.log(`${name}: ${where}`);
}
