import * as fs from "fs";
import * as ExcelJS from "exceljs";
import { writeXlsx } from "./buildXlsx";
(async () => {
  const f = "/tmp/s18/probe.xlsx";
  await writeXlsx(f, {
    strings: [
      "<r><t>上海</t></r><r><t>某某</t></r>",
      '<t>金山</t><rPh sb="0" eb="2"><t>ジンシャン</t></rPh>',
      "<t>a_x000D_b</t>",
    ],
    numFmts: { 164: 'yyyy"年"m"月"d"日"' },
    cellXfs: [0, 14, 164, 31],
    date1904: true,
    sheets: [
      {
        name: "S",
        xml:
          '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>' +
          '<c r="D1" t="inlineStr"><is><r><t>上海</t></r><r><t>丙</t></r></is></c><c r="E1" s="1"><v>43288</v></c><c r="F1" s="2"><v>43288</v></c><c r="G1" s="3"><v>43288</v></c>' +
          '<c r="H1"><f>NOW()</f></c><c r="I1" t="e"><v>#N/A</v></c></row><row><c><v>5</v></c></row>',
      },
    ],
  } as any);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f);
  wb.eachSheet((ws) => ws.eachRow((row, n) => console.log("mem", n, JSON.stringify(row.values))));
  const r = new ExcelJS.stream.xlsx.WorkbookReader(fs.createReadStream(f), {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
  } as any);
  for await (const ws of r as any)
    for await (const row of ws as any)
      console.log("stream", row.number, JSON.stringify(row.values));
})();
