import fs from 'node:fs';
import { invalid } from '../../platform/errors';

/**
 * Limits on reading an XLSX file (docs/decisions/0017-xlsx-limits.md). A small zip can unpack to
 * gigabytes, so the sizes in its central directory are checked before anything is unpacked, and
 * the counts while it is read.
 */
export const XLSX_LIMITS = {
  /** The worksheets and shared strings together, unpacked. */
  unpackedBytes: 250 * 1024 * 1024,
  /** Unpacked to packed, for parts larger than `ratioFromBytes`. */
  ratio: 200,
  ratioFromBytes: 10 * 1024 * 1024,
  sharedStrings: 1_000_000,
  rows: 1_000_000,
  columns: 200,
  /** Excel's own limit on a cell. */
  cellChars: 32_767,
  /** The heap of the worker thread that reads the file; beyond it the worker dies, not the server. */
  workerMemoryMb: 512,
};

export type XlsxLimits = typeof XLSX_LIMITS;

export const unreadable = (message: string) => invalid([{ field: 'fil', message }]);
export const NOT_XLSX = 'Filen är inte en giltig Excel-fil (.xlsx).';

const count = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
const mb = (bytes: number) => `${count(Math.ceil(bytes / (1024 * 1024)))} MB`;

/** The messages are the import's errors (400, field `fil`); the worker sends them back as text. */
export const limitMessages = {
  unpacked: (bytes: number, max: number) =>
    `Filen är för stor uppackad: ${mb(bytes)} (högst ${mb(max)}). Dela upp den eller spara den som CSV.`,
  ratio: (part: string, ratio: number, max: number) =>
    `Filen är för stor uppackad: ${part} packas upp ${count(ratio)} gånger (högst ${count(max)}).`,
  sharedStrings: (max: number) => `Filen har för många olika texter (högst ${count(max)}). Spara den som CSV.`,
  rows: (max: number) => `Filen har för många rader (högst ${count(max)}). Dela upp den.`,
  columns: (row: number, columns: number, max: number) =>
    `Rad ${count(row)} har ${count(columns)} kolumner (högst ${count(max)}).`,
  memory: (max: number) =>
    `Filen kräver för mycket minne för att läsas (högst ${count(max)} MB). Dela upp den eller spara den som CSV.`,
  cellChars: (row: number | undefined, max: number) =>
    `${row === undefined ? 'En text' : `En cell på rad ${count(row)}`} är för lång (högst ${count(max)} tecken).`,
};

interface ZipEntry {
  name: string;
  packed: number;
  unpacked: number;
}

/** The entries of a zip file's central directory, read from its end without unpacking anything. */
export function zipEntries(path: string): ZipEntry[] {
  const fd = fs.openSync(path, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    // End of central directory: 22 bytes plus a comment of at most 65 535.
    const tailLength = Math.min(size, 22 + 65_535);
    const tail = Buffer.alloc(tailLength);
    fs.readSync(fd, tail, 0, tailLength, size - tailLength);
    let end = -1;
    for (let i = tailLength - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === 0x06054b50) {
        end = i;
        break;
      }
    }
    if (end < 0) throw unreadable(NOT_XLSX);
    const entryCount = tail.readUInt16LE(end + 10);
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryOffset = tail.readUInt32LE(end + 16);
    // Zip64 (sizes beyond 4 GB) is never a spreadsheet for import.
    if (directoryOffset === 0xffffffff || directorySize === 0xffffffff || entryCount === 0xffff)
      throw unreadable(limitMessages.unpacked(0xffffffff, XLSX_LIMITS.unpackedBytes));
    if (directoryOffset + directorySize > size) throw unreadable(NOT_XLSX);
    const directory = Buffer.alloc(directorySize);
    fs.readSync(fd, directory, 0, directorySize, directoryOffset);
    const entries: ZipEntry[] = [];
    let at = 0;
    while (at + 46 <= directory.length && directory.readUInt32LE(at) === 0x02014b50) {
      const nameLength = directory.readUInt16LE(at + 28);
      const extraLength = directory.readUInt16LE(at + 30);
      const commentLength = directory.readUInt16LE(at + 32);
      entries.push({
        packed: directory.readUInt32LE(at + 20),
        unpacked: directory.readUInt32LE(at + 24),
        name: directory.toString('utf8', at + 46, at + 46 + nameLength),
      });
      at += 46 + nameLength + extraLength + commentLength;
    }
    if (entries.length === 0) throw unreadable(NOT_XLSX);
    return entries;
  } finally {
    fs.closeSync(fd);
  }
}

const PARSED_PART = /^xl\/(sharedStrings\.xml|worksheets\/sheet\d+\.xml)$/i;

/**
 * Refuses a file whose worksheets and shared strings unpack to more than the limit, or unpack
 * absurdly much. The sizes can lie; the counts while reading and the worker's memory limit catch that.
 */
export function checkZipSizes(path: string, limits: XlsxLimits = XLSX_LIMITS): void {
  const parts = zipEntries(path).filter((entry) => PARSED_PART.test(entry.name));
  const total = parts.reduce((sum, entry) => sum + entry.unpacked, 0);
  if (total > limits.unpackedBytes) throw unreadable(limitMessages.unpacked(total, limits.unpackedBytes));
  for (const entry of parts) {
    const ratio = entry.unpacked / Math.max(entry.packed, 1);
    if (entry.unpacked > limits.ratioFromBytes && ratio > limits.ratio)
      throw unreadable(limitMessages.ratio(entry.name, Math.round(ratio), limits.ratio));
  }
}
