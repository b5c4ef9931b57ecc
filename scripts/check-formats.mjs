#!/usr/bin/env node
/**
 * Gates: every published file is read back by a program that did not write it.
 *
 *   calendars   every .ics parses with ical.js (not the `ics` package that wrote it), and every
 *               property is one RFC 5545 defines for its component, with a value of its type;
 *               each event has the properties the RFC requires, once, and ends after it starts
 *   feeds       every RSS/Atom feed parses with @rowanmanning/feed-parser, with a title and
 *               items that have a title and a link; every other .xml file (the sitemaps) is
 *               well-formed XML to fast-xml-parser
 *   documents   every .docx opens with mammoth, which reads its text without errors
 *   open data   every .json parses; every file whose `$schema` names a schema the site
 *               publishes validates against it with ajv (JSON Schema 2020-12, formats checked)
 *
 *   node scripts/check-formats.mjs [dist]      (default $PORTAL_OUT_DIR or dist/)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ICAL from 'ical.js';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser } from 'fast-xml-parser';
import mammoth from 'mammoth';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { distDir, filesIn, fileOfUrlPath, siteOrigin, summaryLine } from './dist-files.mjs';

const relative = (dist, file) => path.relative(dist, file);

/** A gate's result: it passes when nothing failed and something was checked. */
function gateResult(gate, { failing, checked, text }) {
  const ok = failing.length === 0 && checked > 0;
  return { ok, summary: summaryLine(ok, gate, text), details: failing.join('\n') };
}

/**
 * RFC 5545 §3.6 and §3.7: the properties each component may carry; "required" ones must be
 * there exactly once, "once" ones at most once. Any X- property is allowed (§3.8.8.2).
 */
const COMPONENTS = {
  vcalendar: {
    required: ['prodid', 'version'],
    once: ['calscale', 'method'],
    many: [],
  },
  vevent: {
    required: ['uid', 'dtstamp', 'dtstart'],
    once: [
      'class',
      'created',
      'description',
      'dtend',
      'duration',
      'geo',
      'last-modified',
      'location',
      'organizer',
      'priority',
      'sequence',
      'status',
      'summary',
      'transp',
      'url',
      'recurrence-id',
      'rrule',
    ],
    many: [
      'attach',
      'attendee',
      'categories',
      'comment',
      'contact',
      'exdate',
      'request-status',
      'related-to',
      'resources',
      'rdate',
    ],
  },
};
const EVENT_STATUS = ['TENTATIVE', 'CONFIRMED', 'CANCELLED'];

/** The problems of one parsed component (and its subcomponents), as strings. */
function componentProblems(component) {
  const problems = [];
  const rules = COMPONENTS[component.name];
  if (!rules) return [`${component.name.toUpperCase()}: not a component this site writes`];
  const where = component.name.toUpperCase();
  const counts = new Map();
  for (const property of component.getAllProperties()) {
    const name = property.name;
    counts.set(name, (counts.get(name) ?? 0) + 1);
    if (
      !name.startsWith('x-') &&
      ![...rules.required, ...rules.once, ...rules.many].includes(name)
    ) {
      problems.push(`${where}: ${name.toUpperCase()} is not an RFC 5545 property of ${where}`);
    }
    const values = property.getValues();
    if (values.length === 0 || values.some((value) => value === null || value === '')) {
      problems.push(`${where}: ${name.toUpperCase()} has no value`);
    }
    for (const value of values) {
      if (value instanceof ICAL.Time && Number.isNaN(value.toJSDate().getTime())) {
        problems.push(`${where}: ${name.toUpperCase()} is not a valid date-time`);
      }
    }
    if (property.type === 'cal-address' && !/^mailto:\S+@\S+$/i.test(String(values[0]))) {
      problems.push(`${where}: ${name.toUpperCase()} is not a mailto: address`);
    }
  }
  for (const name of rules.required) {
    if ((counts.get(name) ?? 0) !== 1)
      problems.push(`${where}: ${name.toUpperCase()} ${counts.get(name) ? 'repeated' : 'missing'}`);
  }
  for (const name of rules.once) {
    if ((counts.get(name) ?? 0) > 1) problems.push(`${where}: ${name.toUpperCase()} repeated`);
  }
  if (component.name === 'vcalendar' && component.getFirstPropertyValue('version') !== '2.0') {
    problems.push('VCALENDAR: VERSION is not 2.0');
  }
  if (component.name === 'vevent') {
    const uid = component.getFirstPropertyValue('uid');
    const label = (text) => `${text} (${uid})`;
    if (counts.get('dtend') && counts.get('duration'))
      problems.push(label('VEVENT: both DTEND and DURATION'));
    const start = component.getFirstPropertyValue('dtstart');
    const end = component.getFirstPropertyValue('dtend');
    if (start && end && end.compare(start) <= 0)
      problems.push(label('VEVENT: DTEND is not after DTSTART'));
    const status = component.getFirstPropertyValue('status');
    if (status && !EVENT_STATUS.includes(status))
      problems.push(label(`VEVENT: STATUS ${status} is not one of ${EVENT_STATUS.join(', ')}`));
  }
  for (const child of component.getAllSubcomponents()) problems.push(...componentProblems(child));
  return problems;
}

/** The problems of one .ics text: lines (CRLF, 75 octets) and content. */
export function calendarProblems(text) {
  const problems = [];
  const lines = text.split('\n');
  if (!text.endsWith('\r\n') || lines.slice(0, -1).some((line) => !line.endsWith('\r'))) {
    problems.push('lines do not all end with CRLF (RFC 5545 §3.1)');
  }
  const long = lines.findIndex((line) => Buffer.byteLength(line.replace(/\r$/, '')) > 75);
  if (long >= 0) problems.push(`line ${long + 1} is longer than 75 octets (RFC 5545 §3.1)`);
  let parsed;
  try {
    parsed = new ICAL.Component(ICAL.parse(text));
  } catch (error) {
    return [...problems, `ical.js cannot parse it: ${error.message}`];
  }
  if (parsed.name !== 'vcalendar') return [...problems, 'not a VCALENDAR'];
  if (parsed.getAllSubcomponents('vevent').length === 0) problems.push('no VEVENT');
  return [...problems, ...componentProblems(parsed)];
}

/** Gate: every .ics parses with ical.js and is valid RFC 5545. */
export async function checkCalendars(dist) {
  const files = filesIn(dist, ['.ics']);
  const failing = [];
  let events = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf-8');
    const problems = calendarProblems(text);
    if (problems.length) failing.push(`${relative(dist, file)}:\n  ${problems.join('\n  ')}`);
    else events += new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').length;
  }
  return gateResult('calendars (ical.js, RFC 5545)', {
    failing,
    checked: files.length,
    text: `${files.length} .ics files, ${events} events, ${failing.length} invalid`,
  });
}

/** Gate: feeds parse with a feed parser; the other XML files are well-formed. */
export async function checkFeeds(dist) {
  const files = filesIn(dist, ['.xml', '.rss', '.atom']);
  const failing = [];
  let feeds = 0;
  let items = 0;
  const xml = new XMLParser({ ignoreAttributes: false });
  for (const file of files) {
    const text = readFileSync(file, 'utf-8');
    let root;
    try {
      // parse(text, true) validates first and throws on XML that is not well-formed.
      root = Object.keys(xml.parse(text, true)).find((key) => !key.startsWith('?'));
    } catch (error) {
      failing.push(`${relative(dist, file)}: not well-formed XML: ${error.message}`);
      continue;
    }
    if (root === 'rss' || root === 'feed' || root === 'rdf:RDF') {
      try {
        const feed = parseFeed(text);
        const bad = feed.items.filter((item) => !item.title || !item.url);
        if (!feed.title) failing.push(`${relative(dist, file)}: the feed has no title`);
        else if (feed.items.length === 0) failing.push(`${relative(dist, file)}: no items`);
        else if (bad.length) failing.push(`${relative(dist, file)}: items without title or link`);
        feeds += 1;
        items += feed.items.length;
      } catch (error) {
        failing.push(`${relative(dist, file)}: the feed parser rejects it: ${error.message}`);
      }
    } else if (root !== 'urlset' && root !== 'sitemapindex') {
      failing.push(`${relative(dist, file)}: neither a feed nor a sitemap (<${root}>)`);
    }
  }
  return gateResult('feeds and XML (feed-parser, fast-xml-parser)', {
    failing,
    checked: feeds,
    text: `${feeds} feeds with ${items} items, ${files.length - feeds} other XML files, ${failing.length} invalid`,
  });
}

/** Gate: every .docx opens with mammoth and has text. */
export async function checkDocuments(dist) {
  const files = filesIn(dist, ['.docx']);
  const failing = [];
  for (const file of files) {
    try {
      const result = await mammoth.extractRawText({ path: file });
      const errors = result.messages.filter((message) => message.type === 'error');
      if (errors.length) {
        failing.push(`${relative(dist, file)}: ${errors.map((m) => m.message).join('; ')}`);
      } else if (result.value.trim().length < 20) {
        failing.push(`${relative(dist, file)}: no text (${JSON.stringify(result.value)})`);
      }
    } catch (error) {
      failing.push(`${relative(dist, file)}: mammoth cannot open it: ${error.message}`);
    }
  }
  return gateResult('Word documents (mammoth)', {
    failing,
    checked: files.length,
    text: `${files.length} .docx files, ${failing.length} unreadable`,
  });
}

/** Gate: every .json parses; those with a published `$schema` validate against it. */
export async function checkOpenData(dist) {
  const files = filesIn(dist, ['.json']);
  const origin = siteOrigin(dist);
  const failing = [];
  const parsed = new Map();
  for (const file of files) {
    try {
      parsed.set(file, JSON.parse(readFileSync(file, 'utf-8')));
    } catch (error) {
      failing.push(`${relative(dist, file)}: not JSON: ${error.message}`);
    }
  }
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  const validators = new Map();
  let validated = 0;
  for (const [file, data] of parsed) {
    const schemaUrl = data && typeof data === 'object' ? data.$schema : undefined;
    if (typeof schemaUrl !== 'string' || !origin || !schemaUrl.startsWith(`${origin}/`)) continue;
    const schemaFile = fileOfUrlPath(dist, new URL(schemaUrl).pathname);
    if (!schemaFile || !parsed.has(schemaFile)) {
      failing.push(`${relative(dist, file)}: its $schema ${schemaUrl} is not in the build`);
      continue;
    }
    let validate = validators.get(schemaFile);
    if (!validate) {
      try {
        validate = ajv.compile(parsed.get(schemaFile));
      } catch (error) {
        failing.push(`${relative(dist, schemaFile)}: not a valid JSON Schema: ${error.message}`);
        continue;
      }
      validators.set(schemaFile, validate);
    }
    validated += 1;
    if (!validate(data)) {
      failing.push(
        `${relative(dist, file)}: ${ajv.errorsText(validate.errors, { separator: '\n  ' })}`,
      );
    }
  }
  return gateResult('open data (ajv, JSON Schema 2020-12)', {
    failing,
    checked: validated,
    text: `${files.length} .json files parsed, ${validated} validated against ${validators.size} published schemas, ${failing.length} invalid`,
  });
}

export const FORMAT_GATES = [checkCalendars, checkFeeds, checkDocuments, checkOpenData];

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dist = distDir();
  let ok = true;
  for (const gate of FORMAT_GATES) {
    const result = await gate(dist);
    if (result.details) console.log(result.details);
    console.log(result.summary);
    ok &&= result.ok;
  }
  process.exit(ok ? 0 : 1);
}
