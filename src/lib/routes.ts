/** Every URL the site builds, in one place, so links and routes cannot drift apart. */
export const routes = {
  home: () => '/',
  requirements: () => '/krav/',
  requirement: (id: string) => `/krav/${id}/`,
  /** A requirement as a Word document. */
  requirementDocx: (id: string) => `/krav/${id}.docx`,
  /** The high-risk list: categories and their sources. */
  riskCategories: () => '/krav/hoyrisiko/',
  /** One category (high-risk or not) and the requirements that cover it; also the catalogue's category filter. */
  riskCategory: (id: string) => `/krav/kategori/${id}/`,
  categoryDocx: (id: string) => `/krav/kategori/${id}.docx`,
  /** RSS: changes to the category's requirements, procurements and meetings. */
  categoryFeed: (id: string) => `/krav/kategori/${id}.xml`,
  /** Calendar: the category's planned announcements, deadlines and upcoming meetings. */
  categoryCalendar: (id: string) => `/krav/kategori/${id}.ics`,
  requirementsOfKind: (kind: string) => `/krav/type/${kind}/`,
  requirementsOfPart: (part: string) => `/krav/del/${part}/`,
  /** Only UKE's own requirements with a source: the fictional examples left out. */
  sourcedRequirements: () => '/krav/med-kilde/',
  requirementFinder: () => '/krav/finn/',
  requirementChanges: () => '/krav/endringer/',
  requirementChangesFeed: () => '/krav/endringer.xml',
  checklist: (categoryId: string) => `/krav/sjekkliste/${categoryId}/`,
  openData: () => '/data/',
  openRequirements: () => '/data/requirements.json',
  openRequirementsSchema: () => '/data/requirements.schema.json',
  openRiskCategories: () => '/data/risk-categories.json',
  openRiskCategoriesSchema: () => '/data/risk-categories.schema.json',
  reviewDue: () => '/for-redaktorer/gjennomgang/',
  suppliers: () => '/for-leverandorer/',
  meetings: () => '/markedsdialog/',
  meeting: (id: string) => `/markedsdialog/${id}/`,
  meetingCalendar: (id: string) => `/markedsdialog/${id}.ics`,
  meetingFeed: () => '/markedsdialog/kalender.ics',
  meetingMaterial: (id: string, fileName: string) => `/markedsdialog/${id}/${fileName}`,
  procurements: () => '/anskaffelser/',
  procurement: (id: string) => `/anskaffelser/${id}/`,
  cases: () => '/erfaringer/',
  case: (id: string) => `/erfaringer/${id}/`,
  templates: () => '/maler/',
  template: (id: string) => `/maler/${id}/`,
  templatesForStage: (stage: string) => `/maler/fase/${stage}/`,
  templatesForAudience: (audience: string) => `/maler/for/${audience}/`,
  /** Stable download address: the same file name keeps its address when a new version comes. */
  templateFile: (id: string, fileName: string) => `/maler/${id}/${fileName}`,
  templateFileVersion: (id: string, version: string, fileName: string) =>
    `/maler/${id}/${version}/${fileName}`,
  courses: () => '/kurs/',
  course: (id: string) => `/kurs/${id}/`,
  lesson: (courseId: string, lessonId: string) => `/kurs/${courseId}/${lessonId}/`,
  glossary: () => '/ordliste/',
  term: (id: string) => `/ordliste/${id}/`,
  termAnchor: (id: string) => `/ordliste/#${id}`,
  pages: () => '/om/',
  /** "Om innholdet": what is UKE's sourced material and what is an illustration; every example label links here. */
  aboutContent: () => '/om/innholdet/',
  page: (id: string) => `/om/${id}/`,
  /** The contact page (content/pages/kontakt.md); page feedback points here when no address is configured. */
  contact: () => '/om/kontakt/',
  search: () => '/sok/',
  fieldReference: () => '/for-redaktorer/felter/',
  /** Every feed and calendar, with instructions. */
  subscribe: () => '/abonner/',
  /** Every change across the collections, newest first. */
  changes: () => '/nytt/',
  /** Where a feedback endpoint sends readers after a submission without JavaScript. */
  feedbackThanks: () => '/tilbakemelding/takk/',
} as const;

/** A lesson id is "<course>/<lesson>" when lessons sit in a folder per course; the URL uses the last part. */
export const lessonSlug = (lessonId: string) => lessonId.split('/').at(-1) ?? lessonId;
