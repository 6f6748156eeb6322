#!/usr/bin/env bash
# Rebuilds public/demo/recording.ogg, the demo call's playable recording (speech synthesis of
# the dental-booking script). Needs Debian's espeak-ng, sox and libsox-fmt-all.
set -euo pipefail
out="$(cd "$(dirname "$0")/.." && pwd)/public/demo/recording.ogg"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
i=0
while IFS='|' read -r who text; do
  i=$((i + 1))
  f="$work/$(printf '%02d' "$i").wav"
  if [ "$who" = A ]; then voice=en-us+f3; speed=165; else voice=en-gb+m3; speed=155; fi
  espeak-ng -v "$voice" -s "$speed" -w "$f.raw.wav" "$text"
  sox "$f.raw.wav" -r 16000 -c 1 "$f" pad 0 0.45
done <<'SCRIPT'
A|Hi, thanks for calling Brightsmile Dental, this is Ava. How can I help you today?
U|Hi, I'd like to book a cleaning, ideally next Tuesday afternoon.
A|Let me check what we have next Tuesday afternoon. I have two, three thirty, or four fifteen.
U|Three thirty works.
A|Great. Can I have your full name and date of birth to find your file?
U|Maria Gonzalez, March third, nineteen eighty eight.
A|Thanks Maria. I've found you. I'll book the three thirty cleaning with Doctor Patel.
U|Do I need to bring anything? And is parking free?
A|Just your insurance card. Parking is free in the lot behind the building.
U|Perfect, that's all. Thank you!
A|You're welcome, Maria. See you Tuesday at three thirty. Goodbye!
SCRIPT
sox "$work"/??.wav "$work/all.wav"
sox "$work/all.wav" -C 0 "$out"
echo "wrote $out"
