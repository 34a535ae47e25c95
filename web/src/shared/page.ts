import { useEffect, useRef } from 'react';

// What a screen reader and a tab strip learn on each route: the document title names the
// page ("R-5100151 · Elif Rossi · Demo Store"), and focus moves to the page's heading once
// the page has something to say, so a keyboard or screen-reader user starts where the new
// content starts instead of at <body>.

export function pageTitle(...parts: Array<string | undefined>): string {
  return parts.filter((part): part is string => part !== undefined && part.trim() !== '').join(' · ');
}

/** Sets the title whenever it changes; moves focus to the page's first heading the first time it is known. */
export function usePage(title: string | undefined): void {
  const focused = useRef(false);
  useEffect(() => {
    if (title === undefined) return;
    document.title = title;
    if (focused.current) return;
    focused.current = true;
    const heading = document.querySelector<HTMLElement>('main h1');
    if (heading === null) return;
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus();
  }, [title]);
}
