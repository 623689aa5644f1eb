import { LoaderCircle } from 'lucide-react';
import type { ReactNode } from 'react';
import { usePersistenceStatus } from '../../store/persistenceStatus';
import './files.css';

/**
 * Holds the app back until the saved work is restored: showing the example first would flash the
 * wrong design, and an edit made to it would be thrown away by the restore.
 */
export function RestoreGate({ children }: { children: ReactNode }) {
  const phase = usePersistenceStatus((state) => state.phase);
  if (phase === 'ready') return children;
  return (
    <div className="files-restoring" role="status" data-testid="files.restoring">
      <LoaderCircle className="files-spin" size={20} aria-hidden="true" />
      Restoring your work…
    </div>
  );
}
