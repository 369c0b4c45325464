/** Error in structural-insats input, in Swedish, naming the field and the value (bad input is named). */
export class StructuralInputError extends Error {
  constructor(
    message: string,
    readonly field: string,
    readonly value: unknown,
  ) {
    super(message);
    this.name = 'StructuralInputError';
  }
}
