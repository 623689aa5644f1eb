import { Keyboard } from 'lucide-react';
import { actionRegistry } from '../../commands';
import { ModalDialog } from '../../ui';
import { shortcutRows } from './shortcutList';
import { useShortcutsDialog } from './useShortcutsDialog';
import './help.css';

const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const rows = shortcutRows(actionRegistry, mac);
const title = (
  <>
    <Keyboard size={18} aria-hidden="true" /> Keyboard shortcuts
  </>
);

/** The keyboard shortcuts, from the action registry: a modal dialog that keeps focus and closes on Escape. */
export function ShortcutsDialog() {
  const open = useShortcutsDialog((state) => state.open);
  const setOpen = useShortcutsDialog((state) => state.setOpen);
  return (
    <ModalDialog
      open={open}
      title={title}
      className="help-dialog"
      titleClassName="help-dialog__title"
      header={{ className: 'help-dialog__header', closeTestId: 'help.close', closeIconSize: 17 }}
      testId="help.dialog"
      onClose={() => setOpen(false)}
    >
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
    </ModalDialog>
  );
}
