#!/usr/bin/env bash
# Regenerates the bundled demo call (assets/public/demo/): a customer of the fictional operator
# Northwind Telecom, spoken by espeak-ng, with pauses where the agent would answer. 16 kHz mono.
set -euo pipefail
out="$(cd "$(dirname "$0")/.." && pwd)/assets/public/demo"
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
lines=(
  "Hi there I am calling about my latest bill"
  "I was charged twice for my broadband this month and I would like the extra payment refunded"
  "Yes my account number is four four seven one two nine"
  "It was the payment on the third of the month for thirty nine pounds"
  "Great and how long will the refund take to reach my card"
  "Perfect thank you very much for your help"
)
parts=()
sox -n -r 16000 -c 1 -b 16 "$tmp/lead.wav" trim 0 1.0
parts+=("$tmp/lead.wav")
json="["
t=1.0
for i in "${!lines[@]}"; do
  espeak-ng -v en-gb+f3 -s 160 -w "$tmp/raw$i.wav" "${lines[$i]}"
  sox "$tmp/raw$i.wav" -r 16000 -c 1 -b 16 "$tmp/line$i.wav" norm -3 silence 1 0.005 0.5% reverse silence 1 0.005 0.5% reverse
  len=$(soxi -D "$tmp/line$i.wav")
  json+="$( [ "$i" -gt 0 ] && echo , ){\"start\":$(printf '%.2f' "$t"),\"end\":$(printf '%.2f' "$(echo "$t + $len" | bc -l)"),\"text\":\"${lines[$i]}\"}"
  gap=$(( i % 2 == 0 ? 4 : 3 ))
  sox -n -r 16000 -c 1 -b 16 "$tmp/gap$i.wav" trim 0 "$gap"
  parts+=("$tmp/line$i.wav" "$tmp/gap$i.wav")
  t=$(echo "$t + $len + $gap" | bc -l)
done
json+="]"
sox "${parts[@]}" "$out/customer.wav"
printf '{"speaker":"customer","utterances":%s}\n' "$json" > "$out/customer.json"
soxi -D "$out/customer.wav"
