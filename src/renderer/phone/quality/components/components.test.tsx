// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n, setLanguage } from '../../../i18n';
import { useCallQuality } from '../index';
import { recordedSamples } from '../fixtures/recorded';
import { intervalWarnings, nextShownWarnings, shownList } from '../warnings';
import { CallQualityIndicator } from './CallQualityIndicator';
import { CallQualityDetails } from './CallQualityDetails';
import type { CallQualitySummary, QualitySample } from '../types';

beforeAll(async () => void (await initI18n('en')));
afterEach(() => {
  cleanup();
  setLanguage('en');
  useCallQuality.setState({ calls: {} });
});

/** Puts a sample in the store as the live figures of call c1, with the warnings it raises. */
function live(sample: QualitySample) {
  const shown = nextShownWarnings({}, intervalWarnings(sample));
  useCallQuality.setState({ calls: { c1: { sample, shown, warnings: shownList(shown) } } });
}
const status = () => screen.getByRole('status', { name: 'Call quality' });

describe('call quality indicator', () => {
  it('shows nothing before the call\'s first interval is measured', () => {
    render(<CallQualityIndicator callId="c1" />);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('a clean recorded call: "Good", the figures, no warnings', () => {
    live(recordedSamples('clean-opus')[0]!);
    render(<CallQualityIndicator callId="c1" />);
    expect(status().querySelector('.rating')!.textContent).toBe('Good');
    expect(status().textContent).toBe('Good MOS 4.4 · round trip 2 ms · jitter 3 ms · loss 0 % in, 0 % out · concealed 0 % · opus');
    expect(within(status()).queryByRole('list')).toBeNull();
  });

  it('each warning in words, in English and Chinese', () => {
    live({ ...recordedSamples('clean-opus')[0]!, rttMs: 450, jitterMs: 42, lossPct: 5, remoteLossPct: null, mos: 3.2 });
    render(<CallQualityIndicator callId="c1" />);
    expect(status().querySelector('.rating')!.textContent).toBe('Poor');
    const warnings = within(status()).getByRole('list', { name: 'Call quality warnings' });
    expect([...warnings.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['High delay: 450 ms round trip', 'Jitter 42 ms', 'Packet loss 5 %', 'Low MOS 3.2']);
    cleanup();
    setLanguage('zh-CN');
    render(<CallQualityIndicator callId="c1" />);
    expect(screen.getByRole('status', { name: '通话质量' }).querySelector('.rating')!.textContent).toBe('较差');
    expect([...screen.getByRole('list', { name: '通话质量警告' }).querySelectorAll('li')].map((li) => li.textContent)).toEqual(['延迟过高：往返 450 毫秒', '抖动 42 毫秒', '丢包 5%', 'MOS 偏低 3.2']);
  });

  it('a recorded impaired interval: fair or poor, with its packet loss', () => {
    live(recordedSamples('impaired-opus')[4]!); // 6 of 51 packets lost
    render(<CallQualityIndicator callId="c1" />);
    expect(status().getAttribute('data-rating')).toBe('poor');
    expect(within(status()).getByText('Packet loss 11.8 %')).toBeTruthy();
  });

  it('an interval with no packets says so instead of rating it', () => {
    live(recordedSamples('outage-opus')[5]!);
    render(<CallQualityIndicator callId="c1" />);
    expect(status().querySelector('.rating')!.textContent).toBe('No incoming audio');
    expect(status().textContent).toContain('concealed 100 %');
  });

  it('the figures that change every second are kept out of what is read aloud', () => {
    live(recordedSamples('clean-opus')[0]!);
    render(<CallQualityIndicator callId="c1" />);
    expect(status().querySelector('.figures')!.getAttribute('aria-live')).toBe('off');
  });
});

describe('call quality details in history', () => {
  const summary: CallQualitySummary = {
    samples: 58, seconds: 59, mos: { median: 4.36, min: 3.91 }, rttMs: { median: 24, max: 460 }, jitterMs: { median: 4, max: 19 },
    lossPct: 0.12, concealmentPct: 0.8, warningSeconds: { rtt: 2, jitter: 0, loss: 1, mos: 0 }, codec: 'opus',
  };
  it('lists the summary: medians and extremes, loss, concealment, time over each threshold, codec', () => {
    render(<CallQualityDetails quality={summary} />);
    const text = [...screen.getByTestId('detail-quality').querySelectorAll('dt, dd')].map((e) => e.textContent);
    expect(text).toEqual([
      'MOS (median / lowest)', '4.4 / 3.9',
      'Round trip (median / highest)', '24 ms / 460 ms',
      'Jitter (median / highest)', '4 ms / 19 ms',
      'Packet loss received', '0.1 %',
      'Concealed audio', '0.8 %',
      'Time over the warning thresholds', 'high delay 2 s, packet loss 1 s',
      'Codec', 'opus',
      'Measured', '59 s (58 samples)',
    ]);
  });
  it('says when a call was not measured, and "none" when no threshold was crossed', () => {
    render(<CallQualityDetails quality={undefined} />);
    expect(screen.getByText('Call quality was not measured for this call.')).toBeTruthy();
    cleanup();
    render(<CallQualityDetails quality={{ ...summary, warningSeconds: { rtt: 0, jitter: 0, loss: 0, mos: 0 } }} />);
    expect(screen.getByTestId('detail-quality-warnings').textContent).toBe('none');
  });
});
