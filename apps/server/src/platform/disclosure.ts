import { deriveKey } from './config';

/**
 * The secret behind the record keys of the cell key method (docs/decisions/0015): a record's key
 * is a keyed hash of its id, computed in SQL, so it needs no column, is the same on every app
 * server, and cannot be computed by anyone without the server secret.
 */
export interface Disclosure {
  /** A signed 64-bit integer, as text, for PostgreSQL's `hashtextextended(text, seed)`. */
  recordKeySeed: string;
}

export function disclosureFromSecret(secret: string): Disclosure {
  return { recordKeySeed: deriveKey(secret, 'cell-key').readBigInt64BE(0).toString() };
}
