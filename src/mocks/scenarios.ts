/** Conversation scripts for the demo generator: realistic, varied, and a little messy. */
export interface ToolStep {
  name: string;
  args: Record<string, unknown>;
  result: unknown;
  isError?: boolean;
}

export interface ScriptTurn {
  user: string;
  agent: string;
  tool?: ToolStep;
  kb?: boolean;
}

export interface Scenario {
  agentId: string;
  greeting: string;
  turns: ScriptTurn[];
  outcome: string;
  summary: string;
  sentiment: 'positive' | 'neutral' | 'negative';
  extracted: Record<string, Record<string, unknown>>;
}

export const AGENTS = [
  { id: 'agt_dental_reception', name: 'Brightsmile Dental Receptionist', language: 'en-US' },
  { id: 'agt_parcel_support', name: 'Parcel Tracking Support', language: 'en-GB' },
  { id: 'agt_insurance_renewals', name: 'Insurance Renewals (Outbound)', language: 'en-US' },
] as const;

export const scenarios: Scenario[] = [
  {
    agentId: 'agt_dental_reception',
    greeting: 'Hi, thanks for calling Brightsmile Dental, this is Ava. How can I help you today?',
    turns: [
      {
        user: "Hi, I'd like to book a cleaning, ideally next Tuesday afternoon.",
        agent: 'Let me check what we have next Tuesday afternoon.',
        tool: {
          name: 'check_availability',
          args: { date: '2026-11-24', period: 'afternoon', service: 'cleaning' },
          result: { slots: ['14:00', '15:30', '16:15'] },
        },
      },
      {
        user: 'Three thirty works.',
        agent: 'Great. Can I have your full name and date of birth to find your file?',
      },
      {
        user: 'Maria Gonzalez, March 3rd 1988.',
        agent: "Thanks Maria. I've found you. I'll book the 3:30 cleaning with Dr. Patel.",
        tool: {
          name: 'book_appointment',
          args: { patient: 'Maria Gonzalez', dob: '1988-03-03', slot: '2026-11-24T15:30' },
          result: { confirmation: 'BSD-44817', status: 'booked' },
        },
      },
      {
        user: 'Do I need to bring anything? And is parking free?',
        agent: 'Just your insurance card. Parking is free in the lot behind the building.',
        kb: true,
      },
      {
        user: "Perfect, that's all. Thank you!",
        agent: "You're welcome, Maria. See you Tuesday at 3:30. Goodbye!",
      },
    ],
    outcome: 'Appointment Booked',
    summary:
      'Maria Gonzalez booked a cleaning for Tuesday 24 Nov at 15:30 with Dr. Patel (confirmation BSD-44817). She asked about what to bring and parking; the agent answered from the knowledge base.',
    sentiment: 'positive',
    extracted: {
      booking: {
        patient_name: 'Maria Gonzalez',
        date_of_birth: '1988-03-03',
        appointment: '2026-11-24T15:30',
        confirmation: 'BSD-44817',
      },
    },
  },
  {
    agentId: 'agt_parcel_support',
    greeting: 'Hello, you are through to Parcel Tracking. Can I take your tracking number?',
    turns: [
      {
        user: "Yeah it's PX 7 7 4 1 9 0 2 2.",
        agent: 'One moment while I look that up.',
        tool: {
          name: 'lookup_parcel',
          args: { tracking_number: 'PX77419022' },
          result: { error: 'upstream carrier API timeout after 3000 ms' },
          isError: true,
        },
      },
      {
        user: 'Hello? Are you still there?',
        agent: 'Sorry about that, our carrier system is slow right now. Let me try once more.',
        tool: {
          name: 'lookup_parcel',
          args: { tracking_number: 'PX77419022', retry: true },
          result: { status: 'out_for_delivery', eta: '2026-11-22T17:00:00Z', depot: 'Leeds' },
        },
      },
      {
        user: 'So will it come today?',
        agent: "Yes, it's out for delivery from the Leeds depot, expected by 5 pm today.",
      },
      {
        user: 'Can they leave it with a neighbour if I am out?',
        agent: 'I can add that instruction. Which house number should they try?',
        kb: true,
      },
      {
        user: 'Number 14.',
        agent: "Done: they'll try number 14 if you're out. Anything else?",
        tool: {
          name: 'add_delivery_note',
          args: { tracking_number: 'PX77419022', note: 'If out, leave with no. 14' },
          result: { ok: true },
        },
      },
      { user: 'No, cheers.', agent: 'Thanks for calling, goodbye.' },
    ],
    outcome: 'Interested',
    summary:
      'Caller asked about parcel PX77419022. The first lookup failed with a carrier timeout; the retry worked. Parcel is out for delivery from Leeds, ETA 17:00. A safe-place note (neighbour at no. 14) was added.',
    sentiment: 'neutral',
    extracted: {
      parcel: { tracking_number: 'PX77419022', status: 'out_for_delivery', safe_place: 'No. 14' },
      follow_up: { needed: false },
    },
  },
  {
    agentId: 'agt_insurance_renewals',
    greeting:
      'Hi, this is Sam from Northwind Insurance calling about your home policy renewal. Is now a good time?',
    turns: [
      {
        user: "Uh, I guess, but I'm not really looking to change anything.",
        agent:
          'Understood. Your renewal is due on December 1st; the premium goes from $84 to $91 a month. Would you like me to look for a better rate?',
        tool: {
          name: 'get_policy',
          args: { policy_id: 'HNW-20931' },
          result: { renewal_date: '2026-12-01', premium_old: 84, premium_new: 91 },
        },
      },
      {
        user: "No thanks, I'm happy with it. Please don't call again.",
        agent:
          "No problem, I'll mark you as not interested and remove you from calls. Have a good day.",
        tool: {
          name: 'set_do_not_call',
          args: { policy_id: 'HNW-20931', reason: 'customer request' },
          result: { ok: true },
        },
      },
    ],
    outcome: 'Not Interested',
    summary:
      'Outbound renewal call for policy HNW-20931. The customer declined a rate review and asked not to be called again; do-not-call was set.',
    sentiment: 'negative',
    extracted: {
      renewal: { policy_id: 'HNW-20931', interested: false, do_not_call: true },
    },
  },
];

/** Short user and agent lines used to grow long conversations (stress calls, live calls). */
export const fillerUser = [
  'Okay, and what about the weekend?',
  'Sorry, could you repeat that?',
  'Right. How much would that cost?',
  "I'm not sure, let me think.",
  'Can you send that by text?',
  'Yes please.',
  "That's fine.",
];
export const fillerAgent = [
  'Of course. Let me check that for you.',
  'Sure, I can send you a text with the details.',
  'It would be $45 including the follow-up.',
  'No problem, take your time.',
  'I have noted that on your file.',
];
