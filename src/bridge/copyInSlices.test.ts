import { describe, expect, it } from 'vitest';
import { copyInSlices } from './copyInSlices';

describe('copyInSlices', () => {
  it('copies each array whole into a fresh buffer of its own type, and keeps null', async () => {
    // Larger than one slice, so the copy is stitched from several.
    const long = Float64Array.from({ length: 150_000 }, (_, i) => i * 0.5);
    const short = Uint8Array.from([1, 0, 2]);
    const [a, b, c] = await copyInSlices([long, null, short]);
    expect(a).toBeInstanceOf(Float64Array);
    expect(a!.length).toBe(long.length);
    expect(a!.every((v, i) => v === long[i])).toBe(true);
    expect(a!.buffer).not.toBe(long.buffer);
    expect(b).toBeNull();
    expect(c).toEqual(short);
    expect(c).toBeInstanceOf(Uint8Array);
  });
});
