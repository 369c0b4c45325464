import { useState } from 'react';
import { Button, Field, Heading, Label, Select, Table, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { kommunName, MEMBER_KINDS, type MemberKind } from '@insikt/core';
import { del, post } from '../../lib/api';
import { errorsFrom, fieldId, FormErrors, type FormError } from '../../lib/form-errors';
import type { Association } from '../../lib/types';

const FORM = 'member';

/** The parties of the association: FK, AF, the region and the kommuner. */
export function MembersPanel({
  association,
  editable,
  onChange,
}: {
  association: Association;
  editable: boolean;
  onChange: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<MemberKind>('municipality');
  const [name, setName] = useState('');
  const [municipalityCode, setMunicipalityCode] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);

  const add = async (event: React.FormEvent) => {
    event.preventDefault();
    try {
      await post(`/associations/${association.id}/members`, {
        kind,
        name,
        municipalityCode: kind === 'municipality' ? municipalityCode : null,
      });
      setName('');
      setErrors([]);
      await onChange();
    } catch (error) {
      setErrors(errorsFrom(error));
    }
  };
  const remove = async (id: string, memberName: string) => {
    if (!window.confirm(t('associations.confirmRemove', { name: memberName }))) return;
    try {
      await del(`/associations/${association.id}/members/${id}`);
      await onChange();
    } catch (error) {
      setErrors(errorsFrom(error));
    }
  };

  return (
    <div className="stack" style={{ paddingTop: 'var(--ds-size-4)' }}>
      <div className="table-wrap">
        <Table zebra>
          <caption className="muted">{t('associations.members')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('associations.memberName')}</Table.HeaderCell>
              <Table.HeaderCell>{t('associations.memberKind')}</Table.HeaderCell>
              {editable && (
                <Table.HeaderCell>
                  <span className="muted">{t('common.remove')}</span>
                </Table.HeaderCell>
              )}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {association.members.map((m) => (
              <Table.Row key={m.id}>
                <Table.Cell>{m.name}</Table.Cell>
                <Table.Cell>{t(`memberKinds.${m.kind}`)}</Table.Cell>
                {editable && (
                  <Table.Cell>
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      data-color="danger"
                      onClick={() => void remove(m.id, m.name)}
                      aria-label={`${t('common.remove')} ${m.name}`}
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
      {editable && (
        <form className="form" onSubmit={(e) => void add(e)} noValidate>
          <Heading level={2} data-size="xs">
            {t('associations.addMember')}
          </Heading>
          <FormErrors form={FORM} errors={errors} />
          <Field>
            <Label htmlFor={fieldId(FORM, 'kind')}>{t('associations.memberKind')}</Label>
            <Select id={fieldId(FORM, 'kind')} value={kind} onChange={(e) => setKind(e.target.value as MemberKind)}>
              {MEMBER_KINDS.map((k) => (
                <Select.Option key={k} value={k}>
                  {t(`memberKinds.${k}`)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          {kind === 'municipality' && (
            <Field>
              <Label htmlFor={fieldId(FORM, 'municipalityCode')}>{t('memberKinds.municipality')}</Label>
              <Select
                id={fieldId(FORM, 'municipalityCode')}
                value={municipalityCode}
                onChange={(e) => {
                  setMunicipalityCode(e.target.value);
                  const chosen = association.municipalities.find((m) => m.code === e.target.value);
                  if (chosen) setName(kommunName(chosen.name));
                }}
              >
                <Select.Option value="">–</Select.Option>
                {association.municipalities.map((m) => (
                  <Select.Option key={m.code} value={m.code}>
                    {m.name}
                  </Select.Option>
                ))}
              </Select>
            </Field>
          )}
          <Textfield
            id={fieldId(FORM, 'name')}
            label={t('associations.memberName')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            required
          />
          <div>
            <Button type="submit">{t('associations.addMember')}</Button>
          </div>
        </form>
      )}
    </div>
  );
}
