import { useState } from 'react';
import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { get } from '../../lib/api';
import type { SurveyLink } from '../../lib/types';
import type { DistributionProps } from './distribution-props';
import { surveyPaths } from './survey-paths';

/** The distribution's links, shared by the links panel and the codes form (one request). */
export function useLinks(associationId: string, surveyId: string, distributionId: string) {
  const base = `${surveyPaths(associationId).distribution(surveyId, distributionId)}/links`;
  const query = useQuery({
    queryKey: ['surveys', associationId, surveyId, distributionId, 'links'],
    queryFn: () => get<SurveyLink[]>(base),
  });
  return { ...query, base };
}

/** The distribution's anonymous links (one per insats), each with its QR code to show and to print. */
export function LinksPanel({ associationId, survey, distribution }: DistributionProps) {
  const { t } = useTranslation();
  const links = useLinks(associationId, survey.id, distribution.id);
  const { base } = links;
  return (
    <div className="stack">
      <Heading level={4} data-size="xs">
        {t('surveys.linksTitle')}
      </Heading>
      <Paragraph data-size="sm">{t('surveys.linksIntro')}</Paragraph>
      <ul className="plain-list survey-links">
        {(links.data ?? []).map((link) => (
          <li key={link.id} className="survey-link">
            <LinkCard link={link} qr={`/api/v1${base}/${link.id}/qr`} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function LinkCard({ link, qr }: { link: SurveyLink; qr: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const name = link.interventionName ?? t('surveys.wholeAssociation');
  const copy = async () => {
    await navigator.clipboard.writeText(link.url).catch(() => undefined);
    setCopied(true);
  };
  return (
    <div className="stack">
      <Paragraph className="strong">{name}</Paragraph>
      <img src={`${qr}.svg`} alt={t('surveys.qrAlt', { name })} width={160} height={160} />
      <Paragraph data-size="sm">
        <Link href={link.url}>{link.url}</Link>
      </Paragraph>
      <div className="row">
        <Button variant="secondary" data-size="sm" onClick={() => void copy()}>
          {t('surveys.copyLink')}
          <span className="visually-hidden"> {name}</span>
        </Button>
        <Link href={`${qr}.png`} download={`qr-${link.token.slice(0, 8)}.png`}>
          {t('surveys.downloadPng')}
          <span className="visually-hidden"> {name}</span>
        </Link>
        <Link href={`${qr}.svg`} download={`qr-${link.token.slice(0, 8)}.svg`}>
          {t('surveys.downloadSvg')}
          <span className="visually-hidden"> {name}</span>
        </Link>
      </div>
      <span role="status" className="muted">
        {copied ? t('surveys.copied') : ''}
      </span>
    </div>
  );
}
