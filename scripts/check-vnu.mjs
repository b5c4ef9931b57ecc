#!/usr/bin/env node
/**
 * Gate: the Nu Html Checker (vnu.jar from the pinned `vnu-jar` package, on Debian's Java)
 * finds no error in any page, stylesheet or SVG of the built site. It is the independent
 * second opinion beside html-validate: one Java process checks every file.
 *
 *   node scripts/check-vnu.mjs [dist]      (default $PORTAL_OUT_DIR or dist/)
 *
 * Pagefind's generated files are not the portal's and are left out.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureSystem } from './system-deps.mjs';
import { distDir, filesIn, summaryLine } from './dist-files.mjs';

/**
 * Messages the checker is wrong about, each with the reason. A filter names one exact message.
 */
export const KNOWN_CHECKER_GAPS = [
  {
    message: /^CSS: Unrecognized at-rule “@property”\.?$/,
    why:
      'vnu’s CSS checker predates CSS Properties and Values API Level 1 (@property, in every ' +
      'current browser). Punkt’s components.css declares one (--angle) for an animation.',
  },
];

const vnuJar = () => createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/** Runs vnu over `files`; resolves to its messages (JSON format). */
export function runVnu(files, { java = 'java' } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      java,
      [
        '-Xss8m',
        '-jar',
        vnuJar(),
        '--format',
        'json',
        '--exit-zero-always',
        '--also-check-css',
        '--also-check-svg',
        ...files,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      // vnu writes its JSON report to stderr unless --stdout is given.
      const text = (err.trim().startsWith('{') ? err : out).trim();
      try {
        resolve(JSON.parse(text).messages);
      } catch {
        reject(new Error(`vnu exited with ${code} and no report:\n${err || out}`));
      }
    });
  });
}

export async function checkVnu(dist) {
  const { java } = ensureSystem(['java']);
  const files = filesIn(dist, ['.html', '.css', '.svg']).filter(
    (file) => !path.relative(dist, file).startsWith('pagefind'),
  );
  const messages = await runVnu(files, { java });
  const known = (message) => KNOWN_CHECKER_GAPS.some((gap) => gap.message.test(message.message));
  const errors = messages.filter(
    (message) => (message.type === 'error' || message.subType === 'fatal') && !known(message),
  );
  const ignored = messages.filter((message) => message.type === 'error' && known(message));
  const warnings = messages.filter((message) => message.subType === 'warning');
  const where = (message) =>
    `${path.relative(dist, new URL(message.url).pathname)}:${message.lastLine ?? '?'}:${message.firstColumn ?? '?'}`;
  const pages = files.filter((file) => file.endsWith('.html')).length;
  const sheets = files.filter((file) => file.endsWith('.css')).length;
  const svgs = files.length - pages - sheets;
  const ok = errors.length === 0 && pages > 0;
  const details = [
    ...errors.map((message) => `${where(message)}: ${message.message}`),
    ...warnings.map((message) => `${where(message)}: warning: ${message.message}`),
  ].join('\n');
  return {
    ok,
    summary: summaryLine(
      ok,
      'Nu Html Checker',
      `${pages} pages, ${sheets} stylesheets, ${svgs} SVG, ${errors.length} errors` +
        (warnings.length ? `, ${warnings.length} warnings` : '') +
        (ignored.length
          ? ` (${ignored.length} known checker gap${ignored.length > 1 ? 's' : ''} ignored)`
          : ''),
    ),
    details,
    pages,
    errors: errors.length,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await checkVnu(distDir());
  if (result.details) console.log(result.details);
  console.log(result.summary);
  process.exit(result.ok ? 0 : 1);
}
