import { readFileSync, readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';

const PAGE_SIZE_KB = 4;

/** A process's proportional set size in bytes: its private pages and its share of pages it shares (libraries, the zygote's). */
function pssBytes(pid: number): number {
  const match = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
  return match ? Number(match[1]) * 1024 : 0;
}

/**
 * Resident memory (bytes) of a process and each of its descendants, read from /proc (Linux only); with `proportional`,
 * their proportional set sizes, which count a shared page once across them rather than in every process.
 */
export function treeMemory(rootPid: number, proportional = false): Map<number, number> {
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
  const tree = new Map<number, number>();
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    tree.set(pid, rss.get(pid) ?? 0);
    stack.push(...(children.get(pid) ?? []));
  }
  // PSS walks a process's page tables: read it for the tree's processes only, not for every process on the machine.
  if (proportional) {
    for (const pid of tree.keys()) {
      try {
        tree.set(pid, pssBytes(pid));
      } catch {
        tree.set(pid, 0);
      }
    }
  }
  return tree;
}

/** treeMemory summed: the whole tree's bytes. */
export function treeRssBytes(rootPid: number, proportional = false): number {
  let total = 0;
  for (const bytes of treeMemory(rootPid, proportional).values()) total += bytes;
  return total;
}

/** A Chromium process's kind from its command line: its --type (renderer, gpu-process, utility, ...) or browser. */
function processKind(pid: number): string {
  try {
    return /--type=([\w-]+)/.exec(readFileSync(`/proc/${pid}/cmdline`, 'utf8'))?.[1] ?? 'browser';
  } catch {
    return 'gone';
  }
}

/**
 * Samples a process tree's RSS (or proportional set size) until stopped; returns the peak seen and, at that
 * moment, the bytes of each kind of process.
 */
export function samplePeakRss(rootPid: number, everyMs = 100, proportional = false): { stop(): { peak: number; byKind: Record<string, number> } } {
  let peak = 0;
  let byKind: Record<string, number> = {};
  const sample = () => {
    const tree = treeMemory(rootPid, proportional);
    let total = 0;
    for (const bytes of tree.values()) total += bytes;
    if (total <= peak) return;
    peak = total;
    byKind = {};
    for (const [pid, bytes] of tree) {
      const kind = processKind(pid);
      byKind[kind] = (byKind[kind] ?? 0) + bytes;
    }
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { peak, byKind };
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

export interface MemoryResults {
  memory: {
    /** The page's JS heap (main thread; workers are in the RSS), peak over the whole run. */
    peak_js_heap_mb: number;
    /** Every Chromium process (browser, renderer, GPU, utility), peak over the whole run. */
    peak_browser_rss_mb: number;
    /** The same as proportional set sizes: a page shared by several processes counted once, not in each. */
    peak_browser_pss_mb: number;
    /** At the PSS peak, each kind of process's share (the renderer holds the page and every worker). */
    peak_pss_mb_by_process: Record<string, number>;
  };
}

/**
 * Samples the page's JS heap (Chrome DevTools Protocol) and the browser tree's RSS and PSS until stopped, once a
 * second: reading the renderer's PSS takes about 40 ms here, and four times a second it took a sixth of a core
 * from training on both cores.
 */
export async function sampleMemory(page: Page, browserPid: number, everyMs = 1000): Promise<{ stop(): Promise<MemoryResults> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  let heap = 0;
  const rss = samplePeakRss(browserPid, everyMs);
  const pss = samplePeakRss(browserPid, everyMs, true);
  const readHeap = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    heap = Math.max(heap, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
  };
  // A sample may land while the page is busy; a failed read only skips that sample.
  const timer = setInterval(() => void readHeap().catch(() => undefined), everyMs);
  return {
    async stop() {
      clearInterval(timer);
      await readHeap().catch(() => undefined);
      const proportional = pss.stop();
      const megabytes = (bytes: number) => Math.round(bytes / 1e6);
      return {
        memory: {
          peak_js_heap_mb: megabytes(heap),
          peak_browser_rss_mb: megabytes(rss.stop().peak),
          peak_browser_pss_mb: megabytes(proportional.peak),
          peak_pss_mb_by_process: Object.fromEntries(Object.entries(proportional.byKind).map(([kind, bytes]) => [kind, megabytes(bytes)])),
        },
      };
    },
  };
}
