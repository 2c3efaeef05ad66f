// "Mein Netzwerk": the user's network as a picture. Whom she knows where (intern and extern, by firm and department,
// coloured by warmth), the departments of her firm where she knows nobody, and her year in encounters and favours.
import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { OrganizationRegular, PersonAddRegular } from '@fluentui/react-icons';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkMap } from '../../../../shared/network-map-contract';
import { useNavigation } from '../../app/navigation';
import { useSettings } from '../../app/settings';
import { EmptyState, PageHeader } from '../../components';
import { EncountersChart, FavoursChart } from './figure-charts';
import { encounterRows, favourTotal } from './figure-data';
import { FigureFrame } from './figure-frame';
import { EncountersTable, FavoursTable } from './figure-tables';
import { NetworkMapView } from './network-map-view';
import { WarmthLegend } from './warmth';
import { WhiteSpots } from './white-spots';
import { useNetworkMap } from './my-network-queries';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  figures: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
});

export function MyNetworkPage() {
  const { t } = useTranslation('myNetwork');
  const { t: tCommon } = useTranslation();
  const map = useNetworkMap();
  const settings = useSettings();
  return (
    <>
      <PageHeader title={t('page.title')} description={t('page.description')} />
      {settings.isPending ? (
        <Spinner label={tCommon('app.loading')} />
      ) : map === null || settings.isError ? (
        <Text role="alert">{tCommon('app.loadFailed')}</Text>
      ) : (
        <NetworkPicture map={map} ownDepartments={settings.data.ownDepartments ?? []} />
      )}
    </>
  );
}

function NetworkPicture({ map, ownDepartments }: { map: NetworkMap; ownDepartments: readonly string[] }) {
  const styles = useStyles();
  const { t } = useTranslation('myNetwork');
  const { navigate } = useNavigation();
  const encounters = useMemo(() => encounterRows(map.encountersPerWeek), [map.encountersPerWeek]);
  const favours = favourTotal(map.favoursPerMonth);
  const people = map.totals.internal + map.totals.external;
  // Set one frame after the picture is in the page, so the benchmark (and a test) can wait for the drawing to be
  // done rather than for time.
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setDrawn(true));
    return () => cancelAnimationFrame(frame);
  }, [map]);

  return (
    <div className={styles.page} data-network-drawn={drawn ? '' : undefined}>
      {people === 0 ? (
        <EmptyState
          icon={<OrganizationRegular />}
          title={t('empty.title')}
          text={t('empty.text')}
          action={
            <Button appearance="primary" icon={<PersonAddRegular />} onClick={() => navigate({ name: 'newContact' })}>
              {t('empty.newContact')}
            </Button>
          }
        />
      ) : (
        <section className={styles.section} aria-labelledby="network-map-heading" data-network-map="">
          <Text as="h2" size={600} weight="semibold" id="network-map-heading" className={styles.heading}>
            {t('map.title')}
          </Text>
          <Text>{t('page.summary', { internal: map.totals.internal, external: map.totals.external })}</Text>
          <WarmthLegend counts={map.totals.byWarmth} />
          <NetworkMapView map={map} />
        </section>
      )}
      <WhiteSpots whiteSpots={map.whiteSpots} ownOrganisation={map.ownOrganisation} ownDepartments={ownDepartments} />
      <div className={styles.figures}>
        <FigureFrame
          id="encounters"
          title={t('figures.encounters.title')}
          description={t('figures.encounters.description')}
          empty={encounters.total === 0 ? t('figures.encounters.empty') : undefined}
          chart={<EncountersChart data={encounters} />}
          table={<EncountersTable data={encounters} caption={t('figures.encounters.title')} />}
        />
        <FigureFrame
          id="favours"
          title={t('figures.favours.title')}
          description={t('figures.favours.description')}
          empty={favours === 0 ? t('figures.favours.empty') : undefined}
          chart={<FavoursChart months={map.favoursPerMonth} />}
          table={<FavoursTable months={map.favoursPerMonth} caption={t('figures.favours.title')} />}
        />
      </div>
    </div>
  );
}
