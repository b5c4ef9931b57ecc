/** The home page, from one call: the readers' paths and what is new. */
import { strings, type Locale, type Strings } from '../../i18n';
import { allCases, type CaseEntry } from '../content/cases';
import { courses, type Course } from '../content/courses';
import { meetingSchedule, type Meeting } from '../content/meetings';
import { allRequirements, newestFirst, type Requirement } from '../content/requirements';
import { dated } from '../dates';
import { inventedFacts } from '../provenance';
import { routes } from '../routes';

export async function homePage(locale: Locale = 'nb') {
  const [allCourses, { upcoming }, requirements, cases] = await Promise.all([
    courses(),
    meetingSchedule(),
    allRequirements(),
    allCases(),
  ]);
  return homeView({ courses: allCourses, upcoming, requirements, cases }, locale);
}

/** One reader's path: the dictionary's title, text and task for the reader, then their next links. */
const readerPath = (
  { t }: Strings,
  reader: 'supplier' | 'purchaser' | 'course',
  taskHref: string,
  links: { url: string; title: string }[],
) => ({
  title: t(`home.${reader}Title`),
  text: t(`home.${reader}Text`),
  task: { href: taskHref, label: t(`home.${reader}Task`) },
  links,
});

/** The page from the entries it shows (pure, for tests). */
export function homeView(
  input: {
    courses: readonly Course[];
    /** Upcoming meetings, soonest first. */
    upcoming: readonly Meeting[];
    requirements: readonly Requirement[];
    /** Newest first. */
    cases: readonly CaseEntry[];
  },
  locale: Locale = 'nb',
) {
  const words = strings(locale);
  const { t } = words;
  const onlyCourse = input.courses.length === 1 ? input.courses[0] : undefined;
  const featuredCase = input.cases[0];
  return {
    /** Each reader's key task first, then the next places they go. */
    paths: [
      readerPath(words, 'supplier', routes.requirementFinder(), [
        { url: routes.suppliers(), title: t('home.supplierMore') },
        { url: routes.meetings(), title: t('home.supplierMeetings') },
      ]),
      readerPath(words, 'purchaser', routes.requirementFinder(), [
        { url: routes.requirements(), title: t('home.purchaserTexts') },
        { url: routes.templates(), title: t('home.purchaserTemplates') },
      ]),
      // With one course, straight to it.
      readerPath(words, 'course', onlyCourse ? routes.course(onlyCourse.id) : routes.courses(), [
        { url: routes.cases(), title: t('home.courseCases') },
      ]),
    ],
    nextMeeting: input.upcoming[0],
    /** The three requirements that changed last. */
    latestChanges: input.requirements
      .toSorted(newestFirst)
      .slice(0, 3)
      .map(({ id, data }) => {
        const invented = inventedFacts(data);
        return {
          url: routes.requirement(id),
          label: `${data.code} ${data.title}`,
          example: data.example,
          version: data.version,
          effectiveFrom: dated(data.effectiveFrom),
          /** Facts of a sourced requirement that the portal made up: marked "fiktivt". */
          inventedVersion: invented.has('version'),
          inventedEffectiveFrom: invented.has('effectiveFrom'),
        };
      }),
    featuredCase: featuredCase && {
      url: routes.case(featuredCase.id),
      title: featuredCase.data.title,
      summary: featuredCase.data.summary,
    },
  };
}
