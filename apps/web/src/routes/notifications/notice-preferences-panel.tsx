import { useEffect, useState } from 'react';
import { Button, Checkbox, Fieldset, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { can, NOTICE_LOCALES, type NoticeKind, type NoticeLocale, type Permission } from '@insikt/core';
import { get, put } from '../../lib/api';
import { useMe } from '../../lib/auth';
import { RadioGroup } from '../../lib/fields';
import { errorsFrom, fieldId, FormErrors, type FormError } from '../../lib/form-errors';
import { StatusMessage } from '../../lib/status-message';
import type { NoticePreferences } from '../../lib/types';

const FORM = 'notices';

/**
 * Who can receive each kind, so that no one is offered a choice that never applies to them: the
 * deviation notices go to the holders of a permission in some förbund; the answer to a reporter
 * goes only to the address left through the report link, never to an account.
 */
const AUDIENCE: Record<NoticeKind, Permission | 'everyone' | 'no-account'> = {
  deviationReported: 'deviation.handle',
  deviationDue: 'deviation.handle',
  financeDeadline: 'finance.manage',
  deviationAnswered: 'no-account',
  invitation: 'everyone',
  passwordReset: 'everyone',
};

/** The account page's choice of e-mail notices and their language (every kind on by default). */
export function NoticePreferencesPanel() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const { data: me } = useMe();
  const receives = (kind: NoticeKind) => {
    const audience = AUDIENCE[kind];
    if (audience === 'everyone') return true;
    if (audience === 'no-account' || !me) return false;
    return can(me.roles, audience);
  };
  const saved = useQuery({
    queryKey: ['notice-preferences'],
    queryFn: () => get<NoticePreferences>('/notifications/preferences'),
  });
  const [locale, setLocale] = useState<NoticeLocale>('sv');
  const [disabled, setDisabled] = useState<NoticeKind[]>([]);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [done, setDone] = useState(false);
  useEffect(() => {
    if (!saved.data) return;
    setLocale(saved.data.locale);
    setDisabled(saved.data.kinds.filter((k) => !k.enabled).map((k) => k.kind));
  }, [saved.data]);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setDone(false);
    try {
      const next = await put<NoticePreferences>('/notifications/preferences', { locale, disabledKinds: disabled });
      client.setQueryData(['notice-preferences'], next);
      setErrors([]);
      setDone(true);
    } catch (error) {
      setErrors(errorsFrom(error));
    }
  };

  if (!saved.data) return null;
  // A kind no module of this version sends has no label: it is not offered as a choice.
  const offered = saved.data.kinds.filter((k) => i18n.exists(`notifications.kinds.${k.kind}`) && receives(k.kind));
  return (
    <section className="stack" aria-labelledby="notices-heading">
      <Heading level={2} data-size="sm" id="notices-heading">
        {t('notifications.preferences.title')}
      </Heading>
      <Paragraph data-size="sm">
        {offered.some((k) => !k.mandatory)
          ? t('notifications.preferences.intro')
          : t('notifications.preferences.onlyAccount')}
      </Paragraph>
      {done && <StatusMessage kind="success">{t('notifications.preferences.saved')}</StatusMessage>}
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <FormErrors form={FORM} errors={errors} />
        <Fieldset id={fieldId(FORM, 'disabledKinds')} tabIndex={-1}>
          <Fieldset.Legend>{t('notifications.preferences.kinds')}</Fieldset.Legend>
          {offered.map((k) => (
            <Checkbox
              key={k.kind}
              value={k.kind}
              label={
                k.mandatory
                  ? `${t(`notifications.kinds.${k.kind}`)} (${t('notifications.preferences.always')})`
                  : t(`notifications.kinds.${k.kind}`)
              }
              checked={k.mandatory || !disabled.includes(k.kind)}
              disabled={k.mandatory}
              onChange={(e) =>
                setDisabled(e.target.checked ? disabled.filter((d) => d !== k.kind) : [...disabled, k.kind])
              }
            />
          ))}
        </Fieldset>
        <RadioGroup<NoticeLocale>
          form={FORM}
          name="locale"
          label={t('notifications.preferences.locale')}
          errors={errors}
          value={locale}
          onChange={setLocale}
          options={NOTICE_LOCALES.map((l) => ({ value: l, code: l, label: t(`notifications.preferences.${l}`) }))}
        />
        <div>
          <Button type="submit">{t('notifications.preferences.save')}</Button>
        </div>
      </form>
    </section>
  );
}
