/**
 * The engine's shared vocabulary. Every module of src/domain, and every door onto it (the Excel
 * adapter, the custom functions, the CLI, the task pane), speaks these types.
 *
 * Dates are integer Excel day serials in the 1900 system (2022-07-08 = 44750) everywhere inside the
 * engine: no Date objects cross this boundary, so time zones cannot shift a day.
 */

/** An integer Excel day serial, 1900 date system. */
export type Serial = number;

/** A cell value as any host hands it over (Office.js values, the CLI reader's values). */
export type CellValue = string | number | boolean | Date | null | undefined;

/** Interface languages. zh-CN is the default everywhere. */
export type Lang = "zh-CN" | "en-US";

/** A text in both interface languages. */
export interface LocalText {
  "zh-CN": string;
  "en-US": string;
}

/** `error`: a row that cannot be counted; `warning`: probably needs a fix; `info`: only explains a result. */
export type Severity = "error" | "warning" | "info";

/** Stable finding codes (docs/rules.md section 7). More may be added; never renamed. */
export type FindingCode =
  | "bad-date"
  | "issue-date-inferred"
  | "cert-number"
  | "cert-year-mismatch"
  | "credit-code"
  | "unknown-unit"
  | "missing-unit"
  | "duplicate"
  | "missing-identity"
  | "target-total"
  | "bad-value"
  | "merges-unread"
  | "no-relocation-award"
  | "stage-lapsed"
  | "formula-like"
  | "no-value"
  | "pool-stage-stale"
  | "pool-unmatched"
  | "pool-stage-unknown"
  | "visit-unmatched"
  | "visit-status-unknown"
  | "decomposition-infeasible"
  | "target-value"
  | "target-duplicate"
  | "targets-ignored"
  | "visit-date-future"
  | "unit-conflict"
  | "certificate-conflict"
  | "targets-conflict"
  | "visit-duplicate"
  | "file-unreadable";

/** One problem in the user's data, pointing at the cell that holds it. */
export interface Finding {
  /** The file the sheet came from, when several workbooks are read as one (docs/rules.md section 12). */
  file?: string;
  sheet: string;
  /** 1-based sheet row (as Excel shows it); 0 when the finding is about the whole sheet. */
  row: number;
  /** Column letter as Excel shows it ("C"); "" when the finding is about a whole row or sheet. */
  column: string;
  code: FindingCode;
  severity: Severity;
  message: LocalText;
  /** The enterprise of the finding's row, where the row names one (so a list can be worked without opening cells). */
  name?: string;
}

/** How the last valid day of a certificate is computed (docs/rules.md section 1). */
export type ValidityConvention = "day-before" | "same-day";

/** Which certificates the expiring list covers (docs/rules.md section 4). */
export interface ExpiringWindow {
  /** "calendar-year": last valid day in the as-of date's year; "rolling": within `days` after as-of. */
  mode: "calendar-year" | "rolling";
  /** Used by "rolling" only. */
  days: number;
}

/** One stage of a relocation award: its amount, due `months` after the move-in date. */
export interface RelocationStage {
  amount: number;
  months: number;
}

/** Award amounts and the policy window (docs/rules.md section 5). */
export interface AwardSettings {
  first: number;
  renewal: number;
  /** Relocation award paid in stages; the total relocation award is the sum of the stages. */
  relocationStages: RelocationStage[];
}

/** The rates of the year-end forecast (docs/rules.md section 8). */
export interface ForecastSettings {
  /** Share of submitted applications that pass (0 < rate <= 1). */
  passRate: number;
  /** Share of dropping enterprises that are re-recognised in time (0 to 1), or "data": measured from the roster. */
  renewalRate: number | "data";
}

/**
 * How a district total is split over the units (docs/rules.md section 9): by each unit's share of the valid
 * count at the base date, of the valid count plus weighted pool candidates, or by the same growth over
 * each unit's previous target.
 */
export type DecomposeMethod = "share" | "pipeline" | "equal-growth";

/**
 * The lower bound of a unit's decomposed target: `both` (the default) is the larger of its previous
 * year's target and its valid count at the base date; `none` sets no bound.
 */
export type DecomposeFloor = "both" | "previous" | "valid" | "none";

/** Target decomposition settings (docs/rules.md section 9). */
export interface DecompositionSettings {
  method: DecomposeMethod;
  floor: DecomposeFloor;
  /** `pipeline`: what one pool enterprise at served/submitted counts for, next to one valid enterprise (0-1). */
  pipelineWeight: number;
}

/** The contact system (联系服务制度, docs/rules.md section 10). */
export interface ContactSettings {
  /**
   * An enterprise on the call list with no contact dated from A - days to A (both included) is 待走访.
   */
  days: number;
}

/** Everything the user can change; stored with the workbook. Jinshan defaults in policy.ts. */
export interface Settings {
  /** District name for report titles. */
  district: string;
  awards: AwardSettings;
  /** First and last day on which an event earns an award, both included. */
  window: { start: Serial; end: Serial };
  validityEnd: ValidityConvention;
  expiring: ExpiringWindow;
  /** Extra aliases, raw name -> canonical unit; consulted after the built-in defaults' exact names. */
  aliases: Record<string, string>;
  /** Per-sheet column mapping for a sheet whose header was not recognised: sheet -> field -> column letter. */
  columnMappings: Record<string, Partial<Record<RosterField, string>>>;
  forecast: ForecastSettings;
  decomposition: DecompositionSettings;
  report: ReportSettings;
  contacts: ContactSettings;
}

/**
 * The earlier date a bulletin compares with (较上期, docs/rules.md section 11): the last year end, quarter end
 * or month end before the as-of date, or a date of its own.
 */
export type CompareChoice = "year-end" | "quarter-end" | "month-end" | Serial;

/** How the report workbook and the Word bulletin are drawn. */
export interface ReportSettings {
  /**
   * Findings listed one by one in the report; past this many, the rest are counted per code (the JSON
   * output and the task pane still list every one). 0 lists none, only the counts.
   */
  maxListedFindings: number;
  /**
   * The data findings as an 附件 of the bulletin ("sheet"), or left out of it ("none", the default: they are
   * for staff, in the separate 工作底稿).
   */
  findings: "sheet" | "none";
  /** 较上期: the date the change columns compare with. */
  compare: CompareChoice;
  /** 落款: the issuing office; "" for the district's science and technology commission. */
  issuer: string;
  /** 落款: the date the bulletin bears; null for the day it is made. */
  issueDate: Serial | null;
  /** 文号 above the title; "" for a blank one in the issue year ("〔2025〕　号") for the office to fill. */
  refNo: string;
  /** 主送 under the title; "" for the towns and parks ("各镇人民政府、各园区："). */
  addressee: string;
  /** The title; "" for the generated one. May name {district} and {year}. */
  title: string;
  /** The closing 工作要求 paragraph(s), one a line; "" for the default. May name {district} and {year}. */
  closing: string;
}

/** The target table: per responsible unit and year (docs/rules.md section 3). */
export interface TargetTable {
  /** Units in the table's own order, 其他 included where the table has it; 合计 excluded. */
  units: string[];
  years: number[];
  /** targets[unit][year] */
  targets: Record<string, Record<number, number>>;
  /** The 合计 row as written in the source, when it has one (it may disagree with the sum). */
  declaredTotals: Record<number, number>;
  /** Where it came from: "default" or the sheet name. */
  source: string;
  /** How the table was decomposed, when Gaoqi drew it up (its note line says so; docs/rules.md section 9). */
  decomposition?: { method: DecomposeMethod; baseDate: Serial };
}

/** Columns the roster reader knows (docs/rules.md section 6). */
export type RosterField =
  | "name"
  | "creditCode"
  | "certNo"
  | "issueDate"
  | "unit"
  | "type"
  | "moveIn"
  | "moveOut"
  | "revoked";

/** A detected header: where it is and which column holds which field (0-based indexes into the 2-D values). */
export interface HeaderMatch {
  rowIndex: number;
  columns: Partial<Record<RosterField, number>>;
}

export type RecognitionType = "first" | "renewal";

/** One certificate row of a roster sheet, cleaned. */
export interface CertRecord {
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  /** Reading order across the workbook (sheets in workbook order, then rows): breaks ties. */
  seq: number;
  name: string;
  /** Normalised (trimmed, upper case, half-width); "" when absent. */
  creditCode: string;
  /** Normalised certificate number; "" when absent. */
  certNo: string;
  /** Issue date; when inferred from the certificate number this is 31 December of its year. */
  issue: Serial | null;
  issueInferred: boolean;
  /** Canonical unit (a target-table unit, or 其他). */
  unit: string;
  /** The unit text as written. */
  rawUnit: string;
  /** From the type column; null when blank (then inferred by tracking). */
  type: RecognitionType | null;
  moveIn: Serial | null;
  moveOut: Serial | null;
  revoked: Serial | null;
  /**
   * Identity key, filled by tracking (roster leaves ""): "C:" + credit code; a row without a code takes
   * the code of another row with the same normalised name, else "N:" + normalised name.
   */
  key: string;
}

/** Stages of the cultivation pool (培育库), in order: 发现, 服务, 推出, 认定 (docs/rules.md section 8). */
export type PoolStage = "found" | "served" | "submitted" | "recognised";

/** A unit's pool at the as-of date: enterprises by stage (as derived at A), and those recognised in A's year. */
export interface PoolCounts {
  found: number;
  served: number;
  submitted: number;
  recognised: number;
  /** Pool enterprises holding at A a certificate issued in A's year. */
  recognisedThisYear: number;
}

/** A unit's year-end forecast: expected values, kept exact (docs/rules.md section 8). */
export interface UnitForecast {
  /** Valid at A, last valid day after A and on or before 31 December: they drop out unless re-recognised. */
  dropping: number;
  /** dropping x renewal rate. */
  renewed: number;
  /** Pool enterprises not recognised at A, submitted for A's year (or no year given), x pass rate. */
  new: number;
  /** valid - dropping + renewed + new. */
  value: number;
  /** target - value; null without a target. */
  gap: number | null;
  /** The fewest further submitted applications that bring `value` to the target at the pass rate; null without a target. */
  needed: number | null;
}

/** One row of the per-unit table (also used for the 合计 row). */
export interface UnitRow {
  unit: string;
  /** null for a unit with no target (e.g. 其他 when the table has none). */
  target: number | null;
  valid: number;
  /** target - valid; null without a target. */
  gap: number | null;
  /** valid / target, unrounded; null without a target (or a target of 0). */
  completion: number | null;
  /** Valid at 31 December of the previous year. */
  validPrevYearEnd: number;
  netIncrease: number;
  /** Entries of the expiring list in this unit. */
  expiring: number;
  /** Sum of award events in this unit dated in the as-of year up to the as-of date (CNY). */
  awards: number;
  /** The unit's cultivation pool at the as-of date (all 0 without a pool sheet). */
  pool: PoolCounts;
  forecast: UnitForecast;
  /** The unit's service contacts at the as-of date (docs/rules.md section 10). */
  contacts: ContactCounts;
}

/** A unit's service contacts at the as-of date: contacts dated after it do not exist yet. */
export interface ContactCounts {
  /** Contacts (rows of the contact sheets joined to an enterprise) dated in A's year up to A. */
  visits: number;
  /** Enterprises with at least one of those contacts. */
  enterprises: number;
  /** Problems recorded up to A whose status is not 已办结. */
  open: number;
  /** Of those, the ones whose due date is before A. */
  overdue: number;
  /** Entries of the call list (toVisit) in this unit. */
  toVisit: number;
}

/** How far a recorded problem has got (办理状态): 已办结, 办理中, 未办结, 待办. */
export type ContactStatus = "done" | "in-progress" | "unfinished" | "todo";

/** Why an enterprise is on the call list: its certificate expires in A's year, or it applied from the pool. */
export type ToVisitReason = "expiring" | "submitted";

/** One enterprise of the call list (待走访): no contact dated from A - N to A. */
export interface ToVisitItem {
  /** The row that puts it on the list: its latest certificate (expiring) or its pool row (submitted). */
  /** The file of the row, when several workbooks are read as one (docs/rules.md section 12). */
  file?: string;
  sheet: string;
  row: number;
  name: string;
  creditCode: string;
  unit: string;
  reason: ToVisitReason;
  /** Its last contact on or before A; null when it has none. */
  lastContact: Serial | null;
}

/** A problem recorded at a contact and not 已办结 at A. */
export interface ContactProblem {
  /** The file of the row, when several workbooks are read as one (docs/rules.md section 12). */
  file?: string;
  sheet: string;
  row: number;
  /** Column letter of the problem cell (of the date cell when the sheet has no problem column). */
  column: string;
  name: string;
  unit: string;
  /** The contact's date. */
  date: Serial;
  /** The problem or request as written ("" when only the status says something is open). */
  problem: string;
  /** null when the status cell is blank or unreadable (then it counts as not done). */
  status: ContactStatus | null;
  due: Serial | null;
  /** Due date before A. */
  overdue: boolean;
}

export type ExpiryStatus = "expired" | "expiring";

export interface ExpiringItem {
  /** The file of the row, when several workbooks are read as one (docs/rules.md section 12). */
  file?: string;
  sheet: string;
  row: number;
  name: string;
  creditCode: string;
  certNo: string;
  unit: string;
  lastValid: Serial;
  status: ExpiryStatus;
  /** lastValid - asOf for "expiring" (0 on the last day itself); null when expired. */
  daysLeft: number | null;
  /** The enterprise's last contact on or before the as-of date (docs/rules.md section 10); null when none. */
  lastContact: Serial | null;
}

export type AwardType = "first" | "renewal" | "relocation";

export interface AwardEvent {
  /** The file of the row, when several workbooks are read as one (docs/rules.md section 12). */
  file?: string;
  sheet: string;
  row: number;
  name: string;
  /** The row's credit code and certificate number ("" when blank): finance pays against them. */
  creditCode: string;
  certNo: string;
  unit: string;
  type: AwardType;
  /** The event's date: the issue date, or a relocation stage's due date (move-in + the stage's months). */
  date: Serial;
  /** Award for the event in CNY (a relocation stage's own amount); 0 outside the window. */
  amount: number;
  /** Relocations only: the stage (1-based) and how many stages the relocation has. */
  stage?: number;
  stages?: number;
}

/**
 * A relocation stage that fell due and is not paid (DOMAIN.md section 5): the enterprise had left the
 * district, or held no valid certificate, on the due date. Its amount is 0; `lapsed` says why.
 */
export interface LapsedStage extends AwardEvent {
  lapsed: "left" | "invalid";
}

/** Where the forecast's renewal rate came from: measured, the user's number, or the default (too few to measure). */
export type RenewalSource = "data" | "setting" | "default";

/** The rates a forecast used and where they came from. */
export interface ForecastBasis {
  /** The year whose end is forecast (the as-of date's). */
  year: number;
  renewalRate: number;
  renewalSource: RenewalSource;
  /** Entries of the measured renewal base (docs/rules.md section 8), whichever rate was used. */
  renewalBase: number;
  /** Of those, the entries that renewed in time. */
  renewalRenewed: number;
  passRate: number;
}

/** One enterprise of the cultivation pool as counted at the as-of date. */
export interface PoolEntry {
  /** The file of the row, when several workbooks are read as one (docs/rules.md section 12). */
  file?: string;
  sheet: string;
  row: number;
  name: string;
  creditCode: string;
  /** Canonical unit it counts under. */
  unit: string;
  /** The stage at A: recognised when it holds a certificate valid at A, else the stage cell's (found when blank). */
  stage: PoolStage;
  /** The stage the cell names; null when blank or unreadable. */
  statedStage: PoolStage | null;
  plannedYear: number | null;
  /** Column letter of the stage cell, for going to it. */
  stageColumn: string;
  /** The certificate valid at A when recognised by one ("" otherwise) and its issue date. */
  certNo: string;
  recognisedOn: Serial | null;
}

/** A sheet as read: which sheet, what it is, where its header was, how many rows it gave. */
export interface SheetSummary {
  /** The file of the row, when several workbooks are read as one (docs/rules.md section 12). */
  file?: string;
  sheet: string;
  kind: "roster" | "targets" | "pool" | "contacts" | "ignored";
  /** 1-based sheet row of the header; 0 when none. */
  headerRow: number;
  records: number;
}

/** Everything the report, the task pane and the CLI show for one workbook at one as-of date. */
/** One date of the year's progress (DOMAIN.md section 13): the valid counts at a month end of A's year, or at A. */
export interface ProgressPoint {
  date: Serial;
  /** The district's valid count (the 合计) and its completion against the year's total target (null without one). */
  valid: number;
  completion: number | null;
  /** Per unit, in target-table order (其他 included). */
  units: { unit: string; valid: number; completion: number | null }[];
}

/** Why an enterprise stopped counting under a unit between two dates of the progress. */
export type FallReason = "lapsed" | "moved-out" | "revoked" | "unit-change";

/** An enterprise that dropped out of a unit's count between two dates of the progress. */
export interface FallEnterprise {
  /** The row of the certificate it was counted by before the fall. */
  /** The file of the row, when several workbooks are read as one (docs/rules.md section 12). */
  file?: string;
  sheet: string;
  row: number;
  name: string;
  creditCode: string;
  certNo: string;
  reason: FallReason;
  /** When: the last valid day (lapsed), the move-out or revocation date, or the new certificate's issue date. */
  on: Serial;
  /** The unit it counts under afterwards (unit-change only). */
  toUnit?: string;
}

/** A unit whose valid count fell from one date of the progress to the next, and who dropped out. */
export interface Fall {
  unit: string;
  /** The earlier date (the previous month end, or 31 December of the previous year) and the later one. */
  from: Serial;
  date: Serial;
  before: number;
  after: number;
  /** In reading order of their rows. */
  enterprises: FallEnterprise[];
}

export interface Analysis {
  asOf: Serial;
  year: number;
  district: string;
  targets: TargetTable;
  /** In target-table order; 其他 included (it always exists, target null if the table lacks it). */
  units: UnitRow[];
  total: UnitRow;
  /** Sorted by unit (target-table order), then last valid day, then name. */
  expiring: ExpiringItem[];
  /** Events dated in the as-of year up to the as-of date, by date then reading order. */
  awards: AwardEvent[];
  /**
   * Relocation stages of eligible relocations due in the as-of year up to the as-of date and not paid,
   * by date then reading order (the award list names them beside the payable events; not in the JSON).
   */
  lapsedStages?: LapsedStage[];
  /** All findings: roster, targets and analysis, in reading order. */
  findings: Finding[];
  sheets: SheetSummary[];
  /** The rates behind every unit's forecast. */
  forecastBasis: ForecastBasis;
  /** Pool enterprises counted at A, in reading order (each enterprise once). */
  pool: PoolEntry[];
  /** The call list (待走访): by unit (table order), expiring enterprises first, then submitted pool ones. */
  toVisit: ToVisitItem[];
  /** Problems not 已办结 at A, by unit (table order), then in reading order. */
  problems: ContactProblem[];
  /** Month ends of A's year up to A, and A itself when it is not one (DOMAIN.md section 13). */
  progress: ProgressPoint[];
  /** Units whose count fell from one progress date to the next (the first from the previous year end). */
  falls: Fall[];
  /** One entry per file, when several workbooks are read as one (docs/rules.md section 12). */
  sources?: SourceSummary[];
}

/** What one file of several read as one brought (报送情况, docs/rules.md section 12). */
export interface SourceSummary {
  file: string;
  /** Its sheets in tab order and what each was read as. */
  sheets: { sheet: string; kind: SheetSummary["kind"] }[];
  /** Rows read from its roster, pool and contact sheets. */
  rows: number;
  /** Units its roster and pool rows name (canonical, in target-table order). */
  units: string[];
  /** Its newest issue, visit or pool-entry date on or before the as-of date; null when none. */
  newest: Serial | null;
  /** Findings on its sheets. */
  findings: number;
  /** The file could not be read (and was skipped): why. */
  unreadable?: LocalText;
}

/** A rectangle of sheet cells, 1-based and inclusive (a merged area: A21:A22 is {21, 1, 22, 1}). */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A sheet handed to the engine: its name and its used range as 2-D values. */
export interface SheetInput {
  name: string;
  /** The file the sheet came from, when several workbooks are read as one (docs/rules.md section 12). */
  file?: string;
  values: CellValue[][];
  /** 1-based sheet row of values[0] (default 1). */
  firstRow?: number;
  /** 1-based sheet column of values[i][0] (default 1). */
  firstColumn?: number;
  /** Merged areas: each area's top-left value belongs to every cell of the area (docs/rules.md section 6). */
  merges?: CellRange[];
  /** The host could not say which cells are merged (Excel without ExcelApi 1.13): a finding says so. */
  mergesUnread?: boolean;
  /** The workbook counts dates in the 1904 system: numbers in date columns are shifted to the 1900 system. */
  date1904?: boolean;
  /**
   * Formula cells the file holds without a calculated value (saved by a program that did not calculate),
   * by 1-based sheet row and column, in row order: blank in `values`, each in a roster column given a
   * no-value finding (docs/rules.md section 6).
   */
  noValues?: SheetCell[];
}

/** A cell by its 1-based sheet row and column. */
export interface SheetCell {
  row: number;
  column: number;
}
