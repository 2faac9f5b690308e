import { describeOffset, fromLocal, zoneOffsetMinutes } from './localDates';
import { clip, valueOrReason } from './numbers';
import { seriesName } from './seriesName';
import { keyColumns, keyLabels } from './sysstatBanner';
import { TimeReader } from './timeFormats';
import type { PointSink, ToolFormat, ToolLines } from './toolRows';

const HEADER = /^#\s*hostname;interval;timestamp;/;

/** True when a head starts with sadf -d's header, `# hostname;interval;timestamp;...`. */
export function looksLikeSadf(firstLine: string): boolean {
  return HEADER.test(firstLine);
}

/**
 * Reads `sadf -d` output: a `# hostname;interval;timestamp;...` header (again before each activity),
 * then `;`-separated rows. hostname becomes the host label, interval and timestamp are no metrics,
 * CPU (`-1` = all CPUs) and IFACE/DEV-like columns become labels; the rest are metrics.
 */
function sadfLines(): ToolLines {
  let names: string[] = [];
  let keys: number[] = [];
  const zones = new Set<string>();
  const seriesOf = new Map<string, string[]>();
  const stamps = new TimeReader('datetime');
  let header = 0;
  let restarts = 0;
  return {
    read(text: string, _line: number, emit: PointSink): boolean | string {
      if (text.trim() === '') return false;
      if (text.startsWith('#')) {
        if (HEADER.test(text)) {
          names = text.replace(/^#\s*/, '').split(';').map((n) => n.trim());
          keys = keyColumns(names, 3);
          header++;
        }
        return false;
      }
      if (names.length === 0) return 'the line comes before any "# hostname;interval;timestamp;..." header';
      const cells = text.split(';');
      // sadf marks a reboot with a LINUX-RESTART row that holds no measurements.
      if (cells.some((c) => c.includes('LINUX-RESTART'))) {
        restarts++;
        return false;
      }
      const time = readStamp(cells[2] ?? '', zones, stamps);
      if (typeof time === 'string') return time;
      // Rows repeat the same hosts and CPUs: each one's series names are built once.
      const signature = `${header}\u0000${cells[0]}\u0000${keys.map((i) => cells[i]).join('\u0000')}`;
      let series = seriesOf.get(signature);
      if (series === undefined) {
        const labels = keyLabels(names, keys, cells, { host: cells[0].trim() });
        series = names.map((name, i) => (i < 3 || keys.includes(i) ? '' : seriesName(name, labels)));
        seriesOf.set(signature, series);
      }
      for (let i = 3; i < names.length; i++) {
        if (series[i] === '') continue;
        const value = valueOrReason(cells[i] ?? '', names[i]);
        if (typeof value === 'string') return value;
        emit(time, series[i], value);
      }
      return true;
    },
    notes: () => {
      const zone = [...zones];
      const said = zone.filter((z) => z !== '');
      return [
        said.length > 0
          ? `Times are in ${said.join(', ')}${zone.includes('') ? '; times without a zone are read as UTC' : ''}.`
          : 'Times have no zone (sadf -T): read as UTC.',
        'hostname, interval and timestamp are no metrics; a CPU of -1 means all CPUs.',
        ...(restarts > 0 ? [`${restarts} LINUX-RESTART rows hold no values and are skipped.`] : []),
      ];
    },
  };
}

/** Epoch ms of `2024-01-16 10:10:01 UTC` (a known zone honoured, none read as UTC) or of epoch seconds (sadf -U). */
function readStamp(cell: string, zones: Set<string>, stamps: TimeReader): number | string {
  const text = cell.trim();
  if (/^\d{9,11}$/.test(text)) return Number(text) * 1000;
  // `YYYY-MM-DD HH:MM:SS`, then the zone; sadf -T writes local time without one.
  const ms = text.length >= 19 && text.charCodeAt(10) === 32 ? stamps.read(text, 0, 19) : NaN;
  if (Number.isNaN(ms)) return `"${clip(text)}" in timestamp is not a time`;
  const zone = text.slice(19).trim();
  const offset = zone === '' ? 0 : zoneOffsetMinutes(zone);
  if (offset === null) return `the time zone "${clip(zone)}" is not one this app knows (write times in UTC, the sadf default)`;
  zones.add(zone === '' ? '' : zone === 'UTC' ? 'UTC' : `${zone} (${describeOffset(offset)})`);
  return fromLocal(ms, offset);
}

/** `sadf -d` output as a tool format for the preview and the row parser. */
export const SADF: ToolFormat = { name: 'sysstat sadf -d output (semicolon-separated)', lines: sadfLines };
