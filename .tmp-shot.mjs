import { chromium } from 'playwright-core';
import { serveWithNginx } from './scripts/nginx/serve.mjs';
const site = await serveWithNginx('dist', { nginx: '/usr/sbin/nginx' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const steps = JSON.parse(process.argv[2]);
for (const s of steps) {
  const ctx = await browser.newContext({ viewport: { width: s.w ?? 375, height: s.h ?? 900 }, javaScriptEnabled: s.js !== false });
  const page = await ctx.newPage();
  if (s.storage) { await page.goto(site.url + '/'); await page.evaluate((v) => localStorage.setItem('eh-kursfremdrift', v), s.storage); }
  await page.goto(site.url + s.path);
  if (s.wait) await page.locator(s.wait).first().waitFor({ timeout: 10000 }).catch(() => {});
  if (s.click) { await page.locator(s.click).first().click(); await page.waitForTimeout(300); }
  if (s.scrollTo) await page.locator(s.scrollTo).first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: s.out, fullPage: !!s.full });
  await ctx.close();
}
await browser.close(); await site.close();
