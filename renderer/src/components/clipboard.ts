// Copies text for the user to paste elsewhere (a greeting, an opener). The Clipboard API is the way in a browser; the
// desktop app refuses every permission request (electron/main/shell/security.ts), clipboard writing included, so there
// the text is copied from a field holding it, the way Ctrl+C would, which needs no permission.

/**
 * Copies `text`. `field` shows the same text and is the fallback; without one, a hidden field holds the text for that
 * moment. Resolves to whether it worked.
 */
export async function copyText(text: string, field?: HTMLTextAreaElement | HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return field === undefined ? copyFromHiddenField(text) : copyFromField(text, field);
  }
}

function copyFromField(text: string, field: HTMLTextAreaElement | HTMLInputElement | null): boolean {
  if (!field || field.value !== text) return false;
  const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  field.focus();
  field.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  // Back to the Copy button, so a keyboard user stays where she was.
  field.setSelectionRange(0, 0);
  before?.focus();
  return copied;
}

/** A field out of sight (not `display: none`, which cannot be selected), there only while it copies. */
function copyFromHiddenField(text: string): boolean {
  const field = document.createElement('textarea');
  field.value = text;
  field.readOnly = true;
  field.setAttribute('aria-hidden', 'true');
  field.tabIndex = -1;
  Object.assign(field.style, { position: 'fixed', top: '0', left: '-9999px', opacity: '0' });
  document.body.append(field);
  try {
    return copyFromField(text, field);
  } finally {
    field.remove();
  }
}
