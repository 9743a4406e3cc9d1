/**
 * Who may receive a session's recording link, and from when. Pure: the clock and what is known of
 * the viewer are passed in.
 *
 * The organizer chooses: never; to registered participants after the end; to everyone after the
 * end. "After the end" means after the session's end and after the publication time of the recording
 * when the organizer set one (it takes time to publish a recording).
 */
export const RECORDING_AVAILABILITY = ['never', 'registered', 'everyone'] as const;
export type RecordingAvailability = (typeof RECORDING_AVAILABILITY)[number];

/** What the rule reads of a session (as stored). */
export interface RecordingRuleInput {
  recordingAvailability: string | null | undefined;
  endsAt: Date | string | null | undefined;
  recordingAvailableAt?: Date | string | null;
}

/** What is known of the caller: signed in or not, and whether they hold a seat at the session's event. */
export interface RecordingViewer {
  signedIn: boolean;
  /** A registration with status "registered" (not waitlisted, not cancelled) for the session's event. */
  registered: boolean;
}

const timeOf = (value: Date | string | null | undefined): number | null => {
  if (value === null || value === undefined || value === '') return null;
  const time = value instanceof Date ? value.getTime() : Date.parse(value);
  return Number.isFinite(time) ? time : null;
};

/** The availability as stored, anything unknown read as "never" (closed by default). */
export function availabilityOf(value: string | null | undefined): RecordingAvailability {
  return (RECORDING_AVAILABILITY as readonly string[]).includes(value ?? '') ? (value as RecordingAvailability) : 'never';
}

/**
 * Whether the recording is open at `now` to the audience the organizer chose: strictly after the end
 * (at the very instant of the end the session is still running) and from its publication time on.
 */
export function recordingIsOpen(session: RecordingRuleInput, now: Date): boolean {
  if (availabilityOf(session.recordingAvailability) === 'never') return false;
  const end = timeOf(session.endsAt);
  if (end === null || now.getTime() <= end) return false;
  const publishedAt = timeOf(session.recordingAvailableAt);
  return publishedAt === null || now.getTime() >= publishedAt;
}

/** Whether the caller's registration decides (the rule is "registered" and the recording is open now). */
export function needsRegistration(session: RecordingRuleInput, now: Date): boolean {
  return availabilityOf(session.recordingAvailability) === 'registered' && recordingIsOpen(session, now);
}

/** Whether the caller may receive the recording link now. */
export function mayReceiveRecording(session: RecordingRuleInput, viewer: RecordingViewer, now: Date): boolean {
  if (!recordingIsOpen(session, now)) return false;
  switch (availabilityOf(session.recordingAvailability)) {
    case 'everyone':
      return true;
    case 'registered':
      return viewer.signedIn && viewer.registered;
    case 'never':
      return false;
  }
}
