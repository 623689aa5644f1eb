import { Copy, RotateCcw, X } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useMeridianStore } from '../../store';
import { NewScenarioButton } from './NewScenarioButton';
import { TabNameEditor } from './TabNameEditor';
import './workspace.css';

function TabName({ tabId }: { tabId: string }) {
  return <>{useMeridianStore((state) => (tabId === state.activeTabId ? state.scenario.name : state.backgroundDocuments[tabId]?.name))}</>;
}

/**
 * The workspace's scenarios as tabs, in the toolbar: click to switch, double-click the active one to
 * rename it, duplicate it as a variant, close any tab but the last (closing can be undone).
 */
export function ScenarioTabs() {
  const tabs = useMeridianStore((state) => state.tabs);
  const activeTabId = useMeridianStore((state) => state.activeTabId);
  const activeName = useMeridianStore((state) => state.scenario.name);
  const lastClosed = useMeridianStore((state) => state.closedTabs.at(-1));
  const { switchTab, duplicateTab, closeTab, reopenClosedTab, renameTab } = useMeridianStore.getState();
  const [renaming, setRenaming] = useState(false);
  const canClose = tabs.length > 1;
  const activeTab = useRef<HTMLDivElement>(null);
  // A tab opened or switched to may sit past the edge of a narrow strip: bring it into view.
  useEffect(() => {
    activeTab.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [activeTabId]);

  return (
    <nav className="scenario-tabs" aria-label="Scenarios" data-testid="workspace.tabs">
      {tabs.map((tab) =>
        tab.id === activeTabId ? (
          <div key={tab.id} ref={activeTab} className="scenario-tab scenario-tab--active" data-testid={`workspace.tab.${tab.id}`} aria-current="page">
            {renaming ? (
              <TabNameEditor name={activeName} onDone={(name) => { if (name !== null) renameTab(tab.id, name); setRenaming(false); }} />
            ) : (
              <h1 className="scenario-tab__name" title={`${activeName} — double-click to rename`} data-testid="toolbar.scenario-name" onDoubleClick={() => setRenaming(true)}>
                {activeName}
              </h1>
            )}
            <button type="button" className="scenario-tab__action" aria-label="Duplicate as a variant" title="Duplicate as a variant" data-testid="workspace.duplicate" onClick={() => duplicateTab(tab.id)}>
              <Copy size={13} />
            </button>
            {canClose && (
              <button type="button" className="scenario-tab__action" aria-label={`Close ${activeName}`} title="Close (can be undone)" data-testid="workspace.close" onClick={() => closeTab(tab.id)}>
                <X size={13} />
              </button>
            )}
          </div>
        ) : (
          <div key={tab.id} className="scenario-tab" data-testid={`workspace.tab.${tab.id}`}>
            <button type="button" className="scenario-tab__switch" onClick={() => switchTab(tab.id)}>
              <TabName tabId={tab.id} />
            </button>
            <button type="button" className="scenario-tab__action" aria-label="Close" title="Close (can be undone)" onClick={() => closeTab(tab.id)}>
              <X size={13} />
            </button>
          </div>
        ),
      )}
      <NewScenarioButton />
      {lastClosed && (
        <button type="button" className="button button--ghost scenario-tabs__reopen" title={`Reopen “${lastClosed.document.name}”`} data-testid="workspace.reopen" onClick={reopenClosedTab}>
          <RotateCcw size={13} /> Undo close
        </button>
      )}
    </nav>
  );
}
