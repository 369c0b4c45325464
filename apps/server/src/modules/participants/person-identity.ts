/** Who a person is known as in their förbund: a pseudonym, a keyed hash of the personnummer, or both. */
export interface PersonIdentity {
  id: string;
  reference: string | null;
  personnummerHash: string | null;
}

export type PersonMatch<P extends PersonIdentity> =
  | { kind: 'new' }
  /** `learned` is the person's identity with the missing half filled in, when the row adds one. */
  | { kind: 'known'; person: P; learned: { reference: string | null; personnummerHash: string | null } | null }
  | { kind: 'conflict'; half: 'reference' | 'personnummer' };

/** Why a pseudonym and a personnummer that do not belong together are refused (row or form). */
export const IDENTITY_CONFLICT = {
  reference:
    'Deltagar-id:t används redan av en annan person än den som har personnumret. Rätta deltagar-id eller personnummer.',
  personnummer:
    'Personen med detta deltagar-id har redan ett annat personnummer. Rätta deltagar-id eller personnummer.',
} as const;

/**
 * The one rule, for registration and import alike, for which person a pseudonym and/or a
 * personnummer name, given the person (if any) who holds each. The personnummer identifies
 * before the pseudonym. The missing half is learned, so that a later row with only the other
 * half finds the same person and "antal unika" counts them once (issue 12 §5).
 *
 * Refused: the two halves held by two different persons (the row says they are one), and a
 * personnummer other than the one the pseudonym's person already has (a person has one). A
 * pseudonym other than the person's own is accepted and not learned: a person keeps the
 * pseudonym first given, the enrolment keeps its own, and an insats-bound role cannot know the
 * pseudonyms given in other insatser (issue 11 §2).
 */
export function matchPerson<P extends PersonIdentity>(
  identity: { reference: string | null; personnummerHash: string | null },
  byHash: P | undefined,
  byReference: P | undefined,
): PersonMatch<P> {
  if (byHash && byReference && byHash.id !== byReference.id) return { kind: 'conflict', half: 'reference' };
  const person = byHash ?? byReference;
  if (!person) return { kind: 'new' };
  if (identity.personnummerHash && person.personnummerHash && person.personnummerHash !== identity.personnummerHash)
    return { kind: 'conflict', half: 'personnummer' };
  const learned = {
    reference: person.reference ?? identity.reference,
    personnummerHash: person.personnummerHash ?? identity.personnummerHash,
  };
  const learns = learned.reference !== person.reference || learned.personnummerHash !== person.personnummerHash;
  return { kind: 'known', person, learned: learns ? learned : null };
}
