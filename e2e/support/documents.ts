/** Documents the editor tests start from: small, commented, and independent of the examples. */

/** A Gateway, a route splitting 90/10 between two Services, with comments to keep. */
export const CANARY = `# Canary release (test fixture).
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: edge
  namespace: default
spec:
  gatewayClassName: example
  listeners:
    - name: http
      protocol: HTTP
      port: 80
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: web
  namespace: default
spec:
  parentRefs:
    - name: edge
  rules:
    - backendRefs:
        # Stable: most of the traffic.
        - name: web-v1
          port: 8080
          weight: 90
        # Canary: the rest.
        - name: web-v2
          port: 8080
          weight: 10 # keep this comment
---
apiVersion: v1
kind: Service
metadata:
  name: web-v1
  namespace: default
spec:
  ports:
    - port: 8080
---
apiVersion: v1
kind: Service
metadata:
  name: web-v2
  namespace: default
spec:
  ports:
    - port: 8080
`;

/** One more route, for typing and pasting. */
export const NEW_ROUTE = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: new-route
  namespace: default
spec:
  parentRefs:
    - name: edge
  rules:
    - backendRefs:
        - name: web-v1
          port: 8080
`;
