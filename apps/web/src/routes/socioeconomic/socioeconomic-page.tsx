import { useState } from 'react';
import { Heading, Paragraph, Spinner, Tabs } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../lib/fields';
import { useAssociations } from '../../lib/use-associations';
import { usePageTitle } from '../../lib/use-page-title';
import { ComparePanel } from './compare-panel';
import { PriceListsPanel } from './price-lists-panel';

/** Nyttoberäkning across the förbund: comparison of insatser and the price lists. */
export function SocioeconomicPage() {
  const { t } = useTranslation();
  usePageTitle(t('socioeconomic.tab'));
  const associations = useAssociations();
  const [chosen, setChosen] = useState<string>('');
  const [tab, setTab] = useState('compare');
  if (!associations.data) return <Spinner aria-label={t('common.loading')} />;
  const associationId = chosen || associations.data[0]?.id;
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('socioeconomic.tab')}
      </Heading>
      <Paragraph>{t('socioeconomic.pageIntro')}</Paragraph>
      {associations.data.length > 1 && (
        <SelectField
          form="nytto-page"
          errors={[]}
          name="association"
          label={t('socioeconomic.association')}
          value={associationId ?? ''}
          options={associations.data.map((a) => ({ value: a.id, label: a.name }))}
          onChange={setChosen}
        />
      )}
      {associationId && (
        <Tabs value={tab} onChange={setTab}>
          <Tabs.List>
            <Tabs.Tab value="compare">{t('socioeconomic.compare')}</Tabs.Tab>
            <Tabs.Tab value="prices">{t('socioeconomic.priceLists')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="compare">{tab === 'compare' && <ComparePanel associationId={associationId} />}</Tabs.Panel>
          <Tabs.Panel value="prices">
            {tab === 'prices' && <PriceListsPanel associationId={associationId} />}
          </Tabs.Panel>
        </Tabs>
      )}
    </div>
  );
}
