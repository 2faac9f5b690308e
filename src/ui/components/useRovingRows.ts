import { useCallback, useRef, useState, type KeyboardEvent } from 'react';

/** Keys that move the active row, by how far (Infinity: to the end). */
const MOVES: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10, Home: -Infinity, End: Infinity };

/**
 * One tab stop for a list of rows (a roving tabindex): the active row alone is tabbable, arrows,
 * Page Up/Down, Home and End move focus between rows, Enter or Space picks the focused row.
 * @param count rows drawn
 * @param initial the row active before any key (e.g. the selected one), clamped to the rows
 */
export function useRovingRows(count: number, initial: number, onPick: (index: number) => void) {
  const [active, setActive] = useState<number | null>(null);
  const rows = useRef<(HTMLElement | null)[]>([]);
  const current = Math.min(Math.max(active ?? initial, 0), Math.max(count - 1, 0));

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (count === 0) return;
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        onPick(current);
        return;
      }
      const move = MOVES[event.key];
      if (move === undefined) return;
      event.preventDefault();
      const next = Math.min(Math.max(current + move, 0), count - 1);
      setActive(next);
      rows.current[next]?.focus();
    },
    [count, current, onPick],
  );

  /** Props for row `index`: its tab stop, and a ref to focus it by. */
  const rowProps = (index: number) => ({
    tabIndex: index === current ? 0 : -1,
    ref: (element: HTMLElement | null) => {
      rows.current[index] = element;
    },
    onFocus: () => setActive(index),
  });

  return { onKeyDown, rowProps };
}
