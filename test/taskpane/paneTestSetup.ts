/** What the task-pane tests need around jsdom: the browser APIs Fluent queries, and axe's matcher. */
import { axe, toHaveNoViolations } from "jest-axe";

/** jsdom lacks these; Fluent's components query them (MessageBar measures itself for reflow). */
export function installJsdomShims(): void {
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as never;
  window.matchMedia ??= ((q: string) => ({ matches: false, media: q, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {} })) as never;
}

expect.extend(toHaveNoViolations);

/** axe without the colour-contrast rule (jsdom computes no styles). */
export const checkA11y = async (el: Element): Promise<void> => expect(await axe(el, { rules: { "color-contrast": { enabled: false } } })).toHaveNoViolations();
