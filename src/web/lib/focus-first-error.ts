/** The one thing this needs from a Mantine form: the field element for a path (by its data-path). */
interface FormWithNodes {
  getInputNode(path: string): HTMLElement | null;
}

/**
 * After a refused submit, moves focus to the first field with an error in reading order, so on a
 * long form the message is not left off screen and a screen reader reads it out.
 */
export function focusFirstError(form: FormWithNodes, errors: Record<string, unknown>): void {
  const fields = Object.keys(errors)
    .map((path) => form.getInputNode(path))
    .filter((node): node is HTMLElement => node !== null);
  const [first] = fields.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  first?.focus();
}
