// "Mein Netzwerk" at the bench's size: milliseconds from navigating to #/my-network, in an app already showing its
// first screen, until the map and both charts are drawn. The backend is the real router and services in this process
// behind the end-to-end bridge, as for the first paint (renderer-figures.ts); the page marks itself drawn
// (`data-network-drawn`, one frame after its picture is in the document), and the charts' bars must be there too.
import { createBackend } from '../../electron/main/backend';
import { backendOptions, bridgedPage, withBrowser } from './renderer-figures';

interface NetworkPageOptions {
  dataDir: string;
  rendererDir: string;
  bridgeFile: string;
  runs?: number;
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)] as number);
}

/** The median of `runs` fresh page loads, each after one that is not counted (it warms the disk cache and the chunk). */
export async function networkPageRender({ dataDir, rendererDir, bridgeFile, runs = 5 }: NetworkPageOptions): Promise<number> {
  const backend = await createBackend(backendOptions(dataDir));
  try {
    return await withBrowser(rendererDir, async (browser, url) => {
      const times: number[] = [];
      for (let run = 0; run < runs + 1; run += 1) {
        const page = await bridgedPage(browser, backend.router, bridgeFile);
        try {
          await page.goto(`${url}#/journal`);
          await page.waitForSelector('main [data-page-title]', { timeout: 30_000 });
          const ms = await page.evaluate(
            () =>
              new Promise<number>((resolve) => {
                // The page's clock: `performance` here would be the bench bundle's node:perf_hooks import.
                const start = window.performance.now();
                const drawn = () =>
                  document.querySelector('[data-network-drawn]') &&
                  document.querySelector('[data-figure="encounters"] svg rect') &&
                  document.querySelector('[data-figure="favours"] svg rect');
                const observer = new MutationObserver(() => {
                  if (!drawn()) return;
                  observer.disconnect();
                  // One frame later the drawing has been painted.
                  requestAnimationFrame(() => resolve(window.performance.now() - start));
                });
                observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-network-drawn'] });
                window.location.hash = '#/my-network';
              }),
          );
          if (run > 0) times.push(ms);
        } finally {
          await page.close();
        }
      }
      return median(times);
    });
  } finally {
    await backend.close();
  }
}
