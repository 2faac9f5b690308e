import type { NotAnomalyMark } from '../../shared/feedback';

/** The mark covering exactly [start, end], if any: the incident was marked as it is now. */
export function markOf(marks: readonly NotAnomalyMark[], start: number, end: number): NotAnomalyMark | undefined {
  return marks.find((mark) => mark.start === start && mark.end === end);
}

/** Marks that share any time with [start, end]: an incident marked before, perhaps at another threshold. */
export function marksOverlapping(marks: readonly NotAnomalyMark[], start: number, end: number): NotAnomalyMark[] {
  return marks.filter((mark) => mark.start <= end && mark.end >= start);
}

/** `marks` with [start, end] added, in time order; unchanged when exactly that stretch is marked already. */
export function withMark(marks: readonly NotAnomalyMark[], start: number, end: number, markedAt: number): NotAnomalyMark[] {
  if (markOf(marks, start, end)) return [...marks];
  return [...marks, { start, end, markedAt }].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** `marks` without the one covering exactly [start, end]. */
export function withoutMark(marks: readonly NotAnomalyMark[], start: number, end: number): NotAnomalyMark[] {
  return marks.filter((mark) => mark.start !== start || mark.end !== end);
}

/** Both lists of marks in one, each stretch once, in time order (an import adds to what is there). */
export function mergeMarks(marks: readonly NotAnomalyMark[], added: readonly NotAnomalyMark[]): NotAnomalyMark[] {
  return added.reduce((all, mark) => withMark(all, mark.start, mark.end, mark.markedAt), [...marks]);
}
