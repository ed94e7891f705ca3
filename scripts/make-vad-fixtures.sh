#!/usr/bin/env bash
# Utterances carry no internal punctuation: espeak-ng pauses ~350 ms at a comma or full stop, which
# is real silence the labels would otherwise call speech.
# Regenerates the voice-activity fixtures in e2e/fixtures/vad: espeak-ng utterances with known pauses,
# 16 kHz mono 16-bit, in four conditions, plus labels.json with each file's true speech segments.
#   clean.wav      utterances and silence
#   noisy.wav      the same with pink noise about 20 dB below the speech
#   phone.wav      the same through the telephone band (8 kHz, mu-law) and back to 16 kHz
#   noise-only.wav pink noise alone (no speech anywhere)
set -euo pipefail
out="$(cd "$(dirname "$0")/.." && pwd)/e2e/fixtures/vad"
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
RATE=16000
utterances=(
  "en-us|Hello and thank you for calling how can I help you today"
  "en-gb|I would like to check the balance on my mobile account please"
  "en-us+f2|Of course can you confirm the last four digits of your card"
)
pauses=(0.8 1.3 0.9 1.1) # before, between, between, after
sox -n -r $RATE -c 1 -b 16 "$tmp/part0.wav" trim 0 "${pauses[0]}"
labels="["
t=${pauses[0]}
i=0
for entry in "${utterances[@]}"; do
  voice=${entry%%|*}; text=${entry#*|}
  espeak-ng -v "$voice" -s 165 -w "$tmp/raw$i.wav" "$text"
  # Trim the synthesiser's own leading and trailing silence so the labels are exact.
  sox "$tmp/raw$i.wav" -r $RATE -c 1 -b 16 "$tmp/utt$i.wav" norm -3 silence 1 0.005 0.5% reverse silence 1 0.005 0.5% reverse
  len=$(soxi -D "$tmp/utt$i.wav")
  end=$(echo "$t + $len" | bc -l)
  labels+="$( [ $i -gt 0 ] && echo , ){\"start\":$(printf '%.3f' "$t"),\"end\":$(printf '%.3f' "$end")}"
  sox -n -r $RATE -c 1 -b 16 "$tmp/gap$i.wav" trim 0 "${pauses[$((i + 1))]}"
  t=$(echo "$end + ${pauses[$((i + 1))]}" | bc -l)
  i=$((i + 1))
done
labels+="]"
sox "$tmp/part0.wav" "$tmp/utt0.wav" "$tmp/gap0.wav" "$tmp/utt1.wav" "$tmp/gap1.wav" "$tmp/utt2.wav" "$tmp/gap2.wav" "$out/clean.wav"
total=$(soxi -D "$out/clean.wav")
sox -n -r $RATE -c 1 -b 16 "$tmp/noise.wav" synth "$total" pinknoise vol 0.03
sox -m "$out/clean.wav" "$tmp/noise.wav" "$out/noisy.wav"
sox "$out/clean.wav" -r 8000 -e u-law "$tmp/phone.wav" sinc 300-3400
sox "$tmp/phone.wav" -r $RATE -e signed -b 16 "$out/phone.wav"
sox -n -r $RATE -c 1 -b 16 "$out/noise-only.wav" synth 5 pinknoise vol 0.05
# For calls (Chromium's fake microphone wants 48 kHz): the customer plays clean.wav; the agent plays a
# file of the same length with only the first utterance, 2 s in, so both loop with the same period.
sox "$out/clean.wav" -r 48000 "$out/customer-call.wav"
sox -n -r $RATE -c 1 -b 16 "$tmp/lead.wav" trim 0 2.0
sox "$tmp/lead.wav" "$tmp/utt0.wav" "$tmp/agent-short.wav"
sox "$tmp/agent-short.wav" -r 48000 "$out/agent-call.wav" pad 0 "$(echo "$total - $(soxi -D "$tmp/agent-short.wav")" | bc -l)"
agent_end=$(echo "2.0 + $(soxi -D "$tmp/utt0.wav")" | bc -l)
printf '{"durationSec":%s,"agent":[{"start":2.000,"end":%s}],"customer":%s}\n' "$(printf '%.3f' "$total")" "$(printf '%.3f' "$agent_end")" "$labels" > "$out/call-labels.json"
printf '{"sampleRate":%d,"durationSec":%s,"speech":%s}\n' $RATE "$(printf '%.3f' "$total")" "$labels" > "$out/labels.json"
cat "$out/labels.json"
