import * as tf from '@tensorflow/tfjs';
import { getThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import { AppError } from '../shared/errors';
import type { BackendChoice, BackendName, BackendProbe } from '../shared/training';
import { backendOrder, isSoftwareRenderer } from './softwareRenderer';
import { installWasmSlicing } from './wasmSlice';

let wasmConfigured = false;

/** Points the wasm backend at the binaries bundled with the app (no CDN) and keeps it single-threaded. */
function configureWasm(): void {
  if (wasmConfigured) return;
  wasmConfigured = true;
  // The threaded build brings no gain on 2 cores and hangs when minified, so it is never shipped.
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  setWasmPaths({
    'tfjs-backend-wasm.wasm': wasmUrl,
    'tfjs-backend-wasm-simd.wasm': wasmSimdUrl,
    // setWasmPaths insists on all three names; with threads off this entry is never fetched.
    'tfjs-backend-wasm-threaded-simd.wasm': wasmSimdUrl,
  });
  installWasmSlicing();
}

/** The unmasked WebGL renderer string from an OffscreenCanvas, or null when WebGL is unavailable. */
export function webglRenderer(): string | null {
  if (typeof OffscreenCanvas === 'undefined') return null;
  try {
    const canvas = new OffscreenCanvas(1, 1);
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (!gl) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer: unknown = gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER);
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return typeof renderer === 'string' ? renderer : null;
  } catch (error) {
    console.warn('WebGL detection failed', error);
    return null;
  }
}

/** No tfjs backend could be started. */
export class BackendUnavailableError extends AppError {
  constructor(tried: readonly string[]) {
    super(`None of the compute backends (${tried.join(', ')}) could be started in this browser.`);
    this.name = 'BackendUnavailableError';
  }
}

/**
 * Activates a tfjs backend and returns its name. `auto` takes WebGL only on a real GPU (software
 * WebGL is detected from the renderer string and is slower than wasm), otherwise wasm; any backend
 * that fails to initialise falls through to the next, with cpu last.
 * @throws BackendUnavailableError when not even cpu starts.
 */
export async function chooseBackend(requested: BackendChoice): Promise<BackendName> {
  const order = backendOrder(requested, requested === 'auto' ? webglRenderer() : null);
  for (const name of order) {
    try {
      if (name === 'wasm') configureWasm();
      if (await tf.setBackend(name)) {
        await tf.ready();
        return name;
      }
    } catch (error) {
      console.warn(`The ${name} backend failed to start`, error);
    }
  }
  throw new BackendUnavailableError(order);
}

/** Processor threads an active backend computes on: wasm's pool (1 while the app ships it single-threaded), cpu's one; WebGL computes on the graphics card. */
export function backendThreads(name: BackendName): number | undefined {
  if (name === 'webgl') return undefined;
  return name === 'wasm' ? getThreadsCount() : 1;
}

/** What `auto` would pick here and why, without starting any backend. */
export function probeBackend(): BackendProbe {
  const renderer = webglRenderer();
  return { renderer, software: renderer !== null && isSoftwareRenderer(renderer), auto: backendOrder('auto', renderer)[0] };
}
