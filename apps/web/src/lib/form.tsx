import { createContext, useContext, useState } from 'react';
import { Button } from '@digdir/designsystemet-react';
import { FormProvider, useForm, type DefaultValues, type FieldValues, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { errorsFrom, FormErrors, type FormError } from './form-errors';

/** What every bound field of a form needs besides its value: ids, the errors to show, read-only. */
interface FormFrame {
  form: string;
  errors: FormError[];
  readOnly: boolean;
  busy: boolean;
}
const Frame = createContext<FormFrame>({ form: 'form', errors: [], readOnly: false, busy: false });
export const useFormFrame = () => useContext(Frame);

/**
 * A form whose fields are bound by name (react-hook-form) to a draft of type T. On submit the draft
 * is turned into the request body, checked against the zod schema when one is given (the same rules
 * and Swedish messages as the server), and sent; the server's field errors come back to the fields
 * and the error summary.
 */
export function useBoundForm<T extends FieldValues, B = T>({
  form,
  defaultValues,
  onSubmit,
  toBody = (draft) => draft as unknown as B,
  schema,
}: {
  form: string;
  defaultValues: T;
  onSubmit: (body: B) => Promise<void>;
  toBody?: (draft: T) => B;
  schema?: z.ZodType<B>;
}) {
  const methods = useForm<T>({ defaultValues: defaultValues as DefaultValues<T> });
  const [errors, setErrors] = useState<FormError[]>([]);
  const [busy, setBusy] = useState(false);
  const submit = methods.handleSubmit(async (draft) => {
    setErrors([]);
    let body = toBody(draft as T);
    if (schema) {
      const parsed = schema.safeParse(body);
      if (!parsed.success)
        return setErrors(parsed.error.issues.map((i) => ({ field: i.path.map(String).join('.'), message: i.message })));
      body = parsed.data;
    }
    setBusy(true);
    try {
      await onSubmit(body);
    } catch (error) {
      setErrors(errorsFrom(error));
    } finally {
      setBusy(false);
    }
  });
  return { form, methods, errors, busy, submit };
}

/** The <form> of a bound form, with the error summary first (Designsystemet's pattern). */
export function BoundForm<T extends FieldValues>({
  bound,
  readOnly = false,
  className = 'form',
  children,
}: {
  bound: {
    form: string;
    methods: UseFormReturn<T>;
    errors: FormError[];
    busy: boolean;
    submit: (event?: React.BaseSyntheticEvent) => Promise<void>;
  };
  readOnly?: boolean;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <FormProvider {...bound.methods}>
      <Frame.Provider value={{ form: bound.form, errors: bound.errors, readOnly, busy: bound.busy }}>
        <form className={className} onSubmit={(e) => void bound.submit(e)} noValidate>
          <FormErrors form={bound.form} errors={bound.errors} />
          {children}
        </form>
      </Frame.Provider>
    </FormProvider>
  );
}

/** The submit button of a bound form: busy while saving, absent when the form is read-only. */
export function SubmitButton({ children }: { children: React.ReactNode }) {
  const { busy, readOnly } = useFormFrame();
  if (readOnly) return null;
  return (
    <div>
      <Button type="submit" loading={busy}>
        {children}
      </Button>
    </div>
  );
}
