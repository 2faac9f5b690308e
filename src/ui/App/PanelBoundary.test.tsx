import { isValidElement, type ReactElement, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { PanelBoundary } from './PanelBoundary';

/** Every piece of text in a rendered element tree, in order. */
function texts(node: ReactNode): string[] {
  if (typeof node === 'string' || typeof node === 'number') return [String(node)];
  if (Array.isArray(node)) return node.flatMap(texts);
  if (isValidElement(node)) return texts((node as ReactElement<{ children?: ReactNode }>).props.children);
  return [];
}

describe('PanelBoundary', () => {
  it('renders its panel until the panel throws, then the error and Try again', () => {
    const boundary = new PanelBoundary({ label: 'Explore', children: 'the panel' });
    expect(boundary.render()).toBe('the panel');
    boundary.state = PanelBoundary.getDerivedStateFromError(new TypeError("Cannot read properties of null (reading 'length')"));
    const shown = texts(boundary.render()).join('');
    expect(shown).toContain('The Explore panel hit an error and could not be shown. The other panels still work');
    expect(shown).toContain("Something went wrong: Cannot read properties of null (reading 'length')");
    expect(shown).toContain('Try again');
  });
});
