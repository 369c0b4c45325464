import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { interventionScope, parsePersonnummer, type ParticipationInput } from '@insikt/core';
import type { Tx } from '../../db/open-db';
import { auditLog, participations } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { authorizeIntervention } from '../../platform/access-control';
import { auditPersonalDataRead, auditRow, writeAudit } from '../../platform/audit';
import { conflict, invalid, notFound, versionConflict } from '../../platform/errors';
import type { PersonHasher } from '../../platform/person-key';
import { findIntervention } from '../interventions/interventions.repository';
import { findMunicipalities } from '../organisation/organisation.repository';
import { findOrCreatePerson, findParticipation, type ParticipationRow } from './participants.repository';
import { participationRow } from './participation-row';
import { IDENTITY_CONFLICT } from './person-identity';

/** The stored columns of a participation: identity resolved to a person, gender and birth from the personnummer. */
async function toColumns(
  tx: Tx,
  actor: Actor,
  associationId: string,
  input: ParticipationInput,
  hasher: PersonHasher,
  existing?: ParticipationRow & { personReference?: string | null },
) {
  const intervention = await findIntervention(tx, associationId, input.interventionId);
  if (!intervention) throw notFound('Insatsen');
  if (intervention.kind !== 'individual') {
    throw invalid([
      {
        field: 'interventionId',
        value: intervention.name,
        message: 'Deltagare registreras bara i individinriktade insatser.',
      },
    ]);
  }
  if (input.municipalityCode && (await findMunicipalities(tx, [input.municipalityCode])).length === 0) {
    throw invalid([
      { field: 'municipalityCode', value: input.municipalityCode, message: 'Kommunkoden finns inte hos SCB.' },
    ]);
  }
  const pnr = input.personnummer ? parsePersonnummer(input.personnummer) : null;
  const reference = input.personReference || null;
  let personId: string | null = null;
  let personReference: string | null = null;
  let anonymousKey: string | null = null;
  if (input.consent) {
    if (reference || pnr) {
      const person = await findOrCreatePerson(tx, associationId, {
        reference,
        personnummerHash: pnr ? hasher.personnummer(associationId, pnr.normalized) : null,
      });
      if ('conflict' in person) {
        const field = person.conflict === 'reference' ? 'personReference' : 'personnummer';
        throw invalid([{ field, message: IDENTITY_CONFLICT[person.conflict] }]);
      }
      personId = person.id;
      personReference = person.reference;
      // Recognising a person enrolled before is itself a read of who they are.
      if (!person.created) await auditPersonalDataRead(tx, actor, 'person', [person.id], associationId);
    } else if (existing?.personId) {
      personId = existing.personId;
      personReference = existing.personReference ?? null;
    } else {
      throw invalid([{ field: 'personReference', message: 'Ange deltagar-id eller personnummer.' }]);
    }
  } else if (reference) {
    // Without consent nothing identifying is kept; the key only lets a re-import find the row.
    anonymousKey = hasher.anonymous(associationId, input.interventionId, reference, input.startDate);
  }
  const columns = participationRow(associationId, input, {
    personId,
    anonymousKey,
    pnr,
    knownBirthDate: existing?.birthDate ?? null,
  });
  return { columns, personReference };
}

const alreadyEnrolled = () => conflict('Deltagaren är redan inskriven i insatsen från samma startdatum.');
const isUniqueViolation = (error: unknown) => {
  for (let e = error as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e)
    if (e.code === '23505') return true;
  return false;
};

/**
 * Enrols a participant in an insats (optionally already exited). Returns the participation as
 * read back (with the person's pseudonym and without the anonymous key), so the caller needs no
 * second query.
 */
export async function registerParticipation(
  tx: Tx,
  actor: Actor,
  associationId: string,
  input: ParticipationInput,
  hasher: PersonHasher,
) {
  authorizeIntervention(actor, 'participant.write', associationId, input.interventionId);
  const { columns, personReference } = await toColumns(tx, actor, associationId, input, hasher);
  // The participation and its audit entry in one statement (one round trip less per registration);
  // the id is made here so the entry can name it. When the participant is already enrolled, the
  // entry is written but rolled back with the transaction by the error below.
  const id = randomUUID();
  const audited = tx.$with('audited').as(
    tx
      .insert(auditLog)
      .values(
        auditRow(actor, {
          action: 'participation.create',
          entityType: 'participation',
          entityId: id,
          associationId,
          details: { interventionId: input.interventionId, anonymous: !input.consent },
        }),
      )
      .returning({ id: auditLog.id }),
  );
  const [row] = await tx
    .with(audited)
    .insert(participations)
    .values({ ...columns, id })
    .onConflictDoNothing()
    .returning();
  if (!row) throw alreadyEnrolled();
  const { anonymousKey: _key, ...visible } = row;
  // An insats-bound role gets back what it entered, never the person's id or pseudonym from elsewhere.
  if (interventionScope(actor.roles, 'participant.write', associationId).kind !== 'all') {
    return { ...visible, personId: null, personReference: row.personReference };
  }
  return { ...visible, personReference };
}

/** Edits, exits or follows up a participation; refuses a stale version (409). */
export async function updateParticipation(
  tx: Tx,
  actor: Actor,
  associationId: string,
  id: string,
  input: ParticipationInput & { version: number },
  hasher: PersonHasher,
) {
  const existing = await findParticipation(tx, associationId, id);
  if (!existing) throw notFound('Deltagaren');
  authorizeIntervention(actor, 'participant.write', associationId, existing.interventionId);
  authorizeIntervention(actor, 'participant.write', associationId, input.interventionId);
  const { columns } = await toColumns(tx, actor, associationId, input, hasher, existing);
  let row;
  try {
    [row] = await tx
      .update(participations)
      .set({ ...columns, version: sql`${participations.version} + 1`, updatedAt: new Date() })
      .where(
        and(
          eq(participations.associationId, associationId),
          eq(participations.id, id),
          eq(participations.version, input.version),
        ),
      )
      .returning();
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyEnrolled();
    throw error;
  }
  if (!row) throw versionConflict();
  const exited = !existing.exitDate && row.exitDate;
  await writeAudit(tx, actor, {
    action: exited ? 'participation.exit' : 'participation.update',
    entityType: 'participation',
    entityId: id,
    associationId,
    details: { interventionId: row.interventionId, ...(exited ? { exitReason: row.exitReason } : {}) },
  });
  return row;
}
