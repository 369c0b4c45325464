import { FinanceInputError } from '@insikt/core';
import { invalid } from '../../platform/errors';

/** Runs a core calculation or check; its FinanceInputError (Swedish, naming the field) becomes a 400. */
export function withFinanceInput<T>(run: () => T, field?: string): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof FinanceInputError)
      throw invalid([{ field: field ?? error.field, message: error.message, value: error.value }], error.message);
    throw error;
  }
}
