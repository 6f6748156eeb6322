import { describe, expect, it } from 'vitest';
import { readAnalysis, sentimentTone } from '../../../src/lib/summary/readAnalysis';

describe('readAnalysis', () => {
  it('prefers ai_summary and falls back to analysis.summary', () => {
    expect(
      readAnalysis({ ai_summary: 'AI', analysis: { summary: 'A' }, outcome: null }),
    ).toMatchObject({
      summary: 'AI',
      summarySource: 'ai_summary',
    });
    expect(
      readAnalysis({ ai_summary: '  ', analysis: { summary: 'A' }, outcome: null }),
    ).toMatchObject({
      summary: 'A',
      summarySource: 'analysis.summary',
    });
    // A different analysis.summary is not lost: it is listed with the other fields.
    expect(
      readAnalysis({ ai_summary: 'AI', analysis: { summary: 'A' }, outcome: null }).rest,
    ).toEqual({ summary: 'A' });
    expect(
      readAnalysis({ ai_summary: 'AI', analysis: { summary: 'AI' }, outcome: null }).rest,
    ).toBeNull();
    expect(readAnalysis({ ai_summary: null, analysis: null, outcome: null })).toMatchObject({
      summary: null,
      outcome: null,
      sentiment: null,
      extracted: [],
      rest: null,
    });
  });

  it('groups extracted_data and puts everything else in rest', () => {
    const a = readAnalysis({
      ai_summary: null,
      outcome: 'Booked',
      analysis: {
        outcome: 'Booked',
        sentiment: 'positive',
        extracted_data: { booking: { name: 'Maria', slot: null, tags: ['a'] }, flag: true },
        score: 0.9,
        summary: { not: 'a string' },
      },
    });
    expect(a.outcome).toBe('Booked');
    expect(a.analysisOutcome).toBeNull();
    expect(a.sentiment).toBe('positive');
    expect(a.extracted).toEqual([
      {
        name: 'booking',
        value: null,
        fields: [
          { field: 'name', text: 'Maria', json: false, empty: false },
          { field: 'slot', text: '—', json: false, empty: true },
          { field: 'tags', text: '[\n  "a"\n]', json: true, empty: false },
        ],
      },
      { name: 'flag', fields: [], value: 'true' },
    ]);
    expect(a.rest).toEqual({ score: 0.9, summary: { not: 'a string' } });
  });

  it('shows analysis.outcome separately when it disagrees', () => {
    const a = readAnalysis({
      ai_summary: null,
      outcome: 'Voicemail',
      analysis: { outcome: 'Interested' },
    });
    expect(a.outcome).toBe('Voicemail');
    expect(a.analysisOutcome).toBe('Interested');
  });

  it('keeps a non-object extracted_data in rest', () => {
    const a = readAnalysis({
      ai_summary: null,
      outcome: null,
      analysis: { extracted_data: 'oops' },
    });
    expect(a.extracted).toEqual([]);
    expect(a.rest).toEqual({ extracted_data: 'oops' });
  });

  it('maps sentiment words to tones', () => {
    expect(sentimentTone('Positive')).toBe('positive');
    expect(sentimentTone('negative')).toBe('negative');
    expect(sentimentTone('mixed')).toBe('neutral');
    expect(sentimentTone('meh')).toBe('unknown');
    expect(sentimentTone(null)).toBe('unknown');
  });
});
