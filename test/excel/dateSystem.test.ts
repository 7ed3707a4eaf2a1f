/** The workbook's date system reaches the custom functions' session once per session. */
import { createExcelSource } from "../../src/excel/excelSource";
import { detectDateSystem } from "../../src/excel/dateSystem";
import { currentDate1904, setDate1904 } from "../../src/state/session";
import { FakeWorkbook } from "./fakeExcel";

afterEach(() => setDate1904(false));

describe("the date system", () => {
  it.each([true, false])(
    "loading the settings records a %s 1904 system, asked once however often settings load",
    async (date1904) => {
      const wb = new FakeWorkbook({ date1904 });
      setDate1904(!date1904);
      const source = createExcelSource({ run: wb.run, supports: () => true, settings: null });
      await source.loadSettings();
      expect(currentDate1904()).toBe(date1904);
      const syncs = wb.syncs;
      await source.loadSettings();
      // The second load reads the settings again but does not ask for the date system.
      setDate1904(!date1904);
      await source.loadSettings();
      expect(currentDate1904()).toBe(!date1904);
      expect(wb.syncs - syncs).toBeGreaterThan(0);
    }
  );

  it("a host that cannot answer leaves the 1900 system in force", async () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    await expect(
      detectDateSystem(() => Promise.reject(new Error("no functions API")))
    ).resolves.toBe(false);
    expect(currentDate1904()).toBe(false);
    warn.mockRestore();
  });
});
