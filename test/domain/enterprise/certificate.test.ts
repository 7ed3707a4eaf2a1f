import {
  certNumberYear,
  isOldCertNumber,
  isValidAt,
  lastValidDay,
  normaliseCertNumber,
  parseCertNumber,
} from "../../../src/domain/enterprise/certificate";
import { isoFromSerial, serialFromIso } from "../../../src/domain/core/dates";
import type { ValidityConvention } from "../../../src/domain/core/types";

const serial = (iso: string) => serialFromIso(iso)!;

describe("normaliseCertNumber", () => {
  it.each([
    ["GR202231005683", "GR202231005683"],
    ["  gr202231005683 ", "GR202231005683"],
    ["GR 2022 3100 5683", "GR202231005683"],
    ["ＧＲ２０２２３１００５６８３", "GR202231005683"],
    ["ｇｒ２０２２\u3000３１００５６８３", "GR202231005683"],
    ["", ""],
  ])("%p -> %p", (raw, expected) => {
    expect(normaliseCertNumber(raw)).toBe(expected);
  });
});

describe("parseCertNumber", () => {
  it.each([
    ["GR202231005683", "GR", 2022, "31", "005683"],
    [" gr2022 31005683", "GR", 2022, "31", "005683"],
    ["ＧＲ２０２３３１００１２３４", "GR", 2023, "31", "001234"],
    ["GF201731000123", "GF", 2017, "31", "000123"],
    ["GR201944001999", "GR", 2019, "44", "001999"],
  ])("%p is %s, year %i, province %s, serial %s", (raw, prefix, year, province, serialNo) => {
    expect(parseCertNumber(raw)).toEqual({
      normalised: normaliseCertNumber(raw),
      prefix,
      year,
      province,
      serialNo,
    });
  });

  it.each([
    ["too short", "GR20223100568"],
    ["too long", "GR2022310056831"],
    ["wrong prefix", "GX202231005683"],
    ["no prefix", "20223100568300"],
    ["lower-case prefix letter swapped", "RG202231005683"],
    ["letter among digits", "GR2022310O5683"],
    ["implausible year", "GR000031005683"],
    ["blank", ""],
    ["text", "待补"],
  ])("%s (%p) -> null", (_label, raw) => {
    expect(parseCertNumber(raw)).toBeNull();
  });
});

describe("lastValidDay and isValidAt", () => {
  it.each<[string, ValidityConvention, string]>([
    ["2022-07-08", "day-before", "2025-07-07"],
    ["2022-07-08", "same-day", "2025-07-08"],
    ["2020-02-29", "same-day", "2023-02-28"],
    ["2020-02-29", "day-before", "2023-02-27"],
    ["2021-01-01", "day-before", "2023-12-31"],
    ["2021-01-01", "same-day", "2024-01-01"],
    ["2021-03-01", "day-before", "2024-02-29"],
    ["2022-12-31", "day-before", "2025-12-30"],
  ])("issued %s, %s -> last valid %s", (issue, convention, last) => {
    expect(isoFromSerial(lastValidDay(serial(issue), convention))).toBe(last);
  });

  it.each<[string, string, ValidityConvention, boolean]>([
    ["2021-01-01", "2020-12-31", "day-before", false],
    ["2021-01-01", "2021-01-01", "day-before", true],
    ["2021-01-01", "2023-12-31", "day-before", true],
    ["2021-01-01", "2024-01-01", "day-before", false],
    ["2021-01-01", "2024-01-01", "same-day", true],
    ["2021-01-01", "2024-01-02", "same-day", false],
    ["2020-02-29", "2023-02-27", "day-before", true],
    ["2020-02-29", "2023-02-28", "day-before", false],
    ["2020-02-29", "2023-02-28", "same-day", true],
    ["2020-02-29", "2023-03-01", "same-day", false],
  ])("issued %s, valid on %s under %s: %p", (issue, asOf, convention, valid) => {
    expect(isValidAt(serial(issue), serial(asOf), convention)).toBe(valid);
  });
});

describe("certNumberYear and isOldCertNumber (the reader's allocation-free checks)", () => {
  it.each([
    ["GR202231005683", 2022, false],
    ["GF201531000123", 2015, true],
    ["GR189931000001", -1, false],
    ["GR2022310056", -1, false],
    ["GX202231005683", -1, false],
    ["HR202231005683", -1, false],
    ["GR20223100568A", -1, false],
  ])("%s -> %s", (s, year, old) => {
    expect(certNumberYear(s)).toBe(year);
    if (year > 0) expect(isOldCertNumber(s)).toBe(old);
    expect(parseCertNumber(s)?.year ?? -1).toBe(year);
  });
});
