// What redaction finds, shared by the detectors and their callers.

export type PiiKind = 'cn-id' | 'card' | 'iban' | 'ssn' | 'email' | 'phone';

/** A stretch of the original text (UTF-16 offsets, end exclusive) holding personal data of one kind. */
export interface SensitiveSpan {
  start: number;
  end: number;
  kind: PiiKind;
}
