// Shared by the site checks: where the built site is served, and a headless Debian chromium
// (driven by playwright-core) that refuses to talk to anything but localhost.
import {chromium} from 'playwright-core';
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

export const buildDir = process.env.KUNSKAP_BUILD_DIR;
if (!buildDir) throw new Error('set KUNSKAP_BUILD_DIR to the CMake build folder');
export const siteDir = path.join(buildDir, 'site-under-test');
// Written by site_server.sh; suites that serve a fixture of their own run without it.
const urlFile = path.join(buildDir, 'site-under-test.url');
export const siteUrl = fs.existsSync(urlFile) ? fs.readFileSync(urlFile, 'utf8').trim() : null;
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

/// Every HTML file of a built site (the repo's by default), as URL paths
/// ("sv/begrepp/eftervald/index.html").
export function htmlPages(root = siteDir) {
  const pages = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) pages.push(path.relative(root, full));
    }
  };
  walk(root);
  return pages.sort();
}

const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const contentTypes = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.vcf': 'text/vcard', '.xml': 'application/xml',
  '.gz': 'application/gzip', '.png': 'image/png', '.svg': 'image/svg+xml',
};

/// Builds tests/fixtures/NAME with the kunskap under test, from a copy (a build writes its
/// cache into the site folder). Returns the output folder.
export function buildFixture(name) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `kunskap-${name}-`));
  const source = path.join(work, 'site');
  fs.cpSync(path.join(repoRoot, 'tests/fixtures', name), source, {recursive: true});
  const out = path.join(work, 'public');
  execFileSync(path.join(buildDir, 'kunskap'), ['build', '--source', source, '--out', out],
               {stdio: ['ignore', 'ignore', 'pipe']});
  return out;
}

/// Serves a folder on a free localhost port; returns {url, close}.
export async function serveFolder(dir) {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    let file = path.join(dir, decodeURIComponent(url.pathname));
    if (!file.startsWith(dir)) { response.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) { response.writeHead(404).end(); return; }
    response.writeHead(200, {'Content-Type': contentTypes[path.extname(file)] || 'application/octet-stream'});
    response.end(fs.readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {url: `http://127.0.0.1:${server.address().port}/`,
          close: () => new Promise((resolve) => server.close(resolve))};
}
