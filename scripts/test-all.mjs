#!/usr/bin/env node
/**
 * `npm test`: every check the portal has, in order, with one summary line and the time of
 * each at the end. Steps that need the build are skipped when it fails; the others still run,
 * so one run shows every failure. Chromium is checked first, so a missing browser fails at once.
 */
import { spawn } from 'node:child_process';
import { ensureChromium } from './ensure-chromium.mjs';

const STEPS = [
  { name: 'type check (astro check)', script: 'check' },
  { name: 'lint (ESLint + Prettier)', script: 'lint' },
  { name: 'unit tests', script: 'test:unit' },
  { name: 'build', script: 'build' },
  { name: 'quality gates over dist/', script: 'test:quality', needsBuild: true },
  { name: 'browser tests', script: 'test:e2e', needsBuild: true },
  { name: 'fixture builds (editor errors, drafts)', script: 'test:build' },
];

ensureChromium();

const run = (script) =>
  new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: 'inherit' });
    child.on('error', () => resolve(1));
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });

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
  const code = await run(step.script);
  const seconds = Math.round((Date.now() - begin) / 1000);
  if (step.script === 'build' && code !== 0) built = false;
  results.push({ ...step, status: code === 0 ? 'passed' : 'failed', seconds });
}

const mark = { passed: '✓', failed: '✗', skipped: '–' };
console.log('\nnpm test:');
for (const r of results) {
  const time = r.status === 'skipped' ? 'skipped: the build failed' : `${r.seconds} s`;
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
