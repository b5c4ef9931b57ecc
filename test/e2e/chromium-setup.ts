/**
 * Starts one Chromium for the whole browser-test run; test files connect to it through
 * `browser.ts`, so each file does not pay for its own browser start.
 */
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS } from '../../scripts/system-deps.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumEndpoint: string;
  }
}

let server: BrowserServer | undefined;

export async function setup(project: TestProject) {
  server = await chromium.launchServer({
    executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  project.provide('chromiumEndpoint', server.wsEndpoint());
}

export async function teardown() {
  await server?.close();
}
