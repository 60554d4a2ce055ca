// Draws Tolok's icon (the same picture as web/icon.svg: three rising bars on a blue rounded square) as PNG files
// for the web manifest, without any image library: 4x4 supersampled shapes, written with node:zlib.
//   node web/icons.mjs OUT_DIR   -> OUT_DIR/icon-192.png, OUT_DIR/icon-512.png
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

// Shapes on the SVG's 64x64 grid, painted in order.
const shapes = [
  { x: 0, y: 0, w: 64, h: 64, r: 12, rgb: [0x1f, 0x5f, 0x8b] },
  { x: 12, y: 36, w: 8, h: 16, r: 0, rgb: [0xff, 0xff, 0xff] },
  { x: 28, y: 26, w: 8, h: 26, r: 0, rgb: [0xff, 0xff, 0xff] },
  { x: 44, y: 14, w: 8, h: 38, r: 0, rgb: [0x9f, 0xd3, 0xf2] },
];

function inside(s, x, y) {
  if (x < s.x || y < s.y || x > s.x + s.w || y > s.y + s.h) return false;
  const cx = Math.min(Math.max(x, s.x + s.r), s.x + s.w - s.r);
  const cy = Math.min(Math.max(y, s.y + s.r), s.y + s.h - s.r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= s.r * s.r;
}

function render(size) {
  const px = Buffer.alloc(size * (size * 4 + 1));  // each row starts with PNG filter byte 0
  const n = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const gx = ((x + (sx + 0.5) / n) / size) * 64, gy = ((y + (sy + 0.5) / n) / size) * 64;
          let hit = null;
          for (const s of shapes) if (inside(s, gx, gy)) hit = s;
          if (hit) { r += hit.rgb[0]; g += hit.rgb[1]; b += hit.rgb[2]; a += 1; }
        }
      }
      const o = y * (size * 4 + 1) + 1 + x * 4;
      // Straight (not premultiplied) alpha: average colour of the covered samples.
      px[o] = a ? Math.round(r / a) : 0;
      px[o + 1] = a ? Math.round(g / a) : 0;
      px[o + 2] = a ? Math.round(b / a) : 0;
      px[o + 3] = Math.round((a / (n * n)) * 255);
    }
  }
  return png(size, size, px);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(w, h, raw) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;  // 8-bit RGBA
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const out = process.argv[2] || '.';
fs.mkdirSync(out, { recursive: true });
for (const size of [192, 512]) fs.writeFileSync(path.join(out, `icon-${size}.png`), render(size));
