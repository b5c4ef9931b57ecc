/**
 * Page feedback ("Fant du det du lette etter?") without third parties. Where answers go is
 * build-time configuration:
 *
 * - PORTAL_FEEDBACK_ENDPOINT: a path on this site, such as /tilbakemelding, that the web server
 *   passes on (proxies) to the form service the municipality chooses. A path on the site's own
 *   origin keeps the CSP strict: `form-action 'self'` and `connect-src 'self'` need no
 *   exception for another host, and the reader's browser never talks to one.
 * - Without it, the question is answered by e-mail to PORTAL_FEEDBACK_EMAIL: mailto: links with
 *   the page's title and address filled in.
 *
 * A wrong value fails the build with what was found and what was expected.
 */

/** Who receives feedback by e-mail when no endpoint is set. From the contact page (Kontakt). */
export const DEFAULT_FEEDBACK_EMAIL = 'espen.nicolaysen@uke.oslo.kommune.no';

/** The form's field names: what the endpoint receives (application/x-www-form-urlencoded). */
export const FEEDBACK_FIELDS = {
  answer: 'svar',
  comment: 'kommentar',
  page: 'side',
  title: 'tittel',
} as const;
export const ANSWERS = ['ja', 'nei'] as const;
export type Answer = (typeof ANSWERS)[number];
/** Longest comment the form accepts. */
export const COMMENT_MAX = 1000;

export type FeedbackConfig =
  { kind: 'form'; action: string; address: string } | { kind: 'mail'; address: string };

const SAME_ORIGIN_PATH = /^\/(?!\/)[A-Za-z0-9\-._~/%]*$/;
const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

/** Reads the configuration from the environment (at build time). */
export function feedbackConfig(
  env: Record<string, string | undefined> = process.env,
): FeedbackConfig {
  const endpoint = env['PORTAL_FEEDBACK_ENDPOINT']?.trim();
  if (endpoint) {
    if (!SAME_ORIGIN_PATH.test(endpoint)) {
      throw new Error(
        `PORTAL_FEEDBACK_ENDPOINT er «${endpoint}», men må være en sti på dette nettstedet, ` +
          'for eksempel «/tilbakemelding», som webserveren sender videre til skjemamottaket. ' +
          "En adresse på et annet nettsted ville krevd unntak i CSP-en (form-action og connect-src 'self').",
      );
    }
  }
  const address = env['PORTAL_FEEDBACK_EMAIL']?.trim() || DEFAULT_FEEDBACK_EMAIL;
  if (!EMAIL.test(address)) {
    throw new Error(
      `PORTAL_FEEDBACK_EMAIL er «${address}», men må være én e-postadresse, for eksempel «navn@uke.oslo.kommune.no».`,
    );
  }
  // With an endpoint, the address is where readers can write if sending fails.
  return endpoint ? { kind: 'form', action: endpoint, address } : { kind: 'mail', address };
}

/** A mailto: link (RFC 6068) with subject and body; line breaks as CRLF, everything percent-encoded. */
export function mailtoHref(address: string, subject: string, body: string): string {
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  return `mailto:${address}?subject=${encode(subject)}&body=${encode(body)}`;
}
