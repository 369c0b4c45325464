import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { canGrantRole, isGlobalRole, ROLE_CODES, type RoleCode } from '@insikt/core';
import { get } from '../../lib/api';
import { useMe } from '../../lib/auth';
import { fieldId } from '../../lib/form-errors';
import type { AssociationSummary } from '../../lib/types';

export interface RoleChoice {
  role: RoleCode;
  associationId: string;
}

/** A role and, for association roles, the förbund: only what the signed-in user may grant. */
export function RolePicker({
  form,
  value,
  onChange,
}: {
  form: string;
  value: RoleChoice;
  onChange: (v: RoleChoice) => void;
}) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const associations = useQuery({
    queryKey: ['associations'],
    queryFn: () => get<AssociationSummary[]>('/associations'),
  });
  const grantable = ROLE_CODES.filter((role) =>
    isGlobalRole(role)
      ? canGrantRole(me?.roles ?? [], { role, associationId: null })
      : (associations.data ?? []).some((a) => canGrantRole(me?.roles ?? [], { role, associationId: a.id })),
  );
  const grantableAssociations = (associations.data ?? []).filter((a) =>
    canGrantRole(me?.roles ?? [], { role: value.role, associationId: a.id }),
  );
  return (
    <>
      <Field>
        <Label htmlFor={fieldId(form, 'role.role')}>{t('users.role')}</Label>
        <Select
          id={fieldId(form, 'role.role')}
          value={value.role}
          onChange={(e) => onChange({ ...value, role: e.target.value as RoleCode })}
        >
          {grantable.map((r) => (
            <Select.Option key={r} value={r}>
              {t(`roles.${r}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      {!isGlobalRole(value.role) && (
        <Field>
          <Label htmlFor={fieldId(form, 'role.associationId')}>{t('users.association')}</Label>
          <Select
            id={fieldId(form, 'role.associationId')}
            value={value.associationId}
            onChange={(e) => onChange({ ...value, associationId: e.target.value })}
          >
            <Select.Option value="">{t('users.chooseAssociation')}</Select.Option>
            {grantableAssociations.map((a) => (
              <Select.Option key={a.id} value={a.id}>
                {a.name}
              </Select.Option>
            ))}
          </Select>
        </Field>
      )}
    </>
  );
}

export const toAssignment = (choice: RoleChoice) => ({
  role: choice.role,
  associationId: isGlobalRole(choice.role) ? null : choice.associationId || null,
});
