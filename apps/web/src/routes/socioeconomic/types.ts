import type { AnalysisGroup, EconomicActor, Gender, SocioeconomicInput, SocioeconomicResult } from '@insikt/core';

/** The API's report of one calculation (apps/server/src/modules/socioeconomic/calculate.ts). */
export interface SocioeconomicReport extends SocioeconomicResult {
  byGender: Record<Gender, SocioeconomicResult>;
  byCase?: { label: string; result: SocioeconomicResult }[];
  priceList: { id: string | null; name: string; year: number | null; version: number | null; isExample: boolean };
}

export interface AnalysisCost {
  total: number;
  perParticipant: number;
  source: 'recorded' | 'entered';
  years: { year: number; amount: number; kind: 'actual' | 'budget' }[];
}

export interface AnalysisPreview {
  mode: 'participants' | 'typfall';
  groups: AnalysisGroup[];
  pooled: boolean;
  cost: AnalysisCost;
  input: SocioeconomicInput;
  report: SocioeconomicReport;
}

export interface SavedAnalysis {
  id: string;
  interventionId: string;
  interventionName?: string;
  name: string;
  periodFrom: string;
  periodTo: string;
  createdAt: string;
  input: { cost: AnalysisCost; groups: AnalysisGroup[]; model: SocioeconomicInput; mode: string };
  result: SocioeconomicReport;
}

export interface PriceListSummary {
  id: string;
  associationId: string | null;
  year: number;
  name: string;
  isExample: boolean;
  version: number;
  rows: { key: string; amount: number; payer?: string; taxable?: boolean; source: string }[];
}

export const CHART_ACTORS: EconomicActor[] = ['samhallet', 'kommun', 'region', 'fk', 'af', 'ovrig_stat'];
