/** Reading the few facts we check about a PNG file without decoding it. */

const SIGNATURE = '89504e470d0a1a0a';
/** The IEND chunk a complete PNG ends with: length 0, type, CRC. */
const IEND = '0000000049454e44ae426082';

/** Width and height from a PNG's IHDR chunk; throws when the bytes are not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const bytes = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (
    bytes.length < 24 ||
    bytes.subarray(0, 8).toString('hex') !== SIGNATURE ||
    bytes.subarray(12, 16).toString('latin1') !== 'IHDR'
  ) {
    throw new Error('not a PNG file');
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Whether the bytes are a whole PNG (signature, IHDR, IEND at the end) of the given size: a truncated file is not. */
export function isCompletePng(png: Uint8Array, width: number, height: number): boolean {
  try {
    const size = pngSize(png);
    const tail = Buffer.from(png.buffer, png.byteOffset, png.byteLength)
      .subarray(-12)
      .toString('hex');
    return size.width === width && size.height === height && tail === IEND;
  } catch {
    return false;
  }
}
