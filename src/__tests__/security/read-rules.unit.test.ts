/**
 * The pure rules behind findings 1, 2 and 14: who reads (by the matched route, not the path), the
 * privacy filter without empty `$in` branches, unsafe links withheld, readiness details for operators.
 */
import { describe, expect, it } from 'vitest';
import { PUBLIC_READ_UIDS } from '../../plugins/event-builder/server/src/constants';
import { eventFilter, NO_ACCESS, sessionFilter } from '../../plugins/platform/server/src/kit';
import { publicUrl, withholdUnsafeUrls, type AttributeShape } from '../../plugins/event-builder/server/src/domain/public-urls';
import { readCallerOf, readRequestFacts } from '../../plugins/event-builder/server/src/domain/read-caller';
import { toGraphqlFilters } from '../../plugins/event-builder/server/src/privacy/graphql';
import { isReadinessOperator, readinessAnswer } from '../../plugins/platform/server/src/domain/readiness';

const caller = (state: unknown, inRequest = true) => readCallerOf(readRequestFacts(state, inRequest), PUBLIC_READ_UIDS);
const route = (type: string | undefined, handler?: string) => ({ info: type ? { type } : {}, ...(handler ? { handler } : {}) });

describe('who reads', () => {
  it('decides by the matched route and its authentication, whatever the path', () => {
    expect(caller(undefined, false)).toBe('internal');
    expect(caller({ route: route('admin', 'admin::x.y'), auth: { strategy: { name: 'admin' } } })).toBe('admin');
    // an admin route nobody signed in to (auth: false) is no way around the rules
    expect(caller({ route: route('admin', 'plugin::x.y.z') })).toBe('anonymous');
    expect(caller({ route: route('admin', 'plugin::x.y.z'), auth: { strategy: { name: 'users-permissions' } }, user: { id: 3 } })).toBe('anonymous');
    expect(caller({ route: route('content-api', 'api::event.event.find') })).toBe('anonymous');
    expect(caller({ route: route('content-api', 'api::event.event.find'), auth: { strategy: { name: 'users-permissions' } }, user: { id: 3 } })).toBe('attendee');
    // GraphQL's route has no handler; routes without a type are public too
    expect(caller({ route: route('content-api'), auth: { strategy: { name: 'users-permissions' } }, user: { id: 3 } })).toBe('attendee');
    expect(caller({ route: route(undefined, 'plugin::x.y.z') })).toBe('anonymous');
    expect(caller({})).toBe('anonymous');
  });

  it('trusts an API token only on the REST find/findOne of the event space (the preview)', () => {
    const token = { auth: { strategy: { name: 'content-api-token' } } };
    expect(caller({ ...token, route: route('content-api', 'api::event.event.findOne') })).toBe('preview');
    expect(caller({ ...token, route: route('content-api', 'api::session.session.find') })).toBe('preview');
    expect(caller({ ...token, route: route('content-api') })).toBe('anonymous'); // GraphQL
    expect(caller({ ...token, route: route('content-api', 'plugin::engagement.favorites.add') })).toBe('anonymous');
    expect(caller({ ...token, route: route('content-api', 'plugin::users-permissions.user.find') })).toBe('anonymous');
    expect(caller({ ...token, route: route('content-api', 'api::event.event.update') })).toBe('anonymous');
  });
});

describe('privacy filters', () => {
  it('never has an empty $in (a sanitizer would drop it and open the level to everyone)', () => {
    const text = JSON.stringify([eventFilter(NO_ACCESS, true), eventFilter(NO_ACCESS, false), sessionFilter(NO_ACCESS, { event: true, session: true })]);
    expect(text).not.toContain('"$in":[]');
    expect(text).not.toContain('invite');
    expect(text).not.toContain('closed');
    const granted = eventFilter({ invited: new Set(['e1']), allowlisted: new Set() }, true);
    expect(JSON.stringify(granted)).toContain('"$in":["e1"]');
    expect(JSON.stringify(granted)).not.toContain('closed');
  });

  it('keeps its meaning in GraphQL argument form', () => {
    expect(toGraphqlFilters({ $and: [{ event: { $or: [{ privacy: { $eq: 'public' } }] } }, { documentId: { $in: ['a'] } }] })).toEqual({
      and: [{ event: { or: [{ privacy: { $eq: 'public' } }] } }, { documentId: { $in: ['a'] } }],
    });
  });
});

describe('links the public receives', () => {
  const models: Record<string, Record<string, AttributeShape>> = {
    'api::session.session': { recordingUrl: { type: 'string' }, title: { type: 'string' }, stream: { type: 'component', component: 'shared.stream' }, event: { type: 'relation', target: 'api::event.event' } },
    'api::event.event': { description: { type: 'blocks' }, blocks: { type: 'dynamiczone' } },
    'shared.stream': { url: { type: 'string' }, embedUrl: { type: 'string' } },
    'shared.link': { url: { type: 'string' }, label: { type: 'string' } },
  };
  const attributesOf = (uid: string) => models[uid] ?? {};

  it('answers an unsafe link as null and a safe one as it is', () => {
    expect(publicUrl('web', ' java\tscript:alert(1)')).toBeNull();
    expect(publicUrl('link', '/events/x')).toBe('/events/x');
    expect(publicUrl('web', 'https://video.uni.test/1')).toBe('https://video.uni.test/1');
  });

  it('answers unsafe links as null at any depth, and keeps the safe ones', () => {
    const result = [
      {
        title: 'javascript: in a title is text',
        recordingUrl: 'javascript:alert(1)',
        stream: { url: 'https://stream.uni.test/a.m3u8', embedUrl: 'data:text/html,<script>' },
        event: {
          description: [{ type: 'paragraph', children: [{ type: 'link', url: 'JavaScript:alert(2)', children: [{ type: 'text', text: 'x' }] }] }],
          blocks: [{ __component: 'shared.link', url: 'javascript:alert(3)', label: 'l' }],
        },
      },
    ];
    withholdUnsafeUrls('api::session.session', result, attributesOf);
    const [session] = result;
    expect(session?.recordingUrl).toBeNull();
    expect(session?.stream).toEqual({ url: 'https://stream.uni.test/a.m3u8', embedUrl: null });
    expect(JSON.stringify(session?.event)).not.toMatch(/javascript:/i);
    expect(session?.title).toBe('javascript: in a title is text');
  });
});

describe('readiness details', () => {
  const report = { status: 'unavailable' as const, checks: { database: { status: 'fail' as const, error: 'connect ECONNREFUSED db.internal:5432' } } };

  it('go to operators with the token only', () => {
    expect(isReadinessOperator('s3cret-token', 's3cret-token')).toBe(true);
    expect(isReadinessOperator('s3cret-toke', 's3cret-token')).toBe(false);
    expect(isReadinessOperator(undefined, 's3cret-token')).toBe(false);
    // no token configured: nobody, not even an empty header
    expect(isReadinessOperator('', '')).toBe(false);
    expect(readinessAnswer(report, false)).toEqual({ status: 'unavailable' });
    expect(readinessAnswer(report, true)).toBe(report);
  });
});
