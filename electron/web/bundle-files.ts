// Maps a request path to a file of the built renderer, and to nothing else: no `..`, no encoded slashes or
// backslashes, no NUL, no dot files, no symbolic link leading out of the bundle.
import { realpath, stat } from 'node:fs/promises';
import { extname, join, relative, sep, isAbsolute } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json; charset=utf-8',
};

export function contentTypeOf(file: string): string {
  return contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** The path's segments, decoded one by one; undefined for anything that could step outside the bundle. */
export function safeSegments(rawPath: string): string[] | undefined {
  if (!rawPath.startsWith('/')) return undefined;
  const segments: string[] = [];
  for (const raw of rawPath.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    if (segment === '') continue;
    if (segment.startsWith('.') || /[/\\\0:]/.test(segment)) return undefined;
    segments.push(segment);
  }
  return segments;
}

function isInside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

/** The bundle file a request path names, if it is one; `/` is the page itself. */
export async function resolveBundleFile(rootDir: string, rawPath: string): Promise<string | undefined> {
  const segments = safeSegments(rawPath);
  if (!segments) return undefined;
  const root = await realpath(rootDir);
  const candidate = join(root, ...(segments.length === 0 ? ['index.html'] : segments));
  try {
    const real = await realpath(candidate);
    if (!isInside(root, real) || !(await stat(real)).isFile()) return undefined;
    return real;
  } catch {
    return undefined;
  }
}
