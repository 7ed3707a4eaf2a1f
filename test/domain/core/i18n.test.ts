import {
  awardTypeLabel,
  findingCodeLabel,
  LABEL_KEYS,
  severityLabel,
  statusLabel,
  t,
} from "../../../src/domain/core/i18n";
import type {
  AwardType,
  ExpiryStatus,
  FindingCode,
  Lang,
  Severity,
} from "../../../src/domain/core/types";

const CODES: FindingCode[] = [
  "bad-date",
  "issue-date-inferred",
  "cert-number",
  "cert-year-mismatch",
  "credit-code",
  "unknown-unit",
  "missing-unit",
  "duplicate",
  "missing-identity",
  "target-total",
];
const LANGS: Lang[] = ["zh-CN", "en-US"];
const HAN = /[\u4e00-\u9fff]/;

describe("t", () => {
  it.each([
    ["zh-CN", "unit", "责任单位"],
    ["en-US", "unit", "Unit"],
    ["zh-CN", "target", "目标"],
    ["en-US", "target", "Target"],
    ["zh-CN", "completion", "完成率"],
    ["zh-CN", "netIncrease", "净增"],
    ["zh-CN", "lastValid", "有效期至"],
    ["en-US", "daysLeft", "Days left"],
    ["zh-CN", "section.expiring", "年内到期证书"],
    ["en-US", "section.findings", "Data findings"],
    ["zh-CN", "total", "合计"],
  ] as [Lang, string, string][])("t(%s, %s) = %s", (lang, key, text) => {
    expect(t(lang, key)).toBe(text);
  });

  it("returns an unknown key as itself", () => {
    expect(t("zh-CN", "no.such.key")).toBe("no.such.key");
  });

  it.each(LABEL_KEYS.map((k) => [k]))("%s has a Chinese and an English label", (key) => {
    const zh = t("zh-CN", key);
    const en = t("en-US", key);
    expect(zh).toMatch(HAN);
    expect(en).not.toMatch(HAN);
    expect(en.trim()).not.toBe("");
  });
});

describe("findingCodeLabel", () => {
  it.each(CODES.flatMap((code) => LANGS.map((lang) => [code, lang] as const)))(
    "%s in %s has a label",
    (code, lang) => {
      const label = findingCodeLabel(code, lang);
      expect(label).not.toBe(code);
      expect(HAN.test(label)).toBe(lang === "zh-CN");
    }
  );

  it("gives each code its own label", () => {
    for (const lang of LANGS)
      expect(new Set(CODES.map((c) => findingCodeLabel(c, lang))).size).toBe(CODES.length);
  });

  it("falls back to the code for a code added later without a label", () => {
    expect(findingCodeLabel("new-code" as FindingCode, "en-US")).toBe("new-code");
  });
});

describe("value names", () => {
  it.each<[ExpiryStatus, string, string]>([
    ["expired", "期满待重新认定", "Expired, re-apply"],
    ["expiring", "即将到期", "Expiring"],
  ])("status %s", (status, zh, en) => {
    expect(statusLabel(status, "zh-CN")).toBe(zh);
    expect(statusLabel(status, "en-US")).toBe(en);
  });

  it.each<[AwardType, string, string]>([
    ["first", "首次认定", "First recognition"],
    ["renewal", "重新认定", "Re-recognition"],
    ["relocation", "迁入", "Relocation"],
  ])("award type %s", (type, zh, en) => {
    expect(awardTypeLabel(type, "zh-CN")).toBe(zh);
    expect(awardTypeLabel(type, "en-US")).toBe(en);
  });

  it.each<[Severity, string, string]>([
    ["error", "错误", "Error"],
    ["warning", "警告", "Warning"],
  ])("severity %s", (severity, zh, en) => {
    expect(severityLabel(severity, "zh-CN")).toBe(zh);
    expect(severityLabel(severity, "en-US")).toBe(en);
  });
});
