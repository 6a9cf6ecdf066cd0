// Environment models written by hand for the core diff tests: resources as JSON objects, no rendering.
import type { ClusterResource, EnvironmentModel } from '../../src/core/cluster/model.ts';
import type { JsonObject } from '../../src/core/model/json.ts';
import { Resource } from '../../src/core/kustomize/resource.ts';
import type { Finding } from '../../src/core/model/finding.ts';

export function cr(obj: JsonObject, options: { generatedHash?: boolean; entrypoint?: string } = {}): ClusterResource {
  const resource = new Resource(structuredClone(obj));
  if (options.generatedHash !== undefined) resource.generated = { behavior: 'create', hash: options.generatedHash };
  const entrypoint = options.entrypoint ?? 'apps/web/overlays/dev';
  return { resource, entrypoint, renderedFrom: entrypoint };
}

export function model(name: string, resources: ClusterResource[], findings: Finding[] = []): EnvironmentModel {
  return {
    config: { name, branch: name, entrypoints: [], allowedSources: [], targetRevisions: [] },
    entrypoints: [{ path: 'apps/web/overlays/dev', resources: resources.length, failed: false }],
    resources,
    findings,
  };
}

export function configMap(name: string, data: Record<string, string>, namespace = 'web'): JsonObject {
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace }, data };
}

export function secret(name: string, data: Record<string, string>, namespace = 'web', field: 'data' | 'stringData' = 'data'): JsonObject {
  return { apiVersion: 'v1', kind: 'Secret', metadata: { name, namespace }, type: 'Opaque', [field]: data };
}

export function deployment(name: string, image: string, extra: { labels?: Record<string, string>; podAnnotations?: Record<string, string> } = {}): JsonObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'web', labels: { app: name, ...(extra.labels ?? {}) } },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name }, ...(extra.podAnnotations ? { annotations: extra.podAnnotations } : {}) },
        spec: { containers: [{ name, image, ports: [{ containerPort: 8080 }] }] },
      },
    },
  };
}
