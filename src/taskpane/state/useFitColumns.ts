/**
 * How many of a table's droppable columns to hide so that the table fits its box. Measured in the page,
 * not assumed from a pane width: text widths depend on the fonts the machine has (DejaVu Sans, the usual
 * fallback on Linux, is much wider than Segoe UI or Microsoft YaHei), so a layout that fits by a few
 * pixels in one font overflows in another. Columns go last first; when the box's width or the content
 * changes, every column is tried again. Where nothing can be measured (jsdom) nothing is hidden.
 */
import { useLayoutEffect, useRef, useState, type RefObject } from "react";

const sameItems = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

/**
 * `droppable`: how many columns may go; `content`: what the table shows (its rows, language, column
 * set), compared item by item. Put `boxRef` on the element that holds the table (it must not grow with
 * it: overflow-x auto). Returns how many columns to hide now.
 */
export function useFitColumns(
  droppable: number,
  content: readonly unknown[]
): { boxRef: RefObject<HTMLDivElement | null>; hidden: number } {
  const boxRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [fit, setFit] = useState({ content, width, hidden: 0 });
  // A new width or new content: measure again from every column (state adjusted while rendering).
  const current =
    fit.width === width && sameItems(fit.content, content) ? fit : { content, width, hidden: 0 };
  if (current !== fit) setFit(current);
  const hidden = Math.min(current.hidden, droppable);

  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box || hidden >= droppable) return;
    if (box.scrollWidth > box.clientWidth + 1) setFit((f) => ({ ...f, hidden: hidden + 1 }));
  });

  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver((entries) =>
      setWidth(Math.round(entries[0].contentRect.width))
    );
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  return { boxRef, hidden };
}
