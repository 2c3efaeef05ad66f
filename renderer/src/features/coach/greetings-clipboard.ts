// Copies a greeting. The Clipboard API is the way in a browser; the desktop app refuses every permission request
// (electron/main/shell/security.ts), clipboard writing included, so there the text is copied from the field that
// shows it, the way Ctrl+C would, which needs no permission.

/** Copies `text`; `field` shows the same text and is the fallback. Resolves to whether it worked. */
export async function copyGreeting(text: string, field: HTMLTextAreaElement | HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyFromField(text, field);
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
