import { readFileSync, readdirSync } from 'node:fs';

const PAGE_SIZE_KB = 4;

/** Resident memory (bytes) of a process and all its descendants, read from /proc (Linux only). */
export function treeRssBytes(rootPid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces) start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(entry);
      const parent = Number(fields[1]);
      rss.set(pid, Number(fields[21]) * PAGE_SIZE_KB * 1024);
      children.set(parent, [...(children.get(parent) ?? []), pid]);
    } catch {
      // The process ended between listing and reading: it holds no memory any more.
      continue;
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Samples a process tree's RSS until stopped; returns the peak seen. */
export function samplePeakRss(rootPid: number, everyMs = 100): { stop(): number } {
  let peak = treeRssBytes(rootPid);
  const timer = setInterval(() => (peak = Math.max(peak, treeRssBytes(rootPid))), everyMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, treeRssBytes(rootPid));
    },
  };
}

/** The first child of `parentPid` whose command line matches (e.g. the browser this script launched). */
export function childProcessId(parentPid: number, command: RegExp): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent === parentPid && command.test(readFileSync(`/proc/${entry}/cmdline`, 'utf8'))) return Number(entry);
    } catch {
      continue; // ended while we looked
    }
  }
  throw new Error(`no child process of ${parentPid} matches ${command}`);
}
