/**
 * The GAOQI.* custom functions: one-line wrappers over src/domain, reading the workbook's settings and
 * target table from the shared session (the same ones the task pane and the report use).
 * One rule for "today": every function whose date or year may be omitted (ISVALID, DAYSLEFT, EXPIRING,
 * VALIDCOUNT, COMPLETION) is volatile, so Excel recalculates it with every recalculation and an omitted
 * date never goes stale across days ("Make a custom function volatile",
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-volatile). No other function is.
 * custom-functions-metadata-plugin builds functions.json from the JSDoc below (en-US);
 * functions.zh-CN.json carries the same ids in Chinese. Keep this file free of React, Fluent and
 * the CLI's .xlsx code: it is what must load before any function works (`npm run bench`, functionsGzKB).
 */
import { awardAmount } from "../domain/settings/awardRules";
import { parseStage, STAGE_NAMES } from "../domain/pool/poolStage";
import { isValidAt, lastValidDay, parseCertNumber } from "../domain/enterprise/certificate";
import { checkCreditCode, normaliseCreditCode } from "../domain/enterprise/creditCode";
import { yearOfSerial } from "../domain/core/dates";
import { targetFor } from "../domain/targets/targetTable";
import { currentSettings, currentTargets } from "../state/session";
import {
  asOfArg,
  awardTypeArg,
  dateArg,
  CERT_NO,
  EVENT_DATE,
  installmentArg,
  ISSUE_DATE,
  STAGE,
  textArg,
  toWorkbookSerial,
  UNIT,
  yearArg,
} from "./args";
import { divisionByZero, fail, notAvailable } from "./errors";
import { countValid } from "./ranges";
import { registrar } from "./registrar";
import { knownUnit, unitResolver } from "./units";

// The plugin's loader appends `CustomFunctions.associate("ID", fn)` lines to this file: this binding
// sends them to the runtime, or to a no-op outside Excel (see registrar.ts).
// eslint-disable-next-line @typescript-eslint/no-unused-vars
const CustomFunctions = registrar();

/**
 * Award in CNY for a 首次认定 (first), 重新认定 (renewal) or 迁入 (relocation) event; 0 outside the policy window.
 * @customfunction AWARD
 * @helpurl https://localhost:3000/functions-help.html#AWARD
 * @param type 首次认定, 重新认定 or 迁入 (synonyms: 首次, 新认定, 复审, 再认定, first, renewal, relocation).
 * @param date Event date: the issue date, or the move-in date for 迁入 (a date or text such as 2022年7月8日).
 * @param [installment] Relocation only: the stage number (1, 2, ..., as a number or text) to get that stage's amount instead of the total.
 * @returns Award in CNY.
 */
export function award(type: string, date: number | string, installment?: number | string): number {
  const t = awardTypeArg(type);
  return awardAmount(
    t,
    dateArg(date, EVENT_DATE),
    currentSettings(),
    installmentArg(installment, t, currentSettings())
  );
}

/**
 * Last valid day of a certificate (format the cell as a date): three years from the issue date.
 * @customfunction EXPIRY
 * @helpurl https://localhost:3000/functions-help.html#EXPIRY
 * @param issueDate Issue date of the certificate (发证日期).
 * @returns Last valid day as a date serial.
 */
export function expiry(issueDate: number | string): number {
  return toWorkbookSerial(
    lastValidDay(dateArg(issueDate, ISSUE_DATE), currentSettings().validityEnd)
  );
}

/**
 * TRUE when a certificate issued on issueDate is valid on asOf (issue date to last valid day, both included).
 * @customfunction ISVALID
 * @helpurl https://localhost:3000/functions-help.html#ISVALID
 * @volatile
 * @param issueDate Issue date of the certificate (发证日期).
 * @param [asOf] Date to check; today when omitted (the function is volatile: it follows the date at each recalculation).
 * @returns TRUE or FALSE.
 */
export function isValid(issueDate: number | string, asOf?: number | string): boolean {
  return isValidAt(dateArg(issueDate, ISSUE_DATE), asOfArg(asOf), currentSettings().validityEnd);
}

/**
 * Days from asOf to the certificate's last valid day: 0 on the last day, negative once expired.
 * @customfunction DAYSLEFT
 * @helpurl https://localhost:3000/functions-help.html#DAYSLEFT
 * @volatile
 * @param issueDate Issue date of the certificate (发证日期).
 * @param [asOf] Date to count from; today when omitted (the function is volatile: it follows the date at each recalculation).
 * @returns Days left.
 */
export function daysLeft(issueDate: number | string, asOf?: number | string): number {
  return (
    lastValidDay(dateArg(issueDate, ISSUE_DATE), currentSettings().validityEnd) - asOfArg(asOf)
  );
}

/**
 * TRUE when the certificate's last valid day falls in the given year (it must be re-recognised that year).
 * @customfunction EXPIRING
 * @helpurl https://localhost:3000/functions-help.html#EXPIRING
 * @volatile
 * @param issueDate Issue date of the certificate (发证日期).
 * @param [year] Calendar year such as 2024 (or the text 2024年); the current year when omitted (the function is volatile: it follows the date at each recalculation).
 * @returns TRUE or FALSE.
 */
export function expiring(issueDate: number | string, year?: number | string): boolean {
  return (
    yearOfSerial(lastValidDay(dateArg(issueDate, ISSUE_DATE), currentSettings().validityEnd)) ===
    yearArg(year)
  );
}

/**
 * Target number of valid high-tech enterprises for a unit and year, from the workbook's target table or the policy's default table.
 * @customfunction TARGET
 * @helpurl https://localhost:3000/functions-help.html#TARGET
 * @param unit Responsible unit (责任单位): a name or alias such as 枫泾 or 碳谷绿湾.
 * @param year Calendar year such as 2023 (or the text 2023年).
 * @returns Target.
 */
export function target(unit: string, year: number | string): number {
  const y = yearArg(year, true);
  const u = knownUnit(textArg(unit, UNIT));
  return (
    targetFor(currentTargets(), u, y) ??
    notAvailable(`目标表中没有 ${u} ${y} 年的目标`, `no target for ${u} in ${y}`)
  );
}

/**
 * Number of certificates of one unit valid on asOf, over two ranges of the same size: units and issue dates.
 * @customfunction VALIDCOUNT
 * @helpurl https://localhost:3000/functions-help.html#VALIDCOUNT
 * @volatile
 * @param units Range of unit names (所属镇/园区), one per certificate.
 * @param issueDates Range of issue dates (发证日期), parallel to units; blank cells are skipped.
 * @param unit Unit to count: a name or alias.
 * @param [asOf] Date to count at; today when omitted (the function is volatile: it follows the date at each recalculation).
 * @returns Number of valid certificates.
 */
export function validCount(
  units: unknown[][],
  issueDates: unknown[][],
  unit: string,
  asOf?: number | string
): number {
  return countValid(
    units,
    issueDates,
    knownUnit(textArg(unit, UNIT)),
    asOfArg(asOf),
    currentSettings()
  );
}

/**
 * Target completion of a unit: VALIDCOUNT divided by the unit's TARGET for asOf's year (1 = 100%).
 * @customfunction COMPLETION
 * @helpurl https://localhost:3000/functions-help.html#COMPLETION
 * @volatile
 * @param units Range of unit names (所属镇/园区), one per certificate.
 * @param issueDates Range of issue dates (发证日期), parallel to units; blank cells are skipped.
 * @param unit Unit: a name or alias.
 * @param [asOf] Date to count at; today when omitted (the function is volatile: it follows the date at each recalculation). Its year selects the target.
 * @returns Completion ratio (format as a percentage).
 */
export function completion(
  units: unknown[][],
  issueDates: unknown[][],
  unit: string,
  asOf?: number | string
): number {
  const u = knownUnit(textArg(unit, UNIT));
  const at = asOfArg(asOf);
  const goal =
    targetFor(currentTargets(), u, yearOfSerial(at)) ??
    notAvailable(
      `目标表中没有 ${u} ${yearOfSerial(at)} 年的目标`,
      `no target for ${u} in ${yearOfSerial(at)}`
    );
  return goal === 0
    ? divisionByZero()
    : countValid(units, issueDates, u, at, currentSettings()) / goal;
}

/**
 * The year inside a certificate number (GR202231005683 -> 2022).
 * @customfunction CERTYEAR
 * @helpurl https://localhost:3000/functions-help.html#CERTYEAR
 * @param certNo Certificate number (证书编号): GR or GF, 4-digit year, 2-digit province, 6-digit serial.
 * @returns Year.
 */
export function certYear(certNo: string): number {
  const raw = textArg(certNo, CERT_NO);
  return (
    parseCertNumber(raw)?.year ??
    fail(
      `证书编号格式不对（应为 GR/GF + 12 位数字）：${raw}`,
      `not a certificate number (GR/GF + 12 digits): ${raw}`
    )
  );
}

/**
 * TRUE when a unified social credit code (统一社会信用代码) has the right form and check character (GB 32100-2015).
 * @customfunction CREDITCODE
 * @helpurl https://localhost:3000/functions-help.html#CREDITCODE
 * @param code Credit code, 18 characters; spaces and full-width characters are tolerated.
 * @returns TRUE or FALSE.
 */
export function creditCode(code: string): boolean {
  return checkCreditCode(normaliseCreditCode(String(code ?? ""))) === "ok";
}

/**
 * The canonical responsible unit for a name or alias as the report counts it (枫泾 -> 枫泾镇); 其他 when it matches none.
 * @customfunction UNIT
 * @helpurl https://localhost:3000/functions-help.html#UNIT
 * @param text Unit as written in a roster.
 * @returns Canonical unit name.
 */
export function unit(text: string): string {
  return unitResolver()(String(text ?? "")).unit;
}

/**
 * The canonical stage of a cultivation-pool stage cell (发现, 服务, 推出 or 认定) from any word offices use for it, so a pool sheet can be counted with COUNTIFS.
 * @customfunction STAGE
 * @helpurl https://localhost:3000/functions-help.html#STAGE
 * @param text Stage as written in the pool sheet: 发现/入库/储备, 服务/培育/辅导, 推出/申报/已申报/推荐, 认定/已认定, or Found/Served/Submitted/Recognised.
 * @returns 发现, 服务, 推出 or 认定.
 */
export function stage(text: string): string {
  const raw = textArg(text, STAGE);
  const s = parseStage(raw);
  return s === null
    ? fail(
        `无法识别的培育阶段：${raw}（应为 发现、服务、推出、认定 或其同义词）`,
        `not a pool stage: ${raw} (expected found, served, submitted, recognised or a synonym)`
      )
    : STAGE_NAMES[s];
}
