// What the scan counts as white space: the same characters as a regular expression's \s.

/** The whitespace that collapses to one space: HTML's own plus no-break and other Unicode spaces. */
export function isSpace(code: number): boolean {
  // Printable ASCII first: nearly every character of a page, and never a space but the space itself.
  if (code > 32 && code < 0xa0) return false;
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f ||
    code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

export function isBlankText(data: string): boolean {
  for (let i = 0; i < data.length; i++) if (!isSpace(data.charCodeAt(i))) return false;
  return true;
}
