import { within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ev, renderLatencySection as renderSection, rowCells, turn } from './renderLatency';

const comp = (samples: number) => ({
  avg_ms: 300,
  p50_ms: 280,
  min_ms: 100,
  max_ms: 900,
  samples,
  provider: 'demo',
});

/**
 * Complete turns 1 (1,000 ms), 3 (700 ms) and 5 (1,600 ms); incomplete turns 2 (STT only,
 * 120 ms), 4 (no TTS, 1,300 ms) and 6 (EOU only, 90 ms). Counting every turn would give a
 * median of 850 ms; the complete turns' median is 1,000 ms.
 */
const latency = {
  stt: comp(5),
  llm_ttft: comp(5),
  tts_ttfb: comp(3),
  eou_delay: comp(5),
  events: [
    ...turn(1, { eou_delay: 200, stt: 100, llm_ttft: 500, tts_ttfb: 200 }),
    ...turn(2, { stt: 120 }),
    ...turn(3, { eou_delay: 100, stt: 100, llm_ttft: 300, tts_ttfb: 200 }),
    ...turn(4, { eou_delay: 300, stt: 100, llm_ttft: 900 }),
    ...turn(5, { eou_delay: 300, stt: 200, llm_ttft: 900, tts_ttfb: 200 }),
    ...turn(6, { eou_delay: 90 }),
  ],
};

function stat(list: HTMLElement, term: string): string | null {
  return within(list).getByText(term, { selector: 'dt' }).nextElementSibling!.textContent;
}

describe('latency: incomplete turns', () => {
  it('leaves incomplete turns out of the median, percentiles and over-target count, and says so', () => {
    const { section } = renderSection(latency);
    expect(
      within(section).getByText(
        /^Median turn 1\.00 s; 2 of 3 complete turns over 800 ms; 3 incomplete left out; /,
      ),
    ).toBeInTheDocument();
    const stats = within(section).getByLabelText('Turn statistics (complete turns)');
    expect(stat(stats, 'p50')).toBe('1.00 s');
    expect(stat(stats, 'p90')).toBe('1.48 s');
    expect(stat(stats, 'p95')).toBe('1.54 s');
    expect(stat(stats, 'Over 800 ms')).toBe('2 of 3');
    expect(stat(stats, 'Incomplete')).toBe('3 (left out)');
    expect(within(section).getByRole('status')).toHaveTextContent(
      '2 over 800 ms. 3 incomplete not counted.',
    );
  });

  it('draws incomplete turns faint and dashed, and names what they lack in the tables', async () => {
    const { section, user } = renderSection(latency);
    const chart = within(section).getByTestId('turn-chain-chart');
    // Turn 2 (1 segment), turn 4 (3) and turn 6 (1) are dashed; the complete turns are not.
    expect(chart.querySelectorAll('.recharts-bar-rectangle path[stroke-dasharray]')).toHaveLength(
      5,
    );

    const figure = within(section).getByRole('group', { name: 'Response time per turn' });
    await user.click(within(figure).getByText('Show data table'));
    const table = within(figure).getByRole('table', { name: /Response time per turn/ });
    const turn4 = within(table).getByRole('row', { name: /Turn 4/ });
    expect(within(turn4).getByText('incomplete: TTS')).toBeInTheDocument();
    // 1.30 s is over the target, but an incomplete turn is not judged against it.
    expect(within(turn4).queryByText('(over target)')).toBeNull();

    const slowest = within(section).getByRole('table', { name: /slowest turns/ });
    const row4 = within(slowest).getByRole('row', { name: /Turn 4/ });
    expect(within(row4).getByText('incomplete: no TTS')).toBeInTheDocument();
  });

  it('steps through complete slow turns only, and explains an incomplete one', async () => {
    const { section, user } = renderSection(latency);
    const next = within(section).getByRole('button', { name: 'Next slow turn →' });
    await user.click(next);
    expect(within(section).getByRole('region', { name: 'Turn 1 chain' })).toBeInTheDocument();
    await user.click(next);
    expect(within(section).getByRole('region', { name: 'Turn 5 chain' })).toBeInTheDocument();

    const slowest = within(section).getByRole('table', { name: /slowest turns/ });
    await user.click(within(slowest).getByRole('button', { name: 'Turn 4' }));
    const waterfall = within(section).getByRole('region', { name: 'Turn 4 chain' });
    expect(
      within(waterfall).getByText(
        'Turn 4: 1.30 s measured, incomplete: no TTS; left out of the statistics; LLM is 69%.',
      ),
    ).toBeInTheDocument();
  });

  it('says there is no median when no turn is complete', () => {
    const { section } = renderSection({ events: [ev(1, 'stt', 100), ev(2, 'stt', 90)] });
    expect(
      within(section).getByText(
        'No complete turn: all 2 measured turns lack a response component, so there is no median; STT is 100% of the time.',
      ),
    ).toBeInTheDocument();
  });
});

describe('latency: component figures', () => {
  it('shows every figure as text without opening anything, grouped by where it comes from', () => {
    const { section } = renderSection(latency);
    const components = within(section).getByRole('group', { name: 'Components' });
    expect(within(components).queryByText('Show data table')).toBeNull();
    const table = within(components).getByRole('table', { name: 'Latency by component' });
    expect(within(table).getByRole('rowheader', { name: 'Reported by the API' })).toBeVisible();
    expect(within(table).getByRole('rowheader', { name: 'Computed from events' })).toBeVisible();
    const cells = (name: string) => rowCells(table, new RegExp(`^${name}`));
    // Columns: STT, LLM, TTS, EOU.
    expect(cells('Avg')).toEqual(['300 ms', '300 ms', '300 ms', '300 ms']);
    expect(cells('p50')).toEqual(['280 ms', '280 ms', '280 ms', '280 ms']);
    expect(cells('Max')).toEqual(['900 ms', '900 ms', '900 ms', '900 ms']);
    expect(cells('Samples')).toEqual(['5', '5', '3', '5']);
    expect(cells('p95')).toEqual(['184 ms', '900 ms', '200 ms', '300 ms']);
  });

  it('puts the event count next to the API samples and flags a mismatch', () => {
    const { section } = renderSection(latency);
    const components = within(section).getByRole('group', { name: 'Components' });
    // STT 5 events = 5 samples; LLM 4 ≠ 5; TTS 3 = 3; EOU 5 = 5.
    expect(rowCells(components, /^Events/)).toEqual(['5', '4 ⚠ ≠ 5 samples', '3', '5']);
    expect(
      within(components).getByText(/Event counts differ from the API’s samples for LLM\./),
    ).toBeInTheDocument();
  });
});

describe('latency: linking notes', () => {
  const full = (n: number) => turn(n, { eou_delay: 100, stt: 100, llm_ttft: 300, tts_ttfb: 100 });
  /** The same five lines (agent, caller, agent, caller, agent), under these role names. */
  const script = (...roles: string[]) =>
    ['Hello', 'Hi', 'How can I help?', 'A booking', 'Done'].map((content, i) => ({
      role: roles[i],
      content,
    }));

  it('counts caller messages through the role table', async () => {
    const { section } = renderSection(
      { events: [...full(1), ...full(2)] },
      script('assistant', 'Customer', 'assistant', 'caller', 'assistant'),
    );
    expect(await within(section).findByText(/^Turn N is the agent’s reply/)).toBeInTheDocument();
  });

  it('detects a chain that counts from 0 and says so', async () => {
    const { section } = renderSection(
      { events: [...full(0), ...full(1)] },
      script('agent', 'user', 'agent', 'user', 'agent'),
    );
    expect(
      await within(section).findByText(/^Turns count from 0 in this call/),
    ).toBeInTheDocument();
  });
});
