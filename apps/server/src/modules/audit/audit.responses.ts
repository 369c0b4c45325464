import { z } from 'zod';
import { auditSummary, idSchema } from '@insikt/core';
import { timestamp } from '../../platform/api-schemas';

export const auditEntry = z
  .object({
    id: z.number().int(),
    at: timestamp,
    userId: idSchema.nullable(),
    userEmail: z.string().nullable(),
    associationId: idSchema.nullable(),
    action: z.string(),
    entityType: z.string().nullable(),
    entityId: z.string().nullable(),
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    /** What the action concerned, by action (never personal data in clear). */
    details: z.record(z.string(), z.unknown()),
    /** Who did what to which record, by name, for a one-line sentence (issue 12 §11). */
    summary: auditSummary.meta({ id: 'AuditSummary' }),
  })
  .meta({ id: 'AuditEntry' });

export const auditPage = z.object({ total: z.number().int(), entries: z.array(auditEntry) }).meta({ id: 'AuditPage' });
