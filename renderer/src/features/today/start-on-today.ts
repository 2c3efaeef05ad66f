// Today is where the day starts, once there is someone to think of: a start without a route opens it when the
// journal has contacts, and the contacts page (with its "add your first contact") when it is still empty. Only the
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
      .then(({ contactCount }) => goTo(contactCount > 0 ? '#/today' : '#/contacts'))
      // The contacts page says itself when the journal cannot be read.
      .catch(() => goTo('#/contacts'));
    return () => {
      cancelled = true;
    };
  }, []);
}
