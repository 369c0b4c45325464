import { useState } from 'react';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { MAX_CODES_PER_BATCH } from '@insikt/core';
import { postForDownload } from '../../lib/api';
import { RadioGroup, TextField, toNumber } from '../../lib/fields';
import { FormErrors } from '../../lib/form-errors';
import { useFormSubmit } from '../../lib/use-form-submit';
import { InterventionChoice, type DistributionProps } from './distribution-props';
import { surveyPaths } from './survey-paths';
import { useLinks } from './links-panel';

/**
 * Single-use codes to print or send: the server keeps only their keyed hashes, so the file made
 * here is the only copy (issue 14 §2) and the form says so.
 */
export function CodesForm({ associationId, survey, distribution: d }: DistributionProps) {
  const { t } = useTranslation();
  const form = `codes-${d.id}`;
  const [count, setCount] = useState('');
  const [format, setFormat] = useState<'pdf' | 'csv'>('pdf');
  const [linkFor, setLinkFor] = useState(d.interventionIds[0] ?? '');
  const [made, setMade] = useState(false);
  const links = useLinks(associationId, survey.id, d.id);
  const { errors, setErrors, busy, submit } = useFormSubmit(async (n: number) => {
    const linkId = links.data?.find((l) => l.interventionId === (linkFor || null))?.id;
    await postForDownload(
      `${surveyPaths(associationId).distribution(survey.id, d.id)}/codes?format=${format}`,
      { count: n, ...(linkId ? { linkId } : {}) },
      `${t('surveys.codesFileName')}.${format}`,
    );
    setMade(true);
  });
  const make = (event: React.FormEvent) => {
    event.preventDefault();
    setMade(false);
    const n = toNumber(count);
    if (n === null || !Number.isInteger(n) || n < 1 || n > MAX_CODES_PER_BATCH)
      return setErrors([{ field: 'count', message: t('surveys.codesCountInvalid', { max: MAX_CODES_PER_BATCH }) }]);
    void submit(n);
  };
  return (
    <form className="form" onSubmit={make} noValidate>
      <Heading level={4} data-size="xs">
        {t('surveys.codesTitle')}
      </Heading>
      <Paragraph data-size="sm">{t('surveys.codesIntro')}</Paragraph>
      <FormErrors form={form} errors={errors} />
      <TextField
        form={form}
        name="count"
        errors={errors}
        label={t('surveys.codesCount')}
        type="number"
        value={count}
        onChange={setCount}
      />
      <InterventionChoice
        associationId={associationId}
        distribution={d}
        form={form}
        errors={errors}
        label={t('surveys.codesLink')}
        value={linkFor}
        onChange={setLinkFor}
      />
      <RadioGroup
        form={form}
        name="format"
        errors={errors}
        label={t('surveys.codesFormat')}
        value={format}
        onChange={setFormat}
        options={[
          { value: 'pdf' as const, code: 'pdf', label: t('surveys.codesPdf') },
          { value: 'csv' as const, code: 'csv', label: t('surveys.codesCsv') },
        ]}
      />
      <div>
        <Button type="submit" variant="secondary" loading={busy}>
          {t('surveys.makeCodes')}
        </Button>
      </div>
      <span role="status">{made ? t('surveys.codesMade') : ''}</span>
    </form>
  );
}
