#!/usr/bin/env node
/**
 * `npm test`: every check the portal has, in order, with one summary line and the time of
 * each at the end. Steps that need the build are skipped when it fails; the others still run,
 * so one run shows every failure. First, whatever of Chromium, nginx and Java is missing is
 * installed from Debian (scripts/system-deps.mjs), with one apt-get update and one apt-get install.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { ensureSystem } from './system-deps.mjs';

const STEPS = [
  { name: 'type check (astro check)', script: 'check' },
  { name: 'lint (ESLint)', script: 'lint:code' },
  { name: 'formatting (Prettier)', script: 'lint:format' },
  { name: 'unit tests', script: 'test:unit' },
  { name: 'build', script: 'build' },
  { name: 'quality gates over dist/', script: 'test:quality', needsBuild: true },
  { name: 'browser tests', script: 'test:e2e', needsBuild: true },
  { name: 'fixture builds (editor errors, drafts)', script: 'test:build' },
];

const system = ensureSystem();
console.log(
  `System programs: ${Object.entries(system)
    .map(([name, where]) => `${name} ${where}`)
    .join(', ')}`,
);

const run = (script) =>
  new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: 'inherit' });
    child.on('error', () => resolve(1));
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });

/**
 * CPU seconds used so far by finished child processes (Linux /proc; undefined elsewhere).
 * Shown beside wall time because wall time on a busy machine says little about the suite.
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

const results = [];
let built = true;
const started = Date.now();
for (const step of STEPS) {
  if (step.needsBuild && !built) {
    results.push({ ...step, status: 'skipped' });
    continue;
  }
  console.log(`\n━━ ${step.name}: npm run ${step.script}\n`);
  const begin = Date.now();
  const cpuBefore = childCpuSeconds();
  const code = await run(step.script);
  const seconds = Math.round((Date.now() - begin) / 1000);
  const cpuAfter = childCpuSeconds();
  const cpu =
    cpuBefore === undefined || cpuAfter === undefined
      ? undefined
      : Math.round(cpuAfter - cpuBefore);
  if (step.script === 'build' && code !== 0) built = false;
  results.push({ ...step, status: code === 0 ? 'passed' : 'failed', seconds, cpu });
}

const mark = { passed: '✓', failed: '✗', skipped: '–' };
console.log('\nnpm test:');
for (const r of results) {
  const cpu = r.cpu === undefined ? '' : ` (CPU ${r.cpu} s)`;
  const time = r.status === 'skipped' ? 'skipped: the build failed' : `${r.seconds} s${cpu}`;
  console.log(`  ${mark[r.status]} ${r.name.padEnd(42)} ${time}`);
}
const failed = results.filter((r) => r.status !== 'passed');
const total = Math.round((Date.now() - started) / 1000);
console.log(
  failed.length === 0
    ? `All ${results.length} steps passed in ${total} s.`
    : `${failed.length} of ${results.length} steps did not pass (${total} s).`,
);
process.exit(failed.length === 0 ? 0 : 1);
