// Shared by the site checks: where the built site is served, and a headless Debian chromium
// (driven by playwright-core) that refuses to talk to anything but localhost.
import {chromium} from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';

export const buildDir = process.env.KUNSKAP_BUILD_DIR;
if (!buildDir) throw new Error('set KUNSKAP_BUILD_DIR to the CMake build folder');
export const siteDir = path.join(buildDir, 'site-under-test');
export const siteUrl = fs.readFileSync(path.join(buildDir, 'site-under-test.url'), 'utf8').trim();
export const screenshotDir = path.join(buildDir, 'screenshots');

export async function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/// A context whose requests to any other host are answered locally with a blank page and
/// recorded, so a test can assert that the site itself never asked for them.
export async function isolatedContext(browser, options = {}) {
  const context = await browser.newContext(options);
  const offsite = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') return route.continue();
    offsite.push(route.request().url());
    return route.fulfill({status: 200, contentType: 'text/html', body: '<!doctype html><title>neutral</title><p>neutral page</p>'});
  });
  context.offsite = offsite;
  return context;
}

/// Every HTML file of the built site, as URL paths ("sv/begrepp/eftervald/index.html").
export function htmlPages() {
  const pages = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) pages.push(path.relative(siteDir, full));
    }
  };
  walk(siteDir);
  return pages.sort();
}
