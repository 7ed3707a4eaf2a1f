/**
 * A small recording fake of the Excel object model, enough for src/excel: worksheets (add, getItem,
 * getItemOrNullObject, items, delete, rename, calculate), workbook names (the report marker), workbook
 * settings (Excel.SettingCollection), the selection, ranges (values, numberFormat, formulas, format,
 * conditional formats, clear, copyFrom, getRow/getColumn/getOffsetRange/getResizedRange/intersection),
 * used ranges, a sync counter and a log of every applied write per sheet. Writes are queued and applied at
 * context.sync(), as in Office.js; reads see the state after the last sync. Injectable faults: payload-size
 * errors for any block loaded with more than N rows, or for a sync whose request (the data written) or
 * response (the data loaded) is larger than N bytes as JSON (Excel on the web's 5 MB limit), `values`
 * coming back null for a load of more than N cells (documented for more than five million), and a failure
 * at the Nth sync (the queued writes of that sync are applied first, the harshest case for whole-or-nothing
 * writing). Shared by the tests and the bench (no jest here).
 */
export type Cell = string | number | boolean | null;

export interface Write {
  sheet: string;
  kind: "values" | "numberFormat" | "formulas" | "format" | "clear" | "copy" | "conditionalFormat";
  address: string;
  data?: unknown;
}

export interface FakeRule {
  type: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
  formula: string;
  owner: string;
}

export interface FakeSheet {
  name: string;
  visibility: string;
  cells: Cell[][];
  formats: Map<string, string>;
  /** Cells that became formulas: a formulas write, or a value "=..." written without the text format. */
  formulaCells: Set<string>;
  rules: FakeRule[];
  charts: number;
  /** Merged areas, 0-based (as Range.getMergedAreasOrNullObject reports them: ExcelApi 1.13). */
  merges?: { row: number; col: number; rows: number; cols: number }[];
}

export interface FakeOptions {
  /** Loading values of a range taller than this throws the payload error below at the next sync. */
  payloadLimitRows?: number;
  payloadCode?: "RequestPayloadSizeLimitExceeded" | "ResponsePayloadSizeLimitExceeded";
  /** The 1-based sync that fails (after applying its queue). */
  failAtSync?: number;
  date1904?: boolean;
  /**
   * A sync whose writes (values, number formats, formulas) or whose loaded values add up to more than this
   * many bytes of JSON fails with RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded.
   * Excel on the web's limit is 5 MB for each ("Payload size limit best practices" in
   * docs/excel/performance.md of OfficeDev/office-js-docs-pr).
   */
  payloadLimitBytes?: number;
  /**
   * `values` of a range larger than this many cells read back as null, as the same page documents for
   * get operations over five million cells ("In some cases, Range.values returns null instead").
   */
  nullValuesAboveCells?: number;
  /**
   * getMergedAreasOrNullObject fails (at the next sync) for a range holding more merged areas than this:
   * 512 as documented ("if the merged areas count in this range is more than 512, then this method will
   * fail to return the result", Excel.Range in office-js-docs-reference).
   */
  mergedAreasLimit?: number;
  /** Sheets the selection starts on and covers (A1 of the active sheet when omitted). */
  selection?: { row: number; col: number; rows: number; cols: number };
}

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;

export function colLetter(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** "B3" or "B3:D9" (sheet prefix and $ ignored) -> 0-based rectangle. */
export function parseA1(address: string): { row: number; col: number; rows: number; cols: number } {
  const bare = address.replace(/^.*!/, "").replace(/\$/g, "");
  const whole = /^(\d+):(\d+)$/.exec(bare);
  if (whole)
    return {
      row: Number(whole[1]) - 1,
      col: 0,
      rows: Number(whole[2]) - Number(whole[1]) + 1,
      cols: MAX_COLS,
    };
  const [a, b = a] = bare.split(":");
  const p = (s: string): [number, number] => {
    const m = /^([A-Z]+)(\d+)$/i.exec(s);
    if (!m) throw new Error(`fake: bad address ${address}`);
    return [Number(m[2]) - 1, colIndex(m[1])];
  };
  const [r1, c1] = p(a);
  const [r2, c2] = p(b);
  return { row: r1, col: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
}

function addressOf(ws: FakeSheet, row: number, col: number, rows: number, cols: number): string {
  const tl = `${colLetter(col)}${row + 1}`;
  const a = rows === 1 && cols === 1 ? tl : `${tl}:${colLetter(col + cols - 1)}${row + rows}`;
  return `'${ws.name.replace(/'/g, "''")}'!${a}`;
}

/** A call's arguments as text: a range by its address, anything else as JSON. */
function argText(args: unknown[]): string {
  return args
    .map((a) =>
      typeof a === "object" && a !== null && "address" in a
        ? String((a as { address: unknown }).address)
        : JSON.stringify(a)
    )
    .join(",");
}

/** A property sink: any get is another sink, any call is recorded and returns a sink, any set is recorded. */
function sink(onSet: (path: string, value: unknown) => void, path = ""): unknown {
  return new Proxy(function () {}, {
    get: (_t, k) => (k === "then" ? undefined : sink(onSet, `${path}.${String(k)}`)),
    set: (_t, k, v) => {
      onSet(`${path}.${String(k)}`, v);
      return true;
    },
    apply: (_t, _this, args: unknown[]) => {
      const call = `${path}(${argText(args)})`;
      onSet(call, undefined);
      return sink(onSet, call);
    },
  });
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly names = new Map<string, { sheet: FakeSheet; visible: boolean }>();
  /** The workbook's Excel.SettingCollection: key -> value as stored. */
  readonly settings = new Map<string, unknown>();
  readonly writes: Write[] = [];
  /** Every recalculation asked for, in order: "application:<type>", "sheet:<name>:<markAllDirty>" or "range:<address>". */
  readonly calculations: string[] = [];
  syncs = 0;
  active = 0;
  /** The last selected range's address. */
  selection = "";
  /** The most cells of one load of values, number formats or formulas, over the whole run. */
  largestLoadCells = 0;
  /** The largest request (bytes of JSON written in one sync) seen. */
  largestRequestBytes = 0;
  private queue: (() => void)[] = [];
  private loadedRows: number[] = [];
  private loadedBytes: (() => number)[] = [];
  private requestBytes = 0;
  /** An error a queued call will raise at the next sync (a request Excel refuses). */
  private pendingError: Error | null = null;

  constructor(readonly options: FakeOptions = {}) {}

  /** Adds a sheet with data from A1 (setup, not recorded). */
  addSheet(name: string, cells: Cell[][] = []): FakeSheet {
    const ws: FakeSheet = {
      name,
      visibility: "Visible",
      cells,
      formats: new Map(),
      formulaCells: new Set(),
      rules: [],
      charts: 0,
    };
    this.sheets.push(ws);
    return ws;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** Writes applied to a sheet (by its name when written). */
  writesTo(name: string): Write[] {
    return this.writes.filter((w) => w.sheet === name);
  }

  /** The RunBatch to hand to src/excel: a fresh context over this workbook. */
  readonly run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    batch(this.context() as unknown as Excel.RequestContext);

  private enqueue(op: () => void): void {
    this.queue.push(op);
  }

  private record(ws: FakeSheet, kind: Write["kind"], address: string, data?: unknown): void {
    this.writes.push({ sheet: ws.name, kind, address, data });
  }

  /** Counts the JSON size of data written in the pending sync (only when a byte limit is set). */
  private countRequest(data: unknown): void {
    if (this.options.payloadLimitBytes !== undefined)
      this.requestBytes += Buffer.byteLength(JSON.stringify(data));
  }

  private async sync(): Promise<void> {
    this.syncs++;
    const limit = this.options.payloadLimitRows;
    const bytesLimit = this.options.payloadLimitBytes;
    const request = this.requestBytes;
    this.largestRequestBytes = Math.max(this.largestRequestBytes, request);
    const tooBig = limit !== undefined && this.loadedRows.some((n) => n > limit);
    const tooLarge =
      bytesLimit !== undefined && request > bytesLimit ? "RequestPayloadSizeLimitExceeded" : null;
    const response =
      bytesLimit !== undefined && !tooLarge
        ? this.loadedBytes.reduce((n, size) => n + size(), 0)
        : 0;
    this.loadedRows = [];
    this.loadedBytes = [];
    this.requestBytes = 0;
    const code =
      tooLarge ??
      (bytesLimit !== undefined && response > bytesLimit
        ? "ResponsePayloadSizeLimitExceeded"
        : tooBig
          ? (this.options.payloadCode ?? "ResponsePayloadSizeLimitExceeded")
          : null);
    if (code) {
      this.queue = [];
      throw Object.assign(new Error(`fake ${code}`), { code });
    }
    if (this.pendingError) {
      const error = this.pendingError;
      this.pendingError = null;
      this.queue = [];
      throw error;
    }
    const ops = this.queue;
    this.queue = [];
    ops.forEach((op) => op());
    if (this.options.failAtSync === this.syncs)
      throw Object.assign(new Error("fake: the host failed"), { code: "GeneralException" });
  }

  private context(): unknown {
    const wb = this;
    const worksheets = {
      load: () => worksheets,
      get items() {
        return wb.sheets.map((s) => wb.worksheet(s));
      },
      add: (name: string) => {
        const ws: FakeSheet = {
          name,
          visibility: "Visible",
          cells: [],
          formats: new Map(),
          formulaCells: new Set(),
          rules: [],
          charts: 0,
        };
        wb.enqueue(() => wb.sheets.push(ws));
        return wb.worksheet(ws);
      },
      getItem: (name: string) => {
        const s = wb.sheet(name);
        if (!s) throw Object.assign(new Error(`fake: no sheet ${name}`), { code: "ItemNotFound" });
        return wb.worksheet(s);
      },
      getItemOrNullObject: (name: string) => {
        const s = wb.sheet(name);
        return s
          ? wb.worksheet(s)
          : {
              isNullObject: true,
              load: () => undefined,
              getUsedRangeOrNullObject: () => ({ isNullObject: true, load: () => undefined }),
            };
      },
      getActiveWorksheet: () => wb.worksheet(wb.sheets[wb.active]),
    };
    const names = {
      getItemOrNullObject: (name: string) => {
        const entry = wb.names.get(name);
        return {
          get isNullObject() {
            return !entry;
          },
          getRangeOrNullObject: () => {
            const alive = entry && wb.sheets.includes(entry.sheet);
            return {
              load: () => undefined,
              isNullObject: !alive,
              get address() {
                return alive && entry ? addressOf(entry.sheet, 0, 0, 1, 1) : "#REF!";
              },
            };
          },
        };
      },
      getItem: (name: string) => ({ delete: () => wb.enqueue(() => wb.names.delete(name)) }),
      add: (name: string, range: { fakeSheet: FakeSheet }) => {
        const entry = { sheet: range.fakeSheet, visible: true };
        wb.enqueue(() => wb.names.set(name, entry));
        return {
          set visible(v: boolean) {
            entry.visible = v;
          },
        };
      },
    };
    // Excel.SettingCollection: add() sets or replaces (queued); getItemOrNullObject reads after the sync.
    const settings = {
      add: (key: string, value: unknown) => {
        wb.enqueue(() => wb.settings.set(key, value));
        return { key, value };
      },
      getItemOrNullObject: (key: string) => ({
        load: () => undefined,
        get isNullObject() {
          return !wb.settings.has(key);
        },
        get value() {
          return wb.settings.get(key);
        },
      }),
    };
    const selected = (): unknown => {
      const s = wb.options.selection ?? { row: 0, col: 0, rows: 1, cols: 1 };
      return wb.range(wb.sheets[wb.active], s.row, s.col, s.rows, s.cols);
    };
    return {
      sync: () => wb.sync(),
      workbook: {
        worksheets,
        names,
        settings,
        getSelectedRange: selected,
        // Application.calculate recalculates every open workbook (recorded, so tests can refuse it).
        application: {
          calculate: (type: string) =>
            wb.enqueue(() => wb.calculations.push(`application:${type}`)),
        },
        functions: {
          date: () => ({ load: () => undefined, value: wb.options.date1904 ? 0 : 1462 }),
        },
      },
    };
  }

  private worksheet(s: FakeSheet): unknown {
    const wb = this;
    return {
      isNullObject: false,
      get name() {
        return s.name;
      },
      set name(v: string) {
        wb.enqueue(() => (s.name = v));
      },
      get visibility() {
        return s.visibility;
      },
      set visibility(v: string) {
        wb.enqueue(() => (s.visibility = v));
      },
      load: () => undefined,
      activate: () => wb.enqueue(() => (wb.active = wb.sheets.indexOf(s))),
      calculate: (markAllDirty: boolean) =>
        wb.enqueue(() => wb.calculations.push(`sheet:${s.name}:${markAllDirty}`)),
      delete: () =>
        wb.enqueue(() => {
          const i = wb.sheets.indexOf(s);
          if (i >= 0) wb.sheets.splice(i, 1);
        }),
      getRange: (address?: string) => {
        if (address === undefined) return wb.range(s, 0, 0, MAX_ROWS, MAX_COLS);
        const r = parseA1(address);
        return wb.range(s, r.row, r.col, r.rows, r.cols);
      },
      getRangeByIndexes: (row: number, col: number, rows: number, cols: number) =>
        wb.range(s, row, col, rows, cols),
      getUsedRangeOrNullObject: () => wb.usedRange(s),
      // As documented: on a blank sheet getUsedRange gives the top left cell, not an error or a null object.
      getUsedRange: () => {
        const used = wb.usedRange(s) as { isNullObject: boolean };
        return used.isNullObject ? wb.range(s, 0, 0, 1, 1) : used;
      },
      charts: {
        load: () => undefined,
        get items() {
          return Array.from({ length: s.charts }, () => ({
            delete: () => wb.enqueue(() => (s.charts = Math.max(0, s.charts - 1))),
          }));
        },
        add: () => {
          wb.enqueue(() => s.charts++);
          return sink((p, v) => wb.record(s, "format", `chart${p}`, v));
        },
      },
      freezePanes: sink((p, v) => wb.record(s, "format", `freezePanes${p}`, v)),
      pageLayout: sink((p, v) => wb.record(s, "format", `pageLayout${p}`, v)),
      horizontalPageBreaks: sink((p, v) => wb.record(s, "format", `horizontalPageBreaks${p}`, v)),
    };
  }

  private usedRange(s: FakeSheet): unknown {
    let top = -1;
    let bottom = -1;
    let left = Infinity;
    let right = -1;
    s.cells.forEach((row, r) => {
      row?.forEach((v, c) => {
        if (v === null || v === "" || v === undefined) return;
        if (top < 0) top = r;
        bottom = r;
        left = Math.min(left, c);
        right = Math.max(right, c);
      });
    });
    if (top < 0)
      return {
        load: () => undefined,
        isNullObject: true,
        rowIndex: 0,
        columnIndex: 0,
        rowCount: 0,
        columnCount: 0,
      };
    return this.range(s, top, left, bottom - top + 1, right - left + 1);
  }

  private range(s: FakeSheet, row: number, col: number, rows: number, cols: number): unknown {
    const wb = this;
    const whole = rows === MAX_ROWS && cols === MAX_COLS;
    const addr = (): string => (whole ? `'${s.name}'!ALL` : addressOf(s, row, col, rows, cols));
    const grid = <T>(f: (r: number, c: number) => T): T[][] =>
      Array.from({ length: rows }, (_, i) =>
        Array.from({ length: cols }, (_2, j) => f(row + i, col + j))
      );
    const setCell = (r: number, c: number, v: Cell): void => {
      (s.cells[r] ??= [])[c] = v;
    };
    const inside = (rule: FakeRule): boolean =>
      whole ||
      (rule.row < row + rows &&
        rule.row + rule.rows > row &&
        rule.col < col + cols &&
        rule.col + rule.cols > col);
    const self = {
      fakeSheet: s,
      isNullObject: false,
      rowIndex: row,
      columnIndex: col,
      rowCount: rows,
      columnCount: cols,
      get address() {
        return addr();
      },
      load: (props?: string) => {
        if (props !== undefined && !/values|numberFormat|formulas/.test(props)) return;
        wb.loadedRows.push(rows);
        wb.largestLoadCells = Math.max(wb.largestLoadCells, rows * cols);
        if (wb.options.payloadLimitBytes !== undefined) {
          const kinds =
            props === undefined
              ? ["values", "numberFormat", "formulas"]
              : props.split(",").map((p) => p.trim());
          wb.loadedBytes.push(() =>
            kinds.reduce(
              (n, k) =>
                n +
                (/^(values|numberFormat|formulas)$/.test(k)
                  ? Buffer.byteLength(JSON.stringify(self[k as "values"]))
                  : 0),
              0
            )
          );
        }
      },
      get values(): Cell[][] | null {
        const limit = wb.options.nullValuesAboveCells;
        if (limit !== undefined && rows * cols > limit) return null;
        return grid((r, c) => s.cells[r]?.[c] ?? "");
      },
      set values(v: Cell[][]) {
        const a = addr();
        wb.countRequest(v);
        wb.enqueue(() => {
          wb.record(s, "values", a, v);
          v.forEach((line, i) =>
            line.forEach((x, j) => {
              const key = `${row + i},${col + j}`;
              // A string "=..." in a cell not formatted as text becomes a formula, as in Excel.
              if (typeof x === "string" && /^[=+\-@]/.test(x) && s.formats.get(key) !== "@")
                s.formulaCells.add(key);
              else s.formulaCells.delete(key);
              setCell(row + i, col + j, x);
            })
          );
        });
      },
      get numberFormat() {
        return grid((r, c) => s.formats.get(`${r},${c}`) ?? "General");
      },
      set numberFormat(v: string[][]) {
        const a = addr();
        wb.countRequest(v);
        wb.enqueue(() => {
          wb.record(s, "numberFormat", a, v);
          v.forEach((line, i) => line.forEach((f, j) => s.formats.set(`${row + i},${col + j}`, f)));
        });
      },
      // As in Excel: a formula cell gives its formula, any other cell its value.
      get formulas(): Cell[][] {
        return grid((r, c) => s.cells[r]?.[c] ?? "");
      },
      set formulas(v: Cell[][]) {
        const a = addr();
        wb.countRequest(v);
        wb.enqueue(() => {
          wb.record(s, "formulas", a, v);
          v.forEach((line, i) =>
            line.forEach((f, j) => {
              setCell(row + i, col + j, f);
              if (typeof f === "string" && f.startsWith("="))
                s.formulaCells.add(`${row + i},${col + j}`);
            })
          );
        });
      },
      format: sink((p, v) => wb.record(s, "format", `${addr()}.format${p}`, v)),
      conditionalFormats: {
        load: () => undefined,
        get items() {
          return s.rules.filter(inside).map((rule) => ({
            type: rule.type,
            custom: { rule: { load: () => undefined, formula: rule.formula } },
            delete: () => wb.enqueue(() => s.rules.splice(s.rules.indexOf(rule), 1)),
          }));
        },
        add: (type: string) => {
          const rule: FakeRule = { type, row, col, rows, cols, formula: "", owner: "addin" };
          wb.enqueue(() => {
            s.rules.push(rule);
            wb.record(s, "conditionalFormat", addr(), type);
          });
          const fmt = sink(() => undefined);
          const ruleObj = {
            set formula(f: string) {
              rule.formula = f;
            },
          };
          return { custom: { rule: ruleObj, format: fmt }, cellValue: { format: fmt, rule: {} } };
        },
        clearAll: () => wb.enqueue(() => (s.rules = s.rules.filter((r) => !inside(r)))),
      },
      clear: () =>
        wb.enqueue(() => {
          wb.record(s, "clear", addr());
          if (whole) {
            s.cells = [];
            s.formats.clear();
            s.formulaCells.clear();
            return;
          }
          for (let r = row; r < row + rows; r++)
            for (let c = col; c < col + cols; c++) if (s.cells[r]) s.cells[r][c] = null;
        }),
      unmerge: () => undefined,
      getMergedAreasOrNullObject: () => {
        const found = (s.merges ?? []).filter(
          (m) =>
            m.row < row + rows && m.row + m.rows > row && m.col < col + cols && m.col + m.cols > col
        );
        if (found.length > (wb.options.mergedAreasLimit ?? 512)) {
          wb.pendingError = Object.assign(new Error("fake: more than 512 merged areas"), {
            code: "GeneralException",
          });
        }
        const areas = found.map((m) => ({
          rowIndex: m.row,
          columnIndex: m.col,
          rowCount: m.rows,
          columnCount: m.cols,
        }));
        return {
          load: () => undefined,
          isNullObject: found.length === 0,
          areaCount: found.length,
          areas: { load: () => undefined, items: areas },
        };
      },
      getRow: (i: number) => wb.range(s, row + i, col, 1, cols),
      getCell: (i: number, j: number) => wb.range(s, row + i, col + j, 1, 1),
      // Range.calculate: recorded with the address, so tests see exactly which cells were recalculated.
      calculate: () => wb.enqueue(() => wb.calculations.push(`range:${addr()}`)),
      // The formula cells of the range (a whole sheet too), one area per run of them along a row.
      getSpecialCellsOrNullObject: (type: string) => {
        if (type !== "Formulas") throw new Error(`fake: special cells ${type}`);
        const keys = [...s.formulaCells]
          .map((k) => k.split(",").map(Number))
          .filter(([r, c]) => r >= row && r < row + rows && c >= col && c < col + cols);
        keys.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        const areas: unknown[] = [];
        for (let i = 0; i < keys.length;) {
          let j = i + 1;
          while (j < keys.length && keys[j][0] === keys[i][0] && keys[j][1] === keys[j - 1][1] + 1)
            j++;
          areas.push(wb.range(s, keys[i][0], keys[i][1], 1, j - i));
          i = j;
        }
        return {
          isNullObject: areas.length === 0,
          cellCount: keys.length,
          load: () => undefined,
          // Loading the areas' formulas loads each area's: counted against the payload limits as a range's.
          areas: {
            load: (props: string) => {
              if (/formulas/.test(props))
                for (const a of areas) (a as { load: (p: string) => void }).load("formulas");
            },
            items: areas,
          },
        };
      },
      getColumn: (j: number) => wb.range(s, row, col + j, rows, 1),
      getOffsetRange: (dr: number, dc: number) => wb.range(s, row + dr, col + dc, rows, cols),
      getResizedRange: (dr: number, dc: number) => wb.range(s, row, col, rows + dr, cols + dc),
      getIntersectionOrNullObject: (other: {
        rowIndex: number;
        columnIndex: number;
        rowCount: number;
        columnCount: number;
      }) => {
        const top = Math.max(row, other.rowIndex);
        const left = Math.max(col, other.columnIndex);
        const bottom = Math.min(row + rows, other.rowIndex + other.rowCount);
        const right = Math.min(col + cols, other.columnIndex + other.columnCount);
        if (bottom <= top || right <= left) return { isNullObject: true, load: () => undefined };
        return wb.range(s, top, left, bottom - top, right - left);
      },
      select: () => wb.enqueue(() => (wb.selection = addr())),
      merge: () => wb.record(s, "format", `${addr()}.merge`),
      copyFrom: (source: {
        fakeSheet: FakeSheet;
        rowIndex: number;
        columnIndex: number;
        rowCount: number;
        columnCount: number;
      }) => {
        wb.enqueue(() => {
          wb.record(s, "copy", addr(), source.fakeSheet.name);
          const from = source.fakeSheet;
          for (let i = 0; i < source.rowCount; i++) {
            for (let j = 0; j < source.columnCount; j++) {
              const k = `${source.rowIndex + i},${source.columnIndex + j}`;
              setCell(
                row + i,
                col + j,
                from.cells[source.rowIndex + i]?.[source.columnIndex + j] ?? null
              );
              const f = from.formats.get(k);
              if (f !== undefined) s.formats.set(`${row + i},${col + j}`, f);
            }
          }
          for (const r of from.rules)
            s.rules.push({
              ...r,
              row: r.row - source.rowIndex + row,
              col: r.col - source.columnIndex + col,
            });
        });
      },
    };
    return self;
  }
}

/** A roster sheet of `rows` enterprises under a header row (name, credit code, certificate, issue date, unit). */
export function rosterCells(
  rows: number,
  firstName = (i: number): string => `企业${i}有限公司`
): Cell[][] {
  const out: Cell[][] = [["企业名称", "证书编号", "发证日期", "所属街镇"]];
  for (let i = 0; i < rows; i++) {
    const year = 2021 + (i % 4);
    out.push([
      firstName(i),
      `GR${year}31${String(i % 1000000).padStart(6, "0")}`,
      44197 + (i % 1400),
      "朱泾镇",
    ]);
  }
  return out;
}
