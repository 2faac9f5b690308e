import type { SourceFormat } from '../../shared/ingest';
import type { HeadLine } from './headChecks';
import { INFLUX_CSV, looksLikeInfluxCsv } from './influxCsv';
import { looksLikePerfmon, PERFMON } from './perfmon';
import { looksLikeSadf, SADF } from './sadf';
import { sniffTool } from './sniffTool';
import type { Sniffed } from './sniffTypes';
import { SYSSTAT_TEXT, sysstatKind } from './sysstatText';
import type { ToolFormat } from './toolRows';

/** The readers of monitoring tools' text exports, by the format name a mapping carries. */
export const TOOL_FORMATS: Partial<Record<SourceFormat, ToolFormat>> = {
  'influx-csv': INFLUX_CSV,
  sadf: SADF,
  'sysstat-text': SYSSTAT_TEXT,
  perfmon: PERFMON,
};

/**
 * Recognises a monitoring tool's text export from its first lines (comment-like lines included:
 * InfluxDB's `#datatype` and sadf's `# hostname;...` are headers) and previews it; null for others.
 */
export function sniffToolText(all: HeadLine[], fileName: string): Sniffed | null {
  const first = all.find((l) => l.text.trim() !== '')?.text ?? '';
  const format: SourceFormat | null = looksLikeInfluxCsv(first)
    ? 'influx-csv'
    : looksLikeSadf(first)
      ? 'sadf'
      : looksLikePerfmon(first)
        ? 'perfmon'
        : sysstatKind(all.slice(0, 50).map((l) => l.text)) !== null
          ? 'sysstat-text'
          : null;
  return format === null ? null : sniffTool(all, TOOL_FORMATS[format]!, format, fileName);
}
