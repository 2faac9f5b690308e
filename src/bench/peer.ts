import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);
/** Debian's python3-torch installs for the system interpreter, which a PATH shim (pyenv) may hide. */
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

/** The model and data sizes the peer trains, matched to ours. */
export interface PeerSetup {
  features: number;
  encoderSizes: number[];
  batch: number;
  rows: number;
}

/** What `torch_autoencoder.py` prints (one JSON line), or why it did not run. */
export type PeerResult =
  | { ran: true; peer: string; threads: number; train_samples_per_s: number; score_rows_per_s: number; batch: number; rows: number; layers: number[] }
  | { ran: false; reason: string };

/**
 * Runs the native PyTorch peer single-threaded with our sizes. Skips (never fails) when the script
 * or python3 with torch is missing: the peer is a yardstick, not part of the app.
 */
export async function runPeer(script: string, setup: PeerSetup): Promise<PeerResult> {
  if (!existsSync(script)) return { ran: false, reason: `no peer script at ${script}` };
  const args = [
    script,
    '--features', String(setup.features),
    '--hidden', setup.encoderSizes.join(','),
    '--batch', String(setup.batch),
    '--rows', String(setup.rows),
  ];
  try {
    const { stdout } = await run(PYTHON, args, { env: { ...process.env, OPENBLAS_NUM_THREADS: '1', OMP_NUM_THREADS: '1' }, timeout: 10 * 60_000 });
    const line = stdout.trim().split('\n').at(-1) ?? '';
    return { ran: true, ...(JSON.parse(line) as Omit<Extract<PeerResult, { ran: true }>, 'ran'>) };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n').find((l) => /Error|not found/i.test(l)) ?? error.message : String(error);
    return { ran: false, reason: `the peer did not run (${message.trim()}); install it as its docstring says` };
  }
}
