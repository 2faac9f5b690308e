import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ImportError, isAbortError } from '../../shared/errors';
import { checkHeadBytes, firstInvalidUtf8, readTextChunks, readTextHead, readWholeText } from './textStream';

const encoder = new TextEncoder();

/** A stream that hands out `bytes` in pieces of `piece` bytes, as File.stream() does. */
function streamOf(bytes: Uint8Array, piece = 7): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) {
        controller.close();
        return;
      }
      controller.enqueue(bytes.slice(at, at + piece));
      at += piece;
    },
  });
}

async function collect(stream: ReadableStream<Uint8Array>, options: Parameters<typeof readTextChunks>[1]): Promise<string[]> {
  const pieces: string[] = [];
  for await (const text of readTextChunks(stream, options)) pieces.push(text);
  return pieces;
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

describe('checkHeadBytes', () => {
  it('accepts text and recognises gzip by its magic bytes', () => {
    expect(checkHeadBytes(encoder.encode('timestamp,value\n'), 'a.csv')).toEqual({ compressed: false });
    expect(checkHeadBytes(gzipSync('a,b\n1,2\n'), 'a.csv')).toEqual({ compressed: true });
    // The bytes decide: a plain-text file named .gz is read as text.
    expect(checkHeadBytes(encoder.encode('a,b\n'), 'a.csv.gz')).toEqual({ compressed: false });
    expect(checkHeadBytes(new Uint8Array(0), 'empty.csv')).toEqual({ compressed: false });
  });

  it.each([
    ['chart.png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], 'PNG image'],
    ['photo.jpg', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JPEG image'],
    ['anim.gif', [...encoder.encode('GIF89a'), 1, 0], 'GIF image'],
    ['report.pdf', [...encoder.encode('%PDF-1.7\n')], 'PDF document'],
    ['logs.zip', [0x50, 0x4b, 0x03, 0x04, 0x14, 0], 'ZIP archive'],
    ['logs.bz2', [...encoder.encode('BZh9'), 0x31, 0x41, 0x59, 0x26, 0x53, 0x59], 'bzip2 archive'],
  ])('names the kind of binary file %s', (name, bytes, kind) => {
    expect(() => checkHeadBytes(Uint8Array.from(bytes), name)).toThrow(`${name}: looks like a binary file (${kind}), not a text log`);
  });

  it('rejects unknown binary content by its NUL bytes, and UTF-16 text', () => {
    const binary = Uint8Array.from({ length: 300 }, (_, i) => (i * 37) % 251);
    expect(() => checkHeadBytes(binary, 'blob.dat')).toThrow('blob.dat: looks like a binary file, not a text log');
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from(encoder.encode('time,cpu\n')).flatMap((b) => [b, 0])]);
    expect(() => checkHeadBytes(utf16, 'u16.csv')).toThrow(/u16\.csv: is UTF-16 text, not UTF-8; save it as UTF-8/);
    const error = (() => {
      try {
        checkHeadBytes(binary, 'blob.dat');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ImportError);
  });

  it('lets text that merely starts like a weak signature through', () => {
    expect(checkHeadBytes(encoder.encode('BM,cpu\n1,2\n'), 'bm.csv')).toEqual({ compressed: false });
    expect(checkHeadBytes(encoder.encode('MZ-host 12.5\n'), 'mz.txt')).toEqual({ compressed: false });
  });
});

describe('readTextChunks', () => {
  it('decodes UTF-8 split across pieces, strips a BOM and regroups into chunks', async () => {
    const text = 'time,température\n2024-01-01T00:00:00Z,23.5 °C ✓\n'.repeat(20);
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode(text)]);
    const pieces = await collect(streamOf(bytes, 5), { fileName: 'a.csv', compressed: false, chunkBytes: 100 });
    expect(pieces.join('')).toBe(text);
    expect(pieces.length).toBeGreaterThan(5);
    // Every piece but the last is about chunkBytes of UTF-8.
    for (const piece of pieces.slice(0, -1)) expect(encoder.encode(piece).length).toBeGreaterThanOrEqual(96);
  });

  it('gunzips and reports progress in compressed bytes', async () => {
    const text = Array.from({ length: 5000 }, (_, i) => `2024-01-01 00:00:${String(i % 60).padStart(2, '0')},${i}.25\n`).join('');
    const gz = gzipSync(text);
    const seen: number[] = [];
    const pieces = await collect(streamOf(gz, 1000), { fileName: 'a.csv.gz', compressed: true, onBytes: (n) => seen.push(n) });
    expect(pieces.join('')).toBe(text);
    expect(seen[seen.length - 1]).toBe(gz.length);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('names the file and roughly where for invalid UTF-8', async () => {
    const bytes = encoder.encode(`time,cpu\n${'2024-01-01 00:00:00,1.5\n'.repeat(500)}`);
    const broken = new Uint8Array([...bytes.subarray(0, 12_000), 0xe9, ...encoder.encode('t\n')]);
    const error = await failure(collect(streamOf(broken, 4096), { fileName: 'latin1.csv', compressed: false, chunkBytes: 8192 }));
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toBe(
      'latin1.csv: is not UTF-8 text (invalid byte near byte 12,001); save it as UTF-8 and try again',
    );
  });

  it('reports a cut-off multi-byte character at the end', async () => {
    const bytes = new Uint8Array([...encoder.encode('a,b\n1,2 '), 0xe2, 0x82]);
    const error = await failure(collect(streamOf(bytes), { fileName: 'cut.csv', compressed: false }));
    expect((error as Error).message).toMatch(/^cut\.csv: is not UTF-8 text \(invalid byte near byte 10\)/);
  });

  it('rejects a broken gzip file and binary content inside gzip', async () => {
    const gz = gzipSync('a,b\n'.repeat(1000));
    const truncated = gz.subarray(0, gz.length - 30);
    const error = await failure(collect(streamOf(truncated, 64), { fileName: 'cut.csv.gz', compressed: true }));
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toMatch(/^cut\.csv\.gz: is not a valid gzip file or is cut short/);

    const png = gzipSync(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
    const binary = await failure(collect(streamOf(png), { fileName: 'img.gz', compressed: true }));
    expect((binary as Error).message).toBe('img.gz: looks like a binary file (PNG image), not a text log');
  });

  it('stops with an AbortError when the signal fires, and stops reading the source', async () => {
    const controller = new AbortController();
    let cancelled = false;
    let pulls = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(c) {
        pulls++;
        c.enqueue(encoder.encode('1,2\n'.repeat(100)));
      },
      cancel() {
        cancelled = true;
      },
    });
    const reading = (async () => {
      for await (const text of readTextChunks(endless, { fileName: 'big.csv', compressed: false, signal: controller.signal, chunkBytes: 1000 })) {
        if (text.length > 0 && pulls > 5) controller.abort();
      }
    })();
    const error = await failure(reading);
    expect(isAbortError(error)).toBe(true);
    expect(cancelled).toBe(true);
  });
});

describe('helpers', () => {
  it('readTextHead reads only the start of a long stream', async () => {
    let cancelled = false;
    const endless = new ReadableStream<Uint8Array>({
      pull: (c) => c.enqueue(encoder.encode('x,1\n'.repeat(1000))),
      cancel: () => {
        cancelled = true;
      },
    });
    const head = await readTextHead(endless, { fileName: 'a.csv', compressed: false, maxBytes: 10_000 });
    expect(head.length).toBe(10_000);
    expect(cancelled).toBe(true);
  });

  it('readWholeText gunzips a small file when it is gzip', async () => {
    const text = 'label\n0\n1\n';
    expect(await readWholeText(new Blob([gzipSync(text)]), 'labels.gz')).toBe(text);
    expect(await readWholeText(new Blob([text]), 'labels.txt')).toBe(text);
  });

  it('firstInvalidUtf8 finds the bad byte and ignores a sequence cut off at the end', () => {
    expect(firstInvalidUtf8(encoder.encode('abc é ✓'))).toBe(-1);
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xe2, 0x28, 0xa1]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xe2, 0x82]))).toBe(-1);
  });
});
