// Renders the app icons as PNG (for installability) from the SVGs in public/, with the
// same Chromium the browser tests use: `node scripts/make-icons.mjs`.
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const ICONS = [
  { svg: 'public/favicon.svg', png: 'public/icon-192.png', size: 192 },
  { svg: 'public/favicon.svg', png: 'public/icon-512.png', size: 512 },
  { svg: 'public/icon-maskable.svg', png: 'public/icon-maskable-512.png', size: 512 },
  { svg: 'public/favicon.svg', png: 'public/apple-touch-icon.png', size: 180 },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
for (const { svg, png, size } of ICONS) {
  const markup = (await readFile(svg, 'utf8')).replace(
    '<svg ',
    `<svg width="${size}" height="${size}" `,
  );
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>*{margin:0}</style>${markup}`);
  await page.locator('svg').screenshot({ path: png, omitBackground: true });
}
await browser.close();
