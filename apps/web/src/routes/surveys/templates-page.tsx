import { useState } from 'react';
import { Button, Heading, Link, Paragraph, Spinner, Table, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink, useNavigate, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { post } from '../../lib/api';
import { useCan } from '../../lib/auth';
import { errorsFrom, FormErrors, type FormError } from '../../lib/form-errors';
import { StatusMessage } from '../../lib/status-message';
import type { SurveyTemplate } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';
import { TemplateImport } from './template-import';
import { surveyPaths } from './survey-paths';
import { useLocalized } from './use-localized';
import { useTemplates } from './use-templates';

const FORM = 'survey-templates';

/** The built-in templates (seed 002's wording) and the förbund's own: copy, import, open. */
export function TemplatesPage() {
  const { t } = useTranslation();
  usePageTitle(t('surveys.templatesTitle'));
  const { associationId } = useParams({ strict: false }) as { associationId: string };
  const paths = surveyPaths(associationId);
  const navigate = useNavigate();
  const write = useCan()('survey.write', associationId);
  const templates = useTemplates(associationId);
  const localized = useLocalized();
  const [errors, setErrors] = useState<FormError[]>([]);

  const copy = async (fromBuiltIn: string, name: string) => {
    setErrors([]);
    try {
      const created = await post<SurveyTemplate>(paths.templatesApi, { fromBuiltIn, name });
      await navigate({ to: paths.template(created.id) as never });
    } catch (error) {
      setErrors(errorsFrom(error));
    }
  };

  return (
    <div className="stack">
      <Link asChild>
        <RouterLink to={paths.list as never}>{t('surveys.back')}</RouterLink>
      </Link>
      <Heading level={1} data-size="lg">
        {t('surveys.templatesTitle')}
      </Heading>
      <Paragraph>{t('surveys.templatesIntro')}</Paragraph>
      <FormErrors form={FORM} errors={errors} />
      {templates.isLoading && <Spinner aria-label={t('common.loading')} />}
      {templates.error && <StatusMessage kind="danger">{templates.error.message}</StatusMessage>}

      <Heading level={2} data-size="md">
        {t('surveys.ownTemplates')}
      </Heading>
      {templates.data?.own.length === 0 && <Paragraph>{t('surveys.noOwnTemplates')}</Paragraph>}
      {templates.data && templates.data.own.length > 0 && (
        <div className="table-wrap">
          <Table zebra>
            <caption className="visually-hidden">{t('surveys.ownTemplates')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('surveys.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('surveys.source')}</Table.HeaderCell>
                <Table.HeaderCell>{t('surveys.templateVersion')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {templates.data.own.map((o) => (
                <Table.Row key={o.id}>
                  <Table.Cell>
                    <span className="row">
                      <Link asChild>
                        <RouterLink to={paths.template(o.id) as never}>{o.name}</RouterLink>
                      </Link>
                      {o.locked && <Tag data-color="warning">{t('surveys.locked')}</Tag>}
                    </span>
                  </Table.Cell>
                  <Table.Cell>{o.source || '–'}</Table.Cell>
                  <Table.Cell>{o.version}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      {write && <TemplateImport associationId={associationId} />}

      <Heading level={2} data-size="md">
        {t('surveys.builtInTemplates')}
      </Heading>
      <Paragraph data-size="sm">{t('surveys.builtInIntro')}</Paragraph>
      {templates.data && (
        <div className="table-wrap">
          <Table zebra>
            <caption className="visually-hidden">{t('surveys.builtInTemplates')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('surveys.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('surveys.respondentGroup')}</Table.HeaderCell>
                <Table.HeaderCell>{t('surveys.source')}</Table.HeaderCell>
                {write && (
                  <Table.HeaderCell>
                    <span className="visually-hidden">{t('surveys.actionsColumn')}</span>
                  </Table.HeaderCell>
                )}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {templates.data.builtIn.map((b) => (
                <Table.Row key={b.key}>
                  <Table.Cell>
                    {localized(b.name)}
                    {b.kind === 'interview_guide' && <span className="muted"> ({t('surveys.interviewGuide')})</span>}
                    <Paragraph data-size="sm" className="muted">
                      {localized(b.description)}
                    </Paragraph>
                  </Table.Cell>
                  <Table.Cell>{t(`surveys.groups.${b.respondentGroup}`)}</Table.Cell>
                  <Table.Cell>{b.source}</Table.Cell>
                  {write && (
                    <Table.Cell>
                      <Button variant="secondary" data-size="sm" onClick={() => void copy(b.key, localized(b.name))}>
                        {t('surveys.copyTemplate')}
                        <span className="visually-hidden"> {localized(b.name)}</span>
                      </Button>
                    </Table.Cell>
                  )}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </div>
  );
}
