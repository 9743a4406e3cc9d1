import { describe, expect, it } from 'vitest';
import { brandVariables, contrastRatio, DEFAULT_PRIMARY } from '../color';

describe('brandVariables', () => {
  it('keeps text on brand colors and brand-colored text readable (WCAG AA)', () => {
    for (const [primary, accent] of [
      ['#1f3a93', '#f28c28'],
      ['#ffe14d', '#00ff88'],
      ['#000000', '#ffffff'],
    ]) {
      const vars = brandVariables(primary, accent);
      expect(contrastRatio(vars['--color-primary']!, vars['--color-on-primary']!)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(vars['--color-accent']!, vars['--color-on-accent']!)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(vars['--color-primary-text']!, '#ffffff')).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(vars['--color-accent-text']!, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('falls back to the default palette for missing or malformed colors', () => {
    expect(brandVariables(null, undefined)['--color-primary']).toBe(DEFAULT_PRIMARY);
    expect(brandVariables('red; background: url(x)', null)['--color-primary']).toBe(DEFAULT_PRIMARY);
  });
});
