/**
 * QZDFMDB2 pads and counts columns in bytes of the job's EBCDIC CCSID, not in characters
 * (ibmi-facts §1.3 "Observed in real output"): a double-byte (DBCS) character takes two bytes and
 * every run of DBCS characters is wrapped in shift-out/shift-in bytes, two more. Accented letters
 * and characters EBCDIC cannot hold (shown as a substitution character) take one byte.
 */

/** East Asian wide characters: the ones a mixed SBCS/DBCS CCSID stores as double-byte. */
function isDoubleByte(codePoint: number): boolean {
  return (
    (codePoint >= 0x1100 && codePoint <= 0x115f) || // Hangul Jamo
    (codePoint >= 0x2e80 && codePoint <= 0x303e) || // CJK radicals, punctuation
    (codePoint >= 0x3041 && codePoint <= 0x33ff) || // kana, CJK compatibility
    (codePoint >= 0x3400 && codePoint <= 0x4dbf) || // CJK extension A
    (codePoint >= 0x4e00 && codePoint <= 0x9fff) || // CJK unified ideographs
    (codePoint >= 0xa000 && codePoint <= 0xa4cf) || // Yi
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) || // Hangul syllables
    (codePoint >= 0xf900 && codePoint <= 0xfaff) || // CJK compatibility ideographs
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) || // CJK compatibility forms
    (codePoint >= 0xff00 && codePoint <= 0xff60) || // full-width forms
    (codePoint >= 0xffe0 && codePoint <= 0xffe6)
  );
}

export function ebcdicWidth(text: string): number {
  let width = 0;
  let inDoubleByteRun = false;
  for (const char of text) {
    const doubleByte = isDoubleByte(char.codePointAt(0) ?? 0);
    if (doubleByte && !inDoubleByteRun) width += 2; // shift-out + shift-in around the run
    inDoubleByteRun = doubleByte;
    width += doubleByte ? 2 : 1;
  }
  return width;
}

export function padEndEbcdic(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - ebcdicWidth(text)));
}

export function padStartEbcdic(text: string, width: number): string {
  return " ".repeat(Math.max(0, width - ebcdicWidth(text))) + text;
}
