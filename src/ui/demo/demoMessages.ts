import { defineMessages } from '../i18n/defineMessages.ts';

/**
 * Messages of the demo mode: its controls and the captions of each story's steps.
 * English; the Chinese translations (`demoTranslations.ts`) load on demand.
 */
export const demoMessages = defineMessages({
  'demo.region': 'Demo',
  'demo.step': 'Step {step} of {total}',
  'demo.previous': 'Previous',
  'demo.next': 'Next',
  'demo.end': 'End demo',
  'demo.keys': '→ or Space: next · ←: previous · Esc: end',
  'demo.failed': 'This step could not be applied: {detail}',
  'demo.canary.start':
    'Every request goes to web-v1. The new version, web-v2, is deployed beside it with weight 0: it gets nothing yet.',
  'demo.canary.ten':
    'The canary: weights 90 and 10. About one request in ten now reaches web-v2; watch its edge on the graph and the table below.',
  'demo.canary.half':
    'The canary looks healthy: weights 50 and 50. Half of the traffic goes to each version.',
  'demo.canary.all':
    'Rolled forward: weights 0 and 100. web-v2 takes every request; web-v1 can be retired.',
  'demo.mesh-canary.start':
    'Inside the mesh, every call to echo-service goes to echo-v1. echo-v2 runs beside it with weight 0.',
  'demo.mesh-canary.ten':
    'The canary: the route on echo-service’s frontend sends 10 % of the calls to echo-v2. The callers do not change at all.',
  'demo.mesh-canary.half': 'Half and half: weights 50 and 50.',
  'demo.mesh-canary.all': 'Rolled forward: echo-v2 answers every call.',
  'demo.blue-green.blue':
    'Blue is live: shoppers reach shop-blue. Green waits at weight 0; only testers with the header x-env: green reach it.',
  'demo.blue-green.switch':
    'Switch: green’s weight becomes 1 and blue’s 0. Every shopper moves to green at once.',
  'demo.blue-green.rollback':
    'Roll back: swap the weights again and every shopper is back on blue, just as fast.',
});
