import type { ReportBlock, ReportSection } from '../../export';

/** A column reads as figures (right-aligned) when each of its filled cells starts like a number does. */
const figureCell = /^(?:[<≤$∞–-]\s?)?[\d.]/;

function numericColumns(rows: readonly string[][], width: number): boolean[] {
  return Array.from({ length: width }, (_, column) => {
    const cells = rows.map((row) => row[column] ?? '').filter((cell) => cell !== '');
    return cells.length > 0 && cells.every((cell) => figureCell.test(cell));
  });
}

function Block({ block }: { block: ReportBlock }) {
  switch (block.kind) {
    case 'text':
      return <p className="print-section__text">{block.text}</p>;
    case 'list':
      return (
        <ul className="print-section__list">
          {block.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      );
    case 'table': {
      const numeric = numericColumns(block.rows, block.header.length);
      const align = (column: number) => (numeric[column] ? 'print-table__figure' : undefined);
      return (
        <table className="print-table">
          <thead>
            <tr>
              {block.header.map((cell, column) => (
                <th key={column} scope="col" className={align(column)}>
                  {cell}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, column) => (
                  <td key={column} className={align(column)}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    }
  }
}

/** One section of the report as a printed block: its title, headline line and tables. */
export function ReportSectionView({ section, name, testId }: { section: ReportSection; name: string; testId: string }) {
  return (
    <section className={`print-section print-section--${name}`} data-testid={testId}>
      <h3 className="print-section__title">{section.title}</h3>
      {section.summary && <p className="print-section__summary">{section.summary}</p>}
      {section.blocks.map((block, i) => (
        <Block key={i} block={block} />
      ))}
    </section>
  );
}
