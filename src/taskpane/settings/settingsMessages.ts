/**
 * What the settings form says about a rejected value, in the user's words: the field as the form labels
 * it and what it takes, with an example from the policy's defaults ("首次认定奖励须为金额（元），如
 * 200000"), instead of the engine's setting path ("设置项“awards.first”"). The engine still decides what
 * is rejected (settingsFromForm); this only words it. A key it does not know keeps the engine's message.
 */
import { isoFromSerial } from "../../domain/core/dates";
import {
  DEFAULT_RENEWAL_RATE,
  DEFAULT_SETTINGS,
  MAX_CONTACT_DAYS,
  MAX_EXPIRING_DAYS,
  MAX_STAGE_MONTHS,
} from "../../domain/settings/settings";
import type { Translate } from "../i18n/lang";
import type { StringKey } from "../i18n/strings";

const D = DEFAULT_SETTINGS;
const percent = (rate: number): string => String(Math.round(rate * 100));

/** The message for the setting `key` the engine rejected with `engineText`. */
export function settingsErrorText(key: string, engineText: string, t: Translate): string {
  const stage = /^awards\.relocationStages\[(\d+)\](?:\.(amount|months))?$/.exec(key);
  if (stage) {
    const n = Number(stage[1]) + 1;
    if (stage[2] === "months")
      return t("errMonths", {
        field: t("stageMonthsField", { n }),
        max: MAX_STAGE_MONTHS,
        example: 12,
      });
    return t("errAmount", {
      field: t("stageAmountField", { n }),
      example: D.awards.relocationStages[0].amount,
    });
  }
  const mapping = /^columnMappings\.(.+)\.(\w+)$/.exec(key);
  if (mapping)
    return t("errColumn", { sheet: mapping[1], field: t(`field.${mapping[2]}` as StringKey) });
  if (key.startsWith("aliases.")) return t("errAlias", { raw: key.slice("aliases.".length) });
  switch (key) {
    case "district":
      return t("errDistrict");
    case "awards.first":
      return t("errAmount", { field: t("fieldFirst"), example: D.awards.first });
    case "awards.renewal":
      return t("errAmount", { field: t("fieldRenewal"), example: D.awards.renewal });
    case "window.start":
      return t("errDate", { field: t("fieldWindowStart"), example: isoFromSerial(D.window.start) });
    case "window.end":
      return t("errDate", { field: t("fieldWindowEnd"), example: isoFromSerial(D.window.end) });
    case "window":
      return t("errWindowOrder");
    case "expiring.days":
      return t("errDays", { max: MAX_EXPIRING_DAYS, example: D.expiring.days });
    case "contacts.days":
      return t("errContactDays", { max: MAX_CONTACT_DAYS, example: D.contacts.days });
    case "forecast.passRate":
      return t("errPassRate", { example: percent(D.forecast.passRate) });
    case "forecast.renewalRate":
      return t("errRenewalRate", { example: percent(DEFAULT_RENEWAL_RATE) });
    case "decomposition.pipelineWeight":
      return t("errWeight", { example: D.decomposition.pipelineWeight });
    default:
      return engineText;
  }
}
