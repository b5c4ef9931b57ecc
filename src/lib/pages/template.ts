/** What a template's page shows besides the shared entry shell. */
import { strings } from '../../i18n';
import { laterVersions } from '../changes';
import { resolveAll, type Entry } from '../content/site';
import { downloadsOf, type Template } from '../content/templates';
import { dated } from '../dates';
import { routes } from '../routes';
import { versionDate, type Download } from '../templates/downloads';
import { sections, trail } from './trail';

// Templates are Norwegian only (issue 15): their pages use the Norwegian words.
const { t, dict } = strings('nb');

export async function templatePage(template: Template) {
  const [downloads, requirements] = await Promise.all([
    downloadsOf(template),
    resolveAll(template.data.requirements),
  ]);
  return templateView(template, { downloads, requirements });
}

/** The page from the template, its downloads and its resolved requirements (pure, for tests). */
export function templateView(
  template: Pick<Template, 'data'>,
  related: { downloads: Download[]; requirements: Entry<'requirements'>[] },
) {
  const { data } = template;
  return {
    breadcrumbs: trail(sections.templates),
    /** Templates list their versions in `changes`; the first is the template itself, not a change. */
    changes: laterVersions(data.changes),
    audiences: data.audience.map((audience) => ({
      label: dict.audiences[audience],
      url: routes.templatesForAudience(audience),
    })),
    stage: { label: dict.stages[data.stage], url: routes.templatesForStage(data.stage) },
    changed: dated(versionDate(data)),
    requirements: related.requirements.map((requirement) => ({
      title: requirement.data.title,
      url: routes.requirement(requirement.id),
    })),
    downloads: related.downloads,
    textSection: { id: 'teksten', heading: t('templates.text'), class: 'eh-template-text' },
  };
}
