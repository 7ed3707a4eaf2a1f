import { XmlAttrs } from "../../../src/cli/xlsx/xmlAttributes";
import { decodeText } from "../../../src/cli/xlsx/xmlText";
import { XmlTokenizer, type XmlHandler } from "../../../src/cli/xlsx/xmlTokenizer";
import { asXmlError, XlsxError } from "../../../src/cli/xlsx/xlsxError";

/** Records every event as text, capturing character data inside elements named in `capture`. */
class Recorder implements XmlHandler {
  capturing = false;
  events: string[] = [];
  private text_ = "";

  constructor(private readonly capture = new Set(["t", "v"])) {}

  open(buf: Buffer, s: number, e: number, attrs: XmlAttrs): void {
    this.flush();
    const name = buf.toString("utf8", s, e);
    const a: string[] = [];
    for (let k = 0; k < attrs.count; k++) a.push(`${attrs.name(k)}=${attrs.value(k)}`);
    this.events.push(`<${name}${a.length ? " " + a.join(" ") : ""}${attrs.empty ? "/" : ""}>`);
    if (!attrs.empty && this.capture.has(name)) this.capturing = true;
  }

  close(buf: Buffer, s: number, e: number): void {
    this.flush();
    this.capturing = false;
    this.events.push(`</${buf.toString("utf8", s, e)}>`);
  }

  text(buf: Buffer, s: number, e: number): void {
    this.text_ += decodeText(buf, s, e);
  }

  cdata(buf: Buffer, s: number, e: number): void {
    this.text_ += buf.toString("utf8", s, e);
  }

  private flush(): void {
    if (this.text_) this.events.push(`"${this.text_}"`);
    this.text_ = "";
  }
}

function tokenize(xml: string | Buffer, chunkSizes: number[] = []): string[] {
  const buf = Buffer.isBuffer(xml) ? xml : Buffer.from(xml);
  const rec = new Recorder();
  const tok = new XmlTokenizer(rec, "test.xml");
  let at = 0;
  for (const n of chunkSizes) {
    tok.feed(buf.subarray(at, Math.min(buf.length, at + n)));
    at = Math.min(buf.length, at + n);
  }
  tok.feed(buf.subarray(at));
  tok.end();
  return rec.events;
}

const DOC =
  '<?xml version="1.0" encoding="UTF-8"?>\n<!-- a comment with <c> inside -->' +
  '<x:worksheet xmlns:x="urn:x" a = \'1>2\' b="&lt;&amp;&#x4E0A;"><x:sheetData>' +
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>3.5</v></c></row>' +
  '<row><c t="inlineStr"><is><t>上海&amp;<![CDATA[<b>&amp;</b>]]>公司&#13;&#10;</t></is></c><c/></row>' +
  "<?pi <row> ?></x:sheetData></x:worksheet>\n";

describe("XmlTokenizer", () => {
  const whole = tokenize(DOC);

  it("gives tags without prefixes, attributes decoded, text with references expanded and CDATA literal", () => {
    expect(whole).toEqual([
      "<worksheet xmlns:x=urn:x a=1>2 b=<&上>",
      "<sheetData>",
      "<row r=1>",
      "<c r=A1 t=s>",
      "<v>",
      '"0"',
      "</v>",
      "</c>",
      "<c r=B1>",
      "<v>",
      '"3.5"',
      "</v>",
      "</c>",
      "</row>",
      "<row>",
      "<c t=inlineStr>",
      "<is>",
      "<t>",
      '"上海&<b>&amp;</b>公司\r\n"',
      "</t>",
      "</is>",
      "</c>",
      "<c/>",
      "</row>",
      "</sheetData>",
      "</worksheet>",
    ]);
  });

  it("gives the same events wherever the chunks split the bytes (UTF-8 sequences and tags included)", () => {
    const bytes = Buffer.from(DOC);
    for (let cut = 1; cut < bytes.length; cut++) expect(tokenize(bytes, [cut])).toEqual(whole);
    for (const size of [1, 2, 3, 5, 7]) {
      const sizes = Array.from({ length: Math.ceil(bytes.length / size) }, () => size);
      expect(tokenize(bytes, sizes)).toEqual(whole);
    }
  });

  it("normalises line ends in text (CR LF and CR become LF) but keeps &#13;", () => {
    expect(tokenize("<v>a\r\nb\rc&#13;</v>")).toEqual(["<v>", '"a\nb\nc\r"', "</v>"]);
  });

  it("skips a byte-order mark", () => {
    expect(
      tokenize(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("<v>1</v>")]))
    ).toEqual(["<v>", '"1"', "</v>"]);
  });

  it("hands a long text over in pieces that decode to the same string", () => {
    const long = "甲&amp;".repeat(200_000);
    const events = tokenize(
      `<t>${long}</t>`,
      Array.from({ length: 40 }, () => 65_536)
    );
    expect(events[1]).toBe(`"${"甲&".repeat(200_000)}"`);
  });

  it.each([
    ["<a><b></a></b>", /does not match/],
    ["<a>", /root element is closed/],
    ["<a></a><b></b>", /second root/],
    ["", /root element/],
    ["<a b=1></a>", /unquoted/],
    ["<a b></a>", /without a value/],
    ['<a b="<"></a>', /'<' inside an attribute/],
    ['<a b="1"c="2"></a>', /not separated/],
    ["<a><!-- open</a>", /inside a comment/],
    ["<a>< b</a>", /starts no tag/],
    ["<a><!FOO></a>", /unknown <!/],
    ["<a>x</a", /inside a tag/],
  ])("refuses malformed XML %j", (xml, message) => {
    const run = (): void => {
      const tok = new XmlTokenizer(new Recorder(), "bad.xml");
      tok.feed(Buffer.from(xml));
      tok.end();
    };
    expect(run).toThrow(XlsxError);
    expect(run).toThrow(message);
  });

  it.each([
    ["<a><b></a></b>", "结束标记与开始标记不匹配"],
    ["<a>", "根元素闭合之前结束"],
    ["<a></a><b></b>", "第二个根元素"],
    ["<a b=1></a>", "属性值没有加引号"],
    ["<a b></a>", "属性缺少值"],
    ['<a b="<"></a>', "属性值内出现“<”"],
    ['<a b="1"c="2"></a>', "属性之间缺少空白"],
    ["<a><!-- open</a>", "在注释中途结束"],
    ["<a><![CDATA[ open</a>", "在 CDATA 段中途结束"],
    ["<a>< b</a>", "“<”之后没有标记名"],
    ["<a><!FOO></a>", "无法识别的 <! 声明"],
    ["<a>x</a", "在标记或文本中途结束"],
    ["<a/ ></a>", "标记内出现“/”"],
  ])("says what is malformed in %j in Chinese for zh-CN", (xml, zh) => {
    let detail = "";
    try {
      const tok = new XmlTokenizer(new Recorder(), "bad.xml");
      tok.feed(Buffer.from(xml));
      tok.end();
    } catch (e) {
      detail = (e as XlsxError).detail["zh-CN"];
    }
    expect(detail).toContain(zh);
    expect(detail).toMatch(/^XML 格式错误：.*（约第 \d+ 字节）$/);
    expect(detail.replace(/CDATA|XML/g, "")).not.toMatch(/[A-Za-z]{3,}/);
  });

  it("says a reference XML does not define in Chinese for zh-CN", () => {
    const zh = (xml: string): string => {
      try {
        tokenize(xml);
        return "";
      } catch (e) {
        return (asXmlError("xl/sharedStrings.xml", e) as XlsxError).detail["zh-CN"];
      }
    };
    expect(zh("<v>&nbsp;</v>")).toBe("XML 格式错误：未定义的实体“&nbsp;”");
    expect(zh("<v>&#0;</v>")).toBe("XML 格式错误：无效的字符引用“&#0;”");
    expect(zh("<v>a &amp b</v>")).toBe("XML 格式错误：引用“&amp b”缺少结尾的“;”");
  });

  it("refuses references XML does not define (no DTD is read)", () => {
    expect(() => tokenize("<v>&nbsp;</v>")).toThrow(/unknown entity "&nbsp;"/);
    expect(() => tokenize("<v>&#0;</v>")).toThrow(/bad character reference/);
    expect(() => tokenize("<v>a & b</v>")).toThrow(/unterminated reference|unknown entity/);
  });

  it("refuses a DOCTYPE (no entity of a DTD is ever expanded) and UTF-16", () => {
    const doctype = '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>';
    expect(() => tokenize(doctype)).toThrow(/DOCTYPE/);
    expect(() => tokenize(Buffer.from("\ufeff<a/>", "utf16le"))).toThrow(/UTF-16/);
  });

  it("refuses a tag longer than 64 KB instead of carrying it without end", () => {
    const huge = `<a ${"x".repeat(70_000)}`;
    const tok = new XmlTokenizer(new Recorder(), "big.xml");
    expect(() => {
      for (let i = 0; i < huge.length; i += 1000) tok.feed(Buffer.from(huge.slice(i, i + 1000)));
    }).toThrow(/longer than 64 KB/);
  });
});
