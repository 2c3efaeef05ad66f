// A lazily loaded page: it waits for its code once, and after `preload` renders in the same pass, with nothing in its
// place (what lets the quick-log window and event mode paint their page with their first frame).
import { act, render, screen } from '@testing-library/react';
import { Suspense, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { lazyPage } from '../../../../renderer/src/app/lazy-page';

function Greeting({ name }: { name: string }) {
  return <p>Guten Morgen, {name}</p>;
}

function deferredPage() {
  let resolve: (page: typeof Greeting) => void = () => undefined;
  const loads: Promise<typeof Greeting>[] = [];
  const load = () => {
    const loading = new Promise<typeof Greeting>((done) => (resolve = done));
    loads.push(loading);
    return loading;
  };
  return { load, loads, arrive: () => resolve(Greeting) };
}

const inSuspense = (page: ReactNode) => <Suspense fallback={<p>lädt</p>}>{page}</Suspense>;

describe('lazyPage', () => {
  it('shows the fallback until its code arrives, then the page with its props', async () => {
    const { load, arrive } = deferredPage();
    const Page = lazyPage(load);
    render(inSuspense(<Page name="Anna" />));
    expect(screen.getByText('lädt')).toBeTruthy();
    await act(async () => arrive());
    expect(await screen.findByText('Guten Morgen, Anna')).toBeTruthy();
    expect(screen.queryByText('lädt')).toBeNull();
  });

  it('renders at once after preload, without the fallback', async () => {
    const { load, arrive } = deferredPage();
    const Page = lazyPage(load);
    const preloaded = Page.preload();
    arrive();
    await preloaded;
    render(inSuspense(<Page name="Jonas" />));
    // Synchronously there: no fallback was ever committed.
    expect(screen.getByText('Guten Morgen, Jonas')).toBeTruthy();
  });

  it('loads its code once, however often it is preloaded and rendered', async () => {
    const { load, loads, arrive } = deferredPage();
    const Page = lazyPage(load);
    void Page.preload();
    render(inSuspense(<Page name="Anna" />));
    await act(async () => arrive());
    await Page.preload();
    expect(await screen.findByText('Guten Morgen, Anna')).toBeTruthy();
    expect(loads).toHaveLength(1);
  });

  it('tries again after a failed load', async () => {
    let attempts = 0;
    const Page = lazyPage(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('chunk missing');
      return Greeting;
    });
    await expect(Page.preload()).rejects.toThrow('chunk missing');
    await Page.preload();
    render(inSuspense(<Page name="Anna" />));
    expect(screen.getByText('Guten Morgen, Anna')).toBeTruthy();
    expect(attempts).toBe(2);
  });
});
