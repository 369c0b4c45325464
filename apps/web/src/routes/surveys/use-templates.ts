import { useQuery } from '@tanstack/react-query';
import { get } from '../../lib/api';
import type { SurveyOrigin, SurveyTemplateList } from '../../lib/types';
import { surveyPaths } from './survey-paths';
import { useLocalized } from './use-localized';

/** The built-in templates and the förbund's own, and the name of what a survey was made from. */
export function useTemplates(associationId: string) {
  const query = useQuery({
    queryKey: ['survey-templates', associationId],
    queryFn: () => get<SurveyTemplateList>(surveyPaths(associationId).templatesApi),
  });
  const localized = useLocalized();
  const originName = (origin: SurveyOrigin): string | undefined => {
    if ('builtIn' in origin) {
      const builtIn = query.data?.builtIn.find((b) => b.key === origin.builtIn);
      return builtIn && localized(builtIn.name);
    }
    if ('templateId' in origin) return query.data?.own.find((o) => o.id === origin.templateId)?.name;
    return undefined;
  };
  return { ...query, originName };
}
