/**
 * The few pieces of RFC 5545 (iCalendar) that the calendar files need, written by hand:
 * escaping TEXT values, folding lines by octets and CRLF line ends. Pure.
 */

const MAX_LINE_OCTETS = 75;

/** Bytes a code point takes in UTF-8. */
function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/**
 * A TEXT value (§ 3.3.11): backslash, semicolon, comma and line breaks escaped. Every
 * other control character – a bare CR included, which lenient parsers take for a line
 * break – is removed; a tab becomes a space.
 */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\r\n|[\r\u2028\u2029]/g, '\n')
      .replace(/\t/g, ' ')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, '')
      .replace(/[\\;,]/g, (char) => `\\${char}`)
      .replace(/\n/g, '\\n')
  );
}

/**
 * Folds one content line (§ 3.1) so that no line is longer than 75 octets of UTF-8,
 * the leading space of a continuation line included. Cuts fall between code points,
 * never inside a character's bytes.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > MAX_LINE_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/** A whole iCalendar text from its unfolded content lines: folded, CRLF after each. */
export function icsText(lines: readonly string[]): string {
  return lines.map((line) => `${foldLine(line)}\r\n`).join('');
}

/** A UTC DATE-TIME value, e.g. 20270301T120000Z. */
export function utcDateTime(millis: number): string {
  return `${new Date(millis).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}
