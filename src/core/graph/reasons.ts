import type { EdgeReason } from './model.ts';

/** Why the dependent needs the dependency, in words a finding can use. */
export const REASON_TEXT: Record<EdgeReason, string> = {
  crd: 'its CRD',
  issuer: 'the issuer that signs its certificate',
  middleware: 'a Middleware its routes use',
  'tls-option': 'the TLSOption its TLS uses',
  'ingress-class': 'its IngressClass',
  'address-pool': 'the address pool it advertises',
  'load-balancer': 'an address for its LoadBalancer Service',
  source: 'its source',
  'service-account': 'the ServiceAccount its pods run as',
  'config-map': 'a ConfigMap its pods mount or read',
  secret: 'a Secret its pods mount or read',
  'volume-claim': 'a PersistentVolumeClaim its pods mount',
  namespace: 'its Namespace',
  'depends-on': 'a dependency it declares',
};
