import { useMemo } from 'react';
import { encode } from 'uqr';

/** A QR code of `text`, drawn as one SVG path of dark modules (bundled encoder: no network). */
export function QrCode({ text, label, testId }: { text: string; label: string; testId: string }) {
  const { size, path } = useMemo(() => {
    const qr = encode(text, { ecc: 'M', border: 2 });
    const modules = qr.data.flatMap((row, y) => row.flatMap((dark, x) => (dark ? [`M${x} ${y}h1v1h-1z`] : [])));
    return { size: qr.size, path: modules.join('') };
  }, [text]);
  return (
    <svg className="class-qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} data-testid={testId} shapeRendering="crispEdges">
      <rect width={size} height={size} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
