import { TriangleAlert } from 'lucide-react';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { describeError } from '../../model';
import './boundary.css';

export interface PanelBoundaryProps {
  /** The panel's name as the person sees it: "Lessons", "Inspector". */
  name: string;
  /** Dotted test id segment: `panel-error.lessons`. */
  testId: string;
  /**
   * Puts away whatever made the panel fail (closes the lesson, clears the selection…), so that a
   * reload does not bring the failure back; absent where the panel cannot be closed (the canvas).
   */
  onClose?: () => void;
  children: ReactNode;
}

interface PanelBoundaryState {
  error: unknown;
  failed: boolean;
}

/**
 * One failing panel must not blank the whole app: this catches an error thrown while its panel
 * renders, says what failed in its place, and offers to try again or to close the panel. The rest of
 * the app (and the person's saved work) is untouched.
 */
export class PanelBoundary extends Component<PanelBoundaryProps, PanelBoundaryState> {
  override state: PanelBoundaryState = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): PanelBoundaryState {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(`Meridian: the ${this.props.name} panel failed`, error, info.componentStack);
  }

  private readonly retry = () => this.setState({ error: null, failed: false });

  private readonly close = () => {
    this.props.onClose?.();
    this.retry();
  };

  override render() {
    if (!this.state.failed) return this.props.children;
    const { name, testId, onClose } = this.props;
    return (
      <section className="panel-error" role="alert" aria-label={`${name} failed`} data-testid={`panel-error.${testId}`}>
        <TriangleAlert size={16} aria-hidden className="panel-error__icon" />
        <div className="panel-error__body">
          <p className="panel-error__title">The {name} panel failed and was stopped; the rest of Meridian and your saved work are unaffected.</p>
          <p className="panel-error__reason" data-testid={`panel-error.${testId}.reason`}>
            {describeError(this.state.error).slice(0, 300)}
          </p>
          <div className="panel-error__actions">
            {onClose && (
              <button type="button" className="button" onClick={this.close} data-testid={`panel-error.${testId}.close`}>
                Close {name}
              </button>
            )}
            <button type="button" className="button button--ghost" onClick={this.retry} data-testid={`panel-error.${testId}.retry`}>
              Try again
            </button>
          </div>
        </div>
      </section>
    );
  }
}
