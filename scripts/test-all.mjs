#!/usr/bin/env node
/**
 * `npm test`: every check the portal has, with one summary line and the time of each at the
 * end. Steps that need the build are skipped when it fails; the others still run, so one run
 * shows every failure. First, whatever of Chromium, nginx and Java is missing is installed from
 * Debian (scripts/system-deps.mjs), with one apt-get update and one apt-get install.
 *
 * The steps run in two lanes, one per core: the browser tests leave a core mostly idle (they
 * wait on Chromium and the server), so the fixture builds, which touch nothing outside their own
 * workspaces, run beside them from the start, followed by lint and formatting. Steps that write
 * to this checkout's .astro/ or dist/ (type check, unit tests through Astro's Vite config, build)
 * stay in one lane, one after the other. The main lane prints as it goes; the other lane's
 * output is printed whole when each step ends.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { ensureSystem } from './system-deps.mjs';
import { E2E_BUILD_DATE } from './e2e-build-date.mjs';

const MAIN_LANE = [
  { name: 'type check (astro check)', script: 'check' },
  { name: 'unit tests', script: 'test:unit' },
  { name: 'build', script: 'build' },
  { name: 'quality gates over dist/', script: 'test:quality', needsBuild: true },
  { name: 'browser tests', script: 'test:e2e', needsBuild: true },
];
// Lint and formatting read files only, so they follow the fixture builds, which since the English
// pages (fresh clone, 4 Dec) take about 360 s against about 630 s for the main lane.
const SIDE_LANE = [
  { name: 'fixture builds (editor errors, drafts)', script: 'test:build' },
  { name: 'lint (ESLint)', script: 'lint:code' },
  { name: 'formatting (Prettier)', script: 'lint:format' },
];
/** In the order the summary lists them. */
const STEPS = [...MAIN_LANE, ...SIDE_LANE];

// The site the browser tests see is built for a pinned day, so no test depends on the calendar.
process.env.PORTAL_BUILD_DATE ??= E2E_BUILD_DATE;

const system = ensureSystem();
console.log(
  `System programs: ${Object.entries(system)
    .map(([name, where]) => `${name} ${where}`)
    .join(', ')}`,
);

/**
 * Runs an npm script; resolves to its exit code and, with `buffered`, what it printed
 * (otherwise it prints as it goes).
 */
const run = (script, { buffered = false } = {}) =>
  new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], {
      stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: buffered ? { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' } : process.env,
    });
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    const done = (code) => resolve({ code, output: Buffer.concat(output).toString() });
    child.on('error', () => done(1));
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });

/**
 * CPU seconds used so far by finished child processes (Linux /proc; undefined elsewhere).
 * Shown beside wall time because wall time on a busy machine says little about the suite.
 * The lanes overlap, so it is given for the whole run, not per step.
 */
function childCpuSeconds() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf-8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100; // cutime + cstime, in 1/100 s
  } catch {
    return undefined;
  }
}

const results = new Map();
let built = true;
const started = Date.now();

async function runLane(steps, { buffered }) {
  for (const step of steps) {
    if (step.needsBuild && !built) {
      results.set(step, { status: 'skipped' });
      continue;
    }
    const header = `\n━━ ${step.name}: npm run ${step.script}\n`;
    if (!buffered) console.log(header);
    const begin = Date.now();
    const { code, output } = await run(step.script, { buffered });
    const seconds = Math.round((Date.now() - begin) / 1000);
    if (buffered) process.stdout.write(`${header}\n${output}`);
    if (step.script === 'build' && code !== 0) built = false;
    results.set(step, { status: code === 0 ? 'passed' : 'failed', seconds });
  }
}

await Promise.all([
  runLane(MAIN_LANE, { buffered: false }),
  runLane(SIDE_LANE, { buffered: true }),
]);

const mark = { passed: '✓', failed: '✗', skipped: '–' };
console.log('\nnpm test (two lanes side by side; a step’s time is its own wall time):');
for (const step of STEPS) {
  const r = results.get(step);
  const time = r.status === 'skipped' ? 'skipped: the build failed' : `${r.seconds} s`;
  console.log(`  ${mark[r.status]} ${step.name.padEnd(42)} ${time}`);
}
const failed = STEPS.filter((step) => results.get(step).status !== 'passed');
const total = Math.round((Date.now() - started) / 1000);
const cpu = childCpuSeconds();
const usage = cpu === undefined ? '' : `, CPU ${Math.round(cpu)} s`;
console.log(
  failed.length === 0
    ? `All ${STEPS.length} steps passed in ${total} s${usage}.`
    : `${failed.length} of ${STEPS.length} steps did not pass (${total} s${usage}).`,
);
process.exit(failed.length === 0 ? 0 : 1);
