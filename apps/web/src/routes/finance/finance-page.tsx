import { useState } from 'react';
import { Heading, Link, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from '@tanstack/react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { get, query } from '../../lib/api';
import { useCan } from '../../lib/auth';
import { SelectField } from '../../lib/fields';
import { StatusMessage } from '../../lib/status-message';
import type { FinanceYear } from '../../lib/types';
import { usePageTitle } from '../../lib/use-page-title';
import { KeyFiguresPanel } from './key-figures-panel';
import { BudgetForm, NewLineForm } from './line-forms';
import { LinesTable } from './lines-table';
import { OutcomeImport } from './outcome-import';
import { useOpeningYear } from './use-finance-years';
import { StateMoneyForm, YearSettingsForm } from './year-forms';

const thisYear = new Date().getFullYear();
const YEARS = Array.from({ length: 14 }, (_, i) => String(thisYear + 2 - i));

/** A förbund's economy for a year (issue 16 items 1–4): what the board reads and the administrator keeps. */
export function FinancePage() {
  const { t } = useTranslation();
  usePageTitle(t('finance.title'));
  const { associationId } = useParams({ strict: false }) as { associationId: string };
  const can = useCan();
  const manages = can('finance.manage', associationId);
  const opening = useOpeningYear(associationId, 'finance');
  const [chosen, setYear] = useState<string | null>(null);
  const year = chosen ?? opening ?? String(thisYear);
  const path = `/associations/${associationId}/finance/years/${year}`;
  const client = useQueryClient();
  const key = ['finance-year', associationId, year];
  const view = useQuery({ queryKey: key, queryFn: () => get<FinanceYear>(path), enabled: opening !== null });
  const changed = (data?: FinanceYear) =>
    data ? client.setQueryData(key, data) : client.invalidateQueries({ queryKey: key });
  const y = view.data;
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('finance.title')}
      </Heading>
      <Paragraph>{t('finance.intro')}</Paragraph>
      <SelectField
        form="finance-year"
        errors={[]}
        name="year"
        label={t('finance.year')}
        value={year}
        onChange={setYear}
        options={YEARS.map((v) => ({ value: v, label: v }))}
      />
      <ul className="plain-list row">
        <li>
          <Link href={`/api/v1${path}${query({ format: 'xlsx' })}`}>{t('finance.excel')}</Link>
        </li>
        {can('finance.compare', associationId) && (
          <li>
            <Link asChild>
              <RouterLink to={'/ekonomi/jamforelse' as never}>{t('finance.compareLink')}</RouterLink>
            </Link>
          </li>
        )}
      </ul>
      {view.isLoading && <Spinner aria-label={t('common.loading')} />}
      {view.error && <StatusMessage kind="danger">{view.error.message}</StatusMessage>}
      {y && (
        <>
          {!y.settings.kept && (
            // Only those who may save are told to: a board member cannot start the year.
            <StatusMessage kind="info">
              {t('finance.settings.notKept')}
              {manages && ` ${t('finance.settings.notKeptStart')}`}
            </StatusMessage>
          )}
          <KeyFiguresPanel view={y} />
          <LinesTable view={y} manages={manages} onChanged={() => void changed()} />
          {manages && (
            <>
              <YearSettingsForm key={`settings-${year}-${y.settings.version}`} view={y} path={path} onSaved={changed} />
              <StateMoneyForm key={`state-${year}-${y.stateMoney.version}`} view={y} path={path} onSaved={changed} />
              <NewLineForm view={y} associationId={associationId} onSaved={() => void changed()} />
              <BudgetForm view={y} associationId={associationId} onSaved={() => void changed()} />
              <OutcomeImport view={y} associationId={associationId} onImported={() => void changed()} />
            </>
          )}
        </>
      )}
    </div>
  );
}
