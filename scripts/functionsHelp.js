/**
 * Renders functions-help.html, the page each custom function's helpUrl points at (#ID anchors), from
 * the generated en-US metadata and the zh-CN metadata, so the help can never drift from the functions.
 */
const escape = (s) =>
  String(s ?? "").replace(
    /[&<>"]/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]
  );

function signature(fn) {
  const params = (fn.parameters || []).map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `GAOQI.${fn.name}(${params.join(", ")})`;
}

/** One section per function: zh-CN first (the default language), en-US below. */
function renderFunctionsHelp(en, zh) {
  const zhById = new Map((zh.functions || []).map((f) => [f.id, f]));
  const sections = en.functions.map((f) => {
    const z = zhById.get(f.id) || f;
    const rows = (f.parameters || [])
      .map((p, i) => {
        const zp = (z.parameters || [])[i] || p;
        return `<tr><td><code>${escape(zp.name)}</code> / <code>${escape(p.name)}</code>${p.optional ? " (可选 optional)" : ""}</td><td>${escape(zp.description)}<br>${escape(p.description)}</td></tr>`;
      })
      .join("\n");
    return `<section id="${escape(f.id)}">
<h2><code>${escape(signature(z))}</code>${f.options && f.options.volatile ? " <small>易失性 volatile</small>" : ""}</h2>
<p lang="zh-CN">${escape(z.description)}</p>
<p lang="en-US">${escape(f.description)}</p>
${rows ? `<table><tr><th>参数 Parameter</th><th>说明 Description</th></tr>\n${rows}\n</table>` : ""}
</section>`;
  });
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="UTF-8"><title>高企自定义函数 / Gaoqi custom functions</title>
<style>body{font-family:"Microsoft YaHei","Segoe UI",sans-serif;max-width:50rem;margin:1rem auto;padding:0 1rem}td,th{border:1px solid #ccc;padding:.3rem;text-align:left;vertical-align:top}table{border-collapse:collapse}</style>
</head><body>
<h1>高企自定义函数 / Gaoqi custom functions</h1>
<p>日期可填日期序列号或文本（如 2022年7月8日、2022/7/8、20220708）。设置（奖励金额、政策期、目标表）与任务窗格一致。<br>
Dates may be serials or text (2022年7月8日, 2022/7/8, 20220708, ...). Settings (awards, policy window, targets) are the ones the task pane shows.</p>
<p>省略日期（或年份）时按今天计算的函数（标有“易失性”）在 Excel 每次重新计算时都会重新计算，如同 TODAY()，跨日不会过时；填入固定日期则结果固定。<br>
Functions whose date (or year) defaults to today (marked volatile) recalculate at every Excel recalculation, like TODAY(), so they never go stale across days; pass a fixed date for a fixed result.</p>
${sections.join("\n")}
</body></html>
`;
}

module.exports = { renderFunctionsHelp };
