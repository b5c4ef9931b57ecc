/** Progressive enhancement: only browsers that can write to the clipboard get the copy button. */
export function enableCopyButtons(doc: Document): void {
  for (const button of doc.querySelectorAll<HTMLButtonElement>('[data-copy-target]')) {
    if (!navigator.clipboard) continue;
    const target = doc.getElementById(button.dataset['copyTarget'] ?? '');
    const status = button.closest('.eh-copy')?.querySelector('.eh-copy__status');
    if (!target || !status) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      const text = [...target.querySelectorAll('p')]
        .map((p) => p.textContent?.trim() ?? '')
        .join('\n\n');
      try {
        await navigator.clipboard.writeText(text);
        status.textContent = button.dataset['copied'] ?? '';
      } catch {
        status.textContent = button.dataset['copyFailed'] ?? '';
      }
    });
  }
}
