import fc from 'fast-check';

/**
 * Generators for CallResponse payloads, as they could arrive as JSON from the API.
 *
 * "Valid" means valid per the OpenAPI spec (every field has its documented type, nullable
 * fields may be null, open objects hold anything), pushed to the edges: unicode that breaks
 * naive code, huge strings, extreme numbers, deep objects and long arrays. "Invalid" means
 * the wrong type in any field, or a payload that is not a call at all.
 * Everything stays JSON-representable (no NaN, Infinity or undefined), because that is all
 * the wire can carry; JSON.parse(JSON.stringify(x)) is applied to every payload.
 */

const nastyStrings = [
  '',
  ' ',
  '\u0000',
  '\uD800', // a lone surrogate
  '\u202Eevil\u202C', // right-to-left override
  'e\u0301\u0301\u0301', // stacked combining marks
  '👨‍👩‍👧‍👦🏳️‍🌈',
  'ﷺ'.repeat(50),
  '\t\n\r\u2028\u2029',
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'undefined',
  'null',
  'NaN',
  '{}',
  '[object Object]',
  '%s%d%n',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  'data:text/html,<b>x</b>',
  'https://example.com/a.ogg',
  'https://',
  'http://[::1]:99999/',
];

export const nastyString = fc.constantFrom(...nastyStrings);

/** A very long string, built by repetition so generation stays fast (up to 100,000 chars). */
export const hugeString = fc
  .tuple(
    fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' }),
    fc.integer({ min: 2_000, max: 20_000 }),
  )
  .map(([s, n]) => s.repeat(n).slice(0, 100_000));

/** Short strings of every kind; used inside long arrays so a payload stays below a few MB. */
export const smallString: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 3, arbitrary: fc.string({ maxLength: 80, unit: 'grapheme' }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30, unit: 'binary' }) },
  { weight: 3, arbitrary: nastyString },
);

export const anyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 60, arbitrary: smallString },
  { weight: 1, arbitrary: hugeString },
);

const extremeNumbers = [
  0,
  -0,
  1,
  -1,
  0.1,
  1e-7,
  5e-324,
  1e21,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MIN_SAFE_INTEGER,
  2 ** 31,
  -(2 ** 31),
];

export const anyNumber: fc.Arbitrary<number> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...extremeNumbers) },
  { weight: 3, arbitrary: fc.integer({ min: -1_000_000, max: 10_000_000 }) },
  { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
);

const isoDate = fc
  .integer({ min: -8_640_000_000_000_000, max: 8_640_000_000_000_000 })
  .map((ms) => new Date(ms).toISOString());

export const dateString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: isoDate },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '2026-11-22T10:00:00Z',
      '2026-11-22T10:00:00.123456+05:30',
      '2026-02-30T25:61:61Z',
      '0000-01-01T00:00:00Z',
      '9999-12-31T23:59:59.999Z',
      '+275760-09-13T00:00:00.000Z',
      '1970-01-01',
      'yesterday',
      '',
    ),
  },
  { weight: 1, arbitrary: anyString },
);

/** Objects nested up to 300 levels, as a recursive renderer would meet them. */
export const deepObject: fc.Arbitrary<unknown> = fc
  .tuple(
    fc.integer({ min: 20, max: 300 }),
    fc.constantFrom('a', '', '0', '__proto__', 'x y'),
    fc.boolean(),
  )
  .map(([depth, key, arrays]) => {
    let value: unknown = 'bottom';
    for (let i = 0; i < depth; i++) value = arrays && i % 2 ? [value] : { [key]: value };
    return value;
  });

export const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  { weight: 2, arbitrary: anyString },
  { weight: 2, arbitrary: anyNumber },
  { weight: 1, arbitrary: deepObject },
);

const anyKey: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 2, arbitrary: nastyString },
  { weight: 1, arbitrary: fc.string({ maxLength: 20, unit: 'binary' }) },
);

export const openObject: fc.Arbitrary<Record<string, unknown>> = fc.dictionary(anyKey, anyJson, {
  maxKeys: 8,
});

/**
 * Arrays that are usually short and sometimes very long. The long ones repeat a few small
 * items (`smallItem`), so a payload stays realistic in size (a 200 kB string 1,500 times is not).
 */
function list<T>(
  item: fc.Arbitrary<T>,
  smallItem: fc.Arbitrary<T>,
  longMax = 1_500,
): fc.Arbitrary<T[]> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.array(item, { maxLength: 12 }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.array(smallItem, { minLength: 1, maxLength: 4 }),
          fc.integer({ min: 100, max: longMax }),
        )
        .map(([seed, n]) => Array.from({ length: n }, (_, i) => seed[i % seed.length]!)),
    },
  );
}

const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 3 });

const jsonText = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  anyString,
  fc.constant('{not valid json'),
);

const toolCallId = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('t1', 't2', 'call_1'));

function messageOf(text: fc.Arbitrary<string>, json: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc.record({ role: fc.constantFrom('agent', 'user'), content: text }),
    },
    {
      weight: 2,
      arbitrary: fc.record(
        {
          role: fc.constant('tool_call'),
          name: text,
          arguments: jsonText,
          tool_call_id: toolCallId,
        },
        { requiredKeys: ['role'] },
      ),
    },
    {
      weight: 2,
      arbitrary: fc.record(
        {
          role: fc.constant('tool_result'),
          tool_call_id: toolCallId,
          content: fc.oneof(text, json),
          is_error: fc.oneof(fc.boolean(), json),
        },
        { requiredKeys: ['role'] },
      ),
    },
    {
      weight: 1,
      arbitrary: fc.record({ role: fc.oneof(text, json), content: json }, { requiredKeys: [] }),
    },
    { weight: 1, arbitrary: json },
  );
}

const smallJson = fc.jsonValue({ maxDepth: 2 });
export const message = messageOf(anyString, anyJson);
const smallMessage = messageOf(smallString, smallJson);

const component = fc.record(
  {
    avg_ms: anyNumber,
    p50_ms: anyNumber,
    min_ms: anyNumber,
    max_ms: anyNumber,
    samples: anyNumber,
    provider: nullable(anyString),
  },
  { requiredKeys: [] },
);

const eventType = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      'stt',
      'llm_ttft',
      'tts_ttfb',
      'eou_delay',
      'kb',
      'tool',
      'tool:lookup',
    ),
  },
  { weight: 1, arbitrary: anyString.map((s) => `tool:${s}`) },
  { weight: 1, arbitrary: anyString },
);

const eventOf = (json: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc.oneof(
    {
      weight: 8,
      arbitrary: fc.record({
        turn: fc.oneof(
          { weight: 5, arbitrary: fc.integer({ min: 0, max: 60 }) },
          { weight: 1, arbitrary: anyNumber },
        ),
        type: eventType,
        ms: fc.oneof(
          { weight: 5, arbitrary: fc.integer({ min: 0, max: 5_000 }) },
          { weight: 1, arbitrary: anyNumber },
        ),
      }),
    },
    { weight: 1, arbitrary: json },
  );
const latencyEvent = eventOf(anyJson);
const smallLatencyEvent = eventOf(smallJson);

export const latency: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    stt: component,
    llm_ttft: component,
    tts_ttfb: component,
    eou_delay: component,
    events: fc.oneof(
      { weight: 6, arbitrary: list(latencyEvent, smallLatencyEvent, 3_000) },
      { weight: 1, arbitrary: anyJson },
    ),
    connect: fc.record(
      {
        setup_ms: anyNumber,
        dispatch_to_answer_ms: anyNumber,
        answer_to_active_ms: anyNumber,
        active_to_greeting_ms: anyNumber,
      },
      { requiredKeys: [] },
    ),
    providers: fc.record({ stt: anyString, llm: anyString, tts: anyString }, { requiredKeys: [] }),
    worker: fc.record(
      { worker_id: anyString, load1: anyNumber, mem_pct: anyNumber },
      { requiredKeys: [] },
    ),
    perceived: fc.record(
      { avg_ms: anyNumber, p50_ms: anyNumber, turns: anyNumber },
      { requiredKeys: [] },
    ),
    extra: anyJson,
  },
  { requiredKeys: [] },
);

export const analysis: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    outcome: nullable(anyString),
    summary: nullable(anyString),
    sentiment: fc.oneof(fc.constantFrom('positive', 'neutral', 'negative'), anyString, anyJson),
    extracted_data: fc.oneof(
      {
        weight: 4,
        arbitrary: fc.dictionary(anyKey, fc.dictionary(anyKey, anyJson, { maxKeys: 5 }), {
          maxKeys: 4,
        }),
      },
      { weight: 1, arbitrary: anyJson },
    ),
  },
  { requiredKeys: [] },
);

const status = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom('queued', 'initiated', 'in_progress', 'completed', 'failed'),
  },
  { weight: 1, arbitrary: anyString },
);

export const callId = fc
  .oneof(
    { weight: 4, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 40 }) },
    { weight: 1, arbitrary: nastyString },
    { weight: 1, arbitrary: hugeString },
  )
  .filter((id) => id.trim() !== '');

const transcriptLine = (text: fc.Arbitrary<string>, json: fc.Arbitrary<unknown>) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.record({ role: fc.constantFrom('agent', 'user'), content: text }) },
    { weight: 1, arbitrary: json },
  );
const transcript = fc.oneof(
  anyString,
  list(transcriptLine(anyString, anyJson), transcriptLine(smallString, smallJson)),
);

/** The fields of a CallResponse other than id, each with its documented type. */
const validFields = {
  agent_id: anyString,
  type: fc.oneof(fc.constantFrom('web', 'outbound', 'inbound'), anyString),
  status,
  direction: fc.oneof(fc.constantFrom('inbound', 'outbound'), anyString),
  from_number: nullable(fc.oneof(fc.constantFrom('+14155550100', '+442071234567'), anyString)),
  to_number: nullable(fc.oneof(fc.constantFrom('+14155550199'), anyString)),
  room_name: nullable(anyString),
  twilio_call_sid: nullable(anyString),
  scheduled_at: nullable(dateString),
  started_at: nullable(dateString),
  ended_at: nullable(dateString),
  duration_seconds: nullable(anyNumber),
  end_reason: nullable(
    fc.oneof(fc.constantFrom('api_stop', 'silence_timeout', 'max_duration'), anyString),
  ),
  outcome: nullable(
    fc.oneof(fc.constantFrom('Appointment Booked', 'Not Interested', 'Voicemail'), anyString),
  ),
  transcript: nullable(transcript),
  messages: list(message, smallMessage),
  recording_url: nullable(fc.oneof(fc.webUrl(), anyString)),
  ai_summary: nullable(anyString),
  analysis: nullable(analysis),
  latency: nullable(latency),
  cost_cents: nullable(anyNumber),
  credits_used: nullable(anyNumber),
  kb_snapshot: nullable(openObject),
  metadata: openObject,
  variables: openObject,
  created_at: nullable(dateString),
  updated_at: nullable(dateString),
};

export const FIELD_NAMES = Object.keys(validFields) as (keyof typeof validFields)[];

const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** What CallResponse does not require (seeds/004): these may be missing from a valid call. */
const OPTIONAL_FIELDS = ['twilio_call_sid', 'outcome', 'ai_summary', 'credits_used', 'kb_snapshot'];

/** A CallResponse that matches the spec; the fields it does not require may be missing. */
export const validCall: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    callId,
    fc.record(validFields, {
      requiredKeys: FIELD_NAMES.filter((name) => !OPTIONAL_FIELDS.includes(name)),
    }),
  )
  .map(([id, fields]) => roundTrip({ id, ...fields }));

/** A call with an id but wrong types in some fields (each one a random JSON value). */
export const miswiredCall: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    validCall,
    fc.subarray(FIELD_NAMES, { minLength: 1 }),
    fc.array(anyJson, { minLength: FIELD_NAMES.length, maxLength: FIELD_NAMES.length }),
  )
  .map(([call, broken, values]) => {
    const out: Record<string, unknown> = { ...call };
    broken.forEach((field, i) => {
      out[field] = values[i];
    });
    return roundTrip(out);
  });

/** Payloads that are not calls at all: no id, an empty id, arrays, scalars. */
export const notACall: fc.Arbitrary<unknown> = fc.oneof(
  anyJson.filter((v) => typeof v !== 'object' || v === null || Array.isArray(v)),
  fc
    .tuple(
      validCall,
      fc.oneof(
        fc.constant(undefined),
        fc.constant(''),
        fc.constant('  '),
        anyNumber,
        fc.constant(null),
        fc.jsonValue({ maxDepth: 2 }).filter((v) => typeof v !== 'string'),
      ),
    )
    .map(([call, id]) => roundTrip({ ...call, id })),
);
