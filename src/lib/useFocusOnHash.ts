import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * Brings the section named in the URL's #hash into view and moves focus to its heading
 * (the element `${hash}-heading`, with tabIndex -1), so a link to /guide#illness lands
 * keyboard and screen-reader users there too. Client-side navigation does not scroll by itself.
 */
export function useFocusOnHash() {
  const { hash, key } = useLocation();
  useEffect(() => {
    const id = decodeURIComponent(hash.slice(1));
    const heading = id ? document.getElementById(`${id}-heading`) : null;
    if (!heading) return;
    heading.scrollIntoView?.({ block: 'start' });
    heading.focus({ preventScroll: true });
    // On a fresh load the web font arrives later and reflows the text above: scroll again,
    // unless the user has moved on.
    void document.fonts?.ready.then(() => {
      if (document.activeElement === heading) heading.scrollIntoView({ block: 'start' });
    });
  }, [hash, key]);
}
