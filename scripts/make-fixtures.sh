#!/usr/bin/env bash
# Regenerates the committed speech fixtures in e2e/fixtures/audio with espeak-ng and sox.
# Each agent gets different sentences in a different voice, at a different level, so a test can tell
# whose audio arrived. 48 kHz mono 16-bit for Chromium's fake microphone; 8 kHz for baresip (PCMU).
set -euo pipefail
out="$(dirname "$0")/../e2e/fixtures/audio"
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

speak() { # voice speed gain-dB rate file text
  espeak-ng -v "$1" -s "$2" -w "$tmp/raw.wav" "$6"
  sox "$tmp/raw.wav" -r "$4" -c 1 -b 16 "$out/$5" norm "$3"
}
speak en-us 160 -1 48000 agent-a.wav "Thank you for calling Northwind Telecom. My name is Alice. How can I help you with your account today?"
speak en-gb 150 -13 48000 agent-b.wav "Hello, I was charged twice for my broadband bill this month and I would like a refund please."
speak en-us+f3 155 -7 48000 agent-c.wav "This is Carol from the billing team. I can see the duplicate payment and I will reverse it now."
speak en-gb+m3 150 -3 8000 peer-8k.wav "Good afternoon, this is a call from a desk phone. One two three four five. Can you hear me clearly?"
for f in "$out"/*.wav; do printf '%s: ' "$(basename "$f")"; sox "$f" -n stat 2>&1 | awk '/RMS +amplitude/ {printf "RMS %s ", $3} /Length/ {printf "%ss ", $3}'; echo; done
