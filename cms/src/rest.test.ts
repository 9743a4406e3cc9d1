import { describe, expect, it } from 'vitest';
import { toStrapiQuery } from './rest';

describe('toStrapiQuery', () => {
  it('encodes nested filters, lists and values the way Strapi (qs) decodes them, leaving out empty ones', () => {
    expect(
      toStrapiQuery({
        filters: { slug: { $eq: 'день открытых дверей' }, privacy: { $in: ['public', 'link'] } },
        populate: { cover: true },
        locale: undefined,
        sort: ['startsAt:asc'],
        page: null,
      }),
    ).toBe(
      'filters[slug][%24eq]=%D0%B4%D0%B5%D0%BD%D1%8C%20%D0%BE%D1%82%D0%BA%D1%80%D1%8B%D1%82%D1%8B%D1%85%20%D0%B4%D0%B2%D0%B5%D1%80%D0%B5%D0%B9' +
        '&filters[privacy][%24in][0]=public&filters[privacy][%24in][1]=link&populate[cover]=true&sort[0]=startsAt%3Aasc',
    );
    expect(toStrapiQuery({ 'a&b': 'x=y' })).toBe('a%26b=x%3Dy');
  });
});
