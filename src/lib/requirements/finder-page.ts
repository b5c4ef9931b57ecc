/**
 * The page model of "Hvilke krav gjelder for meg?" (/krav/finn/): the data the browser's finder
 * runs on, the choices in the form, and the same answers written out per category for readers
 * without JavaScript, with what still applies under every threshold.
 */
import { strings, type Locale } from '../../i18n';
import { localizer, localRoutes } from '../content/localized';
import { DOCUMENTATION_PHASES } from '../../schemas/requirement';
import { lessonSlug, routes as nbRoutes } from '../routes';
import { coursesWithLessons } from '../content/courses';
import {
  commonThreshold,
  currentRequirements,
  requirementsForCategory,
  type Requirement,
} from '../content/requirements';
import {
  allCategories,
  categoriesByRisk,
  categoryFacts,
  type RiskCategory,
} from '../content/risk-categories';
import { templates } from '../content/templates';
import { thresholdBands, type FinderData, type FinderRequirement } from './finder';

/** Where the law behind the general duty can be read (anskaffelsesloven § 5). */
export const PROCUREMENT_ACT_URL =
  'https://lovdata.no/dokument/NL/lov/2016-06-17-73/KAPITTEL_1#%C2%A75';

export interface FinderLink {
  title: string;
  url: string;
  /** A Norwegian-only page (a lesson, a template) linked from the English finder. */
  lang?: 'nb' | undefined;
  example?: boolean;
  partlyFictional?: boolean | undefined;
}

/** One category's answer without JavaScript: the requirements grouped by the value they start over. */
export interface CategoryAnswer {
  id: string;
  title: string;
  url: string;
  highRisk: boolean;
  checklistUrl: string | undefined;
  bands: { overNok: number; requirements: (FinderLink & { code: string })[] }[];
}

export interface FinderPage {
  data: FinderData;
  /** Messages the browser fills in (placeholders in braces). */
  text: FinderText;
  highRisk: { id: string; title: string }[];
  other: { id: string; title: string }[];
  /** The threshold most requirements use, for the explanation of the rule. */
  threshold: number;
  answers: CategoryAnswer[];
  /** What applies under every threshold: course lessons on the matter, planning templates. */
  stillApplies: { lessons: FinderLink[]; templates: FinderLink[] };
  /** Whether any requirement is an illustration, so the "only UKE's own" choice means something. */
  hasIllustrations: boolean;
}

export type FinderText = Record<
  | 'incomplete'
  | 'invalidValue'
  | 'unknownCategory'
  | 'none'
  | 'some'
  | 'dutiesTitle'
  | 'higher'
  | 'higherFirst'
  | 'categoryLink'
  | 'checklistLink'
  | 'stillTitle'
  /** An amount in kroner ({amount}), as formatNok writes it on the server. */
  | 'nok',
  string
>;

type Local = {
  t: ReturnType<typeof strings>['t'];
  dict: ReturnType<typeof strings>['dict'];
  routes: Awaited<ReturnType<typeof localRoutes>>;
  localize: Awaited<ReturnType<typeof localizer>>;
};

function finderRequirement(local: Local, requirement: Requirement): FinderRequirement {
  const { dict, routes } = local;
  const r = local.localize(requirement);
  return {
    id: r.id,
    code: r.data.code,
    title: r.data.title,
    kindLabel: dict.requirementKinds[r.data.kind],
    url: routes.requirement(r.id),
    example: r.data.example,
    ...(r.data.illustrativeFields.length > 0 && { partlyFictional: true }),
    documentation: r.data.documentation.map(({ what, when, phase }) => ({ what, when, phase })),
    appliesTo: {
      riskCategories:
        r.data.appliesTo.riskCategories === 'alle-hoyrisiko'
          ? 'alle-hoyrisiko'
          : r.data.appliesTo.riskCategories.map((ref) => ({ id: ref.id })),
      valueOverNok: r.data.appliesTo.valueOverNok,
    },
  };
}

async function categoryAnswer(local: Local, category: RiskCategory): Promise<CategoryAnswer> {
  const { routes } = local;
  const covering = await requirementsForCategory(category);
  return {
    id: category.id,
    title: local.localize(category).data.title,
    url: routes.riskCategory(category.id),
    highRisk: category.data.highRisk,
    // The checklist route exists for every category some requirement covers.
    checklistUrl: covering.length > 0 ? routes.checklist(category.id) : undefined,
    bands: thresholdBands(covering.map((r) => finderRequirement(local, r))).map(
      ({ overNok, requirements }) => ({
        overNok,
        requirements: requirements.map(({ code, title, url, example, partlyFictional }) => ({
          code,
          title,
          url,
          example,
          // Optional fields stay absent rather than undefined (exactOptionalPropertyTypes).
          ...(partlyFictional === undefined ? {} : { partlyFictional }),
        })),
      }),
    ),
  };
}

/**
 * The lessons that send readers to the finder are the ones that explain when the requirements
 * apply and what to do below the threshold; the finder links back to them.
 */
async function lessonsOnTheFinder(): Promise<FinderLink[]> {
  const routes = nbRoutes;
  const finderLink = `](${routes.requirementFinder()})`;
  return (await coursesWithLessons()).flatMap(({ course, lessons }) =>
    lessons
      .filter((lesson) => lesson.body?.includes(finderLink))
      .map((lesson) => ({
        title: lesson.data.title,
        url: routes.lesson(course.id, lessonSlug(lesson.id)),
      })),
  );
}

/**
 * The finder in a language; lessons and templates are Norwegian only, and English links to
 * them say so (`lang`).
 */
export async function finderPage(locale: Locale = 'nb'): Promise<FinderPage> {
  const { t, dict } = strings(locale);
  const [categories, byRisk, requirements, lessons, allTemplates, routes, localize] =
    await Promise.all([
      allCategories(),
      categoriesByRisk(),
      currentRequirements(),
      lessonsOnTheFinder(),
      templates(),
      localRoutes(locale),
      localizer(locale),
    ]);
  const local: Local = { t, dict, routes, localize };
  const norwegianOnly = locale === 'nb' ? {} : { lang: 'nb' as const };
  const answers = await Promise.all(categories.map((c) => categoryAnswer(local, c)));
  const title = (c: RiskCategory) => ({ id: c.id, title: localize(c).data.title });
  return {
    data: {
      categories: answers.map((answer, i) => ({
        ...categoryFacts(categories[i]!),
        title: answer.title,
        url: answer.url,
        checklistUrl: answer.checklistUrl,
      })),
      requirements: requirements.map((r) => finderRequirement(local, r)),
      phases: DOCUMENTATION_PHASES.map((phase) => ({
        phase,
        label: dict.documentationPhases[phase],
      })),
    },
    text: {
      incomplete: t('finder.incomplete'),
      invalidValue: t('finder.invalidValue'),
      unknownCategory: t('finder.unknownCategory'),
      none: t('finder.none'),
      some: t('finder.some'),
      dutiesTitle: t('finder.dutiesTitle'),
      higher: t('finder.higher'),
      higherFirst: t('finder.higherFirst'),
      categoryLink: t('finder.categoryLink'),
      checklistLink: t('finder.checklistLink'),
      stillTitle: t('finder.stillLink'),
      nok: t('amounts.nok'),
    },
    highRisk: byRisk.highRisk.map(title),
    other: byRisk.other.map(title),
    threshold: (await commonThreshold()) ?? 0,
    answers,
    stillApplies: {
      lessons: lessons.map((lesson) => ({ ...lesson, ...norwegianOnly })),
      templates: allTemplates
        .filter((template) => template.data.stage === 'planlegging')
        .map((template) => ({
          title: template.data.title,
          url: routes.template(template.id),
          example: template.data.example,
          ...norwegianOnly,
        })),
    },
    hasIllustrations: requirements.some((r) => r.data.example),
  };
}
