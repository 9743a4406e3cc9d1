import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { limitPushedBytes } from './body-limits';

describe('limitPushedBytes', () => {
  it('passes chunks up to the limit and drops what comes after, telling once', () => {
    const stream = new Readable({ read() {} });
    const received: string[] = [];
    let overs = 0;
    limitPushedBytes(stream, 10, () => (overs += 1));
    expect(stream.push(Buffer.from('12345'))).toBe(true);
    expect(stream.push('67890')).toBe(true);
    expect(stream.push('x')).toBe(false);
    expect(stream.push('more')).toBe(false);
    expect(overs).toBe(1);
    let chunk: Buffer | null;
    while ((chunk = stream.read() as Buffer | null) !== null) received.push(chunk.toString());
    expect(received.join('')).toBe('1234567890');
  });

  it('counts the bytes of a text chunk, not its characters', () => {
    const stream = new Readable({ read() {} });
    let over = false;
    limitPushedBytes(stream, 5, () => (over = true));
    // three Cyrillic letters: six bytes in UTF-8
    stream.push('абв');
    expect(over).toBe(true);
  });

  it('lets the end of the body through under the limit', () => {
    const stream = new Readable({ read() {} });
    limitPushedBytes(stream, 10, () => {
      throw new Error('not over');
    });
    stream.push('ok');
    expect(stream.push(null)).toBe(false);
  });
});
