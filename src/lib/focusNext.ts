const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/**
 * Before `element` goes away (an item hidden, removed or added elsewhere), moves focus to the
 * first control after it in the page, so a keyboard user goes on from where they were instead
 * of starting again from the top of the page.
 */
export function focusNextAfter(element: Element): HTMLElement | undefined {
  const next = [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].find(
    (candidate) =>
      !element.contains(candidate) &&
      element.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING &&
      candidate.getClientRects().length > 0,
  );
  next?.focus();
  return next;
}
