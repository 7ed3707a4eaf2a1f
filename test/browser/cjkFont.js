/**
 * Chinese glyphs for the browser checks without a system CJK font: Noto Sans SC from the npm package
 * @fontsource-variable/noto-sans-sc, offered to Chromium as an installed font through a fontconfig file
 * (FONTCONFIG_FILE). The pages are not touched: CJK text falls back to it through the ordinary font
 * fallback, as it falls back to Microsoft YaHei or PingFang on the machines of the people using the add-in,
 * so widths measured in the "fits in 350 px" checks are those of real glyphs, not of empty boxes.
 *
 * The package ships WOFF2 slices (one per unicode range, Latin included, so text renders even on a machine
 * with no font at all); fontconfig and the FreeType inside Chromium builds read TrueType but not WOFF2, so
 * the slices are decoded once to .ttf (wawoff2, Google's woff2 decoder compiled to WebAssembly) into the
 * project's cache. The fontconfig file includes the system's configuration first, so system fonts keep
 * their usual roles (DejaVu for Latin where installed) and Noto Sans SC only adds what they lack.
 *
 * cjkGlyphs(page) is the proof: it draws 高 and 企 in a page's own font stack and tells whether they came
 * out as two different real glyphs or as the .notdef box a missing font leaves.
 */
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const { unpackOnce } = require("./unpackCache");

const PACKAGE = "@fontsource-variable/noto-sans-sc";
const SYSTEM_CONFIG = "/etc/fonts/fonts.conf";

function fontPackage() {
  const dir = path.dirname(require.resolve(PACKAGE)); // index.css at the package root
  return {
    dir,
    version: JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")).version,
  };
}

async function decodeSlices(fromDir, into) {
  const decompress = require("wawoff2/decompress");
  for (const file of fs.readdirSync(fromDir).filter((f) => f.endsWith(".woff2"))) {
    const ttf = await decompress(fs.readFileSync(path.join(fromDir, file)));
    fs.writeFileSync(path.join(into, file.replace(/\.woff2$/, ".ttf")), ttf);
  }
}

const xmlText = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * Decodes the font (once) and writes a fontconfig file that adds it to the system's configuration (or to
 * the one FONTCONFIG_FILE names already). Resolves to { fontconfigFile, fontDir, version }.
 */
async function cjkFontConfig(env = process.env) {
  const pkg = fontPackage();
  const fontDir = await unpackOnce(`noto-sans-sc-${pkg.version}`, (into) =>
    decodeSlices(path.join(pkg.dir, "files"), into)
  );
  const base = env.FONTCONFIG_FILE || SYSTEM_CONFIG;
  const text = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
    "<!-- Written by test/browser/cjkFont.js for the browser checks. -->",
    "<fontconfig>",
    `  <cachedir>${xmlText(path.join(path.dirname(fontDir), "fontconfig-cache"))}</cachedir>`,
    `  <include ignore_missing="yes">${xmlText(base)}</include>`,
    `  <dir>${xmlText(fontDir)}</dir>`,
    "</fontconfig>",
    "",
  ].join("\n");
  // One file per base configuration; written whole through a rename, so a concurrent reader never sees half.
  const fontconfigFile = path.join(
    path.dirname(fontDir),
    `fonts-${pkg.version}-${crypto.createHash("sha1").update(base).digest("hex").slice(0, 12)}.conf`
  );
  const partial = `${fontconfigFile}.${process.pid}.tmp`;
  fs.writeFileSync(partial, text);
  fs.renameSync(partial, fontconfigFile);
  return { fontconfigFile, fontDir, version: pkg.version };
}

/**
 * In the page: draws 高, 企 and U+10FFFD (a code point no font has, so it shows the .notdef box) in the
 * font stack of `selector` (default body) on a canvas. Resolves to { fontFamily, realGlyphs, widthEm,
 * reason }: realGlyphs is true when 高 and 企 come out as two different drawings, neither being the
 * .notdef box, and 高 is about 1 em wide as CJK ideographs are; otherwise reason says what was seen.
 */
function cjkGlyphs(page, selector = "body") {
  return page.evaluate((sel) => {
    const fontFamily = getComputedStyle(document.querySelector(sel)).fontFamily;
    const size = 40;
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = size * 2;
    const ctx = canvas.getContext("2d");
    const draw = (text) => {
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      ctx.font = `${size}px ${fontFamily}`;
      ctx.textBaseline = "top";
      ctx.fillText(text, size / 2, size / 2);
      const alpha = ctx
        .getImageData(0, 0, canvas.width, canvas.height)
        .data.filter((_, i) => i % 4 === 3);
      return {
        ink: alpha.join(","),
        inked: alpha.some((a) => a > 0),
        width: ctx.measureText(text).width,
      };
    };
    const gao = draw("高");
    const qi = draw("企");
    const notdef = draw("\u{10FFFD}");
    const widthEm = gao.width / size;
    let reason = "";
    if (!gao.inked) reason = "高 draws nothing";
    else if (gao.ink === qi.ink) reason = "高 and 企 draw the same shape (a missing-glyph box)";
    else if (gao.ink === notdef.ink) reason = "高 draws the .notdef box";
    else if (widthEm < 0.9 || widthEm > 1.1)
      reason = `高 is ${widthEm.toFixed(2)} em wide, not the 1 em of a CJK ideograph`;
    return { fontFamily, realGlyphs: reason === "", widthEm, reason };
  }, selector);
}

module.exports = { cjkFontConfig, cjkGlyphs };
