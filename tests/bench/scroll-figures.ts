// How smoothly the long lists scroll: the journal, the contacts and the busiest contact's timeline, each turned
// through with the mouse wheel in Chromium over the seeded journal, behind the same bridge as the first-paint figure,
// while the page records the interval between its animation frames. Headless Chromium runs animation frames at
// 60 Hz, and with --disable-gpu it rasterizes in software, which is all this machine has; a desktop with a GPU
// should do at least as well.
import { performance } from 'node:perf_hooks';
import type { Browser, Page } from 'playwright-core';
import { createBackend, type Backend } from '../../electron/main/backend';
import { percentile } from './bench-core';
import { backendOptions, bridgedPage, withBrowser } from './renderer-figures';

/**
 * Our own smoothness threshold, not one from issue 7: two 60 Hz frames (33.3 ms). An interval of two frames is one
 * missed frame; a longer one means frames were missed in a row, which the eye sees as a stutter. Frame times fall
 * on the 60 Hz grid only up to a fraction of a millisecond of jitter, hence the millisecond of slack.
 */
export const SMOOTH_FRAME_MS = 2000 / 60;
export const isSmoothFrame = (ms: number) => ms <= SMOOTH_FRAME_MS + 1;

/**
 * Pixels per wheel event: four notches of a desktop mouse wheel (120 px each). The next event goes out once Chromium
 * has taken the previous one and a frame has begun, which while the list scrolls is every second frame or so: about
 * 13,000 px/s here, a brisk fling that keeps bringing in rows the virtualizer has not rendered yet.
 */
const WHEEL_PX = 480;
/** A short list is scrolled down and up again until this many seconds are measured, so its figures mean something. */
const MIN_SECONDS = 3;
/** Each list is scrolled at most this long, whatever it has reached by then. */
const MAX_SECONDS = 60;
/** At the end of what is loaded the wheel does nothing until the next page arrives; this long without change, it has ended. */
const STUCK_SECONDS = 5;

export interface ListScroll {
  /** Frame intervals recorded while the wheel was turning. */
  frames: number;
  p95FrameMs: number;
  /** Share of frame intervals longer than two 60 Hz frames. */
  jankyShare: number;
  /** Rows the list held at the end: for the journal, the entries loaded page by page while scrolling. */
  rows: number;
  /** The furthest row that came on screen, counted from 1. */
  reachedRow: number;
  seconds: number;
  pxPerSecond: number;
}

export interface ScrollFigures {
  journal: ListScroll;
  contacts: ListScroll;
  timeline: ListScroll & { encounters: number };
}

/** What the page reports about its scrolling list at the start of a frame. */
interface ListState {
  rows: number;
  reachedRow: number;
  scrollTop: number;
  atBottom: boolean;
}

declare global {
  interface Window {
    /** The page side of the measurement, installed by `installFrameRecorder`. */
    __scrollBench: {
      start(): void;
      stop(): number[];
      /** Resolves at the next animation frame with the list's state then. */
      nextFrame(): Promise<ListState>;
    };
  }
}

/**
 * Runs in the page: records animation-frame intervals between start and stop, and reads the scrolling list's state.
 * The list is found as the element around the first virtualized row (rows carry aria-posinset), so it is the list
 * itself that scrolls, not the page around it.
 */
function installFrameRecorder(): void {
  let recording = false;
  let last: number | undefined;
  let intervals: number[] = [];
  const tick = (time: number) => {
    if (!recording) return;
    if (last !== undefined) intervals.push(time - last);
    last = time;
    requestAnimationFrame(tick);
  };
  const scroller = () => {
    const scroller = document.querySelector('main li[aria-posinset]')?.closest('ul')?.parentElement;
    if (!scroller) throw new Error('no virtualized list on the page');
    return scroller;
  };
  const state = (): ListState => {
    const element = scroller();
    const rows = [...element.querySelectorAll<HTMLLIElement>('li[aria-posinset]')];
    const viewBottom = element.scrollTop + element.clientHeight;
    // A row's place in the list is its translateY(start).
    const onScreen = rows.filter((row) => Number(/translateY\(([\d.]+)px\)/.exec(row.style.transform)?.[1] ?? 0) < viewBottom);
    return {
      rows: Number(rows[0]?.getAttribute('aria-setsize') ?? 0),
      reachedRow: Math.max(0, ...onScreen.map((row) => Number(row.getAttribute('aria-posinset')))),
      scrollTop: element.scrollTop,
      atBottom: viewBottom >= element.scrollHeight - 1,
    };
  };
  window.__scrollBench = {
    start() {
      recording = true;
      last = undefined;
      intervals = [];
      requestAnimationFrame(tick);
    },
    stop() {
      recording = false;
      return intervals;
    },
    nextFrame: () => new Promise((resolve) => requestAnimationFrame(() => resolve(state()))),
  };
}

interface ScrollRun {
  /** True once the list has been scrolled far enough. */
  done(state: ListState): boolean;
  /** Taken once when `halfway` first holds; frames are not recorded meanwhile. */
  screenshot?: { file: string; halfway(state: ListState): boolean };
}

/**
 * Turns the mouse wheel over the list until `run.done`, then down and up again until `MIN_SECONDS` are measured. The
 * wheel, not a scrollTop loop, because it takes a user's path through Chromium: input handling, the compositor's
 * threaded scrolling, then the scroll events the virtualizer renders from.
 */
async function scrollList(page: Page, run: ScrollRun): Promise<ListScroll> {
  const list = page.locator('main li[aria-posinset]').first().locator('xpath=ancestor::ul[1]/..');
  await list.scrollIntoViewIfNeeded();
  const box = await list.boundingBox();
  if (!box) throw new Error('the list is not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  // Measure scrolling, not the page still settling after it opened.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));

  let state = await page.evaluate(() => window.__scrollBench.nextFrame());
  const intervals: number[] = [];
  let screenshot = run.screenshot;
  let covered = false;
  let direction = 1;
  let distance = 0;
  let reachedRow = state.reachedRow;
  await page.evaluate(() => window.__scrollBench.start());
  const start = performance.now();
  let changedAt = start;
  for (;;) {
    const elapsed = performance.now() - start;
    covered ||= run.done(state);
    if ((covered && elapsed >= MIN_SECONDS * 1000) || elapsed >= MAX_SECONDS * 1000) break;
    if (covered) direction = state.atBottom ? -1 : state.scrollTop === 0 ? 1 : direction;
    const before = state;
    [, state] = await Promise.all([page.mouse.wheel(0, direction * WHEEL_PX), page.evaluate(() => window.__scrollBench.nextFrame())]);
    distance += Math.abs(state.scrollTop - before.scrollTop);
    reachedRow = Math.max(reachedRow, state.reachedRow);
    if (state.scrollTop !== before.scrollTop || state.rows !== before.rows) changedAt = performance.now();
    else if (performance.now() - changedAt > STUCK_SECONDS * 1000) break;
    if (screenshot?.halfway(state)) {
      intervals.push(...(await page.evaluate(() => window.__scrollBench.stop())));
      await page.screenshot({ path: screenshot.file });
      screenshot = undefined;
      await page.evaluate(() => window.__scrollBench.start());
    }
  }
  const seconds = (performance.now() - start) / 1000;
  intervals.push(...(await page.evaluate(() => window.__scrollBench.stop())));
  return {
    frames: intervals.length,
    p95FrameMs: Math.round(percentile(intervals, 95) * 10) / 10,
    jankyShare: Math.round((intervals.filter((ms) => !isSmoothFrame(ms)).length / intervals.length) * 1000) / 1000,
    rows: state.rows,
    reachedRow,
    seconds: Math.round(seconds * 10) / 10,
    pxPerSecond: Math.round(distance / seconds),
  };
}

/** The contact with the most encounters, whose timeline is the longest. */
function busiestContact(backend: Backend): { id: string; encounters: number } {
  const counts = new Map<string, number>();
  for (const interaction of backend.store.interactions.values()) {
    for (const id of interaction.contactIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const [id, encounters] = [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best));
  return { id, encounters };
}

const reachedEnd = (state: ListState) => state.atBottom && state.reachedRow >= state.rows;

export async function scrollSmoothness({
  dataDir,
  rendererDir,
  bridgeFile,
  journalEntries = 3_000,
  journalScreenshot,
}: {
  dataDir: string;
  rendererDir: string;
  bridgeFile: string;
  /** How far down the journal to scroll, pulling in its pages of 100 on the way. */
  journalEntries?: number;
  /** Where to save a screenshot of the journal halfway down, to see that rows render while scrolling. */
  journalScreenshot?: string;
}): Promise<ScrollFigures> {
  const backend = await createBackend(backendOptions(dataDir));
  try {
    return await withBrowser(rendererDir, (browser, url) => scrollEachList(browser, url));
  } finally {
    await backend.close();
  }

  async function scrollEachList(browser: Browser, url: string): Promise<ScrollFigures> {
    const open = async (hash: string) => {
      const page = await bridgedPage(browser, backend.router, bridgeFile);
      await page.addInitScript(installFrameRecorder);
      await page.goto(new URL(hash, url).href);
      await page.locator('main li[aria-posinset]').first().waitFor({ timeout: 30_000 });
      return page;
    };
    const journalPage = await open('#/journal');
    const journal = await scrollList(journalPage, {
      done: (state) => state.reachedRow >= journalEntries,
      ...(journalScreenshot ? { screenshot: { file: journalScreenshot, halfway: (state: ListState) => state.reachedRow >= journalEntries / 2 } } : {}),
    });
    await journalPage.close();

    const contactsPage = await open('#/contacts');
    // Archived contacts too, so the list holds every contact of the journal.
    await contactsPage.getByRole('switch').check();
    const contactCount = backend.store.contacts.size;
    await contactsPage.waitForFunction((count) => document.querySelector(`main li[aria-setsize="${count}"]`) !== null, contactCount);
    const contacts = await scrollList(contactsPage, { done: reachedEnd });
    await contactsPage.close();

    const busiest = busiestContact(backend);
    const timelinePage = await open(`#/contacts/${encodeURIComponent(busiest.id)}`);
    const timeline = await scrollList(timelinePage, { done: reachedEnd });
    await timelinePage.close();

    return { journal, contacts, timeline: { ...timeline, encounters: busiest.encounters } };
  }
}
