import { beforeEach, describe, expect, it } from 'vitest';
import { layoutViolations } from '../commands';
import { useMeridianStore } from './index';

const store = useMeridianStore;

beforeEach(() => store.setState(store.getInitialState(), true));

describe('clipboard and selection actions', () => {
  it('copies the selection and pastes each copy into free space', () => {
    store.getState().setSelection(['app-a']);
    store.getState().copySelection();
    store.getState().pasteClipboard();
    store.getState().pasteClipboard();
    const { scenario, selection } = store.getState();
    expect(scenario.layout.nodes['app-a-copy']).toEqual({ x: 30, y: 130 });
    expect(layoutViolations(scenario)).toEqual([]);
    expect(selection).toEqual(['app-a-copy-2']);
  });

  it('duplicates and deletes the selection as single undo steps', () => {
    store.getState().setSelection(['zone-b']);
    store.getState().duplicateSelection();
    expect(store.getState().selection).toEqual(['zone-b-copy']);
    store.getState().deleteSelection();
    expect(store.getState().scenario.groups.map((g) => g.id)).not.toContain('zone-b-copy');
    expect(store.getState().past).toHaveLength(2);
  });

  it('applies select and deselect changes, keeping the same array when nothing changes', () => {
    store.getState().changeSelection([{ id: 'db', selected: true }, { id: 'lb', selected: true }]);
    const selection = store.getState().selection;
    store.getState().changeSelection([{ id: 'db', selected: true }]);
    expect(store.getState().selection).toBe(selection);
    store.getState().changeSelection([{ id: 'lb', selected: false }]);
    expect(store.getState().selection).toEqual(['db']);
  });

  it('numbers notices so a repeated message restarts its timer', () => {
    store.getState().showNotice('connection', 'no');
    store.getState().showNotice('connection', 'no');
    expect(store.getState().notice).toEqual({ kind: 'connection', message: 'no', serial: 2 });
  });
});
