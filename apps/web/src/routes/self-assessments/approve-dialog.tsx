import { useState } from 'react';
import { Alert, Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { approvalInputSchema, emptyFields } from '@insikt/core';
import { post } from '../../lib/api';
import { BoundForm, SubmitButton, useBoundForm } from '../../lib/form';
import { FormText } from '../../lib/fields';
import type { SelfAssessment } from '../../lib/types';
import { assessmentKey, selfAssessmentPaths } from './self-assessment-api';

/**
 * Fastställ: the board decision's reference (e.g. "styrelsemöte 2009-04-16 § 5"), after which the
 * assessment is read-only. A modal dialog, so the step is deliberate; when fields are empty it says
 * which and asks "Fastställ ändå?" – a board may fastställa a partial assessment, but knowingly.
 */
export function ApproveDialog({ associationId, assessment }: { associationId: string; assessment: SelfAssessment }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const empty = emptyFields(assessment.fields);
  const bound = useBoundForm({
    form: 'approve',
    defaultValues: { decisionReference: '', version: assessment.version },
    schema: approvalInputSchema,
    toBody: (d) => ({ ...d, version: assessment.version }),
    onSubmit: async (body) => {
      const saved = await post<SelfAssessment>(
        `${selfAssessmentPaths(associationId).one(assessment.id)}/approve`,
        body,
      );
      client.setQueryData(assessmentKey(assessment.id), saved);
      await client.invalidateQueries({ queryKey: ['self-assessments', associationId] });
      setOpen(false);
    },
  });
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('selfAssessments.approve')}</Button>
      <Dialog open={open} onClose={() => setOpen(false)} closeButton={t('common.cancel')}>
        <Dialog.Block>
          <Heading level={2} data-size="sm">
            {t('selfAssessments.approveTitle')}
          </Heading>
        </Dialog.Block>
        <Dialog.Block>
          <Paragraph data-size="sm">{t('selfAssessments.approveIntro')}</Paragraph>
          {empty.length > 0 && (
            <Alert data-color="warning">
              {t('selfAssessments.approveEmpty', {
                empty: empty.length,
                total: assessment.fields.length,
                fields: empty.join(', '),
              })}
            </Alert>
          )}
          <BoundForm bound={bound}>
            <FormText<{ decisionReference: string; version: number }>
              name="decisionReference"
              label={t('selfAssessments.decisionReference')}
              description={t('selfAssessments.decisionReferenceHint')}
            />
            <SubmitButton>
              {t(empty.length > 0 ? 'selfAssessments.approveAnyway' : 'selfAssessments.approveConfirm')}
            </SubmitButton>
          </BoundForm>
        </Dialog.Block>
      </Dialog>
    </>
  );
}
