// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n, setLanguage } from '../../i18n';
import { DEFAULT_CHECKLIST } from '../checklist/checklistProgress';
import { ScriptChecklist } from './ScriptChecklist';
import { SentimentTrend } from './SentimentTrend';

beforeAll(async () => void (await initI18n('en')));
afterEach(() => {
  cleanup();
  setLanguage('en');
});

describe('sentiment trend', () => {
  it('draws one point per utterance, says the same in words, and alerts on sustained negativity', () => {
    const { rerender } = render(<SentimentTrend points={[{ atMs: 1, score: 0.4 }, { atMs: 2, score: -0.4 }]} />);
    const chart = screen.getByRole('img', { name: 'Customer sentiment trend' });
    expect(chart.querySelectorAll('circle')).toHaveLength(2);
    const description = document.getElementById(chart.getAttribute('aria-describedby')!)!;
    expect(description.textContent).toBe('Customer sentiment: neutral over the last utterances, falling (2 utterances so far).');
    expect(screen.queryByRole('alert')).toBeNull();
    rerender(<SentimentTrend points={[{ atMs: 1, score: 0.5 }, { atMs: 2, score: -0.6 }, { atMs: 3, score: -0.5 }, { atMs: 4, score: -0.4 }]} />);
    expect(screen.getByRole('alert').textContent).toBe('The customer has sounded negative for the last 3 utterances.');
  });

  it('with nothing heard yet it says so', () => {
    render(<SentimentTrend points={[]} />);
    expect(screen.getByText('Customer sentiment: nothing heard yet.')).toBeTruthy();
  });
});

describe('script checklist', () => {
  it('is a named list of read-only checkboxes, ticked with the call time, labels translated', () => {
    render(<ScriptChecklist items={DEFAULT_CHECKLIST} ticked={{ greeting: 4000 }} />);
    const list = screen.getByRole('list', { name: 'Script checklist' });
    const boxes = [...list.querySelectorAll('[role="checkbox"]')];
    expect(boxes.map((b) => [b.textContent, b.getAttribute('aria-checked'), b.getAttribute('aria-readonly')])).toEqual([
      ['Greeting', 'true', 'true'],
      ['Identity check', 'false', 'true'],
      ['Closing', 'false', 'true'],
    ]);
    expect(list.textContent).toContain('said at 0:04');
    cleanup();
    setLanguage('zh-CN');
    render(<ScriptChecklist items={[{ id: 'brand', label: 'Brand greeting', phrases: ['welcome'] }, ...DEFAULT_CHECKLIST.slice(1)]} ticked={{}} />);
    expect(screen.getByRole('list', { name: '话术检查清单' }).textContent).toContain('Brand greeting');
    expect(screen.getByText('身份核实')).toBeTruthy();
  });
});
