import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { callLatencyColumns } from '../../../src/lib/fleet/callLatency';
import { formatMs } from '../../../src/lib/format';
import { demoCalls } from '../../../src/mocks/demoCalls';
import { renderApp } from '../support/render';
import { TEST_NOW } from '../support/server';

/** Body rows' text in one column, by its header's name. */
function column(table: HTMLElement, name: string): string[] {
  const headers = within(table).getAllByRole('columnheader');
  const index = headers.findIndex((h) => h.textContent?.startsWith(name));
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => {
      const cell = within(row).getAllByRole('cell')[index]!.cloneNode(true) as HTMLElement;
      // The phone cards' own label is hidden from assistive tech; the header names the cell.
      cell.querySelectorAll('[aria-hidden="true"]').forEach((el) => el.remove());
      return cell.textContent ?? '';
    });
}

describe('latency columns in the calls list', () => {
  it('show each call’s median and slowest turn and over-target count, computed from the list item', async () => {
    renderApp('/calls?status=completed');
    const table = await screen.findByRole('table', { name: 'Calls' }, { timeout: 10_000 });
    const listed = demoCalls({ now: TEST_NOW }).filter((c) => c.status === 'completed');
    const first = listed[0]!;
    const expected = callLatencyColumns(first.latency, 800);
    const medians = column(table, 'Median turn');
    expect(medians.length).toBeGreaterThan(10);
    expect(medians.length).toBeLessThanOrEqual(25);
    expect(medians[0]).toContain(expected.medianMs === null ? '—' : formatMs(expected.medianMs));
    if (expected.slowest) {
      expect(column(table, 'Slowest turn')[0]).toContain(`turn ${expected.slowest.turn}`);
    }
  });

  it('sort the loaded page by a header, slowest first then the reverse, kept in the URL', async () => {
    const { user, router } = renderApp('/calls?status=completed&page=1');
    const table = await screen.findByRole('table', { name: 'Calls' }, { timeout: 10_000 });
    const header = within(table).getByRole('button', { name: /Slowest turn/ });
    await user.click(header);
    expect(router.state.location.search).toContain('sort=slowest-desc');
    expect(within(table).getByRole('columnheader', { name: /Slowest turn/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    const ms = (texts: string[]) =>
      texts
        .filter((t) => t !== '—')
        .map((t) => {
          const m = /^([\d.]+) (ms|s)/.exec(t);
          if (!m) throw new Error(`not a duration: ${t}`);
          return Number(m[1]) * (m[2] === 's' ? 1000 : 1);
        });
    await waitFor(() => {
      const values = ms(column(table, 'Slowest turn'));
      expect(values.length).toBeGreaterThan(5);
      expect(values).toEqual([...values].sort((a, b) => b - a));
    });
    const cells = column(table, 'Slowest turn');
    // Calls without a complete turn go last.
    expect(cells.slice(cells.indexOf('—')).every((t) => t === '—')).toBe(true);

    await user.click(within(table).getByRole('button', { name: /Slowest turn/ }));
    expect(router.state.location.search).toContain('sort=slowest-asc');
    const values = ms(column(table, 'Slowest turn'));
    expect(values).toEqual([...values].sort((a, b) => a - b));
  });
});
