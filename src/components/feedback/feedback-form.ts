/**
 * Progressive enhancement of the feedback form (FeedbackForm.astro). Without it the form is a
 * plain POST that the browser validates. With it: the comment field appears once "Ja" or "Nei"
 * is chosen, a missing answer is told inside the form (and focus goes to the first answer), and
 * the answer is sent with fetch to the same same-origin path, so the reader stays on the page.
 * Nothing is sent before the reader presses the button.
 */

type Send = (input: string, init: RequestInit) => Promise<Pick<Response, 'ok' | 'type'>>;

function enhance(form: HTMLFormElement, send: Send): void {
  const radios = [...form.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  const fieldset = form.querySelector<HTMLElement>('[data-feedback-answer]');
  const error = form.querySelector<HTMLElement>('[data-feedback-error]');
  const comment = form.querySelector<HTMLElement>('[data-feedback-comment]');
  const failed = form.querySelector<HTMLElement>('[data-feedback-failed]');
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  const thanks = form.parentElement?.querySelector<HTMLElement>('[data-feedback-thanks]');
  if (!fieldset || !error || !comment || !failed || !button || !thanks || radios.length === 0)
    return;

  // The script checks the answer itself, so the message sits in the form, not in a browser bubble.
  form.noValidate = true;
  comment.dataset['collapsed'] = '';

  const setError = (shown: boolean) => {
    error.hidden = !shown;
    for (const radio of radios) {
      if (shown) {
        radio.setAttribute('aria-invalid', 'true');
        radio.setAttribute('aria-describedby', error.id);
      } else {
        radio.removeAttribute('aria-invalid');
        radio.removeAttribute('aria-describedby');
      }
    }
  };

  for (const radio of radios) {
    radio.addEventListener('change', () => {
      delete comment.dataset['collapsed'];
      setError(false);
    });
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!radios.some((radio) => radio.checked)) {
      setError(true);
      radios[0]?.focus();
      return;
    }
    button.disabled = true;
    failed.hidden = true;
    const body = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
      if (typeof value === 'string') body.append(name, value);
    }
    send(form.action, {
      method: 'POST',
      body,
      credentials: 'same-origin',
      // The host answers a form post with 303 to the thank-you page: that answer is the receipt,
      // so the page is not fetched (the script shows its own thanks).
      redirect: 'manual',
      headers: { Accept: 'application/json, text/html;q=0.9' },
    })
      .then((response) => {
        if (!response.ok && response.type !== 'opaqueredirect') throw new Error('not accepted');
        form.hidden = true;
        thanks.hidden = false;
        thanks.focus();
      })
      .catch(() => {
        failed.hidden = false;
        button.disabled = false;
      });
  });
}

/** Enhances every feedback form on the page. */
export function enhanceFeedback(doc: Document, send: Send): void {
  for (const form of doc.querySelectorAll<HTMLFormElement>('form[data-feedback-form]')) {
    enhance(form, send);
  }
}
