/**
 * Reads the one result block of a QZDFMDB2 answer into trimmed cells, by the offsets of its dash
 * line (single-byte text only). NULL stays "-". Throws when the answer holds no result block.
 */
export function resultRows(stdout: string): { columns: string[]; rows: string[][] } {
  const lines = stdout.split("\n");
  const dashes = lines.findIndex((line) => /^-+( -+)*$/.test(line));
  if (dashes < 1) throw new Error(`No result block in:\n${stdout}`);
  const spans = [...lines[dashes].matchAll(/-+/g)].map((match) => [match.index, match.index + match[0].length]);
  const cells = (line: string) => spans.map(([start, end]) => line.slice(start, end).trim());
  const rows: string[][] = [];
  for (let index = dashes + 1; lines[index] !== ""; index++) rows.push(cells(lines[index]));
  return { columns: cells(lines[dashes - 1]), rows };
}
