import { describe, expect, it } from 'vitest';
import { formatDocuments } from './format.ts';

describe('formatDocuments', () => {
  it('orders keys as kubectl does, indents by two, keeps every comment', () => {
    const input = `# The shop's route
spec:   # desired state
    rules:
    -   backendRefs:
        -   port: 8080   # http
            name: web
    parentRefs: [{name: edge, namespace: infra}]
metadata:
    name: web
kind: HTTPRoute
apiVersion: gateway.networking.k8s.io/v1
---
# second
kind: Service
apiVersion: v1
metadata: {name: web}
`;
    expect(formatDocuments(input)).toEqual({
      text: `# The shop's route

apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: web
spec: # desired state
  parentRefs: [ { namespace: infra, name: edge } ]
  rules:
    - backendRefs:
        - name: web
          port: 8080 # http
---
# second
apiVersion: v1
kind: Service
metadata: { name: web }
`,
      unformatted: [],
    });
  });

  it('leaves a document that does not parse exactly as it is', () => {
    const broken = 'apiVersion: v1\nkind: [Service\n';
    const result = formatDocuments(`kind: Service\napiVersion: v1\n---\n${broken}`);
    expect(result.text).toBe(`apiVersion: v1\nkind: Service\n---\n${broken}`);
    expect(result.unformatted).toEqual([1]);
  });

  it('is idempotent', () => {
    const once = formatDocuments('b: 1\na: [x, y]\n# end\n').text;
    expect(formatDocuments(once).text).toBe(once);
  });
});
