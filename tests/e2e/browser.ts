import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { hostPerFile, perFile, type TestHost, type TestHostOptions } from '../integration/helpers/host';

export const SCREENSHOTS = path.join(__dirname, '__screenshots__');
// E2E_H5_DIR: a build made with TARO_OUTPUT elsewhere (engineers working side by side); npm test uses dist/h5.
export const H5_DIR = path.resolve(__dirname, '../..', process.env.E2E_H5_DIR || 'dist/h5');

/** Debian's Chromium, headless, with no reaching out to the (closed) network. */
export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync('/usr/bin/chromium')) throw new Error('Chromium is missing: run `apt-get install -y chromium` (npm test does it as root).');
  if (!fs.existsSync(path.join(H5_DIR, 'index.html'))) throw new Error('The H5 build is missing: run `npm run build:h5` (npm test does it).');
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** A phone-sized page that fails the test on any uncaught page error; timezoneId: a phone set to another zone. */
export async function phonePage(browser: Browser, opts: { timezoneId?: string } = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'zh-CN', ...opts });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  return { page, errors };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** A screenshot of the whole page: Taro's H5 page scrolls inside its own element, so the viewport grows to fit it first. */
export async function fullScreenshot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(2000); // toasts fade
  const size = page.viewportSize() ?? { width: 390, height: 844 };
  const height = await page.evaluate(() => Math.max(...Array.from(document.querySelectorAll('body, body *'), (el) => el.scrollHeight)));
  await page.setViewportSize({ width: size.width, height: Math.min(Math.max(height, size.height), 4000) });
  await screenshot(page, name);
  await page.setViewportSize(size);
}

/** This file's seeded host serving the H5 build, and a headless Chromium, both for the whole file (see perFile). */
export function appPerFile(opts: TestHostOptions = {}): { host: TestHost; browser: Browser } {
  // The browser first: afterAll hooks run in the order they were declared, and the host's close waits for
  // the browser's open connections to it.
  const browser = perFile(launchBrowser, (b) => b.close());
  return { host: hostPerFile({ h5Dir: H5_DIR, seed: true, ...opts }), browser };
}
