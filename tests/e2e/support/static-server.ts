// Serves the built renderer over loopback, the way Electron would load it from the bundle, for the desktop stand-in
// and the benchmark. The browser shell's own path rules decide what is a file of the bundle.
import { createReadStream } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { contentTypeOf, resolveBundleFile } from '../../../electron/web/bundle-files';

export async function serveDirectory(root: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    resolveBundleFile(root, path).then(
      (file) => {
        if (!file) {
          response.writeHead(404).end();
          return;
        }
        response.writeHead(200, { 'content-type': contentTypeOf(file) });
        createReadStream(file).pipe(response);
      },
      () => response.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
