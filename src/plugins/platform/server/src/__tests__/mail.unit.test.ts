import { describe, expect, it } from 'vitest';
import { classifyMailError, mailMessageSchema } from '../domain/mail';

const smtpError = (responseCode: number, code = 'EMESSAGE') => Object.assign(new Error(`${responseCode} refused`), { responseCode, code });

describe('classifyMailError', () => {
  it('retries SMTP 4xx answers and failed connections', () => {
    expect(classifyMailError(smtpError(421))).toBe('temporary');
    expect(classifyMailError(smtpError(451))).toBe('temporary');
    expect(classifyMailError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNECTION' }))).toBe('temporary');
    expect(classifyMailError(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' }))).toBe('temporary');
  });

  it('gives up on SMTP 5xx answers', () => {
    expect(classifyMailError(smtpError(550))).toBe('permanent');
    expect(classifyMailError(smtpError(552))).toBe('permanent');
  });

  it('treats an unknown error as temporary (a late mail beats a lost one)', () => {
    expect(classifyMailError(new Error('something odd'))).toBe('temporary');
    expect(classifyMailError('a string')).toBe('temporary');
  });
});

describe('mailMessageSchema', () => {
  const message = { to: 'anna@example.test', purpose: 'sign-in-code', key: 'code-1', subject: 'Код', text: 'Ваш код: 123456' };

  it('accepts a message and refuses an unknown field', () => {
    expect(mailMessageSchema.parse(message)).toEqual(message);
    expect(mailMessageSchema.safeParse({ ...message, cc: 'x@example.test' }).success).toBe(false);
  });

  it('names the purpose it refuses', () => {
    const result = mailMessageSchema.safeParse({ ...message, purpose: 'Sign In' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['purpose']);
  });
});
