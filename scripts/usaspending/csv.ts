/**
 * A streaming CSV reader (RFC 4180): quoted fields, doubled quotes, commas and line breaks inside
 * quotes, CRLF or LF, a UTF-8 BOM. It yields one record at a time with the line it started on, so
 * memory stays flat however many million rows a file has, and errors can name the line.
 */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';

export interface CsvRecord {
  /** 1-based line number where the record starts. */
  line: number;
  fields: string[];
}

export async function* readCsvRecords(chunks: AsyncIterable<string>): AsyncGenerator<CsvRecord> {
  let field = '';
  let fields: string[] = [];
  let inQuotes = false;
  let quoteSeen = false; // the previous char closed a quote (or is the first of a doubled quote)
  let line = 1;
  let recordLine = 1;
  let first = true;
  let pendingCR = false;
  let any = false;

  for await (let chunk of chunks) {
    if (first) {
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      first = false;
    }
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (pendingCR) {
        pendingCR = false;
        if (c === 10) {
          start = i + 1;
          continue;
        }
      }
      if (inQuotes) {
        if (c === 34) {
          field += chunk.slice(start, i);
          start = i + 1;
          inQuotes = false;
          quoteSeen = true;
        } else if (c === 10) {
          line++;
        }
        continue;
      }
      if (c === 34) {
        if (quoteSeen) field += '"'; // "" inside a quoted field
        field += chunk.slice(start, i);
        start = i + 1;
        inQuotes = true;
        quoteSeen = false;
        any = true;
        continue;
      }
      quoteSeen = false;
      if (c === 44) {
        fields.push(field + chunk.slice(start, i));
        field = '';
        start = i + 1;
        any = true;
      } else if (c === 10 || c === 13) {
        fields.push(field + chunk.slice(start, i));
        field = '';
        start = i + 1;
        if (any || fields.length > 1 || fields[0] !== '') yield { line: recordLine, fields };
        fields = [];
        any = false;
        line++;
        recordLine = line;
        if (c === 13) pendingCR = true;
      } else {
        any = true;
      }
    }
    field += chunk.slice(start);
  }
  if (any || field !== '' || fields.length) {
    fields.push(field);
    yield { line: recordLine, fields };
  }
}

/** A CSV file, or a gzipped one (`.gz`), read as a stream. */
export function readCsvFile(path: string): AsyncGenerator<CsvRecord> {
  const raw = createReadStream(path, { highWaterMark: 1 << 20 });
  const stream = path.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  stream.setEncoding('utf8');
  return readCsvRecords(stream as AsyncIterable<string>);
}
