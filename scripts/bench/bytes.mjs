import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser.mjs';
import { DIST } from './site.mjs';

const KINDS = { '.js': 'js', '.css': 'css', '.woff2': 'font', '.woff': 'font', '.ttf': 'font' };
/** Fonts are compressed already and served as they are; text files are counted gzipped. */
const COMPRESSED = new Set(['.woff2', '.woff', '.png', '.jpg', '.ico']);

/** Bytes on the wire for a dist file: gzip (level 9) for text, as is for fonts and images. */
async function wireBytes(file) {
  const content = await readFile(join(DIST, file));
  return COMPRESSED.has(extname(file)) ? content.length : gzipSync(content, { level: 9 }).length;
}

async function sumByKind(files) {
  const sums = { js: 0, css: 0, font: 0, other: 0 };
  for (const file of files) sums[KINDS[extname(file)] ?? 'other'] += await wireBytes(file);
  return { ...sums, total: sums.js + sums.css + sums.font, files: files.length };
}

async function distFiles(dir = '') {
  const entries = await readdir(join(DIST, dir), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? distFiles(join(dir, e.name)) : [join(dir, e.name)])),
  );
  return nested.flat();
}

/** The dist files the overview requests on a first visit (empty database), in order. */
async function firstScreenFiles(baseUrl) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ baseURL: baseUrl, locale: 'da-DK' });
    const requested = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === baseUrl) requested.push(url.pathname.slice(1) || 'index.html');
    });
    await page.goto('/', { waitUntil: 'networkidle' });
    await page.locator('main h1').waitFor();
    return [...new Set(requested)];
  } finally {
    await browser.close();
  }
}

/**
 * Modules that must load only when used, found in the first screen's chunks: other
 * screens' feature code, and the libraries for calendar files, QR codes, share links.
 */
const ONLY_WHEN_USED = [
  /\/src\/features\/(?!overview\/)/,
  /\/node_modules\/(ics|qrcode|lz-string|ical\.js)\//,
];

function loadedTooEarly(files, chunkModules) {
  return files
    .flatMap((file) => chunkModules.get(file) ?? [])
    .filter((id) => ONLY_WHEN_USED.some((pattern) => pattern.test(id)))
    .map((id) => id.replace(process.cwd(), ''));
}

export async function measureBytes(baseUrl, chunkModules) {
  const first = await firstScreenFiles(baseUrl);
  return {
    firstScreen: { ...(await sumByKind(first)), requested: first },
    dist: await sumByKind(await distFiles()),
    loadedTooEarly: loadedTooEarly(first, chunkModules),
  };
}
