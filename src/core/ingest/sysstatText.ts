import { iostatLines } from './iostatText';
import { sarLines } from './sarText';
import { isBanner } from './sysstatBanner';
import type { PointSink, ToolFormat, ToolLines } from './toolRows';
import { VMSTAT_GROUPS, vmstatLines } from './vmstatText';

/**
 * Which sysstat/procps tool wrote a head, from its first lines; null for anything else. After the
 * banner, a sar line starts with a clock, an iostat one with a date or `avg-cpu:`/`Device`.
 */
export function sysstatKind(lines: readonly string[]): 'vmstat' | 'sar' | 'iostat' | null {
  const [first, second] = lines.filter((l) => l.trim() !== '');
  if (first === undefined) return null;
  if (VMSTAT_GROUPS.test(first)) return 'vmstat';
  if (!isBanner(first)) return null;
  return second !== undefined && !/^\d{1,2}:\d{2}:\d{2}\s/.test(second.trim()) ? 'iostat' : 'sar';
}

/**
 * vmstat, sar or iostat text, told apart by its first lines (the banner, then `avg-cpu:`/`Device`
 * for iostat); the first few lines are held until the kind is known.
 */
function sysstatLines(fileName: string): ToolLines {
  let reader: ToolLines | null = null;
  const held: { text: string; line: number }[] = [];
  const pick = (lines: string[]): ToolLines => {
    const kind = sysstatKind(lines);
    return kind === 'iostat' ? iostatLines(fileName) : kind === 'vmstat' ? vmstatLines(fileName) : sarLines(fileName);
  };
  return {
    read(text: string, line: number, emit: PointSink): boolean | string {
      if (reader !== null) return reader.read(text, line, emit);
      held.push({ text, line });
      const texts = held.map((h) => h.text);
      // vmstat says so in its first line; sar and iostat in the line after the banner.
      const decided = VMSTAT_GROUPS.test(texts.find((t) => t.trim() !== '') ?? '') || held.filter((h) => h.text.trim() !== '').length >= 2;
      if (!decided) return false;
      reader = pick(texts);
      let result: boolean | string = false;
      for (const h of held) {
        const r = reader.read(h.text, h.line, emit);
        if (r !== false) result = r;
      }
      return result;
    },
    notes: () => reader?.notes?.() ?? [],
  };
}

/** vmstat, sar and iostat text as one tool format, told apart by their first lines. */
export const SYSSTAT_TEXT: ToolFormat = { name: 'sysstat/procps text (vmstat -t, sar, iostat -x -t)', lines: sysstatLines };
