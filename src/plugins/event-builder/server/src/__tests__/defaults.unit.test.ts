import { describe, expect, it } from 'vitest';
import { defaultBlocks, eventDefaults, namedRelation, relationIsSet } from '../domain/event-defaults';

const space = { documentId: 'org-space', defaultTemplate: 'bold' };

describe('defaults of a new event', () => {
  it('gives an event without blocks the usual sections, in page order, headed in its locale', () => {
    const out = eventDefaults({ title: 'День открытых дверей' }, space, 'ru');
    expect(out.blocks?.map((block) => block.__component)).toEqual([
      'blocks.description',
      'blocks.program',
      'blocks.speakers',
      'blocks.partners',
      'blocks.news',
      'blocks.documents',
    ]);
    expect(out.blocks?.[1]).toEqual({ __component: 'blocks.program', heading: 'Программа', view: 'list', showTracks: true });
    expect(defaultBlocks('en')[0]?.heading).toBe('About');
    expect(defaultBlocks(undefined)[0]?.heading).toBe('О событии');
  });

  it('treats an empty list of blocks (what the admin sends) as none, and keeps chosen blocks', () => {
    expect(eventDefaults({ blocks: [] }, space, 'ru').blocks).toHaveLength(6);
    const chosen = [{ __component: 'blocks.video', heading: 'Трансляция' }];
    expect(eventDefaults({ blocks: chosen }, space, 'ru').blocks).toBeUndefined();
  });

  it("sets the space's organization and its default template when none is given", () => {
    expect(eventDefaults({}, space, 'ru')).toMatchObject({ organization: 'org-space', template: 'bold' });
    expect(eventDefaults({ organization: { connect: [], disconnect: [] }, template: null }, space, 'ru')).toMatchObject({
      organization: 'org-space',
      template: 'bold',
    });
  });

  it('keeps an organization and a template the creator chose', () => {
    const out = eventDefaults({ organization: { connect: [{ documentId: 'org-other' }] }, template: 'minimal' }, space, 'ru');
    expect(out.organization).toBeUndefined();
    expect(out.template).toBeUndefined();
  });

  it('sets nothing but blocks when the space has no organization yet', () => {
    expect(eventDefaults({ blocks: [] }, null, 'ru')).toEqual({ blocks: defaultBlocks('ru') });
  });
});

describe('relation values', () => {
  it.each([
    [7, true],
    ['abc123', true],
    [{ documentId: 'abc' }, true],
    [{ id: 3 }, true],
    [[{ id: 3 }], true],
    [{ connect: [{ documentId: 'abc' }] }, true],
    [{ set: [] }, false],
    [{ connect: [], disconnect: [{ id: 1 }] }, false],
    [[], false],
    ['', false],
    [null, false],
    [undefined, false],
  ])('%j is set: %s', (value, expected) => {
    expect(relationIsSet(value)).toBe(expected);
  });

  it('names the one organization a value points at', () => {
    expect(namedRelation(4)).toEqual({ id: 4 });
    expect(namedRelation('4')).toEqual({ id: 4 });
    expect(namedRelation('k2j3h4')).toEqual({ documentId: 'k2j3h4' });
    expect(namedRelation({ connect: [{ documentId: 'x' }] })).toEqual({ documentId: 'x' });
    expect(namedRelation({ connect: [] })).toBeNull();
  });
});
