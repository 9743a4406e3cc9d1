/** What an API test of published content needs, from one place: a Strapi per file, events and sessions, attendees. */
export { createTestEvent, createTestSession, TEST_EVENT } from './content';
export { bootForFile } from './lifecycle';
export type { TestApp } from './strapi';
export { createAttendee, type TestUser } from './users';
