import type { DiagramPalette } from '../diagramPalette';

/** The light theme's colours (src/app/theme.css), as `readDiagramPalette` reads them in the browser. */
export const testPalette: DiagramPalette = {
  fontFamily: "'Inter', system-ui, sans-serif",
  background: '#fafbfc',
  card: '#ffffff',
  cardBorder: '#e2e5eb',
  text: '#171b24',
  textMuted: '#5f6878',
  usersBorder: '#f3c6da',
  family: {
    routing: { stroke: '#4f6bed', soft: '#eef1fe' },
    compute: { stroke: '#0f9d8a', soft: '#e7f7f4' },
    data: { stroke: '#d98a1c', soft: '#fdf4e6' },
    messaging: { stroke: '#8b5cf6', soft: '#f3effe' },
    external: { stroke: '#64748b', soft: '#f0f2f5' },
    users: { stroke: '#db2777', soft: '#fdeef5' },
  },
  group: {
    provider: { fill: 'rgba(100, 116, 139, 0.05)', stroke: '#c3cad5', text: '#475569' },
    region: { fill: 'rgba(79, 70, 229, 0.045)', stroke: '#b9bff5', text: '#4338ca' },
    zone: { fill: 'rgba(14, 165, 233, 0.07)', stroke: '#8fd0f0', text: '#0369a1' },
  },
  edge: { call: '#4b5568', async: '#8b5cf6', replication: '#d97706' },
};
