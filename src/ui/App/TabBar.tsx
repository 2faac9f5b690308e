import { useRef, type KeyboardEvent } from 'react';
import type { PanelDefinition } from './panels';

interface TabBarProps {
  panels: readonly PanelDefinition[];
  activeId: string;
  onSelect: (id: string) => void;
}

/** DOM ids that tie each tab to its panel. */
export function tabId(panelId: string): string {
  return `tab-${panelId}`;
}

/** DOM id of a panel, which its tab's aria-controls names. */
export function panelId(id: string): string {
  return `panel-${id}`;
}

/** The "Panels" tablist: arrow keys, Home and End move between tabs as the ARIA tabs pattern expects. */
export function TabBar({ panels, activeId, onSelect }: TabBarProps) {
  const listRef = useRef<HTMLDivElement>(null);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = panels.findIndex((panel) => panel.id === activeId);
    const last = panels.length - 1;
    const next =
      event.key === 'ArrowRight' ? (index + 1) % panels.length
      : event.key === 'ArrowLeft' ? (index - 1 + panels.length) % panels.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? last
      : null;
    if (next === null) return;
    event.preventDefault();
    onSelect(panels[next].id);
    listRef.current?.querySelector<HTMLElement>(`#${tabId(panels[next].id)}`)?.focus();
  };

  return (
    <div className="tabs" role="tablist" aria-label="Panels" ref={listRef} onKeyDown={onKeyDown}>
      {panels.map((panel) => {
        const selected = panel.id === activeId;
        return (
          <button
            key={panel.id}
            id={tabId(panel.id)}
            type="button"
            role="tab"
            className="tab"
            aria-selected={selected}
            // Only the open panel is rendered, so only its tab may point at it.
            aria-controls={selected ? panelId(panel.id) : undefined}
            tabIndex={selected ? 0 : -1}
            onClick={() => onSelect(panel.id)}
          >
            {panel.label}
          </button>
        );
      })}
    </div>
  );
}
