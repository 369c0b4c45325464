/**
 * Building blocks of the response schemas. Every route declares what it answers with zod
 * (`schema.response`): the serializer encodes each answer through its schema (response-serializer.ts)
 * and the OpenAPI document, from which the web's types are generated, describes the same schema.
 * A schema with a `.meta({ id })` becomes a named component (`components.schemas.<id>`), which is
 * what the web's lib/types.ts refers to.
 */
import { z } from 'zod';
import { ERROR_CODES } from './errors';

/** The body of every error answer (http-errors.ts), whatever the route and status. */
export const errorBody = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODES),
      message: z.string().meta({ description: 'Svenskt meddelande att visa för användaren.' }),
      issues: z
        .array(
          z.object({
            field: z.string().meta({ description: 'Fältet, med punkt mellan nivåerna (rows.3.gender).' }),
            message: z.string(),
            value: z.unknown().optional(),
          }),
        )
        .optional(),
    }),
  })
  .meta({ id: 'ErrorBody' });

/** The answer of a change that has nothing else to say. */
export const okBody = z.object({ ok: z.literal(true) }).meta({ id: 'Ok' });
export const OK = { ok: true } as const;

/** A point in time; sent as an ISO 8601 string with time zone. */
export const timestamp = z.date();

/** 204: no body (documented without content). */
export const noContent = z.undefined();

export const MEDIA_TYPES = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  // Evidence uploads (decision 0026).
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  png: 'image/png',
  jpeg: 'image/jpeg',
  // QR codes of survey links, to print.
  svg: 'image/svg+xml',
  // The published deviations as a feed (RFC 4287).
  atom: 'application/atom+xml',
} as const;
export type FileFormat = keyof typeof MEDIA_TYPES;

const binary = z.string().meta({ format: 'binary' });

/**
 * A 200 answer that is a file in one of `formats`, or (with `json`) the JSON body when the route
 * answers by its `format` parameter: one response with a content entry per media type.
 */
export function fileResponse(description: string, formats: readonly FileFormat[], json?: z.ZodType) {
  return {
    description,
    content: {
      ...(json ? { 'application/json': { schema: json } } : {}),
      ...Object.fromEntries(formats.map((format) => [MEDIA_TYPES[format], { schema: binary }])),
    },
  };
}
