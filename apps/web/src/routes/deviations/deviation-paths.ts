/** The web and API addresses of the deviation screens of one förbund. */
export const deviationPaths = (associationId: string) => ({
  api: `/associations/${associationId}/deviations`,
  page: `/forbund/${associationId}/avvikelser`,
  report: `/forbund/${associationId}/avvikelser/rapportera`,
  case: (id: string) => `/forbund/${associationId}/avvikelser/arende/${id}`,
  published: `/forbund/${associationId}/avvikelser/publicerade`,
  statistics: `/forbund/${associationId}/avvikelser/statistik`,
  /** The report link and the open publication, as addresses to share. */
  link: (token: string) => `${window.location.origin}/avvikelse/${token}`,
  openPublication: `${window.location.origin}/avvikelser/${associationId}`,
});
