import {
  CellError,
  ERROR_CODES,
  isCellMarker,
  NO_VALUE,
  NoValue,
} from "../../../src/domain/sheets/cellMarkers";

describe("cell markers", () => {
  it("gives one shared, frozen marker per Excel error code", () => {
    for (const code of ERROR_CODES) {
      const e = CellError.of(code);
      expect(e).toBe(CellError.of(code));
      expect(e.code).toBe(code);
      expect(String(e)).toBe(code);
      expect(Object.isFrozen(e)).toBe(true);
    }
  });

  it("shares the markers of Excel 365's linked data and Python errors too", () => {
    expect(CellError.of("#EXTERNAL!")).toBe(CellError.of("#EXTERNAL!"));
    expect(CellError.of("#PYTHON!")).toBe(CellError.of("#PYTHON!"));
  });

  it("tells an error value from the text a user typed", () => {
    expect(isCellMarker(CellError.of("#N/A"))).toBe(true);
    expect(isCellMarker("#N/A")).toBe(false);
    expect(CellError.of("#N/A") as unknown).not.toBe("#N/A");
  });

  it("does not intern codes Excel does not define, so hostile text cannot grow the table", () => {
    const a = CellError.of("#BOGUS!");
    expect(a.code).toBe("#BOGUS!");
    expect(CellError.of("#BOGUS!")).not.toBe(a);
  });

  it("has one frozen marker for a formula without a cached value, distinct from blank", () => {
    expect(NO_VALUE).toBe(NoValue.instance);
    expect(Object.isFrozen(NO_VALUE)).toBe(true);
    expect(isCellMarker(NO_VALUE)).toBe(true);
    for (const v of [null, undefined, "", 0, false]) expect(isCellMarker(v)).toBe(false);
  });
});
