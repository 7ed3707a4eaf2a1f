import { ERROR_CODES } from "../../../src/domain/sheets/cellMarkers";
import { cellText, isErrorValue, isNotText } from "../../../src/domain/sheets/cellValues";

describe("isErrorValue", () => {
  it("knows every error code a reader marks, as the text Office.js hands over", () => {
    for (const code of ERROR_CODES) {
      expect(isErrorValue(code)).toBe(true);
      expect(isErrorValue(code.toLowerCase())).toBe(true);
    }
  });

  it("knows the codes of Excel 365's linked data and Python cells", () => {
    expect(isErrorValue("#EXTERNAL!")).toBe(true);
    expect(isErrorValue("#PYTHON!")).toBe(true);
  });

  it("leaves text that only starts like an error value alone", () => {
    for (const text of ["#1", "#N/A 待补", "# 企业", "N/A", "#BOGUS!", ""]) {
      expect(isErrorValue(text)).toBe(false);
    }
  });
});

describe("isNotText", () => {
  it("takes an error value and TRUE/FALSE for no text, and keeps names", () => {
    expect(isNotText("#PYTHON!", cellText("#PYTHON!"))).toBe(true);
    expect(isNotText(true, cellText(true))).toBe(true);
    expect(isNotText("上海某某科技有限公司", "上海某某科技有限公司")).toBe(false);
    expect(isNotText(null, "")).toBe(false);
  });
});
