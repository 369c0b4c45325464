import { createHmac, randomBytes, randomInt } from 'node:crypto';
import { RECORD_KEY_RANGE } from '@insikt/core';
import { deriveKey } from '../../platform/config';

declare module 'fastify' {
  interface FastifyInstance {
    surveyCodes: SurveyCodeHasher;
  }
}

// No 0/O, 1/I/L: a code read off a paper card is typed without guessing.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 8;

/** A single-use code such as "K7QM-3XRA": 31⁸ ≈ 8.5·10¹¹ possibilities, and attempts are rate limited. */
export function newCode(): string {
  const chars = Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]!);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}

/** A code as typed: case, spaces and dashes do not matter. */
export const normalizeCode = (code: string) => code.toUpperCase().replace(/[\s-]/g, '');

export interface SurveyCodeHasher {
  /**
   * The keyed hash stored for a code; the link printed on its card is part of it, so a code answers
   * through that link only (its insats), and equal codes of two links differ.
   */
  hash(linkId: string, code: string): string;
}

export function surveyCodeHasher(secret: string): SurveyCodeHasher {
  const key = deriveKey(secret, 'survey-code');
  return {
    hash: (linkId, code) =>
      createHmac('sha256', key)
        .update(`${linkId}\u0000${normalizeCode(code)}`)
        .digest('base64url'),
  };
}

/** A link's token: 128 random bits, URL-safe (22 characters). */
export const newLinkToken = () => randomBytes(16).toString('base64url');

/** A response's record key for the cell-key method: uniform on 0–255, chosen at random (decision 0035). */
export const newRecordKey = () => randomInt(RECORD_KEY_RANGE);
