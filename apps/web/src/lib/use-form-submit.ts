import { useState } from 'react';
import { errorsFrom, type FormError } from './form-errors';

/** The submit of a form: busy while saving, and the server's field errors for the error summary. */
export function useFormSubmit<T>(action: (value: T) => Promise<void>) {
  const [errors, setErrors] = useState<FormError[]>([]);
  const [busy, setBusy] = useState(false);
  const submit = async (value: T, event?: React.FormEvent) => {
    event?.preventDefault();
    setBusy(true);
    setErrors([]);
    try {
      await action(value);
    } catch (error) {
      setErrors(errorsFrom(error));
    } finally {
      setBusy(false);
    }
  };
  return { errors, setErrors, busy, submit };
}
