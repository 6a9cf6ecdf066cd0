import { MemoryFileSystem } from '../../src/io/memory-fs.ts';
import { buildKustomization, type BuildOptions } from '../../src/core/kustomize/build.ts';
import { stringifyResources } from '../../src/core/yaml/stringify.ts';

/** An in-memory repository for engine tests: `writeK` writes a kustomization, `writeF` any file. */
export class Harness {
  readonly fs = new MemoryFileSystem();

  writeK(dir: string, body: string): this {
    const kind = /^kind:\s*Component/m.test(body) ? '' : 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n';
    this.fs.writeFile(`${dir}/kustomization.yaml`, `${kind}${body}`);
    return this;
  }

  writeF(path: string, content: string): this {
    this.fs.writeFile(path, content);
    return this;
  }

  build(dir: string, options: BuildOptions = {}): string {
    const result = buildKustomization(this.fs, dir, options);
    return stringifyResources(result.resources.map((r) => r.obj));
  }
}
