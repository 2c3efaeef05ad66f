// Files go to the main process as their bytes in base64, never decoded here: an Outlook export in Windows-1252
// would lose its umlauts if the browser read it as UTF-8 text.

/** Bytes per String.fromCharCode call: small enough for the argument limit of every engine. */
const CHUNK = 0x8000;

export async function readAsBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  }
  return btoa(binary);
}

/** Hands a file to the user's downloads: the Electron shell decides where it lands (its `will-download` handler). */
export function saveFile(fileName: string, mimeType: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL is released once the browser has taken it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
