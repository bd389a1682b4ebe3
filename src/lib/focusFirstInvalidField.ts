/**
 * After a submit with errors, moves focus to the form's first field marked invalid, once
 * React has marked it (in the next frame), so keyboard and screen-reader users land there.
 */
export function focusFirstInvalidField(form: HTMLFormElement): void {
  requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
