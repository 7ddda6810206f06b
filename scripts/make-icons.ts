// Renders public/icon-192.png and icon-512.png from the same shapes as public/icon.svg,
// with node:zlib only, so no image package is needed. Run: npx tsx scripts/make-icons.ts
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type Point = readonly [number, number];
type Rgb = readonly [number, number, number];

const BACKGROUND: Rgb = [0x0b, 0x3d, 0x5c];
const SHAPES: { colour: Rgb; points: Point[] }[] = [
  {
    colour: [0xff, 0xff, 0xff],
    points: [
      [136, 170],
      [316, 170],
      [316, 130],
      [396, 196],
      [316, 262],
      [316, 222],
      [136, 222],
    ],
  },
  {
    colour: [0xf5, 0xb7, 0x00],
    points: [
      [376, 290],
      [196, 290],
      [196, 250],
      [116, 316],
      [196, 382],
      [196, 342],
      [376, 342],
    ],
  },
];
const SAMPLES = 4;

function inside([x, y]: Point, polygon: Point[]): boolean {
  let hit = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i, i += 1) {
    const [xi, yi] = polygon[i] ?? [0, 0];
    const [xj, yj] = polygon[j] ?? [0, 0];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

function pixel(px: number, py: number, scale: number): Rgb {
  const sum = [0, 0, 0];
  for (let sy = 0; sy < SAMPLES; sy += 1) {
    for (let sx = 0; sx < SAMPLES; sx += 1) {
      const point: Point = [(px + (sx + 0.5) / SAMPLES) * scale, (py + (sy + 0.5) / SAMPLES) * scale];
      const colour = SHAPES.find((shape) => inside(point, shape.points))?.colour ?? BACKGROUND;
      colour.forEach((c, k) => (sum[k] = (sum[k] ?? 0) + c));
    }
  }
  const n = SAMPLES * SAMPLES;
  return [Math.round((sum[0] ?? 0) / n), Math.round((sum[1] ?? 0) / n), Math.round((sum[2] ?? 0) / n)];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number): Buffer {
  const scale = 512 / size;
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y += 1) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x += 1) Buffer.from(pixel(x, y, scale)).copy(row, 1 + x * 3);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [192, 512]) {
  writeFileSync(new URL(`../client/public/icon-${size}.png`, import.meta.url), png(size));
}
