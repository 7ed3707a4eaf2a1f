/**
 * What the report builders need beyond the analyses, resolved from the settings once: the language, the
 * district and issuing office as the bulletin names them in that language, the 落款 date, and how the data
 * findings are shown.
 */
import { DEFAULT_SETTINGS } from "../settings/settings";
import type { Lang, Serial, Settings, AwardSettings, ReportSettings } from "../core/types";
import type { BulletinTextKey } from "../settings/bulletinText";

export interface BulletinOptions {
  lang: Lang;
  /** The district as the title names it ("金山区", "Jinshan District"). */
  district: string;
  /** 落款: the issuing office. */
  issuer: string;
  /** 落款: the date. */
  issuedOn: Serial;
  /** Findings listed one by one on the findings sheet; the rest are counted per code. */
  maxListedFindings: number;
  /** Whether the findings get an 附件 sheet. */
  findings: "sheet" | "none";
  /** The award policy's window (the notes say when it leaves part of the year without awards). */
  window: { start: Serial; end: Serial };
  /** The award amounts (the award list says why an event earns nothing). */
  awards: AwardSettings;
  /** Days without a contact that put an enterprise on the call list (settings contacts.days). */
  contactDays: number;
  /** 文号, 主送, title and 工作要求 as set ("" for the default in `lang`). */
  texts: Pick<ReportSettings, BulletinTextKey>;
}

/** The default district's English name; another district is written as it is set until it has one. */
const ENGLISH_DISTRICT: Record<string, string> = {
  [DEFAULT_SETTINGS.district]: "Jinshan District",
};

/** The district in `lang`. */
export function districtName(district: string, lang: Lang): string {
  return lang === "en-US" ? (ENGLISH_DISTRICT[district] ?? district) : district;
}

/** The issuing office: the setting, else the district's science and technology commission. */
export function issuerName(settings: Settings, lang: Lang): string {
  if (settings.report.issuer !== "") return settings.report.issuer;
  const district = districtName(settings.district, lang);
  return lang === "en-US"
    ? `${district} Science and Technology Commission`
    : `${district}科学技术委员会`;
}

/** The options for `settings` in `lang`; `today` is the 落款 date unless the settings fix one. */
export function bulletinOptions(settings: Settings, lang: Lang, today: Serial): BulletinOptions {
  return {
    lang,
    district: districtName(settings.district, lang),
    issuer: issuerName(settings, lang),
    issuedOn: settings.report.issueDate ?? today,
    maxListedFindings: settings.report.maxListedFindings,
    findings: settings.report.findings,
    window: { ...settings.window },
    awards: settings.awards,
    contactDays: settings.contacts.days,
    texts: {
      refNo: settings.report.refNo,
      addressee: settings.report.addressee,
      title: settings.report.title,
      closing: settings.report.closing,
    },
  };
}
