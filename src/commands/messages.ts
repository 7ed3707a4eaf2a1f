/** The ribbon commands' user messages, zh-CN and en-US. */
import type { LocalText } from "../domain/core/types";

const text = (zh: string, en: string): LocalText => ({ "zh-CN": zh, "en-US": en });

export const MSG = {
  reportDone: (sheet: string, units: number, expiring: number, findings: number) =>
    text(
      `通报已写入“${sheet}”：${units} 个责任单位，${expiring} 家年内到期，${findings} 条数据问题。`,
      `Report written to "${sheet}": ${units} units, ${expiring} expiring, ${findings} data findings.`
    ),
  formatted: (address: string) =>
    text(
      `已按报表样式格式化 ${address}（数值未改动）。`,
      `Formatted ${address} as a report (values unchanged).`
    ),
  nothingSelected: text("请先选择要格式化的表格区域。", "Select the table to format first."),
  marked: (rows: number) =>
    rows > 0
      ? text(
          `已标记 ${rows} 行年内到期证书（条件格式，可再次清除）。`,
          `Marked ${rows} rows of expiring certificates (conditional formats, removable).`
        )
      : text("没有年内到期的证书需要标记。", "No expiring certificates to mark."),
  busy: (what: LocalText) =>
    text(
      `另一个命令仍在运行，本次“${what["zh-CN"]}”未执行，请稍后再试。`,
      `Another command is still running, so ${what["en-US"]} did not run; try again when it has finished.`
    ),
  failed: (what: LocalText, reason: LocalText) =>
    text(`${what["zh-CN"]}失败：${reason["zh-CN"]}`, `${what["en-US"]} failed: ${reason["en-US"]}`),
  generate: text("生成通报", "Generate report"),
  format: text("格式化为报表", "Format as report"),
  mark: text("标记到期", "Mark expiring"),
};
