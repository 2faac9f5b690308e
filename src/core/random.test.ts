import { describe, expect, it } from 'vitest';
import { createRandom, deriveSeed, normalQuantile } from './random';

describe('createRandom', () => {
  it('repeats its sequence for the same seed and differs for another', () => {
    const a = createRandom(7);
    const b = createRandom(7);
    const c = createRandom(8);
    const xs = Array.from({ length: 100 }, () => a.next());
    expect(Array.from({ length: 100 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 100 }, () => c.next())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('draws normals with mean 0 and sd 1', () => {
    const r = createRandom(1);
    const xs = Array.from({ length: 200_000 }, () => r.normal());
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
    expect(Math.abs(mean)).toBeLessThan(0.01);
    expect(Math.abs(sd - 1)).toBeLessThan(0.01);
    expect(xs.filter((x) => Math.abs(x) > 1.96).length / xs.length).toBeCloseTo(0.05, 2);
  });

  it('draws integers inclusively and weighted choices by weight', () => {
    const r = createRandom(2);
    const ints = new Set(Array.from({ length: 1000 }, () => r.int(3, 5)));
    expect([...ints].sort()).toEqual([3, 4, 5]);
    const counts = [0, 0, 0];
    for (let i = 0; i < 30_000; i++) counts[r.weighted([1, 0, 3])]++;
    expect(counts[1]).toBe(0);
    expect(counts[2] / counts[0]).toBeGreaterThan(2.7);
    expect(counts[2] / counts[0]).toBeLessThan(3.3);
    expect(r.weighted([0, 0])).toBe(-1);
  });

  it('derives distinct stream seeds', () => {
    expect(new Set([0, 1, 2, 3].map((s) => deriveSeed(42, s))).size).toBe(4);
  });
});

describe('normalQuantile', () => {
  it('matches known quantiles', () => {
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232, 5);
  });
});
