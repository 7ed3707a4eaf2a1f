#!/usr/bin/env node
/**
 * Draws the add-in and ribbon icons (assets/*.png) from simple shapes, so they can be regenerated
 * without an image editor: `node scripts/makeIcons.js`. Each icon is a list of shapes in a unit square,
 * rasterised with 4x4 supersampling (smooth edges at 16 px) and written as an RGBA PNG with zlib.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80];
const BLUE = [0, 95, 184];
const WHITE = [255, 255, 255];
const ORANGE = [230, 120, 0];
const GREEN = [16, 124, 65];

// Shapes: each returns true when the point (x, y) in [0,1]^2 is inside it.
const rect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  if (!rect(x0, y0, x1, y1)(x, y)) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const ring = (cx, cy, r, w) => (x, y) => {
  const d = Math.hypot(x - cx, y - cy);
  return d <= r && d >= r - w;
};

/** Icons as painter's-algorithm layers: [colour, shape]. */
const ICONS = {
  // The add-in: a rising bar chart (targets being met) on the brand tile.
  icon: [
    [BLUE, roundRect(0.03, 0.03, 0.97, 0.97, 0.18)],
    [WHITE, rect(0.2, 0.58, 0.34, 0.8)],
    [WHITE, rect(0.43, 0.42, 0.57, 0.8)],
    [WHITE, rect(0.66, 0.2, 0.8, 0.8)],
  ],
  // 打开面板: a window with its side pane.
  panel: [
    [BLUE, roundRect(0.06, 0.12, 0.94, 0.88, 0.08)],
    [WHITE, rect(0.14, 0.22, 0.56, 0.8)],
    [[200, 225, 250], rect(0.62, 0.22, 0.86, 0.8)],
  ],
  // 生成通报: a report page with a chart.
  report: [
    [BLUE, roundRect(0.14, 0.04, 0.86, 0.96, 0.08)],
    [WHITE, rect(0.24, 0.14, 0.76, 0.86)],
    [BLUE, rect(0.3, 0.2, 0.7, 0.28)],
    [GREEN, rect(0.3, 0.6, 0.4, 0.8)],
    [GREEN, rect(0.45, 0.48, 0.55, 0.8)],
    [GREEN, rect(0.6, 0.36, 0.7, 0.8)],
  ],
  // 格式化为报表: a table grid with a header row.
  format: [
    [BLUE, roundRect(0.06, 0.1, 0.94, 0.9, 0.06)],
    [WHITE, rect(0.12, 0.32, 0.88, 0.84)],
    [BLUE, rect(0.12, 0.56, 0.88, 0.6)],
    [BLUE, rect(0.38, 0.32, 0.42, 0.84)],
    [BLUE, rect(0.62, 0.32, 0.66, 0.84)],
  ],
  // 标记到期: a clock face in warning orange.
  expiring: [
    [ORANGE, circle(0.5, 0.5, 0.46)],
    [WHITE, circle(0.5, 0.5, 0.36)],
    [ORANGE, ring(0.5, 0.5, 0.36, 0.02)],
    [ORANGE, rect(0.46, 0.22, 0.54, 0.54)],
    [ORANGE, rect(0.46, 0.46, 0.74, 0.54)],
  ],
};

/** Rasterises layers at `size` px: RGBA rows, each prefixed with PNG filter byte 0. */
function rasterise(layers, size) {
  const SS = 4;
  const out = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    out[py * (size * 4 + 1)] = 0;
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = (px + (sx + 0.5) / SS) / size;
          const y = (py + (sy + 0.5) / SS) / size;
          let colour = null;
          for (const [c, shape] of layers) if (shape(x, y)) colour = c;
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            a += 1;
          }
        }
      }
      const o = py * (size * 4 + 1) + 1 + px * 4;
      // Colour averaged over covered samples only (premultiplied edges would darken), alpha = coverage.
      out[o] = a ? Math.round(r / a) : 0;
      out[o + 1] = a ? Math.round(g / a) : 0;
      out[o + 2] = a ? Math.round(b / a) : 0;
      out[o + 3] = Math.round((a / (SS * SS)) * 255);
    }
  }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A complete RGBA PNG file for `layers` at `size` px. */
function png(layers, size) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(rasterise(layers, size), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

if (require.main === module) {
  const dir = path.join(__dirname, "..", "assets");
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, layers] of Object.entries(ICONS)) {
    for (const size of SIZES)
      fs.writeFileSync(path.join(dir, `${name}-${size}.png`), png(layers, size));
  }
  console.log(`wrote ${Object.keys(ICONS).length * SIZES.length} icons to ${dir}`);
}

module.exports = { png, ICONS, SIZES };
