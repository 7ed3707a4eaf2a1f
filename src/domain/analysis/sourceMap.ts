/**
 * Several workbooks read as one (docs/rules.md section 12): inside the engine each sheet goes by a name
 * unique across the files, in Excel's own notation for a sheet of another workbook ("[镇甲.xlsx]高企名单"),
 * so two towns' sheets of the same name never mix and every message that names a sheet names its file.
 * Once the analysis is done, every row reference gets its file and its own sheet name back.
 */
import type { Settings } from "../core/types";

/** Where a sheet came from: its file and its name there. */
export interface SheetOrigin {
  file: string;
  sheet: string;
}

export class SourceMap {
  /** The files in reading order, each once. */
  readonly files: string[] = [];
  private readonly origins = new Map<string, SheetOrigin>();

  /**
   * The engine's name for `sheet` of `file` (the file recorded when new). A sheet of the open workbook
   * (no file) keeps its name and counts as file "".
   */
  name(file: string | undefined, sheet: string): string {
    if (!this.files.includes(file ?? "")) this.files.push(file ?? "");
    if (file === undefined) return sheet;
    const name = `[${file}]${sheet}`;
    this.origins.set(name, { file, sheet });
    return name;
  }

  /** Where an engine sheet name came from; undefined for a name not made here. */
  origin(name: string): SheetOrigin | undefined {
    return this.origins.get(name);
  }

  /** The file of an engine sheet name ("" when not made here). */
  fileOf(name: string): string {
    return this.origins.get(name)?.file ?? "";
  }

  /**
   * Settings whose column mappings (kept by sheet name) also hold for the engine's names: a mapping
   * made for 高企名单 applies to that sheet in every file.
   */
  settings(settings: Settings): Settings {
    const own = settings.columnMappings;
    const mapped = Object.keys(own);
    if (mapped.length === 0) return settings;
    const columnMappings = { ...own };
    for (const [name, o] of this.origins)
      if (Object.prototype.hasOwnProperty.call(own, o.sheet)) columnMappings[name] = own[o.sheet];
    return { ...settings, columnMappings };
  }
}
