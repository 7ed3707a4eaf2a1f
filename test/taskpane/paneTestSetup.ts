/** What the task-pane tests need around jsdom: the browser APIs Fluent queries, and axe's matcher. */
import { axe, toHaveNoViolations } from "jest-axe";

/** jsdom lacks these; Fluent's components query them (MessageBar measures itself for reflow). */
export function installJsdomShims(): void {
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as never;
  window.matchMedia ??= ((q: string) => ({
    matches: false,
    media: q,
    addEventListener() {},
    removeEventListener() {},
    addListener() {},
    removeListener() {},
  })) as never;
}

expect.extend(toHaveNoViolations);

const ID_REFS = ["aria-labelledby", "aria-describedby", "aria-controls", "aria-errormessage"];

/** Every "attr=id" under `el` whose id names no element of the document (a label that labels nothing). */
export function danglingIdRefs(el: Element): string[] {
  const out: string[] = [];
  for (const attr of ID_REFS) {
    for (const node of [el, ...el.querySelectorAll(`[${attr}]`)]) {
      const ids = (node.getAttribute(attr) ?? "").split(/\s+/).filter(Boolean);
      for (const id of ids)
        if (!node.ownerDocument.getElementById(id))
          out.push(`${attr}=${id} on <${node.tagName.toLowerCase()}>`);
    }
  }
  return out;
}

/**
 * axe without the colour-contrast rule (jsdom computes no styles). axe only "cannot tell" (incomplete)
 * when an aria-labelledby names no element, so those are failed here too, with a direct check of every
 * id reference.
 */
export const checkA11y = async (el: Element): Promise<void> => {
  const results = await axe(el, { rules: { "color-contrast": { enabled: false } } });
  expect(results).toHaveNoViolations();
  const unsure = results.incomplete
    .filter((r) => r.id === "aria-valid-attr-value")
    .flatMap((r) => r.nodes.map((n) => n.html));
  expect(unsure).toEqual([]);
  expect(danglingIdRefs(el)).toEqual([]);
};
