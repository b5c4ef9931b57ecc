/** The home page, from one call: the readers' paths and what is new. */
import { t } from '../../i18n/nb';
import { allCases, type CaseEntry } from '../content/cases';
import { courses, type Course } from '../content/courses';
import { meetingSchedule, type Meeting } from '../content/meetings';
import { allRequirements, newestFirst, type Requirement } from '../content/requirements';
import { dated } from '../dates';
import { inventedFacts } from '../provenance';
import { routes } from '../routes';

export async function homePage() {
  const [allCourses, { upcoming }, requirements, cases] = await Promise.all([
    courses(),
    meetingSchedule(),
    allRequirements(),
    allCases(),
  ]);
  return homeView({ courses: allCourses, upcoming, requirements, cases });
}

/** The page from the entries it shows (pure, for tests). */
export function homeView(input: {
  courses: readonly Course[];
  /** Upcoming meetings, soonest first. */
  upcoming: readonly Meeting[];
  requirements: readonly Requirement[];
  /** Newest first. */
  cases: readonly CaseEntry[];
}) {
  const onlyCourse = input.courses.length === 1 ? input.courses[0] : undefined;
  const featuredCase = input.cases[0];
  return {
    /** Each reader's key task first, then the next places they go. */
    paths: [
      {
        title: t('home.supplierTitle'),
        text: t('home.supplierText'),
        task: { href: routes.requirementFinder(), label: t('home.supplierTask') },
        links: [
          { url: routes.suppliers(), title: t('home.supplierMore') },
          { url: routes.meetings(), title: t('home.supplierMeetings') },
        ],
      },
      {
        title: t('home.purchaserTitle'),
        text: t('home.purchaserText'),
        task: { href: routes.requirementFinder(), label: t('home.purchaserTask') },
        links: [
          { url: routes.requirements(), title: t('home.purchaserTexts') },
          { url: routes.templates(), title: t('home.purchaserTemplates') },
        ],
      },
      {
        title: t('home.courseTitle'),
        text: t('home.courseText'),
        // With one course, straight to it.
        task: {
          href: onlyCourse ? routes.course(onlyCourse.id) : routes.courses(),
          label: t('home.courseTask'),
        },
        links: [{ url: routes.cases(), title: t('home.courseCases') }],
      },
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
