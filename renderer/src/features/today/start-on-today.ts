// Today is where the day starts, once there is someone to think of: a start without a route opens it when the
// journal has contacts, and the contacts page (with its "add your first contact") when it is still empty.
import { useEffect } from 'react';
import { api } from '../../api';

function isStartWithoutRoute(): boolean {
  return window.location.hash === '' || window.location.hash === '#' || window.location.hash === '#/';
}

export function useStartOnToday(): void {
  useEffect(() => {
    if (!isStartWithoutRoute()) return;
    let cancelled = false;
    void api()
      .contacts.list()
      .then((contacts) => {
        // The user may have navigated somewhere meanwhile; then that choice stands.
        if (!cancelled && contacts.length > 0 && isStartWithoutRoute()) window.location.replace('#/today');
      })
      .catch(() => {
        // The contacts page stays, and says itself when the journal cannot be read.
      });
    return () => {
      cancelled = true;
    };
  }, []);
}
