import { createHmac } from 'node:crypto';
import { deriveKey } from './config';

/**
 * Keyed hashing of identities (architecture.md: personnummer never stored in clear). The
 * association is part of the input, so the same person gets unrelated hashes in two förbund
 * and tables cannot be joined across them.
 */
export interface PersonHasher {
  personnummer(associationId: string, normalized: string): string;
  anonymous(associationId: string, interventionId: string, reference: string, startDate: string): string;
}

export function personHasher(secret: string): PersonHasher {
  const key = deriveKey(secret, 'personnummer');
  const mac = (...parts: string[]) => createHmac('sha256', key).update(parts.join('\u0000')).digest('base64url');
  return {
    personnummer: (associationId, normalized) => mac('pnr', associationId, normalized),
    anonymous: (associationId, interventionId, reference, startDate) =>
      mac('anon', associationId, interventionId, reference, startDate),
  };
}
