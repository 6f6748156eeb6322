import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { AgentName } from '../../../src/components/shared/AgentName';
import { createTestQueryClient } from '../support/render';
import { testServer } from '../support/server';

describe('an agent the API does not know', () => {
  it('is asked for once, however many parts of the page name it, and later ones say so too', async () => {
    const asked: string[] = [];
    testServer.use(
      http.get('/v1/agents/:agentId', ({ params }) => {
        asked.push(String(params.agentId));
        return HttpResponse.json({ detail: 'Not found.' }, { status: 404 });
      }),
    );
    const client = createTestQueryClient();
    const page = (parts: number) => (
      <QueryClientProvider client={client}>
        {Array.from({ length: parts }, (_, i) => (
          <p key={i}>
            <AgentName agentId="agent_gone" explainError />
          </p>
        ))}
      </QueryClientProvider>
    );
    const { rerender } = render(page(1));
    expect(await screen.findByText('(name unavailable)')).toBeInTheDocument();

    // A section that mounts later (the facts, the transcript) names the same agent.
    rerender(page(2));
    expect(await screen.findAllByText('(name unavailable)')).toHaveLength(2);
    await new Promise((r) => setTimeout(r, 50));
    expect(asked).toEqual(['agent_gone']);
  });
});
