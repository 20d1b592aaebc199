import { crc32, deflateSync } from 'node:zlib';

/** The 8 bytes every PNG file starts with. */
export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** Encodes an 8-bit RGB image as a valid PNG, one colour per pixel from `pixel(x, y)`. */
export function encodePng(width: number, height: number, pixel: (x: number, y: number) => [number, number, number]) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: truecolour RGB
  // bytes 10–12: deflate compression, adaptive filtering, no interlace (all zero)
  const rowLength = 1 + width * 3;
  const raw = Buffer.alloc(rowLength * height);
  for (let y = 0; y < height; y++) {
    raw[y * rowLength] = 0; // filter type None
    for (let x = 0; x < width; x++) {
      const [r, g, b] = pixel(x, y);
      raw.set([r, g, b], y * rowLength + 1 + x * 3);
    }
  }
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A small, deterministic "page screenshot": a browser bar over a grid of product cards. */
export function demoScreenshot(): Buffer {
  return encodePng(160, 100, (x, y) => {
    if (y < 12) return x < 12 ? [220, 80, 60] : [230, 232, 236];
    const card = (x % 40 >= 4 && (y - 12) % 44 >= 4) as boolean;
    if (!card) return [250, 250, 252];
    const inImage = (y - 12) % 44 < 30;
    return inImage ? [90 + (x % 40) * 3, 140, 200 - ((y - 12) % 44) * 2] : [60, 64, 72];
  });
}
