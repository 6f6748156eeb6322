import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MessageView } from '../../../src/components/call-page/conversation/MessageView';
import { normaliseMessages } from '../../../src/lib/conversation/messages';
import { DEMO_CALL_IDS } from '../../../src/mocks/ids';
import { renderApp } from '../support/render';
import { textContrast } from './contrast';

function expectReadable(el: HTMLElement) {
  for (const theme of ['light', 'dark'] as const) {
    expect(textContrast(el, theme), `${theme}: "${el.textContent}"`).toBeGreaterThanOrEqual(4.5);
  }
}

describe('muted conversation text is readable on its tint (4.5:1, both themes)', () => {
  it('the tool call id on a failed tool call, and an empty agent message', async () => {
    const failed = renderApp(`/calls/${DEMO_CALL_IDS.failedTool}`);
    let section = await screen.findByRole('region', { name: 'Conversation' });
    const ids = await within(section).findAllByText(/^id \S/);
    expect(ids.length).toBeGreaterThan(0);
    ids.forEach(expectReadable);
    failed.unmount();

    renderApp(`/calls/${DEMO_CALL_IDS.oddMessages}`);
    section = await screen.findByRole('region', { name: 'Conversation' });
    expectReadable(await within(section).findByText('(no content)'));
  });

  it('an empty tool result and a tool call without arguments, inside the section card', () => {
    const [tool] = normaliseMessages([
      { role: 'tool_call', name: 'lookup', arguments: '', tool_call_id: 'c1' },
      { role: 'tool_result', tool_call_id: 'c1', content: '', is_error: true },
    ]);
    expect(tool?.kind).toBe('tool');
    render(
      // The conversation section's card (src/components/ui/Section.tsx).
      <div className="bg-white dark:bg-slate-900">
        <MessageView item={tool!} query="" />
      </div>,
    );
    expectReadable(screen.getByText('No arguments.'));
    expectReadable(screen.getByText('(empty)'));
    expectReadable(screen.getByText('id c1'));
  });
});
