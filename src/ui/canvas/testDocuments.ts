/**
 * Small documents for the canvas and inspector tests: a canary behind a Gateway, and a mesh
 * route on a Service frontend in another namespace.
 */
export const CANARY = `apiVersion: gateway.networking.k8s.io/v1
kind: GatewayClass
metadata:
  name: example
spec:
  controllerName: example.com/gateway-controller
---
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: edge
spec:
  gatewayClassName: example
  listeners:
    - name: http
      protocol: HTTP
      port: 80
    - name: tls
      protocol: TLS
      port: 443
      tls:
        mode: Passthrough
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: web
spec:
  parentRefs:
    - name: edge
      sectionName: http
  rules:
    - matches:
        - path:
            type: PathPrefix
            value: /api
      backendRefs:
        - name: web-v1
          port: 8080
          weight: 90
        - name: web-v2
          port: 8080
          weight: 10
---
apiVersion: v1
kind: Service
metadata:
  name: web-v1
spec:
  ports:
    - port: 8080
---
apiVersion: v1
kind: Service
metadata:
  name: web-v2
spec:
  ports:
    - name: http
      port: 8080
    - name: admin
      port: 9090
`;

export const MESH = `apiVersion: v1
kind: Service
metadata:
  name: echo
  namespace: mesh
spec:
  ports:
    - port: 80
---
apiVersion: v1
kind: Service
metadata:
  name: echo-v1
  namespace: mesh
spec:
  ports:
    - port: 8080
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: echo-split
  namespace: mesh
spec:
  parentRefs:
    - group: ""
      kind: Service
      name: echo
      port: 80
  rules:
    - backendRefs:
        - name: echo-v1
          port: 8080
`;
