/**
 * The status of a problem recorded at a contact (办理状态, docs/rules.md section 10): 已办结, 办理中, 未办结,
 * 待办, and the words offices write for them. Only 已办结 closes a problem. Kept apart from the contact
 * reader so that the task pane's form can offer the statuses without loading it.
 */
import { normaliseName } from "../core/text";
import type { ContactStatus } from "../core/types";

/** The statuses in the order a problem goes through them, the form's choices. */
export const CONTACT_STATUSES: readonly ContactStatus[] = [
  "todo",
  "in-progress",
  "unfinished",
  "done",
];

/** The canonical Chinese name of each status, as the template and the form write it. */
export const STATUS_NAMES: Record<ContactStatus, string> = {
  done: "已办结",
  "in-progress": "办理中",
  unfinished: "未办结",
  todo: "待办",
};

// Compared after normaliseName, lower case, and trailing punctuation dropped. Exact words only: 未办结
// contains 办结.
const WORDS: Record<ContactStatus, string[]> = {
  done: [
    "已办结",
    "办结",
    "已完成",
    "完成",
    "已解决",
    "解决",
    "已处理",
    "已答复",
    "已落实",
    "结案",
    "已结案",
    "办毕",
    "done",
    "closed",
    "resolved",
    "completed",
    "complete",
    "finished",
  ],
  "in-progress": [
    "办理中",
    "处理中",
    "进行中",
    "跟进中",
    "协调中",
    "推进中",
    "落实中",
    "正在办理",
    "在办",
    "inprogress",
    "in-progress",
    "ongoing",
    "progress",
  ],
  unfinished: [
    "未办结",
    "未完成",
    "未解决",
    "未处理",
    "未落实",
    "未办",
    "unfinished",
    "open",
    "unresolved",
    "notdone",
  ],
  todo: [
    "待办",
    "待处理",
    "待办理",
    "待解决",
    "未开始",
    "待落实",
    "todo",
    "to-do",
    "pending",
    "new",
  ],
};

const STATUS_OF = new Map<string, ContactStatus>();
for (const status of CONTACT_STATUSES) for (const w of WORDS[status]) STATUS_OF.set(w, status);

const TRAILING = /[.。,，;；!！]+$/;

/** The status a status cell names (已办结 / 办理中 / 处理中 / Done ...), or null when blank or unknown. */
export function parseContactStatus(text: string): ContactStatus | null {
  const s = normaliseName(text).toLowerCase().replace(TRAILING, "");
  if (s === "" || s.length > 20) return null;
  return STATUS_OF.get(s) ?? null;
}

/** Words offices write in a problem cell when there was none (无, 暂无, /): no problem recorded. */
const NO_PROBLEM = new Set([
  "无",
  "暂无",
  "无问题",
  "暂无问题",
  "无诉求",
  "暂无诉求",
  "没有",
  "没有问题",
  "无需求",
  "/",
  "-",
  "—",
  "——",
  "－",
  "none",
  "n/a",
  "na",
  "nil",
  "no",
]);

/** Whether a problem cell's text says that no problem was raised. */
export function isNoProblem(text: string): boolean {
  return NO_PROBLEM.has(normaliseName(text).toLowerCase().replace(TRAILING, ""));
}
