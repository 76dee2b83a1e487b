import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv.ts';

/** A small RFC 4180 reader, to check that what toCsv writes reads back to the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  return rows;
}

describe('csvCell', () => {
  const cases = [
    { value: 'canola', expected: 'canola' },
    { value: 'canola, seafood', expected: '"canola, seafood"' },
    { value: 'the “highest levels”', expected: 'the “highest levels”' },
    { value: 'a "strategic relationship"', expected: '"a ""strategic relationship"""' },
    { value: 'line one\nline two', expected: '"line one\nline two"' },
    { value: 100, expected: '100' },
    { value: null, expected: '' },
    { value: undefined, expected: '' },
    { value: ['steel', 'aluminum'], expected: 'steel; aluminum' },
    { value: '=HYPERLINK("x")', expected: `"'=HYPERLINK(""x"")"` },
    { value: '-5', expected: "'-5" },
    { value: -5, expected: '-5' },
    { value: Number.NaN, expected: '' },
    // An array's first item starts the cell: a source titled with a formula must not run.
    { value: ['=HYPERLINK("http://evil","click")'], expected: `"'=HYPERLINK(""http://evil"",""click"")"` },
    { value: ['Globe and Mail', '@SUM(A1)'], expected: "Globe and Mail; '@SUM(A1)" },
    { value: [-5, 3], expected: "'-5; 3" },
    { value: '  =1+1', expected: "'  =1+1" },
    { value: '＝1+1', expected: "'＝1+1" },
    { value: '\n=1+1', expected: `"'\n=1+1"` },
    { value: 'a = b', expected: 'a = b' },
  ];
  for (const { value, expected } of cases) {
    it(`writes ${JSON.stringify(value)} as ${JSON.stringify(expected)}`, () => {
      expect(csvCell(value)).toBe(expected);
    });
  }
});

describe('toCsv', () => {
  const rows = [
    {
      id: 'ms-1',
      label: 'Canada: 100% tariff on Chinese electric vehicles',
      ratePct: 100,
      quote: 'Ottawa slapped tariffs on "EVs",\nciting subsidies',
    },
    { id: 'ms-2', label: 'China: 76% levy on canola seed', ratePct: 75.8, quote: null },
  ];

  it('writes a header and one CRLF-terminated line per row', () => {
    expect(toCsv(rows).split('\r\n')[0]).toBe('id,label,ratePct,quote');
    expect(toCsv(rows).endsWith('\r\n')).toBe(true);
  });

  it('reads back to the same cells, commas, quotes and newlines included', () => {
    expect(parseCsv(toCsv(rows))).toEqual([
      ['id', 'label', 'ratePct', 'quote'],
      [
        'ms-1',
        'Canada: 100% tariff on Chinese electric vehicles',
        '100',
        'Ottawa slapped tariffs on "EVs",\nciting subsidies',
      ],
      ['ms-2', 'China: 76% levy on canola seed', '75.8', ''],
    ]);
  });

  it('keeps only the given columns, in the given order', () => {
    expect(parseCsv(toCsv(rows, ['ratePct', 'id']))).toEqual([
      ['ratePct', 'id'],
      ['100', 'ms-1'],
      ['75.8', 'ms-2'],
    ]);
  });

  it('writes only a header for no rows when columns are given', () => {
    expect(toCsv([], ['a', 'b'])).toBe('a,b\r\n');
  });

  it('starts no cell with a formula, whatever the titles, products and participants say', () => {
    const hostile = ['=HYPERLINK("http://evil","click")', '+1+1', '-2+3', '@SUM(A1:A9)', '\t=1', '\r=1'];
    const csv = toCsv([
      { title: hostile[0], sources: hostile, products: [hostile[1]!, 'canola'], participants: [hostile[3]!] },
    ]);
    const cells = parseCsv(csv)
      .flat()
      .flatMap((cell) => cell.split('; '));
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    expect(parseCsv(csv)[1]?.[0]).toBe(`'${hostile[0]}`);
  });

  it('does not modify its input', () => {
    const copy = structuredClone(rows);
    toCsv(rows);
    expect(rows).toEqual(copy);
  });
});
