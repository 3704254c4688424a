/**
 * Draws the toolbar icon (a magnifying lens on a purple rounded square) at 16, 32, 48 and 128 px
 * into public/icon/, and a grey one for discreet mode into public/icon-neutral/, with 4×4 supersampling for smooth edges. Plain zlib PNG encoding: no image
 * library needed. Run `npx tsx scripts/make-icons.ts` after changing the design.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const PURPLE = [107, 31, 160];
const GREY = [110, 110, 115];
const WHITE = [255, 255, 255];

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function encodePng(size: number, rgba: Uint8Array): Buffer {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    Buffer.from(rgba.subarray(y * size * 4, (y + 1) * size * 4)).copy(raw, y * (size * 4 + 1) + 1);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Colour at a point of the unit square, or null for transparent. */
function shade(x: number, y: number, fill: number[]): number[] | null {
  const r = 0.2; // corner radius
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if (Math.hypot(x - cx, y - cy) > r) return null;
  const lens = Math.hypot(x - 0.43, y - 0.43);
  if (lens > 0.2 && lens < 0.31) return WHITE; // the lens ring
  // The handle: a thick segment from the ring towards the bottom-right corner.
  const t = Math.max(0, Math.min(1, ((x - 0.63) * 0.7071 + (y - 0.63) * 0.7071) / 0.25));
  const px = 0.63 + t * 0.25 * 0.7071;
  const py = 0.63 + t * 0.25 * 0.7071;
  if (Math.hypot(x - px, y - py) < 0.075) return WHITE;
  return fill;
}

function draw(size: number, fill: number[]): Buffer {
  const rgba = new Uint8Array(size * size * 4);
  const ss = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const colour = shade((x + (sx + 0.5) / ss) / size, (y + (sy + 0.5) / ss) / size, fill);
          if (!colour) continue;
          r += colour[0]!;
          g += colour[1]!;
          b += colour[2]!;
          a += 1;
        }
      }
      const i = (y * size + x) * 4;
      if (a) rgba.set([Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((255 * a) / (ss * ss))], i);
    }
  }
  return encodePng(size, rgba);
}

// The purple icon, and the neutral grey one for discreet mode.
for (const [dir, fill] of [['public/icon', PURPLE], ['public/icon-neutral', GREY]] as const) {
  mkdirSync(dir, { recursive: true });
  for (const size of [16, 32, 48, 128]) writeFileSync(`${dir}/${size}.png`, draw(size, [...fill]));
  console.log(`wrote ${dir}/{16,32,48,128}.png`);
}
