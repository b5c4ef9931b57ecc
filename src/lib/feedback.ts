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
 * - With neither, the question points to the contact page. There is no default address: the
 *   only UKE addresses in the source are named people's from 2020 (issue 13 keeps named
 *   contacts off the site as current), and the source gives no functional mailbox.
 *
 * A wrong value fails the build with what was found and what was expected.
 */

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
  /** `address`: where to write if sending fails; without one, the contact page. */
  | { kind: 'form'; action: string; address: string | undefined }
  | { kind: 'mail'; address: string }
  | { kind: 'contact' };

/** The environment variables that decide what the feedback block shows (part of the warm-build key). */
export const FEEDBACK_ENV = ['PORTAL_FEEDBACK_ENDPOINT', 'PORTAL_FEEDBACK_EMAIL'] as const;

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
  const address = env['PORTAL_FEEDBACK_EMAIL']?.trim() || undefined;
  if (address !== undefined && !EMAIL.test(address)) {
    throw new Error(
      `PORTAL_FEEDBACK_EMAIL er «${address}», men må være én e-postadresse, for eksempel «tilbakemelding@example.no».`,
    );
  }
  if (endpoint) return { kind: 'form', action: endpoint, address };
  return address ? { kind: 'mail', address } : { kind: 'contact' };
}

/** A mailto: link (RFC 6068) with subject and body; line breaks as CRLF, everything percent-encoded. */
export function mailtoHref(address: string, subject: string, body: string): string {
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  return `mailto:${address}?subject=${encode(subject)}&body=${encode(body)}`;
}
