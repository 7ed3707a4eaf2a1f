/**
 * The option grammar every gaoqi command shares: `--name value` or `--name=value`, each option at most
 * once, positional words apart (every word after `--` too), `--help` anywhere, and the language asked
 * for anywhere on the line (so even a usage error is reported in it). Parsing only: no file is touched.
 */
import type { Lang } from "../domain/core/types";

export type HelpTopic = "main" | "report" | "decompose";

export type UsageResult =
  | { command: "help"; topic: HelpTopic; lang: Lang }
  | { command: "error"; message: string; lang: Lang };

/** The language asked for anywhere on the line. */
export function langOf(argv: string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = a === "--lang" ? argv[i + 1] : a.startsWith("--lang=") ? a.slice(7) : undefined;
    if (v === "en-US" || v === "en") return "en-US";
    if (v === "zh-CN" || v === "zh") return "zh-CN";
  }
  return "zh-CN";
}

/** A usage error in the user's language. */
export function usageError(lang: Lang, en: string, zh: string): UsageResult {
  return { command: "error", message: lang === "zh-CN" ? zh : en, lang };
}

/** Options that take no value (a flag is present or not): given, it reads as "". */
export const FLAGS: readonly string[] = ["--skip-unreadable"];

/**
 * Reads `args` (the words after the command) against the command's options (value options, and the
 * FLAGS among them); a help request, or the first usage error, comes back as a UsageResult instead.
 * Positional words are the workbooks and folders to read.
 */
export function readOptions<O extends string>(
  args: string[],
  known: readonly O[],
  command: Exclude<HelpTopic, "main">,
  lang: Lang
): { opts: Partial<Record<O, string>>; positional: string[] } | UsageResult {
  const opts: Partial<Record<O, string>> = {};
  const positional: string[] = [];
  const isKnown = (s: string): s is O => (known as readonly string[]).includes(s);
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    // The usual end of options: every word after it is a file, even one named like an option.
    if (a === "--") {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (a === "--help" || a === "-h") return { command: "help", topic: command, lang };
    if (!a.startsWith("--")) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const name = eq > 0 ? a.slice(0, eq) : a;
    if (!isKnown(name))
      return usageError(
        lang,
        `unknown option ${name} (try: gaoqi ${command} --help)`,
        `未知选项 ${name}（参见 gaoqi ${command} --help）`
      );
    let value: string | undefined;
    if (FLAGS.includes(name)) {
      if (eq > 0) return usageError(lang, `${name} takes no value`, `${name} 不带取值`);
      value = "";
    } else if (eq > 0) value = a.slice(eq + 1);
    else {
      value = args[i + 1];
      // "-" alone is a value (stdout for --json), and so is a negative number (--year -2025 is then
      // refused for what it is); any other dash-led word is the next option.
      if (value === undefined || (value.startsWith("-") && value !== "-" && !/^-\d/.test(value)))
        return usageError(lang, `${name} needs a value`, `${name} 缺少取值`);
      i++;
    }
    // An empty value (--json "") names no file and no number: asked for again, not read as one.
    if (value === "" && !FLAGS.includes(name))
      return usageError(lang, `${name} needs a value`, `${name} 缺少取值`);
    if (opts[name] !== undefined)
      return usageError(lang, `${name} given twice`, `${name} 重复指定`);
    opts[name] = value;
  }
  const langOpt = opts["--lang" as O];
  if (langOpt !== undefined && !["zh-CN", "en-US", "zh", "en"].includes(langOpt))
    return usageError(
      lang,
      `--lang must be zh-CN or en-US (got "${langOpt}")`,
      `--lang 须为 zh-CN 或 en-US（收到“${langOpt}”）`
    );
  return { opts, positional };
}
