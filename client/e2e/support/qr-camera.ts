import { writeFileSync } from 'node:fs';
import qrcode from 'qrcode-generator';

const WIDTH = 320;
const HEIGHT = 240;
const MODULE = 6;

/**
 * Writes a Y4M video of one frame showing `text` as a QR code, for Chromium's fake camera
 * (--use-file-for-fake-video-capture), so a test can hold a code in front of the tablet.
 */
export function writeQrVideo(path: string, text: string): void {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const size = qr.getModuleCount();
  const left = Math.floor((WIDTH - size * MODULE) / 2);
  const top = Math.floor((HEIGHT - size * MODULE) / 2);
  const luma = Buffer.alloc(WIDTH * HEIGHT, 235);
  for (let y = 0; y < HEIGHT; y += 1) {
    for (let x = 0; x < WIDTH; x += 1) {
      const row = Math.floor((y - top) / MODULE);
      const col = Math.floor((x - left) / MODULE);
      if (row >= 0 && col >= 0 && row < size && col < size && qr.isDark(row, col)) luma[y * WIDTH + x] = 16;
    }
  }
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128);
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\nFRAME\n`);
  writeFileSync(path, Buffer.concat([header, luma, chroma]));
}
