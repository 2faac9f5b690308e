import { ColumnMapper, type MissingColumnsError } from './columnCheck';
import { LiveMessageParser } from './liveMessage';
import type { LiveMessageError } from './liveProblem';
import type { LiveRow } from './liveRow';
import { RowAssembler } from './rowAssembler';

/** Rows that may miss the model's columns before the source is judged not to fit it. */
export const FIRST_ROWS = 3;

/** Where the intake sends what it read. */
export interface IntakeSink {
  /** A whole row with exactly the model's features as keys. */
  row(row: LiveRow): void;
  /** A message, line or row that gave no row; counted as malformed. */
  malformed(error: LiveMessageError): void;
  /** None of the first rows had the model's columns: the source does not fit the model. */
  mismatch(error: MissingColumnsError): void;
}

/**
 * The front of a live session: messages (endpoint or file) are parsed, parts of a row (the original
 * tool's one metric per line) joined, and rows put into the model's columns. A row completes once it
 * has as many values as the model has features, so whole rows pass at once; a partial one waits for
 * another time or {@link flush}. Until a row has matched, up to FIRST_ROWS rows may lack columns (a
 * stream joined in the middle of a row); then the source does not fit. Later misses are malformed rows.
 */
export class LiveIntake {
  private readonly parser: LiveMessageParser;
  private readonly assembler: RowAssembler;
  private readonly mapper: ColumnMapper;
  private matched = 0;
  private unmatched = 0;

  constructor(
    features: readonly string[],
    private readonly sink: IntakeSink,
    labels: Readonly<Record<string, string>> = {},
    /** Take the first line that is neither JSON nor a log line as a CSV header (a followed file's first line). */
    csvHeaderFirst = false,
  ) {
    this.parser = new LiveMessageParser({ csvHeaderFirst });
    this.mapper = new ColumnMapper(features, labels);
    this.assembler = new RowAssembler(features.length);
  }

  /** Reads one message; `arrivalMs` stamps rows without a time of their own. */
  message(message: unknown, arrivalMs: number): void {
    const parsed = this.parser.parse(message, arrivalMs);
    for (const error of parsed.errors) this.sink.malformed(error);
    for (const part of parsed.rows) for (const row of this.assembler.push(part)) this.map(row);
  }

  /** Takes whole rows (a simulated server's), skipping the assembler. */
  rows(rows: readonly LiveRow[]): void {
    for (const row of rows) this.map(row);
  }

  /** Completes a row still waiting for parts (the source fell silent or ended). */
  flush(): void {
    for (const row of this.assembler.flush()) this.map(row);
  }

  private map(row: LiveRow): void {
    const mapped = this.mapper.map(row);
    if (!('kind' in mapped)) {
      this.matched++;
      this.sink.row(mapped);
    } else if (this.matched === 0 && ++this.unmatched >= FIRST_ROWS) {
      this.sink.mismatch(mapped);
    } else {
      this.sink.malformed(mapped);
    }
  }
}
