import { describe, expect, it } from 'vitest';
import { withoutAddress } from '../domain/erasure';

describe('an allowlist after an erasure', () => {
  it('loses the address in any spelling and keeps the rest as written', () => {
    expect(withoutAddress('first@uni.test\nANNA@Uni.test, last@uni.test', 'anna@uni.test')).toBe('first@uni.test, last@uni.test');
    expect(withoutAddress('anna@uni.test\nlast@uni.test', 'anna@uni.test')).toBe('last@uni.test');
    expect(withoutAddress('first@uni.test; <anna@uni.test>', 'anna@uni.test')).toBe('first@uni.test');
    expect(withoutAddress('anna@uni.test', 'anna@uni.test')).toBe('');
  });

  it('is left alone when it does not hold the address (a longer address is another one)', () => {
    expect(withoutAddress('joanna@uni.test, anna@uni.test.ru', 'anna@uni.test')).toBeNull();
    expect(withoutAddress(null, 'anna@uni.test')).toBeNull();
    expect(withoutAddress('', 'anna@uni.test')).toBeNull();
  });
});
