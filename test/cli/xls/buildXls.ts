/**
 * A tiny test-only writer of Excel 97-2003 files: BIFF8 records (cells, the shared string table split
 * into CONTINUE records wherever a test asks), the workbook globals, and a version 3 or 4 compound file
 * around the streams (FAT, DIFAT past 109 FAT sectors, the mini stream for small streams). It writes
 * only what the reader's tests need, plainly, so that a test can then damage any byte of it.
 */

/** Little-endian bytes. */
export const le = {
  u8: (n: number): number[] => [n & 0xff],
  u16: (n: number): number[] => [n & 0xff, (n >>> 8) & 0xff],
  u32: (n: number): number[] => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff],
  f64: (x: number): number[] => {
    const v = new DataView(new ArrayBuffer(8));
    v.setFloat64(0, x, true);
    return [...new Uint8Array(v.buffer)];
  },
};

const isWide = (s: string): boolean => [...s].some((c) => c.charCodeAt(0) > 0xff);

function charBytes(s: string, wide: boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (wide) out.push(c & 0xff, c >> 8);
    else out.push(c);
  }
  return out;
}

/** One record: type, length, body. */
export function record(id: number, body: number[] | Uint8Array): Uint8Array {
  const out = new Uint8Array(4 + body.length);
  out.set([...le.u16(id), ...le.u16(body.length)]);
  out.set(body, 4);
  return out;
}

/** An XLUnicodeString: 2-byte count, flag byte, characters (compressed when they all fit a byte). */
export function xlString(s: string, wide = isWide(s)): number[] {
  return [...le.u16(s.length), wide ? 1 : 0, ...charBytes(s, wide)];
}

const cellHead = (row: number, col: number, xf: number): number[] => [
  ...le.u16(row),
  ...le.u16(col),
  ...le.u16(xf),
];

/** Cell records; rows and columns 0-based, xf an index into the workbook's XF records. */
export const cell = {
  labelSst: (r: number, c: number, i: number, xf = 0) =>
    record(0x00fd, [...cellHead(r, c, xf), ...le.u32(i)]),
  label: (r: number, c: number, s: string, xf = 0) =>
    record(0x0204, [...cellHead(r, c, xf), ...xlString(s)]),
  /** A rich-text string: its text, then one formatting run (4 bytes) that is not part of the value. */
  rstring: (r: number, c: number, s: string, xf = 0) =>
    record(0x00d6, [...cellHead(r, c, xf), ...xlString(s), ...le.u16(1), ...le.u16(0), 0, 0]),
  number: (r: number, c: number, x: number, xf = 0) =>
    record(0x0203, [...cellHead(r, c, xf), ...le.f64(x)]),
  rk: (r: number, c: number, rk: number, xf = 0) =>
    record(0x027e, [...cellHead(r, c, xf), ...le.u32(rk)]),
  mulrk: (r: number, c: number, cells: [xf: number, rk: number][]) =>
    record(0x00bd, [
      ...le.u16(r),
      ...le.u16(c),
      ...cells.flatMap(([xf, rk]) => [...le.u16(xf), ...le.u32(rk)]),
      ...le.u16(c + cells.length - 1),
    ]),
  boolErr: (r: number, c: number, v: number, isError: boolean, xf = 0) =>
    record(0x0205, [...cellHead(r, c, xf), v, isError ? 1 : 0]),
  blank: (r: number, c: number, xf = 0) => record(0x0201, cellHead(r, c, xf)),
  mulBlank: (r: number, c: number, n: number) =>
    record(0x00be, [
      ...le.u16(r),
      ...le.u16(c),
      ...Array.from({ length: n }, () => le.u16(0)).flat(),
      ...le.u16(c + n - 1),
    ]),
  /** A formula (its parsed expression: the constant 1) with the 8-byte cached value given. */
  formula: (r: number, c: number, value: number[], xf = 0) =>
    record(0x0006, [
      ...cellHead(r, c, xf),
      ...value,
      ...le.u16(0),
      ...le.u32(0),
      ...le.u16(2),
      0x1e,
      ...le.u16(1),
    ]),
  /** The STRING record after a formula whose cached value is text. */
  string: (s: string) => record(0x0207, xlString(s)),
  merged: (areas: [r1: number, r2: number, c1: number, c2: number][]) =>
    record(0x00e5, [...le.u16(areas.length), ...areas.flatMap((a) => a.flatMap(le.u16))]),
};

/** FORMULA cached values that are not numbers (MS-XLS 2.5.133). */
export const cached = {
  number: (x: number) => le.f64(x),
  string: () => [0, 0, 0, 0, 0, 0, 0xff, 0xff],
  boolean: (b: boolean) => [1, 0, b ? 1 : 0, 0, 0, 0, 0xff, 0xff],
  error: (code: number) => [2, 0, code, 0, 0, 0, 0xff, 0xff],
  empty: () => [3, 0, 0, 0, 0, 0, 0xff, 0xff],
};

/** An RK value holding a 30-bit integer (times 100 when `x100`). */
export const rkInt = (n: number, x100 = false): number => ((n << 2) | 2 | (x100 ? 1 : 0)) >>> 0;
/** An RK value holding a double's high 32 bits (its low 32 must be zero). */
export function rkFloat(x: number, x100 = false): number {
  const v = new DataView(new ArrayBuffer(8));
  v.setFloat64(0, x, true);
  return ((v.getUint32(4, true) & ~3) | (x100 ? 1 : 0)) >>> 0;
}

type Piece = { raw: number[] } | { chars: number[]; wide: boolean };

/** An SST body as pieces: raw bytes (counts, headers, runs) and character runs (which re-flag when split). */
function sstPieces(strings: string[], total: number, unique: number): Piece[] {
  const pieces: Piece[] = [{ raw: [...le.u32(total), ...le.u32(unique)] }];
  strings.forEach((s, i) => {
    const wide = isWide(s);
    // Every third string carries a formatting run and every fifth an extended (phonetic) block, so
    // that splits land inside those too.
    const rich = i % 3 === 1;
    const ext = i % 5 === 2;
    const flags = (wide ? 1 : 0) | (rich ? 8 : 0) | (ext ? 4 : 0);
    const head = [...le.u16(s.length), flags];
    if (rich) head.push(...le.u16(1));
    if (ext) head.push(...le.u32(6));
    pieces.push({ raw: head }, { chars: charBytes(s, wide), wide });
    const tail: number[] = [];
    if (rich) tail.push(...le.u16(0), ...le.u16(0));
    if (ext) tail.push(1, 2, 3, 4, 5, 6);
    if (tail.length) pieces.push({ raw: tail });
  });
  return pieces;
}

export interface SstOptions {
  /** Byte offsets into the unsplit body where a CONTINUE starts; by default every 8,224 bytes. */
  splits?: number[];
  /** The unique count the SST states (default: the number of strings). */
  unique?: number;
}

/** The SST record and its CONTINUE records. */
export function sstRecords(strings: string[], opts: SstOptions = {}): Uint8Array[] {
  const pieces = sstPieces(strings, strings.length, opts.unique ?? strings.length);
  const bodies: number[][] = [[]];
  let pos = 0;
  const auto = opts.splits === undefined;
  const splits = new Set(opts.splits ?? []);
  const cut = (): void => {
    bodies.push([]);
  };
  for (const piece of pieces) {
    const bytes = "raw" in piece ? piece.raw : piece.chars;
    for (let k = 0; k < bytes.length; k++, pos++) {
      const cur = bodies[bodies.length - 1];
      const inChars = "chars" in piece;
      const full = auto && cur.length >= 8224 - (inChars && piece.wide ? 1 : 0);
      if (
        (splits.has(pos) || full) &&
        cur.length > 0 &&
        !(auto && inChars && piece.wide && k % 2 === 1)
      ) {
        cut();
        if (inChars) bodies[bodies.length - 1].push(piece.wide ? 1 : 0);
      }
      bodies[bodies.length - 1].push(bytes[k]);
    }
  }
  return bodies.map((b, i) => record(i === 0 ? 0x00fc : 0x003c, b));
}

export interface XlsSheetSpec {
  name: string;
  /** 0 visible, 1 hidden, 2 very hidden. */
  hidden?: number;
  /** BOUNDSHEET8's type: 0 worksheet, 2 chart sheet. */
  type?: number;
  records: Uint8Array[];
}

export interface XlsSpec {
  sheets: XlsSheetSpec[];
  strings?: string[];
  sst?: SstOptions;
  /** Custom number formats: [id, code]. */
  formats?: [number, string][];
  /** The number format id of each XF record, in order (default: one XF with format 0). */
  xfs?: number[];
  date1904?: boolean;
  /** Records right after the globals' BOF (a FILEPASS, say). */
  globalsExtra?: Uint8Array[];
  /** The BOF version (0x0600 for BIFF8). */
  version?: number;
}

const bof = (type: number, version = 0x0600): Uint8Array =>
  record(0x0809, [
    ...le.u16(version),
    ...le.u16(type),
    ...le.u16(0x0dbb),
    ...le.u16(0x07cc),
    ...le.u32(0),
    ...le.u32(0x0206),
  ]);
const eof = (): Uint8Array => record(0x000a, []);

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The Workbook stream of `spec`. */
export function workbookStream(spec: XlsSpec): Uint8Array {
  const globals: Uint8Array[] = [bof(0x0005, spec.version), ...(spec.globalsExtra ?? [])];
  if (spec.date1904) globals.push(record(0x0022, le.u16(1)));
  for (const [id, code] of spec.formats ?? [])
    globals.push(record(0x041e, [...le.u16(id), ...xlString(code)]));
  for (const f of spec.xfs ?? [0])
    globals.push(record(0x00e0, [...le.u16(0), ...le.u16(f), ...new Array<number>(16).fill(0)]));
  const sheetBodies = spec.sheets.map((s) =>
    concat([bof(s.type === 2 ? 0x0020 : 0x0010, spec.version), ...s.records, eof()])
  );
  const bound = (s: XlsSheetSpec, offset: number): Uint8Array => {
    const wide = isWide(s.name);
    return record(0x0085, [
      ...le.u32(offset),
      s.hidden ?? 0,
      s.type ?? 0,
      s.name.length,
      wide ? 1 : 0,
      ...charBytes(s.name, wide),
    ]);
  };
  const tail = [...(spec.strings ? sstRecords(spec.strings, spec.sst) : []), eof()];
  // The sheets' offsets depend on the globals' length, which does not depend on the offsets' values.
  const globalsLength = concat([
    ...globals,
    ...spec.sheets.map((s) => bound(s, 0)),
    ...tail,
  ]).length;
  let offset = globalsLength;
  const bounds = spec.sheets.map((s, i) => {
    const r = bound(s, offset);
    offset += sheetBodies[i].length;
    return r;
  });
  return concat([...globals, ...bounds, ...tail, ...sheetBodies]);
}

export interface CfbOptions {
  /** 3 (512-byte sectors, the default) or 4 (4,096-byte sectors). */
  version?: 3 | 4;
}

const END = 0xfffffffe;
const FREE = 0xffffffff;
const FATSECT = 0xfffffffd;
const DIFSECT = 0xfffffffc;

/** A compound file holding `streams` at its top level (small ones in the mini stream). */
export function compoundFile(
  streams: { name: string; data: Uint8Array }[],
  opts: CfbOptions = {}
): Uint8Array {
  const version = opts.version ?? 3;
  const ss = version === 4 ? 4096 : 512;
  const per = ss / 4;
  const sectors: Uint8Array[] = [];
  const fat: number[] = [];
  /** Places `data` in new consecutive sectors; returns the first (END for none). */
  const place = (data: Uint8Array): number => {
    const n = Math.ceil(data.length / ss);
    if (n === 0) return END;
    const first = sectors.length;
    for (let i = 0; i < n; i++) {
      const s = new Uint8Array(ss);
      s.set(data.subarray(i * ss, (i + 1) * ss));
      sectors.push(s);
      fat.push(i === n - 1 ? END : first + i + 1);
    }
    return first;
  };
  const small = streams.filter((s) => s.data.length < 4096);
  const mini: number[] = [];
  const miniStarts = new Map<string, number>();
  const miniData: Uint8Array[] = [];
  let miniSectors = 0;
  for (const s of small) {
    const n = Math.ceil(s.data.length / 64);
    miniStarts.set(s.name, n ? miniSectors : END);
    for (let i = 0; i < n; i++) mini.push(i === n - 1 ? END : miniSectors + i + 1);
    const padded = new Uint8Array(n * 64);
    padded.set(s.data);
    miniData.push(padded);
    miniSectors += n;
  }
  const starts = new Map<string, number>();
  for (const s of streams) if (s.data.length >= 4096) starts.set(s.name, place(s.data));
  const miniStream = concat(miniData);
  const miniStart = place(miniStream);
  const miniFatStart = place(
    new Uint8Array(
      new Uint32Array([...mini, ...new Array<number>((per - (mini.length % per)) % per).fill(FREE)])
        .buffer
    )
  );
  // The directory: the root, then each stream; each entry's right sibling is the next.
  const dir = new Uint8Array(Math.ceil((streams.length + 1) / (ss / 128)) * ss);
  const entry = (
    i: number,
    name: string,
    type: number,
    child: number,
    right: number,
    start: number,
    size: number
  ): void => {
    const p = i * 128;
    for (let k = 0; k < name.length; k++) {
      dir[p + 2 * k] = name.charCodeAt(k) & 0xff;
      dir[p + 2 * k + 1] = name.charCodeAt(k) >> 8;
    }
    const v = new DataView(dir.buffer);
    v.setUint16(p + 64, (name.length + 1) * 2, true);
    dir[p + 66] = type;
    dir[p + 67] = 1;
    v.setUint32(p + 68, FREE, true);
    v.setUint32(p + 72, right, true);
    v.setUint32(p + 76, child, true);
    v.setUint32(p + 116, start, true);
    v.setUint32(p + 120, size, true);
  };
  for (let i = streams.length + 1; i < dir.length / 128; i++) {
    const v = new DataView(dir.buffer);
    v.setUint32(i * 128 + 68, FREE, true);
    v.setUint32(i * 128 + 72, FREE, true);
    v.setUint32(i * 128 + 76, FREE, true);
  }
  entry(0, "Root Entry", 5, streams.length ? 1 : FREE, FREE, miniStart, miniStream.length);
  streams.forEach((s, i) => {
    const start =
      s.data.length < 4096 ? (miniStarts.get(s.name) as number) : (starts.get(s.name) as number);
    entry(i + 1, s.name, 2, FREE, i + 1 < streams.length ? i + 2 : FREE, start, s.data.length);
  });
  const dirStart = place(dir);
  // FAT and DIFAT sectors go last; enough of them to map every sector, themselves included.
  let nFat = 1;
  let nDifat = 0;
  for (;;) {
    nDifat = Math.max(0, Math.ceil((nFat - 109) / (per - 1)));
    if (sectors.length + nFat + nDifat <= nFat * per) break;
    nFat++;
  }
  const fatFirst = sectors.length;
  for (let i = 0; i < nFat; i++) fat.push(FATSECT);
  for (let i = 0; i < nDifat; i++) fat.push(DIFSECT);
  while (fat.length < nFat * per) fat.push(FREE);
  for (let i = 0; i < nFat; i++)
    sectors.push(new Uint8Array(new Uint32Array(fat.slice(i * per, (i + 1) * per)).buffer));
  const fatSectors = Array.from({ length: nFat }, (_, i) => fatFirst + i);
  const difatFirst = sectors.length;
  for (let d = 0; d < nDifat; d++) {
    const list = fatSectors.slice(109 + d * (per - 1), 109 + (d + 1) * (per - 1));
    while (list.length < per - 1) list.push(FREE);
    list.push(d + 1 < nDifat ? difatFirst + d + 1 : END);
    sectors.push(new Uint8Array(new Uint32Array(list).buffer));
  }
  const header = new Uint8Array(ss);
  const h = new DataView(header.buffer);
  header.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  h.setUint16(24, 0x3e, true);
  h.setUint16(26, version, true);
  h.setUint16(28, 0xfffe, true);
  h.setUint16(30, version === 4 ? 12 : 9, true);
  h.setUint16(32, 6, true);
  h.setUint32(40, version === 4 ? Math.ceil(dir.length / ss) : 0, true);
  h.setUint32(44, nFat, true);
  h.setUint32(48, dirStart, true);
  h.setUint32(56, 4096, true);
  h.setUint32(60, mini.length ? miniFatStart : END, true);
  h.setUint32(64, mini.length ? Math.ceil(mini.length / per) : 0, true);
  h.setUint32(68, nDifat ? difatFirst : END, true);
  h.setUint32(72, nDifat, true);
  for (let i = 0; i < 109; i++) h.setUint32(76 + 4 * i, i < nFat ? fatSectors[i] : FREE, true);
  return concat([header, ...sectors]);
}

/** An .xls file of `spec`: its Workbook stream in a compound file. */
export function xlsFile(spec: XlsSpec, opts: CfbOptions = {}): Uint8Array {
  return compoundFile([{ name: "Workbook", data: workbookStream(spec) }], opts);
}
