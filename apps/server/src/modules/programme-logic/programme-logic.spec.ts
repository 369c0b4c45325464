import { programmeLogicContentSchema, type ProgrammeLogicContent } from '@insikt/core';
import type { DocumentKindSpec } from '../yearly-documents/document-kind';

export const PROGRAMME_LOGIC: DocumentKindSpec<ProgrammeLogicContent> = {
  kind: 'programme_logic',
  label: 'Programlogiken',
  schema: programmeLogicContentSchema,
};
