// RFC 4180 CSV: records with the physical line each begins on, quoting, CRLF/LF/CR line ends, a
// leading BOM, and the spreadsheet formula-injection guard (docs/decisions/0010-rules-engine.md).

export interface CsvRecord {
  /** 1-based physical line where the record begins. */
  line: number;
  cells: string[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/** Splits CSV text into records. Throws CsvSyntaxError (with the line) on malformed quoting. */
export function parseCsvRecords(input: string): CsvRecord[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const n = text.length;
  const records: CsvRecord[] = [];
  let pos = 0;
  let line = 1;

  while (pos < n) {
    const recordLine = line;
    const cells: string[] = [];
    let endOfRecord = false;
    while (!endOfRecord) {
      let cell = '';
      if (text[pos] === '"') {
        const quoteLine = line;
        pos++;
        let chunk = pos;
        while (true) {
          if (pos >= n) throw new CsvSyntaxError(quoteLine, 'unterminated quoted field (missing closing ")');
          const c = text.charCodeAt(pos);
          if (c === 34) {
            if (text.charCodeAt(pos + 1) === 34) {
              cell += text.slice(chunk, pos + 1);
              pos += 2;
              chunk = pos;
              continue;
            }
            cell += text.slice(chunk, pos);
            pos++;
            break;
          }
          if (c === 10 || (c === 13 && text.charCodeAt(pos + 1) !== 10)) line++;
          pos++;
        }
        const after = text.charCodeAt(pos);
        if (pos < n && after !== 44 && after !== 10 && after !== 13) {
          throw new CsvSyntaxError(line, `unexpected character after a closing quote (expected "," or end of line)`);
        }
      } else {
        const start = pos;
        while (pos < n) {
          const c = text.charCodeAt(pos);
          if (c === 44 || c === 10 || c === 13) break;
          if (c === 34)
            throw new CsvSyntaxError(line, 'a quote (") inside an unquoted field: quote the whole field and double the inner quotes');
          pos++;
        }
        cell = text.slice(start, pos);
      }
      cells.push(cell);
      if (pos >= n) {
        endOfRecord = true;
      } else if (text.charCodeAt(pos) === 44) {
        pos++;
        if (pos >= n) {
          cells.push('');
          endOfRecord = true;
        }
      } else {
        // line end: CRLF, LF or CR
        if (text.charCodeAt(pos) === 13 && text.charCodeAt(pos + 1) === 10) pos += 2;
        else pos++;
        line++;
        endOfRecord = true;
      }
    }
    records.push({ line: recordLine, cells });
  }
  return records;
}

const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * Formula-injection guard: a value that a spreadsheet would run as a formula (starting with = + - @,
 * tab or CR, possibly behind apostrophes) gets one leading apostrophe. unguardCell undoes exactly that.
 */
export function guardCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function unguardCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** Quotes a cell when RFC 4180 needs it (comma, quote, CR, LF) or when it has outer spaces. */
export function quoteCell(value: string): string {
  if (/[",\r\n]/.test(value) || value !== value.trim()) return `"${value.replace(/"/g, '""')}"`;
  return value;
}

export function renderCsvRow(cells: readonly string[]): string {
  return cells.map((c) => quoteCell(guardCell(c))).join(',');
}
