/**
 * One turn at a time for everything that draws progressively: a turn runs in a task of its own and the next waits
 * until the holder releases it (after its render committed), so two lists filling in at once (Explore's months and
 * distributions) never draw a chart each in the same long task.
 */
export interface DrawTurns {
  /** Queues `run` for a turn; the returned function withdraws it, or releases the turn if `run` already ran. */
  request(run: () => void): () => void;
}

export function createDrawTurns(schedule: (task: () => void) => void = (task) => setTimeout(task, 0)): DrawTurns {
  const waiting: (() => void)[] = [];
  let holder: (() => void) | null = null;
  let scheduled = false;

  const pump = (): void => {
    if (holder || scheduled || waiting.length === 0) return;
    scheduled = true;
    schedule(() => {
      scheduled = false;
      const next = waiting.shift();
      if (!next) return;
      holder = next;
      next();
    });
  };

  return {
    request(run) {
      const entry = () => run();
      waiting.push(entry);
      pump();
      return () => {
        const at = waiting.indexOf(entry);
        if (at >= 0) waiting.splice(at, 1);
        if (holder === entry) {
          holder = null;
          pump();
        }
      };
    },
  };
}

/** The page's turns. */
export const drawTurns = createDrawTurns();
