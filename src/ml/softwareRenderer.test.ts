import { describe, expect, it } from 'vitest';
import { backendOrder, isSoftwareRenderer } from './softwareRenderer';

const SWIFTSHADER = 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)';
const LLVMPIPE = 'llvmpipe (LLVM 15.0.7, 256 bits)';
const BASIC = 'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)';
const NVIDIA = 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)';
const APPLE = 'Apple M1';

describe('isSoftwareRenderer', () => {
  it('recognises CPU rasterisers', () => {
    for (const renderer of [SWIFTSHADER, LLVMPIPE, BASIC, 'Google SwiftShader', 'Software Adapter', 'softpipe']) {
      expect(isSoftwareRenderer(renderer)).toBe(true);
    }
  });

  it('accepts real GPUs', () => {
    for (const renderer of [NVIDIA, APPLE, 'Mali-G78', 'Intel(R) UHD Graphics 620', 'AMD Radeon Pro 5500M']) {
      expect(isSoftwareRenderer(renderer)).toBe(false);
    }
  });
});

describe('backendOrder', () => {
  it('picks WebGL on auto only with a hardware renderer', () => {
    expect(backendOrder('auto', NVIDIA)).toEqual(['webgl', 'wasm', 'cpu']);
    expect(backendOrder('auto', SWIFTSHADER)).toEqual(['wasm', 'cpu']);
    expect(backendOrder('auto', null)).toEqual(['wasm', 'cpu']);
  });

  it('honours an explicit choice with cpu as the fallback', () => {
    expect(backendOrder('webgl', SWIFTSHADER)).toEqual(['webgl', 'cpu']);
    expect(backendOrder('wasm', NVIDIA)).toEqual(['wasm', 'cpu']);
    expect(backendOrder('cpu', NVIDIA)).toEqual(['cpu']);
  });
});
