import { useState } from 'react';
import { Button, Field, Heading, Label, Paragraph, Select, Table, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { BODY_KINDS, BODY_ROLES, type BodyKind, type BodyRole } from '@insikt/core';
import { del, post, put } from '../../lib/api';
import { errorsFrom, fieldId, FormErrors, type FormError } from '../../lib/form-errors';
import type { Association, BodyMember } from '../../lib/types';

const FORM = 'body-member';
const empty = { body: 'board' as BodyKind, name: '', bodyRole: 'member' as BodyRole, memberId: '', email: '' };

/** Board, preparatory group and office: the people, their role and the member they represent. */
export function BodiesPanel({
  association,
  editable,
  onChange,
}: {
  association: Association;
  editable: boolean;
  onChange: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(empty);
  const [editing, setEditing] = useState<BodyMember | null>(null);
  const [errors, setErrors] = useState<FormError[]>([]);
  const set = (patch: Partial<typeof empty>) => setDraft({ ...draft, ...patch });

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    const body = { ...draft, memberId: draft.memberId || null, email: draft.email || null };
    try {
      if (editing)
        await put(`/associations/${association.id}/body-members/${editing.id}`, { ...body, version: editing.version });
      else await post(`/associations/${association.id}/body-members`, body);
      setDraft(empty);
      setEditing(null);
      setErrors([]);
      await onChange();
    } catch (error) {
      setErrors(errorsFrom(error));
    }
  };
  const startEdit = (person: BodyMember) => {
    setEditing(person);
    setDraft({
      body: person.body,
      name: person.name,
      bodyRole: person.bodyRole as BodyRole,
      memberId: person.memberId ?? '',
      email: person.email ?? '',
    });
    document.getElementById(fieldId(FORM, 'name'))?.focus();
  };
  const remove = async (person: BodyMember) => {
    if (!window.confirm(t('associations.confirmRemove', { name: person.name }))) return;
    try {
      await del(`/associations/${association.id}/body-members/${person.id}`);
      await onChange();
    } catch (error) {
      setErrors(errorsFrom(error));
    }
  };

  return (
    <div className="stack" style={{ paddingTop: 'var(--ds-size-4)' }}>
      {BODY_KINDS.map((body) => {
        const people = association.bodyMembers.filter((p) => p.body === body);
        return (
          <section key={body} className="stack" aria-labelledby={`body-${body}`}>
            <Heading level={2} data-size="xs" id={`body-${body}`}>
              {t(`bodies.${body}`)}
            </Heading>
            {people.length === 0 ? (
              <Paragraph data-size="sm" className="muted">
                {t('associations.noPeople')}
              </Paragraph>
            ) : (
              <div className="table-wrap">
                <Table zebra>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell>{t('associations.personName')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('associations.bodyRole')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('associations.memberOrganisation')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('associations.email')}</Table.HeaderCell>
                      {editable && (
                        <Table.HeaderCell>
                          <span className="muted">{t('common.edit')}</span>
                        </Table.HeaderCell>
                      )}
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {people.map((p) => (
                      <Table.Row key={p.id}>
                        <Table.Cell>{p.name}</Table.Cell>
                        <Table.Cell>{t(`bodyRoles.${p.bodyRole}`, { defaultValue: p.bodyRole })}</Table.Cell>
                        <Table.Cell>{p.memberName ?? '–'}</Table.Cell>
                        <Table.Cell>{p.email ?? '–'}</Table.Cell>
                        {editable && (
                          <Table.Cell className="nowrap">
                            <Button
                              variant="tertiary"
                              data-size="sm"
                              onClick={() => startEdit(p)}
                              aria-label={`${t('common.edit')} ${p.name}`}
                            >
                              {t('common.edit')}
                            </Button>
                            <Button
                              variant="tertiary"
                              data-size="sm"
                              data-color="danger"
                              onClick={() => void remove(p)}
                              aria-label={`${t('common.remove')} ${p.name}`}
                            >
                              {t('common.remove')}
                            </Button>
                          </Table.Cell>
                        )}
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </div>
            )}
          </section>
        );
      })}
      {editable && (
        <form className="form" onSubmit={(e) => void save(e)} noValidate>
          <Heading level={2} data-size="xs">
            {editing ? `${t('common.edit')}: ${editing.name}` : t('associations.addPerson')}
          </Heading>
          <FormErrors form={FORM} errors={errors} />
          <Field>
            <Label htmlFor={fieldId(FORM, 'body')}>{t('associations.body')}</Label>
            <Select
              id={fieldId(FORM, 'body')}
              value={draft.body}
              onChange={(e) => set({ body: e.target.value as BodyKind })}
            >
              {BODY_KINDS.map((b) => (
                <Select.Option key={b} value={b}>
                  {t(`bodies.${b}`)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Textfield
            id={fieldId(FORM, 'name')}
            label={t('associations.personName')}
            value={draft.name}
            onChange={(e) => set({ name: e.target.value })}
            required
          />
          <Field>
            <Label htmlFor={fieldId(FORM, 'bodyRole')}>{t('associations.bodyRole')}</Label>
            <Select
              id={fieldId(FORM, 'bodyRole')}
              value={draft.bodyRole}
              onChange={(e) => set({ bodyRole: e.target.value as BodyRole })}
            >
              {BODY_ROLES.map((r) => (
                <Select.Option key={r} value={r}>
                  {t(`bodyRoles.${r}`)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Field>
            <Label htmlFor={fieldId(FORM, 'memberId')}>{t('associations.memberOrganisation')}</Label>
            <Select
              id={fieldId(FORM, 'memberId')}
              value={draft.memberId}
              onChange={(e) => set({ memberId: e.target.value })}
            >
              <Select.Option value="">{t('associations.noMemberOrganisation')}</Select.Option>
              {association.members.map((m) => (
                <Select.Option key={m.id} value={m.id}>
                  {m.name}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Textfield
            id={fieldId(FORM, 'email')}
            type="email"
            label={`${t('associations.email')} ${t('common.optional')}`}
            value={draft.email}
            onChange={(e) => set({ email: e.target.value })}
          />
          <div className="row">
            <Button type="submit">{editing ? t('common.save') : t('associations.addPerson')}</Button>
            {editing && (
              <Button
                type="button"
                variant="secondary"
                onClick={() => {
                  setEditing(null);
                  setDraft(empty);
                }}
              >
                {t('common.cancel')}
              </Button>
            )}
          </div>
        </form>
      )}
    </div>
  );
}
