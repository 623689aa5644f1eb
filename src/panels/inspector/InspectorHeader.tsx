import { Trash2, type LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import { useMeridianStore } from '../../store';

interface InspectorHeaderProps {
  icon?: LucideIcon;
  /** Shown instead of an icon (an edge's line sample). */
  badge?: ReactNode;
  title: string;
  subtitle: string;
  family?: string;
  /** Offer to delete the selection. */
  deletable?: boolean;
}

export function InspectorHeader({ icon: Icon, badge, title, subtitle, family = 'neutral', deletable = true }: InspectorHeaderProps) {
  const deleteSelection = useMeridianStore((state) => state.deleteSelection);
  return (
    <header className="inspector__header">
      <span className={`inspector__badge inspector__badge--${family}`} aria-hidden>
        {Icon ? <Icon size={18} /> : badge}
      </span>
      <div className="inspector__titles">
        <h2 className="inspector__title" data-testid="inspector.title">
          {title}
        </h2>
        <p className="inspector__subtitle" data-testid="inspector.subtitle" title={subtitle}>
          {subtitle}
        </p>
      </div>
      {deletable && (
        <button type="button" className="icon-button icon-button--danger" onClick={deleteSelection} title="Delete (Del)" aria-label="Delete" data-testid="inspector.delete">
          <Trash2 size={16} />
        </button>
      )}
    </header>
  );
}
