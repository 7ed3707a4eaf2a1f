/**
 * Where the metadata plugin's appended `CustomFunctions.associate(...)` lines go. Inside Excel that is
 * the runtime's own object. Outside Excel (the page previewed in a plain browser) there is no runtime:
 * the lines then go to a no-op, instead of a ReferenceError that would stop this script.
 */
type Registrar = Pick<typeof CustomFunctions, "associate">;

export function registrar(): Registrar {
  const runtime = (globalThis as { CustomFunctions?: Registrar }).CustomFunctions;
  return runtime ?? { associate: () => undefined };
}
