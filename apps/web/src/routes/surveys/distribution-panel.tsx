import { useState } from 'react';
import { Button, Card, Heading } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { post } from '../../lib/api';
import { useCan } from '../../lib/auth';
import { errorsFrom, FormErrors, type FormError } from '../../lib/form-errors';
import { formatDate } from '../../lib/format';
import { CodesForm } from './codes-form';
import { answersText, StatusTag, yearsOf } from './distribution-summary';
import { LinksPanel } from './links-panel';
import { StaffEntry } from './staff-entry';
import type { DistributionProps } from './distribution-props';
import { surveyPaths } from './survey-paths';
import { useInterventions } from './use-interventions';

/** One distribution: its facts, its links with QR codes, codes to print, staff entry and an early close. */
export function DistributionPanel({ associationId, survey, distribution: d }: DistributionProps) {
  const { t } = useTranslation();
  const can = useCan();
  const client = useQueryClient();
  const interventions = useInterventions(associationId);
  const [errors, setErrors] = useState<FormError[]>([]);
  const form = `distribution-${d.id}`;
  const scope = interventions.scopeOf(d.interventionIds);
  const title = `${t(`surveys.groups.${d.respondentGroup}`)}: ${scope} ${yearsOf(d)}`;
  const close = async () => {
    if (!window.confirm(t('surveys.closeConfirm'))) return;
    setErrors([]);
    try {
      await post(`${surveyPaths(associationId).distribution(survey.id, d.id)}/close`, { version: d.version });
      await client.invalidateQueries({ queryKey: ['surveys', associationId] });
    } catch (error) {
      setErrors(errorsFrom(error));
    }
  };
  const distribute = can('survey.distribute', associationId);
  return (
    <Card>
      <Card.Block className="stack">
        <Heading level={3} data-size="sm" id={`${form}-title`}>
          {title}
        </Heading>
        <dl className="summary-facts">
          <div>
            <dt>{t('surveys.status')}</dt>
            <dd>
              <StatusTag status={d.status} />
            </dd>
          </div>
          <div>
            <dt>{t('surveys.period')}</dt>
            <dd>
              {`${formatDate(d.opensOn)} – ${formatDate(d.closesOn)}`}
              {d.closedEarly && ` (${t('surveys.closedEarly')})`}
            </dd>
          </div>
          <div>
            <dt>{t('surveys.answersTitle')}</dt>
            <dd>
              {answersText(d, t)}
              {Boolean(d.responses) && (
                <span className="muted" style={{ display: 'block' }}>
                  {t('surveys.aboutHint')}
                </span>
              )}
            </dd>
          </div>
          <div>
            <dt>{t('surveys.usesCodes')}</dt>
            <dd>{d.usesCodes ? t('surveys.withCodes') : t('surveys.linkOnly')}</dd>
          </div>
        </dl>
        <FormErrors form={form} errors={errors} />
        {d.status !== 'closed' && <LinksPanel associationId={associationId} survey={survey} distribution={d} />}
        {distribute && d.usesCodes && d.status !== 'closed' && (
          <CodesForm associationId={associationId} survey={survey} distribution={d} />
        )}
        {distribute && d.status !== 'closed' && (
          <div>
            <Button variant="secondary" data-color="danger" onClick={() => void close()}>
              {t('surveys.closeEarly')}
              <span className="visually-hidden"> {title}</span>
            </Button>
          </div>
        )}
      </Card.Block>
      {can('survey.write', associationId) && d.status !== 'closed' && (
        <StaffEntry associationId={associationId} survey={survey} distribution={d} />
      )}
    </Card>
  );
}
