/** What jsdom lacks and Fluent's components query, and the accessibility check the pane tests share. */
import { axe, toHaveNoViolations } from "jest-axe";

/** ResizeObserver (MessageBar and the unit table measure themselves) and matchMedia, as no-ops. */
export function installDomStubs(): void {
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as never;
  window.matchMedia ??= ((q: string) => ({ matches: false, media: q, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {} })) as never;
}

expect.extend(toHaveNoViolations);

/** axe without the colour-contrast rule (jsdom computes no styles). */
export async function checkA11y(el: Element): Promise<void> {
  expect(await axe(el, { rules: { "color-contrast": { enabled: false } } })).toHaveNoViolations();
}
