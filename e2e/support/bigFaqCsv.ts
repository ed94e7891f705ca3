// A large knowledge-base CSV for the import test and benchmark (e2e/kb-import.spec.ts,
// bench/kbImport.mjs): a plausible FAQ export of about 800 bytes a row. Row n asks about
// words[(7n) % 12] ("router" when n is a multiple of 12), so a test can search for a known row.
export function bigFaqCsv(targetBytes = 20 * 1024 * 1024): { text: string; rows: number } {
  const lines = ['id,question,answer,tags'];
  let size = lines[0]!.length + 1;
  const words = ['router', 'invoice', 'refund', 'roaming', 'contract', 'fibre', 'modem', 'porting', 'voicemail', 'password', 'SIM', 'upgrade'];
  let n = 0;
  while (size < targetBytes) {
    const w = (k: number) => words[(n * 7 + k) % words.length]!;
    const answer = Array.from({ length: 12 }, (_, k) => `Step ${k + 1}: check the ${w(k)} settings, then the ${w(k + 3)} page, "as shown" in the app.`).join(' ');
    const line = `faq-${n},How do I fix my ${w(0)} ${n}?|${w(1)} ${n} not working,"${answer.replaceAll('"', '""')}",${w(2)};${w(4)}`;
    lines.push(line);
    size += line.length + 1;
    n++;
  }
  return { text: lines.join('\n') + '\n', rows: n };
}
