import { defineCollection } from 'astro:content';
import type { z } from 'astro/zod';
import { contentLoader } from './lib/content/loader';
import { caseSchema } from './schemas/case';
import { courseSchema } from './schemas/course';
import { glossarySchema } from './schemas/glossary';
import { lessonSchema } from './schemas/lesson';
import { meetingSchema } from './schemas/meeting';
import { pageSchema } from './schemas/page';
import { procurementSchema } from './schemas/procurement';
import { requirementSchema } from './schemas/requirement';
import { riskCategorySchema } from './schemas/risk-category';
import { templateSchema } from './schemas/template';

function collection<S extends z.ZodType>(folder: string, schema: S) {
  return defineCollection({ loader: contentLoader(folder, schema), schema });
}

export const collections = {
  requirements: collection('requirements', requirementSchema),
  riskCategories: collection('risk-categories', riskCategorySchema),
  cases: collection('cases', caseSchema),
  meetings: collection('meetings', meetingSchema),
  procurements: collection('procurements', procurementSchema),
  templates: collection('templates', templateSchema),
  courses: collection('courses', courseSchema),
  lessons: collection('lessons', lessonSchema),
  glossary: collection('glossary', glossarySchema),
  pages: collection('pages', pageSchema),
};
