import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** "Showing 1–50 of 505" and previous/next, for the long lists (audit log, participants). */
export function Pager({
  offset,
  shown,
  total,
  pageSize,
  onChange,
}: {
  offset: number;
  shown: number;
  total: number;
  pageSize: number;
  onChange: (offset: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Paragraph data-size="sm" role="status">
        {t('common.showing', { from: offset + 1, to: offset + shown, total })}
      </Paragraph>
      <div className="row">
        <Button variant="secondary" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - pageSize))}>
          {t('common.previous')}
        </Button>
        <Button variant="secondary" disabled={offset + pageSize >= total} onClick={() => onChange(offset + pageSize)}>
          {t('common.next')}
        </Button>
      </div>
    </>
  );
}
