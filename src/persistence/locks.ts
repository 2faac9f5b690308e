// Web Locks are released when their tab dies, so a held lock means "still running somewhere".
function lockManager(): LockManager | null {
  return typeof navigator === 'undefined' ? null : (navigator.locks ?? null);
}

/** The lock a save of one stored item holds from its first write to its last. */
export function saveLockName(kind: string, id: string): string {
  return `metrics-anomaly-analyzer-save:${kind}:${id}`;
}

/** The lock a training run holds while it runs. */
export function trainingLockName(runId: string): string {
  return `metrics-anomaly-analyzer-training:${runId}`;
}

/** Runs `task` holding the named lock; where the browser has no Web Locks it simply runs. */
export function withLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = lockManager();
  return locks ? locks.request(name, task) : task();
}

/**
 * Runs `task` holding the named lock only when no tab holds it, and resolves whether it ran: a
 * held lock means its owner is still at work.
 */
export async function ifLockFree(name: string, task: () => Promise<void>): Promise<boolean> {
  const locks = lockManager();
  if (!locks) {
    await task();
    return true;
  }
  return locks.request(name, { ifAvailable: true }, async (lock) => {
    if (!lock) return false;
    await task();
    return true;
  });
}
