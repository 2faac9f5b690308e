import { describe, expect, it } from 'vitest';
import { createDrawTurns } from './drawTurns';

/** A scheduler whose tasks run only when the test says so. */
function manualTasks() {
  const tasks: (() => void)[] = [];
  return { schedule: (task: () => void) => tasks.push(task), runNext: () => tasks.shift()?.(), get pending() { return tasks.length; } };
}

describe('createDrawTurns', () => {
  it('runs one turn per task and the next only after the holder releases it', () => {
    const tasks = manualTasks();
    const turns = createDrawTurns(tasks.schedule);
    const ran: string[] = [];
    const releaseA = turns.request(() => ran.push('a'));
    turns.request(() => ran.push('b'));
    expect(ran).toEqual([]);
    tasks.runNext();
    expect(ran).toEqual(['a']);
    expect(tasks.pending).toBe(0); // b waits for a's release, not for the next task
    releaseA();
    tasks.runNext();
    expect(ran).toEqual(['a', 'b']);
  });

  it('forgets a request withdrawn before its turn', () => {
    const tasks = manualTasks();
    const turns = createDrawTurns(tasks.schedule);
    const ran: string[] = [];
    const releaseA = turns.request(() => ran.push('a'));
    const withdrawB = turns.request(() => ran.push('b'));
    turns.request(() => ran.push('c'));
    withdrawB();
    tasks.runNext();
    releaseA();
    tasks.runNext();
    expect(ran).toEqual(['a', 'c']);
  });

  it('lets a release that comes twice, or from a turn not held, change nothing', () => {
    const tasks = manualTasks();
    const turns = createDrawTurns(tasks.schedule);
    const ran: string[] = [];
    const releaseA = turns.request(() => ran.push('a'));
    tasks.runNext();
    releaseA();
    releaseA();
    const releaseB = turns.request(() => ran.push('b'));
    turns.request(() => ran.push('c'));
    tasks.runNext();
    expect(ran).toEqual(['a', 'b']);
    expect(tasks.pending).toBe(0);
    releaseB();
    tasks.runNext();
    expect(ran).toEqual(['a', 'b', 'c']);
  });
});
