/**
 * QZDFMDB2 lays out its result tables in bytes of the job's EBCDIC CCSID, not in characters. In a
 * mixed (SBCS/DBCS) CCSID a double-byte character takes two bytes and every run of them is wrapped
 * in a shift-out and a shift-in byte, so a run of n DBCS characters is 2n + 2 columns wide.
 * Single-byte characters, accented Latin letters and the replacement character U+FFFD included,
 * take one column. Verified against real Japanese output (vscode-ibmi fixtures): the widths below
 * reproduce the dash-line length exactly.
 *
 * Which characters are double-byte depends on the CCSID, which the parser does not know. The rule
 * used here: a character is DBCS when Unicode gives it East Asian Width "Wide" or "Fullwidth"
 * (CJK ideographs, kana, Hangul, fullwidth forms). Ambiguous-width symbols (Greek, Cyrillic,
 * arrows, box drawing) count as single-byte. [U] — exact for Japanese, Chinese and Korean text,
 * unverified for symbols that a CJK CCSID encodes as DBCS.
 */

const DBCS_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f], // Hangul Jamo leading consonants
  [0x2e80, 0x303e], // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
  [0x3041, 0x33ff], // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, enclosed CJK, CJK compatibility
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xff60], // Fullwidth ASCII variants
  [0xffe0, 0xffe6], // Fullwidth signs
  [0x20000, 0x3fffd], // CJK extensions B and later
];

export function isDoubleByte(codePoint: number): boolean {
  return DBCS_RANGES.some(([low, high]) => codePoint >= low && codePoint <= high);
}

/**
 * The column where each character of `text` starts, plus the total width. A DBCS run's shift-out
 * column belongs to the run's first character's field and its shift-in column follows the last.
 */
export function ebcdicColumns(text: string): { chars: string[]; starts: number[]; width: number } {
  const chars: string[] = [];
  const starts: number[] = [];
  let column = 0;
  let inDoubleByteRun = false;
  for (const char of text) {
    const doubleByte = isDoubleByte(char.codePointAt(0) ?? 0);
    if (doubleByte && !inDoubleByteRun) column += 1; // shift-out
    if (!doubleByte && inDoubleByteRun) column += 1; // shift-in
    inDoubleByteRun = doubleByte;
    chars.push(char);
    starts.push(column);
    column += doubleByte ? 2 : 1;
  }
  if (inDoubleByteRun) column += 1;
  return { chars, starts, width: column };
}

/** Display width of `text` in QZDFMDB2 columns (EBCDIC bytes). */
export function ebcdicWidth(text: string): number {
  return ebcdicColumns(text).width;
}

/** Pads `text` with blanks on the right to `width` EBCDIC columns. */
export function padEbcdic(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - ebcdicWidth(text)));
}
