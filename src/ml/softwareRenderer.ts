import type { BackendChoice, BackendName } from '../shared/training';

// SwiftShader (Chrome without a GPU), llvmpipe/softpipe (Mesa), Microsoft Basic Render Driver (Windows).
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|basic render driver/i;

/** True when a WebGL renderer string names a CPU rasteriser rather than a GPU. */
export function isSoftwareRenderer(renderer: string): boolean {
  return SOFTWARE_RENDERER.test(renderer);
}

/**
 * Backends to try in order for a choice, given the WebGL renderer string (null when WebGL is
 * unavailable): `auto` takes WebGL only on a real GPU, since software WebGL is slower than wasm;
 * cpu always comes last as the fallback when the others fail to start.
 */
export function backendOrder(requested: BackendChoice, renderer: string | null): BackendName[] {
  switch (requested) {
    case 'auto':
      return renderer !== null && !isSoftwareRenderer(renderer) ? ['webgl', 'wasm', 'cpu'] : ['wasm', 'cpu'];
    case 'webgl':
      return ['webgl', 'cpu'];
    case 'wasm':
      return ['wasm', 'cpu'];
    case 'cpu':
      return ['cpu'];
  }
}
