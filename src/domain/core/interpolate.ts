/** The one way texts get their `{name}` placeholders filled, in the engine, the report and the pane. */

/** `template` with each `{name}` replaced from `vars` (an unknown name stays as it is, so a gap shows). */
export function interpolate(
  template: string,
  vars: Readonly<Record<string, string | number>> = {}
): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) =>
    name in vars ? String(vars[name]) : m
  );
}
