import { effectivenessContentSchema, type EffectivenessContent } from '@insikt/core';
import type { DocumentKindSpec } from '../yearly-documents/document-kind';

export const EFFECTIVENESS: DocumentKindSpec<EffectivenessContent> = {
  kind: 'effectiveness',
  label: 'Effektivitetsbedömningen',
  schema: effectivenessContentSchema,
};
