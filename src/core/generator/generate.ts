import type { Dataset } from '../../shared/dataset';
import type { GeneratorConfig } from '../../shared/generatorConfig';

export interface GenerateOptions {
  /** Called now and then with the share of rows done (0..1). */
  onProgress?: (fraction: number) => void;
}

/** Generates a labelled synthetic dataset; same config and seed give identical output. */
export function generateDataset(config: GeneratorConfig, options: GenerateOptions = {}): Dataset {
  void config;
  void options;
  throw new Error('generateDataset: being written');
}
