// The web build runs under the desktop app's Content-Security-Policy (vite.web.config.ts): a script the page
// did not ship (here an injected inline <script>) does not run.
import { expect, test } from '@playwright/test';

test('the web build enforces the CSP: an injected inline script is blocked and reported, the app still starts', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/.test(m.text())) violations.push(m.text());
  });
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /script-src 'self' 'wasm-unsafe-eval'/);
  await expect(page.getByRole('form', { name: /account|settings/i }).or(page.getByRole('status', { name: 'Registration status' }))).toBeVisible();
  const ran = await page.evaluate(async () => {
    const blocked = new Promise<string>((resolve) => document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true }));
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
    return { injected: (window as { __injected?: boolean }).__injected ?? false, directive: await blocked };
  });
  expect(ran).toEqual({ injected: false, directive: expect.stringMatching(/^script-src/) });
  expect(violations.length).toBeGreaterThan(0);
});
