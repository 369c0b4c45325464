import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable, Transform } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../platform/errors';
import { openTable, type Table } from './read-table';

/** Uploads above this size are refused (413) while streaming, before they fill the disk. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

/** The file is the request body itself (no multipart): the plugin passes it on as a stream. */
export function acceptUploads(app: FastifyInstance) {
  for (const type of [
    'application/octet-stream',
    'text/csv',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ]) {
    app.addContentTypeParser(type, (_request, payload, done) => done(null, payload));
  }
}

/**
 * Streams an uploaded CSV or XLSX body to a temporary file (size-limited), opens it as a table for
 * `use`, and removes the file afterwards whatever happens. Shared by every import.
 */
export async function withUploadedTable<T>(body: unknown, fileName: string, use: (table: Table) => Promise<T>) {
  if (!(body instanceof Readable)) {
    throw new AppError(
      400,
      'validation_failed',
      'Skicka filen som begärans kropp med content-type application/octet-stream, text/csv eller xlsx.',
    );
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'insikt-import-'));
  const file = path.join(dir, 'upload');
  try {
    let bytes = 0;
    const limit = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        bytes += chunk.length;
        if (bytes > MAX_IMPORT_BYTES)
          callback(new AppError(413, 'payload_too_large', 'Filen är större än 100 MB. Dela upp den.'));
        else callback(null, chunk);
      },
    });
    await pipeline(body, limit, fs.createWriteStream(file, { mode: 0o600 }));
    return await use(await openTable(file, fileName));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
