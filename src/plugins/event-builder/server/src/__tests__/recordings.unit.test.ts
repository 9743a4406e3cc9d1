import { describe, expect, it } from 'vitest';
import { availabilityOf, mayReceiveRecording, needsRegistration, recordingIsOpen, type RecordingRuleInput } from '../domain/recordings';

const END = '2026-12-01T12:00:00.000Z';
const at = (iso: string) => new Date(iso);
const before = at('2026-12-01T11:59:59.000Z');
const atEnd = at(END);
const after = at('2026-12-01T12:00:01.000Z');

const anonymous = { signedIn: false, registered: false };
const signedIn = { signedIn: true, registered: false };
const registered = { signedIn: true, registered: true };
const session = (recordingAvailability: string | null, extra: Partial<RecordingRuleInput> = {}): RecordingRuleInput => ({ recordingAvailability, endsAt: END, ...extra });

describe('who receives a recording link, and when', () => {
  it('"never": nobody, at no time', () => {
    for (const viewer of [anonymous, signedIn, registered]) expect(mayReceiveRecording(session('never'), viewer, at('2030-01-01T00:00:00Z'))).toBe(false);
  });

  it('"everyone": nobody before the end (the end itself included), everyone after', () => {
    for (const viewer of [anonymous, signedIn, registered]) {
      expect(mayReceiveRecording(session('everyone'), viewer, before)).toBe(false);
      expect(mayReceiveRecording(session('everyone'), viewer, atEnd)).toBe(false);
      expect(mayReceiveRecording(session('everyone'), viewer, after)).toBe(true);
    }
  });

  it('"registered": only a signed-in viewer with a seat at the event, and only after the end', () => {
    expect(mayReceiveRecording(session('registered'), registered, before)).toBe(false);
    expect(mayReceiveRecording(session('registered'), registered, after)).toBe(true);
    expect(mayReceiveRecording(session('registered'), signedIn, after)).toBe(false);
    expect(mayReceiveRecording(session('registered'), anonymous, after)).toBe(false);
    // "registered" without being signed in cannot happen, and still opens nothing
    expect(mayReceiveRecording(session('registered'), { signedIn: false, registered: true }, after)).toBe(false);
  });

  it('waits for the publication time of the recording when it is later than the end', () => {
    const later = session('everyone', { recordingAvailableAt: '2026-12-01T14:00:00.000Z' });
    expect(mayReceiveRecording(later, anonymous, at('2026-12-01T13:59:59.000Z'))).toBe(false);
    expect(mayReceiveRecording(later, anonymous, at('2026-12-01T14:00:00.000Z'))).toBe(true);
    // a publication time before the end does not open it early
    const early = session('everyone', { recordingAvailableAt: '2026-12-01T08:00:00.000Z' });
    expect(mayReceiveRecording(early, anonymous, at('2026-12-01T09:00:00.000Z'))).toBe(false);
    expect(mayReceiveRecording(early, anonymous, after)).toBe(true);
  });

  it('keeps it closed for unknown or missing values', () => {
    expect(availabilityOf('to-friends')).toBe('never');
    expect(availabilityOf(null)).toBe('never');
    expect(mayReceiveRecording(session('to-friends'), registered, after)).toBe(false);
    expect(mayReceiveRecording(session(null), registered, after)).toBe(false);
    expect(mayReceiveRecording(session('everyone', { endsAt: null }), registered, after)).toBe(false);
    expect(mayReceiveRecording(session('everyone', { endsAt: 'not a date' }), registered, after)).toBe(false);
  });

  it('accepts dates as the database returns them (Date objects)', () => {
    expect(recordingIsOpen({ recordingAvailability: 'everyone', endsAt: new Date(END) }, after)).toBe(true);
    expect(recordingIsOpen({ recordingAvailability: 'everyone', endsAt: new Date(END), recordingAvailableAt: new Date('2026-12-02T00:00:00Z') }, after)).toBe(false);
  });

  it('asks for the registration only when it decides', () => {
    expect(needsRegistration(session('registered'), after)).toBe(true);
    expect(needsRegistration(session('registered'), before)).toBe(false);
    expect(needsRegistration(session('everyone'), after)).toBe(false);
    expect(needsRegistration(session('never'), after)).toBe(false);
  });
});
