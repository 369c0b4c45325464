import { useQuery } from '@tanstack/react-query';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { canGrantRole, isGlobalRole, ROLE_CODES, type RoleCode } from '@insikt/core';
import { get } from '../../lib/api';
import { useMe } from '../../lib/auth';
import { choices, FormSelect } from '../../lib/fields';
import type { AssociationSummary } from '../../lib/types';

export interface RoleChoice {
  role: RoleCode;
  associationId: string;
}
/** The part of a form's draft the picker fills in. */
type WithRole = { role: RoleChoice };

/** A role and, for association roles, the förbund: only what the signed-in user may grant. */
export function RolePicker() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const { control } = useFormContext<WithRole>();
  const role = useWatch({ control, name: 'role.role' });
  const associations = useQuery({
    queryKey: ['associations'],
    queryFn: () => get<AssociationSummary[]>('/associations'),
  });
  const grantable = ROLE_CODES.filter((code) =>
    isGlobalRole(code)
      ? canGrantRole(me?.roles ?? [], { role: code, associationId: null })
      : (associations.data ?? []).some((a) => canGrantRole(me?.roles ?? [], { role: code, associationId: a.id })),
  );
  const grantableAssociations = (associations.data ?? []).filter((a) =>
    canGrantRole(me?.roles ?? [], { role, associationId: a.id }),
  );
  return (
    <>
      <FormSelect<WithRole>
        name="role.role"
        label={t('users.role')}
        options={choices(grantable, (r) => t(`roles.${r}`))}
      />
      {!isGlobalRole(role) && (
        <FormSelect<WithRole>
          name="role.associationId"
          label={t('users.association')}
          placeholder={t('users.chooseAssociation')}
          options={grantableAssociations.map((a) => ({ value: a.id, label: a.name }))}
        />
      )}
    </>
  );
}

export const toAssignment = (choice: RoleChoice) => ({
  role: choice.role,
  associationId: isGlobalRole(choice.role) ? null : choice.associationId || null,
});
