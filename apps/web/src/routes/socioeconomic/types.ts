import type { EconomicActor } from '@insikt/core';
import type { PriceList } from '../../lib/types';

export type { AnalysisCost, AnalysisPreview, SavedAnalysis, SocioeconomicReport } from '../../lib/types';
/** A price list as listed and edited (GET /price-lists). */
export type PriceListSummary = PriceList;

export const CHART_ACTORS: EconomicActor[] = ['samhallet', 'kommun', 'region', 'fk', 'af', 'ovrig_stat'];
