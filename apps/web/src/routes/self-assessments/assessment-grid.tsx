import { Link, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { GRID_COLUMNS, GRID_ROWS } from '@insikt/core';
import type { SelfAssessmentField } from '../../lib/types';

/** The 4 × 3 (or 3 × 3) grid as an overview: each field's number, its questions' ratings, a link to it. */
export function AssessmentGrid({
  fields,
  linkOf,
}: {
  fields: SelfAssessmentField[];
  linkOf: (field: number) => string;
}) {
  const { t } = useTranslation();
  const rows = GRID_ROWS.slice(0, fields.length / 3);
  return (
    <div className="table-wrap">
      <Table border className="sa-grid">
        <caption>{t('selfAssessments.gridCaption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>
              <span className="visually-hidden">{t('selfAssessments.gridRow')}</span>
            </Table.HeaderCell>
            {GRID_COLUMNS.map((c) => (
              <Table.HeaderCell key={c}>{t(`selfAssessments.columns.${c}`)}</Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((row, r) => (
            <Table.Row key={row}>
              <Table.HeaderCell scope="row">{t(`selfAssessments.rows.${row}`)}</Table.HeaderCell>
              {GRID_COLUMNS.map((_, c) => {
                const field = fields[r * 3 + c]!;
                const rated = field.questions.filter((q) => q.rating !== null);
                const actions = field.questions.reduce((n, q) => n + q.actions.length, 0);
                return (
                  <Table.Cell key={field.number}>
                    <Link asChild>
                      <RouterLink to={linkOf(field.number) as never}>
                        {t('selfAssessments.fieldLink', { number: field.number })}
                      </RouterLink>
                    </Link>
                    <ul className="sa-questions">
                      {field.questions.map((q) => (
                        <li key={q.key}>
                          {q.text}{' '}
                          <strong>{q.rating === null ? t('selfAssessments.notRatedShort') : `${q.rating}/5`}</strong>
                        </li>
                      ))}
                    </ul>
                    <span className="muted">
                      {t('selfAssessments.fieldSummary', {
                        rated: rated.length,
                        total: field.questions.length,
                        actions,
                      })}
                    </span>
                  </Table.Cell>
                );
              })}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
