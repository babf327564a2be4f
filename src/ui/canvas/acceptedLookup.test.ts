import { describe, expect, it } from 'vitest';
import { acceptedLookup } from './acceptedLookup.ts';

const route = 'gateway.networking.k8s.io/HTTPRoute/default/web';
const accepted = acceptedLookup([
  {
    resourceKey: route,
    status: {
      parents: [
        {
          parentRef: { name: 'edge' },
          conditions: [{ type: 'Accepted', status: 'True', reason: 'Accepted' }],
        },
        {
          parentRef: { name: 'other' },
          conditions: [
            { type: 'ResolvedRefs', status: 'True' },
            { type: 'Accepted', status: 'False', reason: 'NoMatchingParent' },
          ],
        },
        { parentRef: { name: 'odd' }, conditions: [{ type: 'Accepted', status: 'Maybe' }] },
      ],
    },
  },
  { resourceKey: 'broken', status: { parents: 'nope' } },
]);

describe('acceptedLookup', () => {
  it.each([
    [route, 0, { status: 'True', reason: 'Accepted' }],
    [route, 1, { status: 'False', reason: 'NoMatchingParent' }],
    [route, 2, undefined],
    [route, 3, undefined],
    ['broken', 0, undefined],
    ['missing', 0, undefined],
  ])('%s parentRef %i', (key, index, expected) => {
    expect(accepted(key, index)).toEqual(expected);
  });
});
