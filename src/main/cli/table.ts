// A plain aligned text table for terminals; long cells are cut with an ellipsis.
export function printTable(out: NodeJS.WritableStream, header: string[], rows: Array<Array<string | number | null>>, maxWidth = 60): void {
  const cells = [header, ...rows.map((r) => r.map((c) => (c === null ? '—' : String(c)).replace(/\s+/g, ' ')))].map((r) =>
    r.map((c) => (c.length > maxWidth ? `${c.slice(0, maxWidth - 1)}…` : c)),
  );
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  for (const [n, row] of cells.entries()) {
    out.write(`${row.map((c, i) => (i === row.length - 1 ? c : c.padEnd(widths[i]!))).join('  ')}\n`);
    if (n === 0) out.write(`${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  }
}
