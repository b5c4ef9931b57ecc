/**
 * English translations, one schema per translated collection, each picked from the Norwegian
 * schema so the two cannot drift: a translation holds only the reader-facing text of its
 * Norwegian entry, under the same field names, and the date of the Norwegian revision it
 * translates. Facts that must never differ between the languages (codes, versions, thresholds,
 * dates, categories, references, sources, example marks) are not in it: they come from the
 * Norwegian entry. A translation lives in content/en/<folder>/<id>.md(x), beside nothing but
 * other translations, and is paired with content/<folder>/<id>.md(x) by folder and id.
 *
 * Lists of objects (a requirement's documentation, a meeting's agenda) are translated item by
 * item, in the Norwegian order; the build checks the lengths (src/lib/translations.ts).
 */
import { z } from 'astro/zod';
import { caseSchema } from './case';
import { calendarDate } from './fields';
import { glossarySchema } from './glossary';
import { meetingSchema } from './meeting';
import { pageSchema } from './page';
import { procurementSchema } from './procurement';
import { requirementSchema } from './requirement';
import { riskCategorySchema } from './risk-category';

/** The fields every translation has besides its text. */
const translationFields = {
  sourceUpdated: calendarDate.describe(
    'Datoen i feltet «updated» i den norske oppføringen da oversettelsen ble laget: revisjonen den oversetter. Er den norske endret senere, er oversettelsen utdatert.',
  ),
  draft: z
    .boolean()
    .default(false)
    .describe(
      'Et utkast til oversettelse publiseres aldri, og kan henge etter den norske teksten.',
    ),
};

/**
 * An object of text fields only: any other field (a code, a date, an agenda item's time) fails
 * the build with a message that says where such facts come from.
 */
function textOnly<Shape extends z.core.$ZodLooseShape>(shape: Shape, also = '') {
  const text = Object.keys(shape).filter((key) => !(key in translationFields));
  const message =
    `bare tekstfeltene ${text.join(', ')}${also}; alt annet (koder, datoer, ` +
    'klokkeslett, kategorier, henvisninger, kilder) hentes fra den norske oppføringen';
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? message : undefined),
  });
}

/**
 * A translation's schema from the text fields of a Norwegian one: the picked fields keep their
 * Norwegian checks (required, not empty). Lists of objects are picked item by item: the items'
 * facts (a duty's phase, an agenda item's time) stay Norwegian.
 */
const translationOf = <Shape extends z.core.$ZodLooseShape>(text: Shape) =>
  textOnly({ ...text, ...translationFields }, ' (og sourceUpdated og draft)');

/** A list of objects, keeping only the given text fields of each item. */
const textItems = <Shape extends z.core.$ZodLooseShape>(item: z.ZodObject<Shape>) =>
  z.array(textOnly(item.shape)).default([]);

// The common fields are the same in every kind of requirement; pick from the first.
const requirement = requirementSchema.options[0].shape;
export const requirementTranslationSchema = translationOf({
  ...z.object(requirement).pick({
    title: true,
    summary: true,
    requirementText: true,
    followUp: true,
    changeNote: true,
  }).shape,
  documentation: textItems(
    requirement.documentation.unwrap().element.pick({ what: true, when: true }),
  ),
});

export const riskCategoryTranslationSchema = translationOf(
  riskCategorySchema.pick({ title: true, summary: true, products: true, risks: true }).shape,
);

export const caseTranslationSchema = translationOf(
  caseSchema.pick({
    title: true,
    summary: true,
    agreement: true,
    challenge: true,
    actions: true,
    result: true,
    lessons: true,
  }).shape,
);

// meetingSchema has a refinement (end after start), which zod will not pick from; its shape is the same.
const meeting = meetingSchema.shape;
export const meetingTranslationSchema = translationOf({
  ...z.object(meeting).pick({ title: true, summary: true }).shape,
  agenda: textItems(meeting.agenda.unwrap().element.pick({ title: true })),
  materials: textItems(meeting.materials.unwrap().element.pick({ title: true })),
  registration: textOnly(meeting.registration.unwrap().pick({ note: true }).shape).optional(),
  // A street address is a name, but the Norwegian may say more («adressen kommer i invitasjonen»).
  location: textOnly({ address: meeting.location.options[0].shape.address }).optional(),
});

const procurement = procurementSchema.shape;
export const procurementTranslationSchema = translationOf({
  ...procurementSchema.pick({ title: true, summary: true }).shape,
  deadlines: textItems(procurement.deadlines.unwrap().element.pick({ what: true })),
  contact: textOnly(procurement.contact.pick({ name: true }).shape),
});

export const glossaryTranslationSchema = translationOf(
  glossarySchema.pick({ title: true, aliases: true, summary: true }).shape,
);

export const pageTranslationSchema = translationOf(
  pageSchema.pick({ title: true, summary: true }).shape,
);
