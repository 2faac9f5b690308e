import * as Comlink from 'comlink';
import type { ModelBundle } from '../core/bundle/bundleFormat';
import { BundleError } from '../core/bundle/bundleError';
import { readModelBundle } from '../core/bundle/readModelBundle';
import { checkZipSize } from '../core/bundle/unzipBundle';
import { toPortableError } from '../shared/portableError';

const api = {
  /**
   * Reads and checks a model bundle .zip (see readModelBundle), off the page's thread; the weights
   * and reference errors are transferred. A file larger than the budget is refused unread.
   */
  async read(file: File): Promise<ModelBundle> {
    try {
      checkZipSize(file.size);
      const bundle = readModelBundle(new Uint8Array(await file.arrayBuffer()), file.name);
      const { artifacts, errors } = bundle;
      return Comlink.transfer(bundle, [artifacts.weightData, errors.validation.buffer, errors.training.buffer]);
    } catch (error) {
      throw toPortableError(error instanceof BundleError && error.fileName === null ? error.inFile(file.name) : error);
    }
  },
};

export type BundleApi = typeof api;

Comlink.expose(api);
