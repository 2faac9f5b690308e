import { ImportError } from '../../shared/errors';
import type { ImportMapping } from '../../shared/ingest';
import { formatUtc } from '../time';
import { PivotTable } from './pivotTable';
import { hostOf, seriesName, type SeriesLabels, UniqueNames, withoutHost } from './seriesName';
import type { ParsedTable } from './table';

/** What is known of one series of a file: enough for a preview column and the import's checks. */
export interface SeriesInfo {
  name: string;
  host: string | null;
  points: number;
  /** Points with a readable value (not null, NaN or absent). */
  values: number;
  /** The first few values as text. */
  samples: string[];
  /** Line of its first point, for messages. */
  line: number;
  /** Its column in the table, or -1 when it is not imported. */
  column: number;
}

const SAMPLES = 3;
/** More series than this is no server's metrics (a tag holding an id, say): refused before memory runs out. */
const MAX_SERIES = 20_000;

/**
 * Points of labelled series (Prometheus, CloudWatch, Datadog, Netdata, Telegraf, OTLP) gathered
 * into one row per time and one column per series: series of a file are aligned on their times
 * whatever their order, a missing value is NaN (never 0). With a mapping, only its value columns
 * (and, when it names a host, only that host's series, named without the host) become columns.
 */
export class SeriesTable {
  private readonly pivot = new PivotTable();
  private readonly columnOf = new Map<string, number>();
  private readonly unique = new UniqueNames();
  private readonly wanted: ReadonlySet<string> | null;
  private readonly host: string | null;
  /** Every series seen, imported or not, in file order. */
  readonly series = new Map<string, SeriesInfo>();

  constructor(
    private readonly fileName: string,
    mapping: Pick<ImportMapping, 'valueColumns' | 'host'> | null,
    /** What to do instead when every point is at one time, e.g. "query_range rather than query". */
    private readonly oneTimeHint = '',
  ) {
    this.wanted = mapping === null ? null : new Set(mapping.valueColumns);
    this.host = mapping?.host ?? null;
    this.unique.next('time'); // the preview's time column keeps its name
  }

  /**
   * The series called `metric` with `labels`; `distinct` for formats where each entry is its own
   * series (two entries with the same labels get `#2`), false where entries repeat a series over time.
   */
  open(metric: string, labels: SeriesLabels, line: number, distinct: boolean): SeriesInfo {
    const plain = seriesName(metric, labels);
    const name = distinct ? this.unique.next(plain) : plain;
    let info = this.series.get(name);
    if (info === undefined) {
      if (this.series.size >= MAX_SERIES) {
        throw new ImportError(this.fileName, line, `it holds more than ${MAX_SERIES.toLocaleString('en-US')} series; a label probably changes with every point (an id or a timestamp).`);
      }
      info = { name, host: hostOf(labels), points: 0, values: 0, samples: [], line, column: -1 };
      this.series.set(name, info);
      const column = this.columnFor(info, metric, labels);
      if (column !== null) {
        info.column = this.pivot.columnFor(column);
        this.columnOf.set(name, info.column);
      }
    }
    return info;
  }

  /** Adds a point of a series from {@link open}; NaN is a missing value, a NaN time a skipped point. */
  add(info: SeriesInfo, time: number, value: number, line: number): void {
    if (Number.isNaN(time)) {
      this.skip(line, `a point of ${info.name} has no readable time`);
      return;
    }
    info.points++;
    if (!Number.isNaN(value)) {
      info.values++;
      if (info.samples.length < SAMPLES) info.samples.push(String(value));
    }
    if (info.column >= 0) this.pivot.set(this.pivot.rowFor(time), info.column, value);
  }

  /** A point or entry that could not be read: counted and quoted in the report. */
  skip(line: number, reason: string): void {
    this.pivot.skips.add(line, reason);
  }

  /** Every column read so far, empty ones included, without checks: what a preview shows. */
  snapshot(): ParsedTable {
    return this.pivot.toTable();
  }

  /**
   * The table; throws ImportError when nothing can be imported. A chosen series
   * without a single value is left out and reported rather than imported as an empty column.
   */
  finish(): ParsedTable {
    const empty = new Set<string>();
    for (const [name, info] of this.series) {
      if (this.columnOf.has(name) && info.values === 0) {
        empty.add(this.pivot.seriesKeys[this.columnOf.get(name)!]);
        this.skip(info.line, `${info.name} has no values (only null, NaN or missing points): not imported`);
      }
    }
    const table = this.pivot.toTable((key) => (empty.has(key) ? null : key));
    const fail = (reason: string) => new ImportError(this.fileName, null, reason);
    if (this.series.size === 0) throw fail('it holds no series with points.');
    if (this.columnOf.size === 0) throw fail('none of the chosen series is in the file.');
    if (table.columns.length === 0) throw fail('the chosen series hold no values (only null, NaN or missing points).');
    // One instant (a Prometheus `query` vector) is no series over time: the interval cannot be found.
    if (table.timestamps.length > 0 && table.timestamps.every((t) => t === table.timestamps[0])) {
      throw fail(`all its points are at one time (${formatUtc(table.timestamps[0])} UTC); a series over time needs at least two${this.oneTimeHint}.`);
    }
    table.rowsRead = table.timestamps.length;
    return table;
  }

  /** The column a series lands in, or null when the mapping leaves it out. */
  private columnFor(info: SeriesInfo, metric: string, labels: SeriesLabels): string | null {
    if (this.host !== null) {
      if (info.host !== this.host) return null;
      const short = seriesName(metric, withoutHost(labels));
      return this.wanted === null || this.wanted.has(info.name) || this.wanted.has(short) ? short : null;
    }
    return this.wanted === null || this.wanted.has(info.name) ? info.name : null;
  }
}
