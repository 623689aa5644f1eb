import { Keyboard, X } from 'lucide-react';
import { actionRegistry } from '../../commands';
import { useModalDialog } from '../useModalDialog';
import { shortcutRows } from './shortcutList';
import { useShortcutsDialog } from './useShortcutsDialog';
import './help.css';

const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const rows = shortcutRows(actionRegistry, mac);

/** The keyboard shortcuts, from the action registry: a modal dialog that keeps focus and closes on Escape. */
export function ShortcutsDialog() {
  const open = useShortcutsDialog((state) => state.open);
  const setOpen = useShortcutsDialog((state) => state.setOpen);
  const dialog = useModalDialog(open);

  if (!open) return null;
  return (
    <dialog ref={dialog} className="help-dialog" aria-labelledby="help-title" data-testid="help.dialog" onClose={() => setOpen(false)}>
      <div className="help-dialog__header">
        <h2 id="help-title" className="help-dialog__title">
          <Keyboard size={18} aria-hidden="true" /> Keyboard shortcuts
        </h2>
        <button type="button" className="icon-button" aria-label="Close" data-testid="help.close" autoFocus onClick={() => dialog.current?.close()}>
          <X size={17} aria-hidden="true" />
        </button>
      </div>
      <table className="help-dialog__table">
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Keys</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label} data-testid="help.shortcut">
              <td>{row.label}</td>
              <td>
                {row.keys.map((keys, i) => (
                  <span key={keys}>
                    {i > 0 && ' or '}
                    <kbd>{keys}</kbd>
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="help-dialog__note">Shortcuts work when no text field has the focus.</p>
    </dialog>
  );
}
