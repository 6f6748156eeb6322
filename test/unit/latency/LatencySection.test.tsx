import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { DEMO_CALL_IDS } from '../../../src/mocks/ids';
import { expectTexts } from '../support/expectTexts';
import { renderApp } from '../support/render';
import { testServer } from '../support/server';
import { ev, renderLatencySection as renderSection, rowCells, turn } from './renderLatency';

const comp = (p50: number, provider = 'demo') => ({
  avg_ms: p50 + 10,
  p50_ms: p50,
  min_ms: p50 - 50,
  max_ms: p50 + 200,
  samples: 3,
  provider,
});

const fullLatency = {
  stt: comp(150, 'deepgram'),
  llm_ttft: comp(500, 'openai'),
  tts_ttfb: comp(200, 'cartesia'),
  eou_delay: comp(300, 'livekit'),
  events: [
    ...turn(1, { eou_delay: 300, stt: 150, llm_ttft: 500, tts_ttfb: 200 }),
    ...turn(2, { eou_delay: 200, stt: 100, llm_ttft: 300, tts_ttfb: 100 }),
    ...turn(3, { eou_delay: 250, stt: 100, 'tool:book': 900, llm_ttft: 400, tts_ttfb: 150 }),
  ],
  connect: {
    setup_ms: 200,
    dispatch_to_answer_ms: 1500,
    answer_to_active_ms: 100,
    active_to_greeting_ms: 700,
  },
};

function expectNoJunk(el: HTMLElement) {
  expect(el.textContent).not.toMatch(/NaN|undefined|Infinity/);
}

describe('LatencySection: missing data', () => {
  it('says "No turns measured yet" when latency is null', () => {
    const { section } = renderSection(null);
    expect(within(section).getByText('No turns measured yet.')).toBeInTheDocument();
    expect(within(section).queryByRole('group', { name: 'Components' })).toBeNull();
  });

  it('with components but no events, says no turns and still shows the components', () => {
    const { section } = renderSection({ stt: comp(150) });
    expect(within(section).getByText('No turns measured yet.')).toBeInTheDocument();
    const components = within(section).getByRole('group', { name: 'Components' });
    expect(
      within(components).getByText(/Missing: LLM time to first token, TTS time to first byte/),
    ).toBeInTheDocument();
    expectNoJunk(section);
  });

  it('says a missing component is missing and draws no bar for it', async () => {
    const { section } = renderSection({ ...fullLatency, tts_ttfb: undefined, stt: null });
    const components = within(section).getByRole('group', { name: 'Components' });
    expect(
      within(components).getByText(/Missing: Speech-to-text, TTS time to first byte\./),
    ).toBeInTheDocument();
    // The figures are text without opening anything; a missing component's API figures say so.
    expect(within(components).queryByText('Show data table')).toBeNull();
    const table = within(components).getByRole('table', { name: 'Latency by component' });
    expect(rowCells(table, /^Provider/)).toEqual(['missing', 'openai', 'missing', 'livekit']);
    // Category labels say it, and only the two present components get a range bar.
    expect(within(components).getByText('STT (missing)')).toBeInTheDocument();
    expect(components.querySelectorAll('.recharts-bar-rectangle rect')).toHaveLength(2);
    expectNoJunk(section);
  });

  it('excludes bad events from the statistics and lists them as warnings', () => {
    const { section } = renderSection({
      ...fullLatency,
      llm_ttft: { avg_ms: 'slow', p50_ms: null, provider: 'openai' },
      events: [
        ev(1, 'stt', 400),
        ev(1, 'llm_ttft', 500),
        { type: 'stt', ms: 120 },
        ev(2, 'stt', -40),
        { turn: 2, type: 'llm_ttft', ms: 'fast' },
        ev(2, 'tts_ttfb', 100),
      ],
    });
    const warnings = within(section).getByRole('note', { name: 'Latency data-quality warnings' });
    expectTexts(warnings, [
      /4 data-quality warnings/,
      'Event excluded: no turn number',
      'Event excluded: negative ms',
      'Event excluded: ms is not a number',
      'latency.llm_ttft: avg_ms is not a usable number',
    ]);
    // Only the valid events count: turn 1 = 900 ms (no TTS, EOU), turn 2 = 100 ms (TTS only).
    // Neither has all four components, so neither enters a median.
    expect(
      within(section).getByText(
        'No complete turn: all 2 measured turns lack a response component, so there is no median; LLM is 50% of the time.',
      ),
    ).toBeInTheDocument();
    expectNoJunk(section);
  });

  it('lists missing connect phases as missing', () => {
    const { section } = renderSection({
      ...fullLatency,
      connect: { setup_ms: 300, dispatch_to_answer_ms: null, answer_to_active_ms: 100 },
    });
    const connect = within(section).getByRole('group', { name: 'Connect phase' });
    expect(
      within(connect).getByText(/Missing: Dispatch → answer, Active → greeting\./),
    ).toBeInTheDocument();
    expect(within(connect).getByText('Dispatch → answer: missing')).toBeInTheDocument();
    expectNoJunk(section);
  });
});

describe('LatencySection: turns', () => {
  it('draws one stacked segment per event type per turn and summarises the turns', () => {
    const { section } = renderSection(fullLatency);
    const chart = within(section).getByTestId('turn-chain-chart');
    // 13 events in 5 types: absent types are not drawn (no zero-height segments).
    expect(chart.querySelectorAll('.recharts-bar-rectangle path')).toHaveLength(13);
    expect(
      // Totals 1150, 700, 1800 ms; LLM 1200 of 3650 ms.
      within(section).getByText(
        'Median turn 1.15 s; 2 of 3 turns over 800 ms; LLM is 33% of the time.',
      ),
    ).toBeInTheDocument();
  });

  it('offers the per-turn numbers as a table, absent segments as a dash', async () => {
    const { section, user } = renderSection(fullLatency);
    const figure = within(section).getByRole('group', { name: 'Response time per turn' });
    expect(within(figure).queryByRole('table')).toBeNull();
    await user.click(within(figure).getByText('Show data table'));
    const table = within(figure).getByRole('table', { name: /Response time per turn/ });
    expect(rowCells(table, /Turn 2/)).toEqual([
      '700 ms',
      '200 ms',
      '100 ms',
      '—',
      '300 ms',
      '100 ms',
      '—',
    ]);
    expectNoJunk(section);
  });

  it('selects the slowest turn, opens its waterfall, and steps through slow turns', async () => {
    const { section, user } = renderSection(fullLatency);
    const slowest = within(section).getByRole('table', { name: /slowest turns/ });
    const rows = within(slowest).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]!.textContent)).toEqual([
      'Turn 3',
      'Turn 1',
      'Turn 2',
    ]);
    expect(within(rows[0]!).getByText('Tool: book')).toBeInTheDocument();

    await user.click(within(rows[0]!).getByRole('button', { name: 'Turn 3' }));
    const waterfall = within(section).getByRole('region', { name: 'Turn 3 chain' });
    const segments = within(waterfall).getAllByRole('listitem');
    expect(segments.map((s) => s.textContent)).toEqual([
      'End-of-utterance delay250 ms 14%',
      'Speech-to-text100 ms 6%',
      'Tool: book900 ms 50%',
      'LLM time to first token400 ms 22%',
      'TTS time to first byte150 ms 8%',
    ]);

    await user.click(within(section).getByRole('button', { name: 'Next slow turn →' }));
    expect(within(section).getByRole('region', { name: 'Turn 1 chain' })).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Clear selection' }));
    expect(within(section).queryByRole('region', { name: /chain$/ })).toBeNull();
  });

  it('sorts the slowest-turns table by a column', async () => {
    const { section, user } = renderSection(fullLatency);
    const slowest = within(section).getByRole('table', { name: /slowest turns/ });
    await user.click(within(slowest).getByRole('button', { name: 'Turn' }));
    const firstCells = () =>
      within(slowest)
        .getAllByRole('row')
        .slice(1)
        .map((r) => within(r).getAllByRole('cell')[0]!.textContent);
    expect(firstCells()).toEqual(['Turn 1', 'Turn 2', 'Turn 3']);
    expect(within(slowest).getByRole('columnheader', { name: /Turn/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
  });

  it('applies and remembers a new target', async () => {
    const { section, user } = renderSection(fullLatency);
    const input = within(section).getByRole('spinbutton', { name: /Target/ });
    await user.clear(input);
    await user.type(input, '1200');
    expect(within(section).getByText(/1 of 3 turns over 1\.20 s/)).toBeInTheDocument();
    expect(localStorage.getItem('console.latencyTargetMs')).toBe('1200');
  });

  it('keeps an unknown event type under its own name', () => {
    const { section } = renderSection({ events: [ev(1, 'vad_wait', 100), ev(1, 'stt', 50)] });
    expect(within(section).getByRole('list', { name: 'Legend' })).toHaveTextContent('vad_wait 67%');
  });
});

describe('LatencySection on the call page', () => {
  it('loads lazily for a demo call', async () => {
    renderApp(`/calls/${DEMO_CALL_IDS.booked}`);
    const section = await screen.findByRole('region', { name: 'Latency' }, { timeout: 5000 });
    expect(
      await within(section).findByText(/^Median turn /, {}, { timeout: 5000 }),
    ).toBeInTheDocument();
  });

  it('shows the empty state when the API sends latency null', async () => {
    testServer.use(
      http.get('*/v1/calls/:id', ({ params }) =>
        HttpResponse.json({ id: params.id, status: 'completed', latency: null, messages: [] }),
      ),
    );
    renderApp('/calls/call_empty');
    const section = await screen.findByRole('region', { name: 'Latency' }, { timeout: 5000 });
    expect(await within(section).findByText('No turns measured yet.')).toBeInTheDocument();
  });
});

describe('LatencySection: conversation links', () => {
  // Links are worked out after the first paint, by code loaded then: the notes come a moment later.
  it('says why turns are not linked when the counts do not fit', async () => {
    const { section } = renderSection(fullLatency, [
      { role: 'agent', content: 'Hello' },
      { role: 'user', content: 'Hi' },
      { role: 'agent', content: 'Hi there' },
    ]);
    expect(
      await within(section).findByText(
        'Turns are not linked to the conversation: turn 3 was measured but there is only 1 caller message.',
      ),
    ).toBeInTheDocument();
  });

  it('says turns are not linked while a call has no messages', async () => {
    const { section } = renderSection(fullLatency, []);
    expect(await within(section).findByText(/the call has no messages/)).toBeInTheDocument();
  });
});

describe('LatencySection: long calls', () => {
  const many = {
    events: Array.from({ length: 130 }, (_, i) => [
      ev(i + 1, 'eou_delay', 100),
      ev(i + 1, 'stt', 100 + (i % 7) * 10),
      ev(i + 1, 'llm_ttft', i === 125 ? 3000 : 400),
      ev(i + 1, 'tts_ttfb', 100),
    ]).flat(),
  };

  it('draws a window of 100 turns and moves it with the keyboard and buttons', async () => {
    const { section, user } = renderSection(many);
    const chart = within(section).getByTestId('turn-chain-chart');
    expect(chart.querySelectorAll('.recharts-bar-rectangle path')).toHaveLength(400);
    expect(within(section).getByText('Showing turns 1–100 of 130.')).toBeInTheDocument();

    const slider = within(section).getByRole('slider', { name: 'Turns shown in the chart' });
    slider.focus();
    await user.keyboard('{End}');
    expect(within(section).getByText('Showing turns 31–130 of 130.')).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: '← Earlier' }));
    expect(slider).toHaveAttribute('aria-valuetext', 'Turns 1–100 of 130');
    await user.click(within(section).getByRole('button', { name: 'Zoom in' }));
    expect(within(section).getByText('Showing turns 26–75 of 130.')).toBeInTheDocument();
  });

  it('moves the window to a slow turn selected outside it', async () => {
    const { section, user } = renderSection(many);
    // With a 1,000 ms target only turn 126 (3.3 s) is slow.
    const input = within(section).getByRole('spinbutton', { name: /Target/ });
    await user.clear(input);
    await user.type(input, '1000');
    await user.click(within(section).getByRole('button', { name: 'Next slow turn →' }));
    expect(within(section).getByRole('region', { name: 'Turn 126 chain' })).toBeInTheDocument();
    expect(within(section).getByText('Showing turns 31–130 of 130.')).toBeInTheDocument();
  });
});
