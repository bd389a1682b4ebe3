/**
 * Whether a date field of the form holds something the browser cannot read as a date, such
 * as 30 February or a half-typed date. Its value is then '', as if it were empty, and React
 * hears no change, so this is asked of the field itself when the form is sent.
 */
export function hasUnreadableDate(form: HTMLFormElement): boolean {
  return [...form.querySelectorAll<HTMLInputElement>('input[type="date"]')].some(
    (input) => input.validity.badInput,
  );
}
