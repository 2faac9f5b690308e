/**
 * Renders the PNG app icons in public/ from public/app-icon.svg with the system Chromium:
 * `npx tsx src/tooling/offline/renderIcons.ts`. Rerun after changing the SVG; the PNGs are committed.
 */
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../e2e/chromium.ts';

const PUBLIC = new URL('../../../public/', import.meta.url);

/** A maskable icon may be cropped to a circle of 80% of its width: full-bleed background, drawing scaled into it. */
function maskable(svg: string): string {
  return svg.replace(/<rect [^>]*\/>/, '<rect width="512" height="512" fill="#1f2937"/><g transform="translate(64 64) scale(0.75)">').replace('</svg>', '</g></svg>');
}

const svg = await readFile(new URL('app-icon.svg', PUBLIC), 'utf8');
const icons = [
  { file: 'app-icon-192.png', size: 192, markup: svg },
  { file: 'app-icon-512.png', size: 512, markup: svg },
  { file: 'app-icon-maskable-512.png', size: 512, markup: maskable(svg) },
];
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: [...CHROMIUM_ARGS] });
try {
  for (const { file, size, markup } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${markup}`);
    await page.screenshot({ path: new URL(file, PUBLIC).pathname, omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
