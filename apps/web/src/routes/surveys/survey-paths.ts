/** The survey module's addresses: the API's and the screens' (Swedish paths, as users see them). */
export function surveyPaths(associationId: string) {
  const api = `/associations/${associationId}/surveys`;
  const page = `/forbund/${associationId}/enkater`;
  return {
    api,
    survey: (surveyId: string) => `${api}/${surveyId}`,
    distributions: (surveyId: string) => `${api}/${surveyId}/distributions`,
    distribution: (surveyId: string, distributionId: string) => `${api}/${surveyId}/distributions/${distributionId}`,
    templatesApi: `/associations/${associationId}/survey-templates`,
    templateApi: (templateId: string) => `/associations/${associationId}/survey-templates/${templateId}`,
    list: page,
    page: (surveyId: string) => `${page}/${surveyId}`,
    templates: `${page}/mallar`,
    template: (templateId: string) => `${page}/mallar/${templateId}`,
  };
}
