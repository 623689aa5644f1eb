import { toBlob } from 'html-to-image';
import { ImageDown } from 'lucide-react';
import { useRef, useState, type ReactNode } from 'react';
import { describeError } from '../../model';
import { downloadBlob } from '../files/downloadFile';
import { scenarioFileName } from '../files/exportScenario';

interface ChartCardProps {
  title: string;
  testId: string;
  children: ReactNode;
}

/** A chart with its title and a button that saves it as a PNG (drawn locally by html-to-image). */
export function ChartCard({ title, testId, children }: ChartCardProps) {
  const card = useRef<HTMLElement>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const savePng = async () => {
    if (!card.current) return;
    try {
      const blob = await toBlob(card.current, { backgroundColor: getComputedStyle(card.current).backgroundColor, pixelRatio: 2, filter: (node) => !(node instanceof HTMLElement && node.dataset.exportSkip !== undefined) });
      if (!blob) throw new Error('the browser drew nothing');
      setFailed(null);
      downloadBlob(blob, scenarioFileName(title, 'png'));
    } catch (error) {
      setFailed(`Could not save the chart: ${describeError(error)}`);
    }
  };
  return (
    <section ref={card} className="chart-card" data-testid={testId}>
      <header className="chart-card__header">
        <h3 className="chart-card__title">{title}</h3>
        <button type="button" className="icon-button" aria-label={`Save “${title}” as PNG`} title="Save as PNG" data-export-skip data-testid={`${testId}.png`} onClick={() => void savePng()}>
          <ImageDown size={15} />
        </button>
      </header>
      {children}
      {failed && <p className="chart-card__error" data-export-skip>{failed}</p>}
    </section>
  );
}
