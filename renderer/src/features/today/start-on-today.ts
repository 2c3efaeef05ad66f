// Today is where the day starts, once there is someone to think of: a start without a route opens it when the
// journal has contacts; while it is empty, the welcome page (until it is closed), else the contacts page. Only the
// count is asked for, so a journal of thousands of contacts starts as fast as an empty one.
import { useEffect } from 'react';
import { api } from '../../api';

function isStartWithoutRoute(): boolean {
  return window.location.hash === '' || window.location.hash === '#' || window.location.hash === '#/';
}

export function useStartOnToday(): void {
  useEffect(() => {
    if (!isStartWithoutRoute()) return;
    let cancelled = false;
    const goTo = (hash: string) => {
      // The user may have navigated somewhere meanwhile; then that choice stands.
      if (!cancelled && isStartWithoutRoute()) window.location.replace(hash);
    };
    api()
      .app.status()
      .then(async ({ contactCount }) => {
        if (contactCount > 0) return goTo('#/today');
        // A first start is welcomed, until the user closes the welcome page.
        const { welcomeDismissed } = await api().settings.get();
        goTo(welcomeDismissed ? '#/contacts' : '#/welcome');
      })
      // The contacts page says itself when the journal cannot be read.
      .catch(() => goTo('#/contacts'));
    return () => {
      cancelled = true;
    };
  }, []);
}
