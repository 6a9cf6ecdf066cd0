import { isJsonObject, type JsonObject } from '../model/json.ts';
import { basename, relativePath } from '../path.ts';
import type { Accumulator } from './accumulator.ts';
import { refuseOrSkip, type BuildSession, type Target } from './build.ts';
import { KustomizeError, UnsupportedFeatureError } from './errors.ts';
import {
  addGeneratedResource,
  generateConfigMap,
  generateSecret,
  type GeneratorContext,
  type GeneratorOptions,
  type GeneratorSpec,
} from './generators.ts';
import { setOriginAnnotations } from './origin.ts';
import { unsupportedPlugin } from './plugins.ts';
import { Resource } from './resource.ts';

/**
 * Runs a kustomization's generators in kustomize's order — configMapGenerator, secretGenerator, then the
 * `generators:` plugin configs — and adds what they make to the accumulator per each one's behavior.
 */
export function runGenerators(session: BuildSession, target: Target, acc: Accumulator, pluginConfigs: Resource[]): void {
  const { k, file } = target;
  const ctx = generatorContext(session, target);
  const global = k.generatorOptions as GeneratorOptions | undefined;
  const configuredIn = originPath(target);

  // A generator reading a remote file is left out whole in skip mode: a ConfigMap without some of its
  // keys would be a wrong object (and a wrong hash), where a missing one is only a missing object.
  k.configMapGenerator.forEach((spec, i) => {
    const made = orSkip(() => generateConfigMap(spec as GeneratorSpec, global, ctx), 'configMapGenerator', i);
    if (made) add(made, 'ConfigMapGenerator', 'configMapGenerator');
  });
  k.secretGenerator.forEach((spec, i) => {
    const made = orSkip(() => generateSecret(spec as GeneratorSpec, global, ctx), 'secretGenerator', i);
    if (made) add(made, 'SecretGenerator', 'secretGenerator');
  });
  // Kustomize reads plugin configs leniently: fields a generator does not use are ignored.
  const pluginCtx = { ...ctx, ignoreUnknownFields: true };
  for (const config of pluginConfigs) {
    if (config.kind === 'ConfigMapGenerator' && config.apiVersion === 'builtin') {
      add(generateConfigMap(pluginSpec(config.obj), undefined, pluginCtx), 'ConfigMapGenerator', 'generators', config.name, config.source?.file);
    } else if (config.kind === 'SecretGenerator' && config.apiVersion === 'builtin') {
      add(generateSecret(pluginSpec(config.obj), undefined, pluginCtx), 'SecretGenerator', 'generators', config.name, config.source?.file);
    } else if (config.kind === 'IAMPolicyGenerator' && config.apiVersion === 'builtin') {
      const sa = iamPolicyServiceAccount(config.obj, file);
      if (session.trackOrigins) {
        setOriginAnnotations([sa], { configuredIn, configuredBy: { apiVersion: 'builtin', kind: 'IAMPolicyGenerator', name: config.name } });
      }
      acc.append(sa, `generators in ${file}`);
    } else {
      const err = unsupportedPlugin(config, file, 'generators');
      if (!(err instanceof UnsupportedFeatureError)) throw err;
      refuseOrSkip(session, err);
    }
  }

  function orSkip(generate: () => Resource, field: string, index: number): Resource | undefined {
    try {
      return generate();
    } catch (err) {
      if (!(err instanceof UnsupportedFeatureError)) throw err;
      const name = isJsonObject(k[field as 'configMapGenerator'][index]) ? (k[field as 'configMapGenerator'][index] as JsonObject).name : undefined;
      refuseOrSkip(
        session,
        new UnsupportedFeatureError(`${field} '${typeof name === 'string' ? name : index}' reading ${err.what}`, file, field, `/${field}/${index}`),
      );
      return undefined;
    }
  }

  function add(res: Resource, kind: string, field: string, pluginName?: string, configFile?: string): void {
    if (session.trackOrigins) {
      setOriginAnnotations([res], {
        configuredIn: configFile ? relativePath(session.topDir, configFile) : configuredIn,
        configuredBy: { apiVersion: 'builtin', kind, ...(pluginName ? { name: pluginName } : {}) },
      });
    }
    addGeneratedResource(acc.resources, res, `${field} in ${file}`);
  }
}

export function generatorContext(session: BuildSession, target: Target): GeneratorContext {
  return {
    kustomizationFile: target.file,
    dir: target.loader.root,
    readFile: (rel: string) => {
      const bytes = target.loader.readBytes(rel, 'generator', target.file);
      session.files.add(target.loader.resolve(rel));
      return bytes;
    },
  };
}

/** The kustomization file's path relative to the top-level build, as origin annotations name it. */
export function originPath(target: Target): string {
  const name = basename(target.file);
  return target.originDir === '.' ? name : `${target.originDir}/${name}`;
}

/**
 * Kustomize's builtin IAMPolicyGenerator (GKE workload identity): a ServiceAccount annotated with the
 * Google service account it may act as.
 */
function iamPolicyServiceAccount(obj: JsonObject, file: string): Resource {
  const k8s = isJsonObject(obj.kubernetesService) ? obj.kubernetesService : {};
  const gsa = isJsonObject(obj.serviceAccount) ? obj.serviceAccount : {};
  if (obj.cloud !== 'gke') {
    throw new KustomizeError(`IAMPolicyGenerator: cloud '${String(obj.cloud)}' is not supported; only gke is`, file, 'generators');
  }
  if (typeof k8s.name !== 'string' || typeof gsa.name !== 'string' || typeof gsa.projectId !== 'string') {
    throw new KustomizeError('IAMPolicyGenerator needs kubernetesService.name, serviceAccount.name and serviceAccount.projectId', file, 'generators');
  }
  const metadata: JsonObject = {
    name: k8s.name,
    annotations: { 'iam.gke.io/gcp-service-account': `${gsa.name}@${gsa.projectId}.iam.gserviceaccount.com` },
  };
  if (typeof k8s.namespace === 'string' && k8s.namespace) metadata.namespace = k8s.namespace;
  return new Resource({ apiVersion: 'v1', kind: 'ServiceAccount', metadata });
}

/** A builtin generator plugin config → generator arguments (its name and namespace sit in metadata). */
function pluginSpec(obj: JsonObject): GeneratorSpec {
  const md = isJsonObject(obj.metadata) ? obj.metadata : {};
  const { apiVersion: _a, kind: _k, metadata: _m, ...args } = obj;
  const spec = { ...args } as unknown as GeneratorSpec;
  // The generated object's name is the config's own `name`; metadata names the plugin, and stands in
  // only when `name` is missing.
  if (!spec.name && typeof md.name === 'string') spec.name = md.name;
  if (!spec.namespace && typeof md.namespace === 'string') spec.namespace = md.namespace;
  if (!spec.name) throw new KustomizeError('a generator config needs metadata.name');
  return spec;
}
