// Failure isolation: an error in one panel is caught and reported there, and
// the other panels keep working (issue 6).
import { Component, type ReactNode } from 'react';
import { useI18n } from '../i18n/react.tsx';

interface Props { children: ReactNode; resetKey?: string; onError?: () => void }
interface State { failed: boolean; key: string | undefined }

function PanelFailed({ onRetry }: { onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="panel-failed">
      <p>{t('panel.failed')}</p>
      <button type="button" onClick={onRetry}>{t('panel.retry')}</button>
    </div>
  );
}

export class PanelBoundary extends Component<Props, State> {
  override state: State = { failed: false, key: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  override componentDidCatch(): void {
    this.props.onError?.();
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    // New inputs (filters, language) give a failed panel a fresh try.
    return props.resetKey !== state.key ? { failed: false, key: props.resetKey } : null;
  }

  override render() {
    if (this.state.failed) return <PanelFailed onRetry={() => this.setState({ failed: false })} />;
    return this.props.children;
  }
}
