import { conflict } from '../../platform/errors';

/** The refusal of any change to a fastställd assessment. */
export const approvedIsReadOnly = () =>
  conflict('Självvärderingen är fastställd och kan inte ändras. Starta en ny version för att göra ändringar.');
