import type { CallResponseJson } from '../api/schema';
import type { LatencyEventJson } from './latencyGen';
import { latencyFromEvents, turnEvents } from './latencyGen';
import type { Random } from './random';

/**
 * Demo calls in shapes the API's loose spec allows and the first demo never sent (issue 13):
 * turns missing a response component, a chain counted from 0, other speaker roles and message
 * keys, and a transcript with named speakers. The spec permits each (`messages` is `any[]`,
 * `latency` an open object, `transcript` a free string); none is shaped for the console's ease.
 *
 * Each function reshapes an ordinary call built by the generator (src/mocks/generator.ts).
 */

const ev = (turn: number, type: string, ms: number): LatencyEventJson => ({ turn, type, ms });

/**
 * Five turns of the dental booking script, three of them incomplete: turn 2 lost its TTS (the
 * caller talked over the agent), turn 3 has no STT event, and the call ended during turn 5 with
 * only STT measured. The API's aggregates also count the greeting's LLM and TTS, so their
 * `samples` are one more than the events.
 */
export function withIncompleteTurns(call: CallResponseJson, random: Random): CallResponseJson {
  const events = [
    ev(1, 'eou_delay', 310),
    ev(1, 'stt', 140),
    ev(1, 'tool:check_availability', 620),
    ev(1, 'llm_ttft', 540),
    ev(1, 'tts_ttfb', 180),
    ev(2, 'eou_delay', 260),
    ev(2, 'stt', 120),
    ev(2, 'llm_ttft', 420),
    ev(3, 'eou_delay', 280),
    ev(3, 'tool:book_appointment', 880),
    ev(3, 'llm_ttft', 610),
    ev(3, 'tts_ttfb', 200),
    ev(4, 'eou_delay', 240),
    ev(4, 'stt', 110),
    ev(4, 'kb', 160),
    ev(4, 'llm_ttft', 380),
    ev(4, 'tts_ttfb', 150),
    ev(5, 'stt', 180),
  ];
  const latency = latencyFromEvents(random, events)!;
  for (const key of ['llm_ttft', 'tts_ttfb']) {
    const component = latency[key] as { samples: number };
    component.samples += 1;
  }
  return { ...call, latency };
}

/** The parcel script measured as turns 0–5: turn 0 answers the caller's first message. */
export function withZeroBasedTurns(call: CallResponseJson, random: Random): CallResponseJson {
  const callerMessages = call.messages.filter(
    (m) => (m as { role?: unknown } | null)?.role === 'user',
  ).length;
  const events = Array.from({ length: callerMessages }, (_, turn) =>
    turnEvents(random, turn, { kb: turn === 3 }),
  ).flat();
  return { ...call, latency: latencyFromEvents(random, events) };
}

const at = (base: string, seconds: number) =>
  new Date(Date.parse(base) + seconds * 1000).toISOString();

/**
 * A renewal call as another pipeline writes it: `assistant`/`AI`/`bot` for the agent,
 * `customer`/` Human `/`caller` for the person, text under `content` (a string or parts),
 * `text` or `message`, times in several forms, and keys the console does not know.
 */
export function withOtherMessageShapes(call: CallResponseJson, random: Random): CallResponseJson {
  // buildCall always sets created_at; the spec lets it be null.
  const start = call.started_at ?? call.created_at ?? '2026-01-01T00:00:00Z';
  const messages: unknown[] = [
    {
      role: 'assistant',
      content: 'Hi, this is Sam from Northwind Insurance about your home policy renewal.',
      timestamp: at(start, 1),
    },
    {
      role: 'customer',
      text: 'Oh, hi. Is the price going up again?',
      timestamp: at(start, 6),
      confidence: 0.94,
    },
    {
      role: 'tool_call',
      name: 'get_policy',
      arguments: '{"policy_id":"HNW-20931"}',
      tool_call_id: 'call_r1',
      timestamp: at(start, 7),
    },
    {
      role: 'tool_result',
      tool_call_id: 'call_r1',
      content: '{"premium_old":84,"premium_new":91}',
      is_error: false,
    },
    {
      role: 'AI',
      content: [
        { type: 'text', text: 'It goes from $84 to $91 a month.' },
        { type: 'text', text: 'I can look for a better rate if you like.' },
      ],
      seconds_from_start: 9.4,
    },
    {
      role: ' Human ',
      content: null,
      text: 'Hmm, what would that involve?',
      start: 14.2,
      end: 16.8,
    },
    {
      role: 'bot',
      message: 'A few questions about the house, about five minutes.',
      start: 17.5,
      end: 20.1,
      interrupted: true,
    },
    {
      role: 'caller',
      content: "Not now, thanks. I'll keep the policy as it is.",
      language: 'en-US',
      seconds_from_start: 21.9,
    },
    {
      role: 'assistant',
      text: 'No problem. Your renewal is confirmed. Goodbye!',
      time: 1764576030,
    },
  ];
  const events = [1, 2, 3].flatMap((turn) =>
    turnEvents(random, turn, { tool: turn === 1 ? 'get_policy' : undefined }),
  );
  const summary =
    'Renewal call for policy HNW-20931: the premium goes from $84 to $91 a month. The customer declined a rate review and kept the policy.';
  return {
    ...call,
    messages,
    latency: latencyFromEvents(random, events),
    ai_summary: summary,
    analysis: {
      outcome: 'Not Interested',
      summary,
      sentiment: 'neutral',
      extracted_data: { renewal: { policy_id: 'HNW-20931', interested: false } },
    },
    transcript: [
      'Assistant: Hi, this is Sam from Northwind Insurance about your home policy renewal.',
      'Caller: Oh, hi. Is the price going up again?',
      'AI: It goes from $84 to $91 a month. I can look for a better rate if you like.',
      'Caller: Hmm, what would that involve?',
      'Assistant: A few questions about the house, about five minutes.',
      "Caller: Not now, thanks. I'll keep the policy as it is.",
      'Assistant: No problem. Your renewal is confirmed. Goodbye!',
    ].join('\n'),
  };
}

/**
 * No messages, and a transcript whose lines are labelled with the agent's name, "Customer", and
 * a dentist who joins the call (a speaker the console cannot place). One customer line wraps.
 */
export function withNamedTranscript(call: CallResponseJson, agentName: string): CallResponseJson {
  const summary =
    'The caller chipped a tooth. Dr. Patel joined the call, advised avoiding cold drinks, and the caller was booked for 2 pm today.';
  return {
    ...call,
    messages: [],
    ai_summary: summary,
    analysis: {
      outcome: 'Appointment Booked',
      summary,
      sentiment: 'positive',
      extracted_data: { booking: { appointment: 'today 14:00', clinician: 'Dr. Patel' } },
    },
    transcript: [
      `${agentName}: Hi, thanks for calling Brightsmile Dental, this is Ava. How can I help?`,
      'Customer: Hi, I chipped a tooth this morning and it hurts',
      'whenever I drink anything cold.',
      `${agentName}: I'm sorry to hear that. Let me see if Dr. Patel can speak to you now.`,
      'Dr. Patel: Hello, this is Dr. Patel. Any bleeding or swelling?',
      'Customer: No, just a sharp pain.',
      'Dr. Patel: Then come in at 2 pm today, and avoid cold drinks until then.',
      `${agentName}: You're booked with Dr. Patel at 2 pm today. Anything else?`,
      "Customer: No, that's all. Thank you!",
    ].join('\n'),
  };
}
