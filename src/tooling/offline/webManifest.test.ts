import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

const PUBLIC = new URL('../../../public/', import.meta.url);

interface Icon {
  src: string;
  sizes: string;
  type: string;
  purpose: string;
}

/** Width and height from a PNG's IHDR chunk, which always comes first. */
function pngSize(bytes: Buffer): string {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

describe('manifest.webmanifest', () => {
  it('makes the app installable: a name, a standalone window at the root, a theme colour and icons of the sizes it states', async () => {
    const manifest = JSON.parse(await readFile(new URL('manifest.webmanifest', PUBLIC), 'utf8')) as Record<string, unknown> & { icons: Icon[] };
    expect(manifest).toMatchObject({ name: expect.any(String), short_name: expect.any(String), start_url: '/', display: 'standalone' });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
    const html = await readFile(new URL('../../../index.html', import.meta.url), 'utf8');
    expect(html).toContain(`<meta name="theme-color" content="${manifest.theme_color as string}" />`);
    expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest" />');

    // Chromium installs with a PNG of at least 192 px; Android crops a maskable one to its own shape.
    const sizes = manifest.icons.filter((icon) => icon.type === 'image/png').map((icon) => `${icon.sizes} ${icon.purpose}`);
    expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
    for (const icon of manifest.icons) {
      const bytes = await readFile(new URL(icon.src, PUBLIC));
      if (icon.type === 'image/png') expect(pngSize(bytes), icon.src).toBe(icon.sizes);
      else expect(bytes.toString('utf8'), icon.src).toMatch(/^<svg /);
    }
  });
});
