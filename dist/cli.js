#!/usr/bin/env node
import { createRequire as __gg_createRequire } from 'node:module'; const require = __gg_createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = Symbol.for("yaml.alias");
    var DOC = Symbol.for("yaml.document");
    var MAP = Symbol.for("yaml.map");
    var PAIR = Symbol.for("yaml.pair");
    var SCALAR = Symbol.for("yaml.scalar");
    var SEQ = Symbol.for("yaml.seq");
    var NODE_TYPE = Symbol.for("yaml.node.type");
    var isAlias3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar4(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias3;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap4;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar4;
    exports.isSeq = isSeq4;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = Symbol("break visit");
    var SKIP = Symbol("skip children");
    var REMOVE = Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path2) {
      const ctrl = callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visit_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = visit_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path2) {
      const ctrl = await callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visitAsync_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path2) {
      if (typeof visitor === "function")
        return visitor(key, node, path2);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path2);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path2);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path2);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path2);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path2);
      return void 0;
    }
    function replaceNode(key, path2, node) {
      const parent = path2[path2.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy2 = new _Directives(this.yaml, this.tags);
        copy2.docStart = this.docStart;
        return copy2;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy2 = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy2.range = this.range.slice();
        return copy2;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match2 = tags.filter((t) => t.tag === tagName);
        const tagObj = match2.find((t) => !t.format) ?? match2[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path2, value) {
      let v = value;
      for (let i = path2.length - 1; i >= 0; --i) {
        const k = path2[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path2) => path2 == null || typeof path2 === "object" && !!path2[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy2 = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy2.schema = schema;
        copy2.items = copy2.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy2.range = this.range.slice();
        return copy2;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path2, value) {
        if (isEmptyPath(path2))
          this.add(value);
        else {
          const [key, ...rest] = path2;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        const [key, ...rest] = path2;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        const [key, ...rest] = path2;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str2 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str2 += json.slice(start, i);
                const code2 = json.substr(i + 2, 4);
                switch (code2) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code2.substr(0, 2) === "00")
                      str2 += "\\x" + code2.substr(2);
                    else
                      str2 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json.slice(start) : json;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test2 = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test2) || compat?.some(test2))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match2 = tags.filter((t) => t.tag === item.tag);
        if (match2.length > 0)
          return match2.find((t) => t.format === item.format) ?? match2[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match2 = tags.filter((t) => t.identify?.(obj));
        if (match2.length > 1) {
          const testMatch = match2.filter((t) => t.test);
          if (testMatch.length > 0)
            match2 = testMatch;
        }
        tagObj = match2.find((t) => t.format === item.format) ?? match2.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey2 = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey2;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add2 = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add2(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add2(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set3 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set3.items.push(Pair.createPair(value, null, ctx));
          }
        return set3;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set2 = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match2 = str2.match(timestamp.test);
        if (!match2)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match2.map(Number);
        const millisec = match2[7] ? Number((match2[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match2[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set2 = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set2.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set2 = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set2.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set2.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy2 = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy2.tags = this.tags.slice();
        return copy2;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy2 = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy2.commentBefore = this.commentBefore;
        copy2.comment = this.comment;
        copy2.errors = this.errors.slice();
        copy2.warnings = this.warnings.slice();
        copy2.options = Object.assign({}, this.options);
        if (this.directives)
          copy2.directives = this.directives.clone();
        copy2.schema = this.schema.clone();
        copy2.contents = identity.isNode(this.contents) ? this.contents.clone(copy2.schema) : this.contents;
        if (this.range)
          copy2.range = this.range.slice();
        return copy2;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path2, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path2, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        if (Collection.isEmptyPath(path2)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path2) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        if (Collection.isEmptyPath(path2))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path2, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path2) {
        if (Collection.isEmptyPath(path2))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path2) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        if (Collection.isEmptyPath(path2)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path2), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path2, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code2, message) {
        super();
        this.name = name;
        this.code = code2;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLParseError", pos, code2, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLWarning", pos, code2, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap4 = fc.start.source === "{";
      const fcName = isMap4 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap4 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap4 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap4 && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap4 && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap4) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap4 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar2, onError) {
      const start = scalar2.offset;
      const header = parseBlockScalarHeader(scalar2, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar2.source ? splitLines(scalar2.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar2.source)
          end2 += scalar2.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar2.indent + header.indent;
      let offset = scalar2.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar2.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar2, strict, onError) {
      const { offset, type, source, end } = scalar2;
      let _type;
      let value;
      const _onError = (rel, code2, msg) => onError(offset + rel, code2, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar2, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match2 = line.exec(source);
      if (!match2)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match2[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match2 = line.exec(source)) {
        const lm = match2[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match2 = last.exec(source);
      return res + sep2 + (match2?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code2 = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code2);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range: range2 } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar2;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar2 = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar2 = new Scalar.Scalar(value);
      }
      scalar2.range = range2;
      scalar2.source = value;
      if (type)
        scalar2.type = type;
      if (tagName)
        scalar2.tag = tagName;
      if (tag.format)
        scalar2.format = tag.format;
      if (comment)
        scalar2.comment = comment;
      return scalar2;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer2 = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code2, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code2, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code2, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer2;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code2, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code2, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code2, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = Symbol("break visit");
    var SKIP = Symbol("skip children");
    var REMOVE = Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path2) => {
      let item = cst;
      for (const [field, index] of path2) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path2) => {
      const parent = visit.itemAtPath(cst, path2.slice(0, -1));
      const field = path2[path2.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path2, item, visitor) {
      let ctrl = visitor(item, path2);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path2.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path2);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path2) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar4 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar4;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty2(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer2 = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty2(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty2(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty2(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty2(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty2(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty2(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote2 = this.charAt(0);
        let end = this.buffer.indexOf(quote2, this.pos + 1);
        if (quote2 === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty2(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty2(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty2(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty2(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty2(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test2) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test2(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer2;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar2) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar2.end) {
            sep2 = scalar2.end;
            sep2.push(this.sourceToken);
            delete scalar2.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar2.offset,
            indent: scalar2.indent,
            items: [{ start, key: scalar2, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar2);
      }
      *blockScalar(scalar2) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar2.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar2.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs3 = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs3, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs3);
              } else {
                Object.assign(it, { key: fs3, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs3 = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs3, sep: [] });
              else if (it.sep)
                this.stack.push(fs3);
              else
                Object.assign(it, { key: fs3, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments3(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments3;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code2) {
        super();
        this._items = typeof code2 === "string" ? [code2] : code2;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a2;
        return (_a2 = this._str) !== null && _a2 !== void 0 ? _a2 : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a2;
        return (_a2 = this._names) !== null && _a2 !== void 0 ? _a2 : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code2 = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code2, args[i]);
        code2.push(strs[++i]);
      }
      return new _Code(code2);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str2(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str2;
    function addCodeArg(code2, arg) {
      if (arg instanceof _Code)
        code2.push(...arg._items);
      else if (arg instanceof Name)
        code2.push(arg);
      else
        code2.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str2`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a2, _b;
        if (((_b = (_a2 = this._parent) === null || _a2 === void 0 ? void 0 : _a2._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a2;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a2 = value.key) !== null && _a2 !== void 0 ? _a2 : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code2 = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code2 = (0, code_1._)`${code2}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code2 = (0, code_1._)`${code2}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code2;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code2) {
        super();
        this.code = code2;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code2, n) => code2 + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code2 = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code2 += "else " + this.else.render(opts);
        return code2;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a2;
        this.else = (_a2 = this.else) === null || _a2 === void 0 ? void 0 : _a2.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code2 = "try" + super.render(opts);
        if (this.catch)
          code2 += this.catch.render(opts);
        if (this.finally)
          code2 += this.finally.render(opts);
        return code2;
      }
      optimizeNodes() {
        var _a2, _b;
        super.optimizeNodes();
        (_a2 = this.catch) === null || _a2 === void 0 ? void 0 : _a2.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a2, _b;
        super.optimizeNames(names, constants);
        (_a2 = this.catch) === null || _a2 === void 0 ? void 0 : _a2.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code2 = ["{"];
        for (const [key, value] of keyValues) {
          if (code2.length > 1)
            code2.push(",");
          code2.push(key);
          if (key !== value || this.opts.es5) {
            code2.push(":");
            (0, code_1.addCodeArg)(code2, value);
          }
        }
        code2.push("}");
        return new code_1._Code(code2);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES2) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES2.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str2) {
      return unescapeJsonPointer(decodeURIComponent(str2));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str2) {
      return encodeURIComponent(escapeJsonPointer(str2));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str2) {
      if (typeof str2 == "number")
        return `${str2}`;
      return str2.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str2) {
      return str2.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues: mergeValues2, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues2(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors2 = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a2;
      return schema[rule.keyword] !== void 0 || ((_a2 = rule.definition.implements) === null || _a2 === void 0 ? void 0 : _a2.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types2 = getJSONTypes(schema.type);
      const hasNull = types2.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types2.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types2.push("null");
      }
      return types2;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types2 = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types2.every(rules_1.isJSONType))
        return types2;
      throw new Error("type must be JSONType or JSONType[]: " + types2.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types2) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types2, opts.coerceTypes);
      const checkTypes = types2.length > 0 && !(coerceTo.length === 0 && types2.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types2[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types2, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types2, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types2, coerceTypes) {
      return coerceTypes ? types2.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types2, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types2, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types2 = (0, util_1.toHash)(dataTypes);
      if (types2.array && types2.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types2.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types2.null;
        delete types2.array;
        delete types2.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types2.number)
        delete types2.integer;
      for (const t in types2)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError2 = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError2);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors2();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a2;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a3;
        gen.if((0, codegen_1.not)((_a3 = def.valid) !== null && _a3 !== void 0 ? _a3 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str2) {
      return str2.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize2) {
      if (normalize2 !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors2();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types2 = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types2);
      schemaKeywords(it, types2, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types2, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES: RULES2 } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES2))) {
        gen.block(() => keywordCode(it, "$ref", RULES2.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types2);
      gen.block(() => {
        for (const group of RULES2.rules)
          groupKeywords(group);
        groupKeywords(RULES2.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types2.length === 1 && types2[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types2) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types2);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types2);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types2) {
      if (!types2.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types2;
        return;
      }
      types2.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types2);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a2;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a2 = env.baseId) !== null && _a2 !== void 0 ? _a2 : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a2;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve5.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a2 = root.localRefs) === null || _a2 === void 0 ? void 0 : _a2[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve5(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a2;
      if (((_a2 = parsedRef.fragment) === null || _a2 === void 0 ? void 0 : _a2[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv42 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code2 = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code2 = input[i].charCodeAt(0);
        if (code2 === 48) {
          continue;
        }
        if (!(code2 >= 48 && code2 <= 57 || code2 >= 65 && code2 <= 70 || code2 >= 97 && code2 <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code2 = input[i].charCodeAt(0);
        if (!(code2 >= 48 && code2 <= 57 || code2 >= 65 && code2 <= 70 || code2 >= 97 && code2 <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv42(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str2, token) {
      let ind = 0;
      for (let i = 0; i < str2.length; i++) {
        if (str2[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path2) {
      let input = path2;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path2) {
      if (path2 === "" || path2[0] === "/") {
        return removeDotSegments(path2);
      }
      const segments = path2.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code2 = input.charCodeAt(i);
          if (code2 < 128) {
            output += isEscapeSafe(code2) ? ch : BYTE_HEX[code2];
          } else if (code2 < 55296 || code2 > 57343) {
            output += percentEncodeNonAscii(code2);
          } else if (code2 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code2 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code2 = input.charCodeAt(i);
          if (code2 < 128) {
            output += BYTE_HEX[code2];
          } else if (code2 < 55296 || code2 > 57343) {
            output += percentEncodeNonAscii(code2);
          } else if (code2 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code2 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code2 = input.charCodeAt(i);
          if (code2 < 128) {
            output += BYTE_HEX[code2];
          } else if (code2 < 55296 || code2 > 57343) {
            output += percentEncodeNonAscii(code2);
          } else if (code2 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code2 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code2 = input.charCodeAt(i);
          if (code2 < 128) {
            output += isEscapeSafe(code2) ? ch : BYTE_HEX[code2];
          } else if (code2 < 55296 || code2 > 57343) {
            output += percentEncodeNonAscii(code2);
          } else if (code2 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code2 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv42(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4: isIPv42,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path2 = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path2 && path2 !== "/" ? path2 : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4: isIPv42, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize2(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse2(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve5(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv42(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative3, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse2(serialize(base, options), options);
        relative3 = parse2(serialize(relative3, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative3.scheme) {
        target.scheme = relative3.scheme;
        target.userinfo = relative3.userinfo;
        target.host = relative3.host;
        target.port = relative3.port;
        target.path = removeDotSegments(relative3.path || "");
        target.query = relative3.query;
      } else {
        if (relative3.userinfo !== void 0 || relative3.host !== void 0 || relative3.port !== void 0) {
          target.userinfo = relative3.userinfo;
          target.host = relative3.host;
          target.port = relative3.port;
          target.path = removeDotSegments(relative3.path || "");
          target.query = relative3.query;
        } else {
          if (!relative3.path) {
            target.path = base.path;
            if (relative3.query !== void 0) {
              target.query = relative3.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative3.path[0] === "/") {
              target.path = removeDotSegments(relative3.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative3.path;
              } else if (!base.path) {
                target.path = relative3.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative3.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative3.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative3.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv42(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse2(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize: normalize2,
      resolve: resolve5,
      resolveComponent,
      equal,
      serialize,
      parse: parse2
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str2, flags) => new RegExp(str2, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a2, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a2 = o.code) === null || _a2 === void 0 ? void 0 : _a2.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv3 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES: RULES2 } = this;
        delete RULES2.keywords[keyword];
        delete RULES2.all[keyword];
        for (const group of RULES2.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv3.ValidationError = validation_error_1.default;
    Ajv3.MissingRefError = ref_error_1.default;
    exports.default = Ajv3;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES: RULES2 } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES2.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a2;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES: RULES2 } = this;
      let ruleGroup = post ? RULES2.post : RULES2.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES2.rules.push(ruleGroup);
      }
      RULES2.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES2.all[keyword] = rule;
      (_a2 = definition.implements) === null || _a2 === void 0 ? void 0 : _a2.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a2;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a2 = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a2 === void 0 ? void 0 : _a2.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str2) {
      const len = str2.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str2.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str2.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code2 = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code: code2 });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a2;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a2 = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a2 === void 0 ? void 0 : _a2[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv3 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv3;
    module.exports = exports = Ajv3;
    module.exports.Ajv = Ajv3;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv3;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// src/version.ts
var VERSION = "0.1.0";

// src/cli/build-command.ts
import { parseArgs } from "node:util";
import * as nodePath2 from "node:path";

// src/core/ports.ts
var FsError = class extends Error {
  constructor(message, path2, code2) {
    super(message);
    this.path = path2;
    this.code = code2;
    this.name = "FsError";
  }
};
var MAX_FILE_BYTES = 32 * 1024 * 1024;
var utf8 = new TextDecoder("utf-8", { fatal: false });
function readText(fs3, path2) {
  return utf8.decode(fs3.readBytes(path2));
}

// src/core/model/json.ts
function isJsonObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function cloneJson(value) {
  if (Array.isArray(value)) return value.map((v) => cloneJson(v));
  if (isJsonObject(value)) {
    const out = {};
    for (const key of Object.keys(value)) setOwn(out, key, cloneJson(value[key]));
    return out;
  }
  return value;
}
function setOwn(obj, key, value) {
  if (key === "__proto__") {
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    obj[key] = value;
  }
}
function jsonEqual(a, b) {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((v, i) => jsonEqual(v, b[i]));
  }
  if (isJsonObject(a) && isJsonObject(b)) {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && jsonEqual(a[k], b[k]));
  }
  return false;
}

// src/core/path.ts
function joinPath(...parts) {
  return normalizePath(parts.filter((p) => p !== "").join("/"));
}
function resolvePath(dir, rel) {
  return rel.startsWith("/") ? normalizePath(rel) : normalizePath(`${dir}/${rel}`);
}
function normalizePath(path2) {
  const absolute = path2.startsWith("/");
  const out = [];
  for (const seg of path2.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      if (out.length > 0 && out[out.length - 1] !== "..") out.pop();
      else if (!absolute) out.push("..");
      continue;
    }
    out.push(seg);
  }
  const joined = out.join("/");
  if (absolute) return `/${joined}`;
  return joined === "" ? "." : joined;
}
function dirname(path2) {
  const n = normalizePath(path2);
  const i = n.lastIndexOf("/");
  if (i < 0) return ".";
  if (i === 0) return "/";
  return n.slice(0, i);
}
function basename(path2) {
  const n = normalizePath(path2);
  return n.slice(n.lastIndexOf("/") + 1);
}
function isWithin(root, path2) {
  if (root === "/") return path2.startsWith("/");
  return path2 === root || path2.startsWith(`${root}/`);
}
function relativePath(from, path2) {
  const a = normalizePath(from).split("/").filter(Boolean);
  const b = normalizePath(path2).split("/").filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const up = a.slice(i).map(() => "..");
  const rel = [...up, ...b.slice(i)].join("/");
  return rel === "" ? "." : rel;
}

// src/core/yaml/parse.ts
var import_yaml = __toESM(require_dist(), 1);

// src/core/yaml/scalar-resolve.ts
var NULL = { kind: "null" };
var STR = { kind: "str" };
var TRUE = { kind: "bool", value: true };
var FALSE = { kind: "bool", value: false };
var COMMON_WORDS = new Map([
  ...["true", "True", "TRUE"].map((w) => [w, TRUE]),
  ...["false", "False", "FALSE"].map((w) => [w, FALSE]),
  ...["", "~", "null", "Null", "NULL"].map((w) => [w, NULL]),
  ...[".nan", ".NaN", ".NAN"].map((w) => [w, { kind: "float", value: NaN }]),
  ...[".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"].map((w) => [
    w,
    { kind: "float", value: Infinity }
  ]),
  ...["-.inf", "-.Inf", "-.INF"].map((w) => [w, { kind: "float", value: -Infinity }])
]);
var V2_WORDS = new Map([
  ...COMMON_WORDS,
  ...["y", "Y", "yes", "Yes", "YES", "on", "On", "ON"].map((w) => [w, TRUE]),
  ...["n", "N", "no", "No", "NO", "off", "Off", "OFF"].map((w) => [w, FALSE])
]);
var INT64_MIN = -(1n << 63n);
var INT64_MAX = (1n << 63n) - 1n;
var UINT64_MAX = (1n << 64n) - 1n;
function hintOf(s) {
  if (s === "") return "word";
  const c = s.charCodeAt(0);
  if (c >= 48 && c <= 57) return "digit";
  if (c === 43 || c === 45) return "sign";
  if (c === 46) return "dot";
  return "yYnNtTfFoO~".includes(s[0]) ? "word" : void 0;
}
function parseGoInteger(s, base) {
  let i = 0;
  let sign = "";
  if (s[0] === "+" || s[0] === "-") {
    sign = s[0];
    i = 1;
  }
  let radix = base === 0 ? 10 : base;
  if (base === 0 && s.length - i >= 2 && s[i] === "0") {
    const p = s[i + 1].toLowerCase();
    if (p === "x") radix = 16, i += 2;
    else if (p === "o") radix = 8, i += 2;
    else if (p === "b") radix = 2, i += 2;
    else radix = 8, i += 1;
  }
  const digits = s.slice(i);
  if (digits === "" || !DIGITS[radix].test(digits)) return void 0;
  const prefix = radix === 16 ? "0x" : radix === 8 ? "0o" : radix === 2 ? "0b" : "";
  let v = BigInt(prefix + digits);
  if (sign === "-") v = -v;
  if (v >= INT64_MIN && v <= INT64_MAX) return v;
  if (sign === "" && v <= UINT64_MAX) return v;
  return void 0;
}
var DIGITS = {
  2: /^[01]+$/,
  8: /^[0-7]+$/,
  10: /^[0-9]+$/,
  16: /^[0-9a-fA-F]+$/
};
var YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
var DOT_FLOAT = /^\.[0-9]+(?:_[0-9]+)*(?:[eE][-+]?[0-9]+(?:_[0-9]+)*)?$/;
function finiteFloat(s) {
  const v = Number(s);
  return Number.isFinite(v) ? { kind: "float", value: v } : void 0;
}
function resolveNumeric(s, withTimestamp, v3) {
  if (withTimestamp) {
    const ts = parseTimestamp(s);
    if (ts !== void 0) return { kind: "timestamp", value: ts };
  }
  const plain = s.includes("_") ? s.replaceAll("_", "") : s;
  const int = parseGoInteger(plain, 0);
  if (int !== void 0) return { kind: "int", value: int };
  if (YAML_STYLE_FLOAT.test(plain)) {
    const f = finiteFloat(plain);
    if (f) return f;
  }
  if (plain.startsWith("0b")) {
    const v = parseGoInteger(plain.slice(2), 2);
    if (v !== void 0) return { kind: "int", value: v };
  } else if (plain.startsWith("-0b")) {
    const v = parseGoInteger("-" + plain.slice(3), 2);
    if (v !== void 0 && v >= INT64_MIN) return { kind: "int", value: v };
  }
  if (v3) {
    if (plain.startsWith("0o")) {
      const v = parseGoInteger(plain.slice(2), 8);
      if (v !== void 0) return { kind: "int", value: v };
    } else if (plain.startsWith("-0o")) {
      const v = parseGoInteger("-" + plain.slice(3), 8);
      if (v !== void 0 && v >= INT64_MIN) return { kind: "int", value: v };
    }
  }
  return STR;
}
function resolveWith(words, s, v3, withTimestamp) {
  const hint = hintOf(s);
  if (hint === void 0) return STR;
  const word = words.get(s);
  if (word) return word;
  if (hint === "dot") return DOT_FLOAT.test(s) ? finiteFloat(s.replaceAll("_", "")) ?? STR : STR;
  if (hint === "digit" || hint === "sign") return resolveNumeric(s, withTimestamp, v3);
  return STR;
}
function resolvePlainScalar(s) {
  return resolveWith(COMMON_WORDS, s, true, true);
}
var SHORT_TAGS = {
  "tag:yaml.org,2002:null": "null",
  "tag:yaml.org,2002:bool": "bool",
  "tag:yaml.org,2002:int": "int",
  "tag:yaml.org,2002:float": "float",
  "tag:yaml.org,2002:timestamp": "timestamp"
};
function resolveTaggedScalar(tag, s) {
  const want = SHORT_TAGS[tag];
  if (want === void 0) return void 0;
  const got = resolveWith(COMMON_WORDS, s, true, want === "timestamp");
  if (got.kind === want) return got;
  if (want === "float" && got.kind === "int") return { kind: "float", value: Number(got.value) };
  throw new Error(`cannot decode ${got.kind === "str" ? "!!str" : "!!" + got.kind} \`${s}\` as a !!${want}`);
}
function needsQuotesForV2(s) {
  if (resolveWith(V2_WORDS, s, false, true).kind !== "str") return true;
  return isBase60Float(s);
}
var BASE60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
function isBase60Float(s) {
  if (s === "" || !s.includes(":")) return false;
  const c = s[0];
  if (!(c === "+" || c === "-" || c >= "0" && c <= "9")) return false;
  return BASE60_FLOAT.test(s);
}
var TIMESTAMP = /^([0-9]{4})-([0-9][0-9]?)-([0-9][0-9]?)(?:([Tt ])([0-9][0-9]?):([0-9][0-9]?):([0-9][0-9]?)(?:[.,]([0-9]+))?(Z|[+-][0-9]{2}:[0-9]{2})?)?$/;
function daysIn(month, year) {
  if (month === 2) return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
var pad = (n, width = 2) => String(n).padStart(width, "0");
function parseTimestamp(s) {
  const c4 = s.charCodeAt(4);
  if (s.length < 8 || c4 !== 45) return void 0;
  const m = TIMESTAMP.exec(s);
  if (!m) return void 0;
  const [, ys, mos, ds, sep2, hs, mis, ss, frac, zone] = m;
  if (sep2 !== void 0 && sep2 === " " !== (zone === void 0)) return void 0;
  const year = Number(ys);
  const month = Number(mos);
  const day = Number(ds);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(month, year)) return void 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let nanos = "";
  let offsetMinutes = 0;
  if (sep2 !== void 0) {
    hour = Number(hs);
    minute = Number(mis);
    second = Number(ss);
    if (hour > 23 || minute > 59 || second > 59) return void 0;
    if (frac !== void 0) nanos = frac.slice(0, 9).padEnd(9, "0").replace(/0+$/, "");
    if (zone !== void 0 && zone !== "Z") {
      const zh = Number(zone.slice(1, 3));
      const zm = Number(zone.slice(4, 6));
      if (zh > 24 || zm > 60) return void 0;
      offsetMinutes = (zh * 60 + zm) * (zone[0] === "-" ? -1 : 1);
    }
  }
  let out = `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}`;
  if (nanos !== "") out += "." + nanos;
  if (offsetMinutes === 0) return out + "Z";
  const abs = Math.abs(offsetMinutes);
  return `${out}${offsetMinutes < 0 ? "-" : "+"}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

// src/core/yaml/parse.ts
var YamlError = class extends Error {
  constructor(message, file, line, column) {
    super(`${file}:${line}:${column}: ${message}`);
    this.file = file;
    this.line = line;
    this.column = column;
    this.name = "YamlError";
  }
};
var MAX_DEPTH = 300;
var ALIAS_BUDGET_BASE = 1e5;
var ALIAS_BUDGET_RATIO = 10;
var TAG_STR = "tag:yaml.org,2002:str";
var TAG_BINARY = "tag:yaml.org,2002:binary";
var TAG_MERGE = "tag:yaml.org,2002:merge";
function firstForbiddenCharacter(text) {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 32 && c <= 126) continue;
    if (c === 10 || c === 9 || c === 13 || c === 133) continue;
    if (c >= 160 && c <= 55295) continue;
    if (c >= 57344 && c <= 65533) continue;
    if (c >= 55296 && c <= 56319) {
      const d = text.charCodeAt(i + 1);
      if (d >= 56320 && d <= 57343) {
        i++;
        continue;
      }
    }
    return i;
  }
  return -1;
}
var Positions = class {
  constructor(text) {
    this.text = text;
  }
  offset = 0;
  line = 1;
  lineStart = 0;
  at(offset) {
    if (offset < this.offset) {
      this.offset = 0;
      this.line = 1;
      this.lineStart = 0;
    }
    const text = this.text;
    for (let i = text.indexOf("\n", this.offset); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
      this.line++;
      this.lineStart = i + 1;
    }
    this.offset = offset;
    return { line: this.line, column: offset - this.lineStart + 1 };
  }
};
function parseYamlDocuments(text, file) {
  const positions = new Positions(text);
  const fail = (message, offset) => {
    const { line, column } = positions.at(offset);
    throw new YamlError(message, file, line, column);
  };
  const bad = firstForbiddenCharacter(text);
  if (bad !== -1) {
    const code2 = text.charCodeAt(bad).toString(16).toUpperCase().padStart(4, "0");
    fail(`control or non-printable character U+${code2} is not allowed in YAML`, bad);
  }
  if (flowNestsTooDeep(text)) fail(`document nests deeper than ${MAX_DEPTH} levels`, offsetOfDeepBracket(text));
  const tokens = Array.from(new import_yaml.Parser().parse(text));
  const tooDeep = firstTooDeep(tokens);
  if (tooDeep !== void 0) fail(`document nests deeper than ${MAX_DEPTH} levels`, tooDeep);
  let docs;
  try {
    const composer = new import_yaml.Composer({
      // Resolve nothing: scalars stay text and are typed below with go-yaml's rules, not YAML 1.2's.
      schema: "failsafe",
      uniqueKeys: false,
      merge: false,
      keepSourceTokens: false
    });
    docs = Array.from(composer.compose(tokens));
  } catch (e) {
    if (e instanceof RangeError) fail("document nests too deeply", 0);
    throw e;
  }
  const out = [];
  let index = 0;
  for (const doc of docs) {
    const error = doc.errors[0];
    if (error) {
      const message = error.code === "RESOURCE_EXHAUSTION" ? "document nests too deeply" : error.message.replace(/\s+/g, " ");
      fail(message, error.pos[0]);
    }
    const contents = doc.contents;
    if (contents !== null) {
      const value = new Converter(fail, (offset) => new Positions(text).at(offset).line).convertDocument(contents);
      if (value !== null) {
        const { line, column } = positions.at(contents.range[0]);
        out.push({ value, index, line, column });
      }
    }
    index++;
  }
  return out;
}
function flowNestsTooDeep(text) {
  let brackets = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) brackets++;
  }
  if (brackets <= MAX_DEPTH) return false;
  let depth = 0;
  for (const lexeme of new import_yaml.Lexer().lex(text)) {
    if (lexeme === "[" || lexeme === "{") {
      if (++depth > MAX_DEPTH) return true;
    } else if (lexeme === "]" || lexeme === "}") depth--;
    else if (lexeme === "") depth = 0;
  }
  return false;
}
function offsetOfDeepBracket(text) {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) {
      if (++depth > MAX_DEPTH) return i;
    } else if (c === 93 || c === 125) depth = Math.max(0, depth - 1);
  }
  return 0;
}
function firstTooDeep(tokens) {
  const stack = tokens.map((t) => [t, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop();
    if (!token) continue;
    switch (token.type) {
      case "document":
        stack.push([token.value, depth]);
        break;
      case "block-map":
      case "block-seq":
      case "flow-collection":
        if (depth >= MAX_DEPTH) return token.offset;
        for (const item of token.items) {
          if ("key" in item) stack.push([item.key, depth + 1]);
          stack.push([item.value, depth + 1]);
        }
        break;
    }
  }
  return void 0;
}
function startOf(node) {
  return node?.range?.[0] ?? 0;
}
var Converter = class {
  constructor(fail, lineOf) {
    this.fail = fail;
    this.lineOf = lineOf;
  }
  anchors = /* @__PURE__ */ new Map();
  /** Anchored nodes whose conversion is under way: an alias to one of them is a cycle. */
  open = /* @__PURE__ */ new Set();
  ownNodes = 0;
  aliasNodes = 0;
  expandingAlias = 0;
  convertDocument(root) {
    return this.convert(root, 0);
  }
  convert(node, depth) {
    if (depth > MAX_DEPTH) this.fail(`document nests deeper than ${MAX_DEPTH} levels`, startOf(node));
    if (this.expandingAlias > 0) {
      if (++this.aliasNodes > ALIAS_BUDGET_BASE + ALIAS_BUDGET_RATIO * this.ownNodes) {
        this.fail("document contains excessive aliasing", startOf(node));
      }
    } else this.ownNodes++;
    if ((0, import_yaml.isAlias)(node)) return this.convertAlias(node, depth);
    const anchor = node.anchor;
    if (anchor !== void 0 && this.expandingAlias === 0) this.anchors.set(anchor, node);
    if (anchor !== void 0) this.open.add(node);
    try {
      if ((0, import_yaml.isMap)(node)) return this.convertMap(node, depth);
      if ((0, import_yaml.isSeq)(node)) return node.items.map((item) => this.convert(item, depth + 1));
      if ((0, import_yaml.isScalar)(node)) return this.convertScalar(node);
      return this.fail("unsupported YAML node", startOf(node));
    } finally {
      if (anchor !== void 0) this.open.delete(node);
    }
  }
  target(alias) {
    const target = this.anchors.get(alias.source);
    if (!target) return this.fail(`unknown anchor '${alias.source}' referenced`, startOf(alias));
    if (this.open.has(target)) return this.fail(`anchor '${alias.source}' value contains itself`, startOf(alias));
    return target;
  }
  convertAlias(alias, depth) {
    const target = this.target(alias);
    this.expandingAlias++;
    try {
      return this.convert(target, depth);
    } finally {
      this.expandingAlias--;
    }
  }
  convertScalar(node) {
    const text = typeof node.source === "string" ? node.source : String(node.value ?? "");
    const tag = node.tag;
    const plain = node.type === "PLAIN";
    if (tag === void 0) return plain ? this.toJson(resolvePlainScalar(text), node) : text;
    if (tag === "!" || tag === TAG_STR) return text;
    if (tag === TAG_BINARY) return decodeBinary(node.value);
    let resolved;
    try {
      resolved = resolveTaggedScalar(tag, text);
    } catch (e) {
      return this.fail(e.message, startOf(node));
    }
    return resolved ? this.toJson(resolved, node) : text;
  }
  toJson(r, node) {
    switch (r.kind) {
      case "null":
        return null;
      case "bool":
        return r.value;
      case "int":
        return Number(r.value);
      case "float":
        if (!Number.isFinite(r.value)) {
          return this.fail(`${String(r.value)} cannot be represented in JSON`, startOf(node));
        }
        return r.value;
      case "timestamp":
        return r.value;
      case "str":
        return node.source;
    }
  }
  /** The text of a mapping key; go-yaml keeps a scalar key's text as written (`0x10` stays "0x10"). */
  keyText(key, pairStart) {
    let node = key;
    if (node && (0, import_yaml.isAlias)(node)) node = this.target(node);
    if (!node || !(0, import_yaml.isScalar)(node)) {
      return this.fail("mapping keys must be scalars", node ? startOf(node) : pairStart);
    }
    if (node.anchor !== void 0 && this.expandingAlias === 0) this.anchors.set(node.anchor, node);
    const text = typeof node.source === "string" ? node.source : String(node.value ?? "");
    if (node.tag === void 0 && node.type === "PLAIN" && resolvePlainScalar(text).kind === "null") {
      return this.fail("mapping key is null", startOf(node));
    }
    return text;
  }
  convertMap(node, depth) {
    const obj = {};
    const pairs = node.items;
    let merge;
    for (const pair of pairs) {
      const key = pair.key;
      if (isMergeKey(key)) {
        if (merge) this.duplicateKey("<<", merge.key, key);
        merge = pair;
        continue;
      }
      const k = this.keyText(key, startOf(key));
      if (Object.prototype.hasOwnProperty.call(obj, k)) {
        this.duplicateKey(k, pairs.find((p) => p.key && (0, import_yaml.isScalar)(p.key) && p.key.source === k)?.key ?? null, key);
      }
      setOwn(obj, k, pair.value === null ? null : this.convert(pair.value, depth + 1));
    }
    if (merge) this.merge(obj, merge.value, depth, startOf(merge.key));
    return obj;
  }
  /** go-yaml v3 refuses a key given twice in one mapping, and so does kustomize. */
  duplicateKey(key, first, again) {
    return this.fail(`mapping key ${JSON.stringify(key)} already defined at line ${this.lineOf(startOf(first))}`, startOf(again));
  }
  /** `<<: *base` or `<<: [*a, *b]`: keys not set explicitly come from the merged maps, earlier ones first. */
  merge(obj, value, depth, at) {
    const sources = value && (0, import_yaml.isSeq)(value) ? value.items : value ? [value] : [];
    if (sources.length === 0) this.fail("map merge requires map or sequence of maps as the value", at);
    for (const source of sources) {
      const target = (0, import_yaml.isAlias)(source) ? this.target(source) : source;
      if (!(0, import_yaml.isMap)(target)) this.fail("map merge requires map or sequence of maps as the value", startOf(source));
      const merged = this.convert(source, depth + 1);
      for (const k of Object.keys(merged)) {
        if (!Object.prototype.hasOwnProperty.call(obj, k)) setOwn(obj, k, merged[k]);
      }
    }
  }
};
function isMergeKey(key) {
  if (!(0, import_yaml.isScalar)(key) || key.source !== "<<") return false;
  return key.tag === void 0 && key.type === "PLAIN" || key.tag === TAG_MERGE;
}
function decodeBinary(value) {
  if (value instanceof Uint8Array) return new TextDecoder().decode(value);
  return String(value ?? "");
}

// src/core/kustomize/errors.ts
var KustomizeError = class extends Error {
  constructor(message, file, field, line) {
    super(message);
    this.file = file;
    this.field = field;
    this.line = line;
    this.name = "KustomizeError";
  }
};
var UnsupportedFeatureError = class extends KustomizeError {
  constructor(what, file, field) {
    super(
      `${what} (field '${field}') is not supported by the builtin engine, which never executes or downloads anything; use --engine kustomize to build it with a real kustomize`,
      file,
      field
    );
    this.name = "UnsupportedFeatureError";
  }
};
var YamlParseError = class extends KustomizeError {
  constructor(message, file, line) {
    super(message, file, void 0, line);
    this.name = "YamlParseError";
  }
};

// src/core/kustomize/loader.ts
var utf82 = new TextDecoder("utf-8");
var KustomizationLoader = class _KustomizationLoader {
  constructor(fs3, root, restrictor, chain = []) {
    this.fs = fs3;
    this.root = root;
    this.restrictor = restrictor;
    this.chain = chain;
    this.realRoot = normalizePath(fs3.realPath(root));
  }
  /** The kustomization directory, symlinks resolved. */
  realRoot;
  /** Absolute path of `rel` as written in the kustomization. */
  resolve(rel) {
    return resolvePath(this.root, rel);
  }
  /** Reads a file named in the kustomization; `field` names the kustomization field, for errors. */
  readBytes(rel, field, kustomizationFile) {
    if (isRemote(rel)) throw new UnsupportedFeatureError(`remote file '${rel}'`, kustomizationFile, field);
    const abs = this.resolve(rel);
    const stat2 = this.fs.stat(abs);
    if (!stat2) {
      throw new KustomizeError(`${field}: file '${rel}' does not exist (looked for ${abs})`, kustomizationFile, field);
    }
    if (stat2.kind !== "file") {
      throw new KustomizeError(`${field}: '${rel}' must be a file, but it is a directory`, kustomizationFile, field);
    }
    this.checkRestriction(abs, rel, field, kustomizationFile);
    try {
      return this.fs.readBytes(abs);
    } catch (err) {
      if (err instanceof FsError) throw new KustomizeError(`${field}: ${err.message}`, kustomizationFile, field);
      throw err;
    }
  }
  readText(rel, field, kustomizationFile) {
    return utf82.decode(this.readBytes(rel, field, kustomizationFile));
  }
  /** Enforces the load restrictor on a file about to be read. */
  checkRestriction(abs, rel, field, kustomizationFile) {
    if (this.restrictor === "none") return;
    const real = normalizePath(this.fs.realPath(abs));
    if (!isWithin(this.realRoot, real)) {
      throw new KustomizeError(
        `security; file '${rel}' (${real}) is not in or below '${this.realRoot}'; kustomize refuses it by default (--load-restrictor none allows it)`,
        kustomizationFile,
        field
      );
    }
  }
  /** A loader for a base or component directory; throws when it would form a cycle. */
  child(absDir, kustomizationFile, field) {
    const real = normalizePath(this.fs.realPath(absDir));
    for (const visited of [...this.chain, this.realRoot]) {
      if (isWithin(real, visited)) {
        throw new KustomizeError(
          `cycle detected: '${absDir}' contains '${visited}', which is already being built`,
          kustomizationFile,
          field
        );
      }
    }
    return new _KustomizationLoader(this.fs, absDir, this.restrictor, [...this.chain, this.realRoot]);
  }
};
function isRemote(path2) {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(path2) || /^git@/.test(path2) || /^git::/.test(path2) || /^(github\.com|gitlab\.com|bitbucket\.org)\//.test(path2);
}

// src/core/kustomize/kustomization.ts
var DEPRECATED_FIELDS = {
  bases: "'bases' is deprecated. Please use 'resources' instead.",
  imageTags: "'imageTags' is deprecated. Please use 'images' instead.",
  patchesJson6902: "'patchesJson6902' is deprecated. Please use 'patches' instead.",
  patchesStrategicMerge: "'patchesStrategicMerge' is deprecated. Please use 'patches' instead.",
  vars: "'vars' is deprecated. Please use 'replacements' instead.",
  commonLabels: "'commonLabels' is deprecated. Please use 'labels' instead."
};
var FIELDS = {
  apiVersion: "string",
  kind: "string",
  metadata: "object",
  openapi: "stringMap",
  namePrefix: "string",
  nameSuffix: "string",
  namespace: "string",
  commonLabels: "stringMap",
  labels: "objectList",
  commonAnnotations: "stringMap",
  patchesStrategicMerge: "patchStrategicMergeList",
  patchesJson6902: "objectList",
  patches: "objectList",
  images: "objectList",
  imageTags: "objectList",
  replacements: "objectList",
  replicas: "objectList",
  vars: "objectList",
  sortOptions: "object",
  resources: "stringList",
  components: "stringList",
  crds: "stringList",
  bases: "stringList",
  configMapGenerator: "objectList",
  secretGenerator: "objectList",
  helmGlobals: "any",
  helmCharts: "any",
  helmChartInflationGenerator: "any",
  generatorOptions: "object",
  configurations: "stringList",
  generators: "stringList",
  transformers: "stringList",
  validators: "stringList",
  inventory: "any",
  buildMetadata: "stringList"
};
var ENTRY_FIELDS = {
  labels: ["pairs", "includeSelectors", "includeTemplates", "fields"],
  patches: ["path", "patch", "target", "options"],
  patchesJson6902: ["path", "patch", "target"],
  replicas: ["name", "count"]
};
function canonicalEntry(entry, known, field, file) {
  const out = {};
  for (const key of Object.keys(entry)) {
    const canonical = known.find((k) => k.toLowerCase() === key.toLowerCase());
    if (!canonical) {
      throw new KustomizeError(`invalid Kustomization: unknown field "${key}" in a '${field}' entry`, file, field);
    }
    out[canonical] = entry[key];
  }
  return out;
}
var CANONICAL = new Map(Object.keys(FIELDS).map((f) => [f.toLowerCase(), f]));
var KUSTOMIZATION_API_VERSION = "kustomize.config.k8s.io/v1beta1";
var COMPONENT_API_VERSION = "kustomize.config.k8s.io/v1alpha1";
function parseKustomization(raw, file) {
  if (raw === void 0 || raw === null) {
    throw new KustomizeError(`kustomization file is empty: ${file}`, file);
  }
  if (!isJsonObject(raw)) {
    throw new KustomizeError(`invalid Kustomization: expected a map of fields, got ${describe(raw)}`, file);
  }
  const fields = {};
  for (const key of Object.keys(raw)) {
    const canonical = CANONICAL.get(key.toLowerCase());
    if (!canonical) {
      throw new KustomizeError(`invalid Kustomization: unknown field "${key}"`, file, key);
    }
    fields[canonical] = raw[key];
  }
  for (const [name, value] of Object.entries(fields)) checkType(name, FIELDS[name], value, file);
  for (const [name, known] of Object.entries(ENTRY_FIELDS)) {
    const list = fields[name];
    if (Array.isArray(list)) fields[name] = list.map((entry) => canonicalEntry(entry, known, name, file));
  }
  const str2 = (name) => typeof fields[name] === "string" ? fields[name] : "";
  const strList = (name) => Array.isArray(fields[name]) ? fields[name] : [];
  const objList = (name) => Array.isArray(fields[name]) ? fields[name] : [];
  const strMap = (name) => isJsonObject(fields[name]) ? fields[name] : {};
  const kindRaw = str2("kind") || "Kustomization";
  if (kindRaw !== "Kustomization" && kindRaw !== "Component") {
    throw new KustomizeError(`invalid kustomization kind '${kindRaw}': kind should be Kustomization or Component`, file, "kind");
  }
  const required = kindRaw === "Component" ? COMPONENT_API_VERSION : KUSTOMIZATION_API_VERSION;
  const apiVersion = str2("apiVersion") || required;
  if (apiVersion !== required) {
    throw new KustomizeError(`apiVersion for ${kindRaw} should be ${required}, not '${apiVersion}'`, file, "apiVersion");
  }
  const withEnvs = (gens) => gens.map((g) => {
    if (typeof g.env !== "string" || g.env === "") return g;
    const { env, ...rest } = g;
    const envs = Array.isArray(rest.envs) ? [...rest.envs, env] : [env];
    return { ...rest, envs };
  });
  const k = {
    apiVersion,
    kind: kindRaw,
    namePrefix: str2("namePrefix"),
    nameSuffix: str2("nameSuffix"),
    namespace: str2("namespace"),
    commonLabels: strMap("commonLabels"),
    labels: objList("labels"),
    commonAnnotations: strMap("commonAnnotations"),
    patchesStrategicMerge: strList("patchesStrategicMerge"),
    patchesJson6902: objList("patchesJson6902"),
    patches: objList("patches"),
    images: [...objList("images"), ...objList("imageTags")],
    replacements: objList("replacements"),
    replicas: objList("replicas"),
    vars: objList("vars"),
    resources: [...strList("resources"), ...strList("bases")],
    components: strList("components"),
    crds: strList("crds"),
    configMapGenerator: withEnvs(objList("configMapGenerator")),
    secretGenerator: withEnvs(objList("secretGenerator")),
    configurations: strList("configurations"),
    generators: strList("generators"),
    transformers: strList("transformers"),
    validators: strList("validators"),
    buildMetadata: strList("buildMetadata"),
    helmCharts: [
      ...Array.isArray(fields.helmCharts) ? fields.helmCharts : [],
      ...Array.isArray(fields.helmChartInflationGenerator) ? fields.helmChartInflationGenerator : []
    ],
    present: new Set(Object.keys(fields))
  };
  if (isJsonObject(fields.openapi)) k.openapi = fields.openapi;
  if (isJsonObject(fields.sortOptions)) k.sortOptions = fields.sortOptions;
  if (isJsonObject(fields.generatorOptions)) k.generatorOptions = fields.generatorOptions;
  if (fields.helmGlobals !== void 0 && fields.helmGlobals !== null) k.helmGlobals = fields.helmGlobals;
  if (isEmpty(k)) throw new KustomizeError(`kustomization file is empty: ${file}`, file);
  return k;
}
function isEmpty(k) {
  return [...k.present].every((f) => f === "apiVersion" || f === "kind" || f === "metadata");
}
function checkType(name, type, value, file) {
  if (value === null) return;
  const fail = (expected) => {
    throw new KustomizeError(
      `invalid Kustomization: field '${name}' must be ${expected}, got ${describe(value)}`,
      file,
      name
    );
  };
  switch (type) {
    case "string":
      if (typeof value !== "string") fail("a string");
      return;
    case "object":
      if (!isJsonObject(value)) fail("a map");
      return;
    case "stringMap":
      if (!isJsonObject(value)) fail("a map of strings");
      for (const [k, v] of Object.entries(value)) {
        if (typeof v !== "string" && v !== null) {
          throw new KustomizeError(
            `invalid Kustomization: ${name}.${k} must be a string, got ${describe(v)} (quote it)`,
            file,
            name
          );
        }
      }
      return;
    case "stringList":
    case "patchStrategicMergeList":
      if (!Array.isArray(value)) fail("a list of strings");
      for (const item of value) {
        if (typeof item !== "string") fail("a list of strings");
      }
      return;
    case "objectList":
      if (!Array.isArray(value)) fail("a list of maps");
      for (const item of value) {
        if (!isJsonObject(item)) fail("a list of maps");
      }
      return;
    case "any":
      return;
  }
}
function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a map";
  return `${typeof value} ${JSON.stringify(value)}`;
}

// src/core/kustomize/resource.ts
function splitApiVersion(apiVersion) {
  const i = apiVersion.lastIndexOf("/");
  return i < 0 ? { group: "", version: apiVersion } : { group: apiVersion.slice(0, i), version: apiVersion.slice(i + 1) };
}
function formatResId(id) {
  const gvk = id.group ? `${id.group}_${id.version}_${id.kind}` : `${id.version}_${id.kind}`;
  return `${gvk}|${id.namespace || "~X"}|${id.name}`;
}
var Resource = class _Resource {
  constructor(obj, source) {
    this.obj = obj;
    this.source = source;
  }
  /** Ids this resource had before a transformer renamed, re-namespaced or re-kinded it; oldest first. */
  prevIds = [];
  /** Patches applied to this resource, in order: provenance for values a patch set. */
  patches = [];
  /** Set on resources made by configMapGenerator / secretGenerator. */
  generated;
  /**
   * Name prefixes and suffixes applied so far, innermost first. Name references use them to tell apart
   * same-named resources from different bases (kustomize keeps them in internal annotations).
   */
  namePrefixes = [];
  nameSuffixes = [];
  get apiVersion() {
    return typeof this.obj.apiVersion === "string" ? this.obj.apiVersion : "";
  }
  get kind() {
    return typeof this.obj.kind === "string" ? this.obj.kind : "";
  }
  get metadata() {
    const md = this.obj.metadata;
    return isJsonObject(md) ? md : {};
  }
  get name() {
    const n = this.metadata.name;
    return typeof n === "string" ? n : "";
  }
  get namespace() {
    const n = this.metadata.namespace;
    return typeof n === "string" ? n : "";
  }
  /** The current id. */
  curId() {
    const { group, version } = splitApiVersion(this.apiVersion);
    return { group, version, kind: this.kind, name: this.name, namespace: this.namespace };
  }
  /** The id this resource had when it entered the build (before any rename). */
  orgId() {
    return this.prevIds[0] ?? this.curId();
  }
  /** Every id it has had, oldest first, then the current one. */
  allIds() {
    return [...this.prevIds, this.curId()];
  }
  /** Records the current id as a previous one; call before renaming, re-namespacing or re-kinding. */
  storePreviousId() {
    this.prevIds.push(this.curId());
  }
  ensureMetadata() {
    if (!isJsonObject(this.obj.metadata)) this.obj.metadata = {};
    return this.obj.metadata;
  }
  setName(name) {
    this.ensureMetadata().name = name;
  }
  setNamespace(namespace) {
    this.ensureMetadata().namespace = namespace;
  }
  labels() {
    const l = this.metadata.labels;
    return isJsonObject(l) ? l : {};
  }
  annotations() {
    const a = this.metadata.annotations;
    return isJsonObject(a) ? a : {};
  }
  /** A shallow copy of the bookkeeping with a deep copy of the manifest. */
  clone() {
    const r = new _Resource(structuredClone(this.obj), this.source);
    r.prevIds = this.prevIds.map((id) => ({ ...id }));
    r.patches.push(...this.patches);
    if (this.generated) r.generated = { ...this.generated };
    r.namePrefixes = [...this.namePrefixes];
    r.nameSuffixes = [...this.nameSuffixes];
    return r;
  }
};

// src/core/kustomize/resource-factory.ts
function resourcesFromDocuments(docs, file) {
  const out = [];
  for (const doc of docs) {
    const value = doc.value;
    if (value === null || isJsonObject(value) && Object.keys(value).length === 0) continue;
    if (!isJsonObject(value)) {
      throw new KustomizeError(
        `document ${doc.index + 1} is not a Kubernetes object (a map with apiVersion, kind and metadata)`,
        file,
        void 0,
        doc.line
      );
    }
    const source = { file, doc: doc.index, line: doc.line, column: doc.column };
    addObject(value, source, out, file);
  }
  return out;
}
function addObject(obj, source, out, file) {
  const kind = obj.kind;
  if (typeof kind !== "string" || kind === "") {
    throw new KustomizeError(`missing 'kind' in the document at line ${source.line}`, file, void 0, source.line);
  }
  if (kind.endsWith("List") && Array.isArray(obj.items)) {
    for (const item of obj.items) {
      if (item === null) continue;
      if (!isJsonObject(item)) {
        throw new KustomizeError(`an item of the ${kind} at line ${source.line} is not an object`, file, void 0, source.line);
      }
      addObject(item, source, out, file);
    }
    return;
  }
  const md = obj.metadata;
  if (!isJsonObject(md) || typeof md.name !== "string" || md.name === "") {
    const named = isJsonObject(md) && typeof md.generateName === "string";
    if (!named) {
      throw new KustomizeError(
        `missing metadata.name in the ${kind} at line ${source.line}`,
        file,
        void 0,
        source.line
      );
    }
  }
  checkNoNilListItems(obj, kind, file, source.line);
  out.push(new Resource(obj, source));
}
function checkNoNilListItems(value, kind, file, line, path2 = "") {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      if (v === null) throw new KustomizeError(`empty item at ${path2}[${i}] in the ${kind} at line ${line}`, file, void 0, line);
      checkNoNilListItems(v, kind, file, line, `${path2}[${i}]`);
    });
  } else if (isJsonObject(value)) {
    for (const [k, v] of Object.entries(value)) checkNoNilListItems(v, kind, file, line, path2 ? `${path2}.${k}` : k);
  }
}

// src/core/kustomize/field-spec.ts
function parseGroupVersion(apiVersion) {
  const i = apiVersion.indexOf("/");
  return i < 0 ? { group: "", version: apiVersion } : { group: apiVersion.slice(0, i), version: apiVersion.slice(i + 1) };
}
function gvkSelects(selector, gvk) {
  if (selector.group && selector.group !== (gvk.group ?? "")) return false;
  if (selector.version && selector.version !== (gvk.version ?? "")) return false;
  if (selector.kind && selector.kind !== (gvk.kind ?? "")) return false;
  return true;
}
function fieldSpecSelects(spec2, res) {
  return gvkSelects(spec2, { ...parseGroupVersion(res.apiVersion), kind: res.kind });
}
function splitFieldPath(path2) {
  let parts = path2.split("/");
  if (parts.length > 1 && parts[0] === "") parts = parts.slice(1);
  const out = [parts[0]];
  for (const part of parts.slice(1)) {
    const last = out.length - 1;
    if (out[last].endsWith("\\")) out[last] = `${out[last].slice(0, -1)}/${part}`;
    else out.push(part);
  }
  return out;
}
var FieldPathError = class extends Error {
};
function visitFieldPath(root, segments, create, createKind, visit) {
  walk2(root, 0);
  function walk2(node, i) {
    if (node === void 0 || node === null) return;
    if (Array.isArray(node)) {
      for (const item of node) walk2(item, i);
      return;
    }
    if (!isJsonObject(node)) throw new FieldPathError("expected sequence or mapping node");
    const raw = segments[i];
    const isSeq4 = raw.endsWith("[]");
    const key = isSeq4 ? raw.slice(0, -2) : raw;
    if (key === "") throw new FieldPathError("cannot set or create an empty field name");
    const last = i === segments.length - 1;
    let kind;
    if (!create || createKind === "none" || isSeq4) kind = isSeq4 ? "seq" : void 0;
    else kind = last ? createKind : "map";
    const present = Object.prototype.hasOwnProperty.call(node, key);
    if (!present) {
      if (kind === void 0 || kind === "seq") return;
      setKey(node, key, emptyOf(kind));
    } else if (node[key] === null && kind !== void 0) {
      setKey(node, key, emptyOf(kind));
    }
    if (last) visit(node, key);
    else walk2(node[key], i + 1);
  }
}
function emptyOf(kind) {
  if (kind === "map") return {};
  if (kind === "seq") return [];
  return "";
}
function setKey(obj, key, value) {
  if (key === "__proto__") {
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    obj[key] = value;
  }
}
function applyFieldSpec(res, spec2, createKind, visit) {
  if (!fieldSpecSelects(spec2, res)) return;
  try {
    visitFieldPath(res.obj, splitFieldPath(spec2.path), spec2.create === true, createKind, visit);
  } catch (e) {
    if (e instanceof FieldPathError || e instanceof KustomizeError) {
      throw new KustomizeError(
        `considering field '${spec2.path}' of object ${describeResource(res)}: ${e.message}`,
        res.source?.file
      );
    }
    throw e;
  }
}
function describeResource(res) {
  const { group, version } = parseGroupVersion(res.apiVersion);
  return `${gvkString({ group, version, kind: res.kind })}/${res.name || "[noName]"}.${res.namespace || "[noNs]"}`;
}
function gvkString(gvk) {
  return `${gvk.kind || "[noKind]"}.${gvk.version || "[noVer]"}.${gvk.group || "[noGrp]"}`;
}
var ORDER_FIRST = [
  "Namespace",
  "ResourceQuota",
  "StorageClass",
  "CustomResourceDefinition",
  "ServiceAccount",
  "PodSecurityPolicy",
  "Role",
  "ClusterRole",
  "RoleBinding",
  "ClusterRoleBinding",
  "ConfigMap",
  "Secret",
  "Endpoints",
  "Service",
  "LimitRange",
  "PriorityClass",
  "PersistentVolume",
  "PersistentVolumeClaim",
  "Deployment",
  "StatefulSet",
  "CronJob",
  "PodDisruptionBudget"
];
var ORDER_LAST = ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"];
function kindRank(kind) {
  const first = ORDER_FIRST.indexOf(kind);
  if (first >= 0) return first - ORDER_FIRST.length;
  const last = ORDER_LAST.indexOf(kind);
  return last >= 0 ? last + 1 : 0;
}
function stableSortString(gvk) {
  return `${gvk.group || "~G"}_${gvk.version || "~V"}_${gvk.kind || "~K"}`;
}
function compareGvk(a, b) {
  const ra = kindRank(a.kind ?? "");
  const rb = kindRank(b.kind ?? "");
  if (ra !== rb) return ra - rb;
  const sa = stableSortString(a);
  const sb = stableSortString(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}
function mergeFieldSpec(specs, incoming) {
  const existing = specs.find((s) => s.path === incoming.path && gvkSelects(incoming, s));
  if (!existing) return [...specs, incoming];
  if (existing.create === true !== (incoming.create === true)) throw new FieldPathError("conflicting fieldspecs");
  return specs;
}
function mergeFieldSpecs(specs, incoming) {
  let out = specs;
  for (const spec2 of incoming) out = mergeFieldSpec(out, spec2);
  return out;
}
function parseFieldSpec(value, file, where, strict = true) {
  if (!isJsonObject(value)) {
    throw new KustomizeError(`${where}: expected a field spec (a map with 'path'), got ${describe2(value)}`, file);
  }
  const spec2 = { path: "", create: false };
  for (const [rawKey, v] of Object.entries(value)) {
    const key = rawKey.toLowerCase();
    if (v === null) continue;
    if (key === "create") {
      spec2.create = parseBool(v, file, `${where}.create`);
    } else if (key === "path" || key === "group" || key === "version" || key === "kind") {
      if (typeof v !== "string") {
        throw new KustomizeError(`${where}.${key}: expected a string, got ${describe2(v)}`, file);
      }
      if (key === "path") spec2.path = v;
      else if (v !== "") spec2[key] = v;
    } else if (strict) {
      throw new KustomizeError(`${where}: unknown field "${rawKey}" in a field spec (expected path, create, group, version, kind)`, file);
    }
  }
  return spec2;
}
function parseFieldSpecList(value, file, where, strict = true) {
  if (value === void 0 || value === null) return [];
  if (!Array.isArray(value)) throw new KustomizeError(`${where}: expected a list of field specs, got ${describe2(value)}`, file);
  return value.map((v, i) => parseFieldSpec(v, file, `${where}[${i}]`, strict));
}
var YAML11_BOOLS = {
  y: true,
  yes: true,
  true: true,
  on: true,
  n: false,
  no: false,
  false: false,
  off: false
};
function parseBool(v, file, where) {
  if (typeof v === "boolean") return v;
  if (typeof v === "string" && Object.prototype.hasOwnProperty.call(YAML11_BOOLS, v.toLowerCase())) {
    return YAML11_BOOLS[v.toLowerCase()];
  }
  throw new KustomizeError(`${where}: expected true or false, got ${describe2(v)}`, file);
}
function describe2(v) {
  if (v === void 0) return "nothing";
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (isJsonObject(v)) return "a map";
  return `${typeof v} ${JSON.stringify(v)}`;
}

// src/core/kustomize/name-reference-config.ts
var POD = { kind: "Pod", spec: "spec", version: "v1" };
var POD_TEMPLATE = { kind: "PodTemplate", spec: "template/spec" };
var CRON_JOB = { kind: "CronJob", spec: "spec/jobTemplate/spec/template/spec" };
var templated = (kind) => ({ kind, spec: "spec/template/spec" });
var CONFIG_HOLDERS = [
  POD,
  POD_TEMPLATE,
  ...["Deployment", "ReplicaSet", "DaemonSet", "StatefulSet", "Job"].map(templated),
  CRON_JOB
];
var WORKLOADS = [
  { kind: "Pod", spec: "spec" },
  ...["StatefulSet", "Deployment", "ReplicationController"].map(templated),
  CRON_JOB,
  ...["Job", "DaemonSet"].map(templated)
];
function inPodSpecs(holders, paths) {
  return holders.flatMap(
    (h) => paths.map((p) => ({ ...h.version ? { version: h.version } : {}, kind: h.kind, path: `${h.spec}/${p}` }))
  );
}
var CONFIG_MAP_IN_POD_SPEC = [
  "volumes/configMap/name",
  "containers/env/valueFrom/configMapKeyRef/name",
  "initContainers/env/valueFrom/configMapKeyRef/name",
  "containers/envFrom/configMapRef/name",
  "initContainers/envFrom/configMapRef/name",
  "volumes/projected/sources/configMap/name"
];
var SECRET_IN_POD_SPEC = [
  "volumes/secret/secretName",
  "containers/env/valueFrom/secretKeyRef/name",
  "initContainers/env/valueFrom/secretKeyRef/name",
  "containers/envFrom/secretRef/name",
  "initContainers/envFrom/secretRef/name",
  "imagePullSecrets/name",
  "volumes/projected/sources/secret/name"
];
var RBAC = "rbac.authorization.k8s.io";
var ADMISSION = "admissionregistration.k8s.io";
var fs = (kind, path2, group, version) => ({
  ...group ? { group } : {},
  ...version ? { version } : {},
  kind,
  path: path2
});
var hpaTarget = (kind) => ({
  kind,
  fieldSpecs: [fs("HorizontalPodAutoscaler", "spec/scaleTargetRef/name")]
});
function builtinTable() {
  return [
    hpaTarget("Deployment"),
    hpaTarget("ReplicationController"),
    hpaTarget("ReplicaSet"),
    hpaTarget("StatefulSet"),
    {
      kind: "ConfigMap",
      version: "v1",
      fieldSpecs: [
        ...inPodSpecs(CONFIG_HOLDERS, CONFIG_MAP_IN_POD_SPEC),
        fs("Node", "spec/configSource/configMap"),
        fs("Role", "rules/resourceNames"),
        fs("ClusterRole", "rules/resourceNames"),
        fs("Ingress", "metadata/annotations/nginx.ingress.kubernetes.io\\/fastcgi-params-configmap")
      ]
    },
    {
      kind: "Secret",
      version: "v1",
      fieldSpecs: [
        ...inPodSpecs(CONFIG_HOLDERS, SECRET_IN_POD_SPEC),
        fs("Ingress", "spec/tls/secretName"),
        fs("Ingress", "metadata/annotations/ingress.kubernetes.io\\/auth-secret"),
        fs("Ingress", "metadata/annotations/nginx.ingress.kubernetes.io\\/auth-secret"),
        fs("Ingress", "metadata/annotations/nginx.ingress.kubernetes.io\\/auth-tls-secret"),
        fs("ServiceAccount", "imagePullSecrets/name"),
        fs("StorageClass", "parameters/secretName"),
        fs("StorageClass", "parameters/adminSecretName"),
        fs("StorageClass", "parameters/userSecretName"),
        fs("StorageClass", "parameters/secretRef"),
        fs("Role", "rules/resourceNames"),
        fs("ClusterRole", "rules/resourceNames"),
        fs("Service", "spec/template/spec/containers/env/valueFrom/secretKeyRef/name", "serving.knative.dev", "v1"),
        fs("PersistentVolume", "spec/azureFile/secretName")
      ]
    },
    {
      kind: "Service",
      version: "v1",
      fieldSpecs: [
        fs("StatefulSet", "spec/serviceName", "apps"),
        fs("Ingress", "spec/rules/http/paths/backend/serviceName"),
        fs("Ingress", "spec/backend/serviceName"),
        fs("Ingress", "spec/rules/http/paths/backend/service/name"),
        fs("Ingress", "spec/defaultBackend/service/name"),
        fs("APIService", "spec/service/name", "apiregistration.k8s.io"),
        fs("ValidatingWebhookConfiguration", "webhooks/clientConfig/service", ADMISSION),
        fs("MutatingWebhookConfiguration", "webhooks/clientConfig/service", ADMISSION)
      ]
    },
    { kind: "Role", group: RBAC, fieldSpecs: [fs("RoleBinding", "roleRef/name", RBAC)] },
    {
      kind: "ClusterRole",
      group: RBAC,
      fieldSpecs: [fs("RoleBinding", "roleRef/name", RBAC), fs("ClusterRoleBinding", "roleRef/name", RBAC)]
    },
    {
      kind: "ServiceAccount",
      version: "v1",
      fieldSpecs: [
        fs("RoleBinding", "subjects", RBAC),
        fs("ClusterRoleBinding", "subjects", RBAC),
        ...inPodSpecs(WORKLOADS, ["serviceAccountName"])
      ]
    },
    {
      kind: "PersistentVolumeClaim",
      version: "v1",
      fieldSpecs: inPodSpecs(WORKLOADS, ["volumes/persistentVolumeClaim/claimName"])
    },
    {
      kind: "PersistentVolume",
      version: "v1",
      fieldSpecs: [fs("PersistentVolumeClaim", "spec/volumeName"), fs("ClusterRole", "rules/resourceNames")]
    },
    {
      kind: "StorageClass",
      version: "v1",
      group: "storage.k8s.io",
      fieldSpecs: [
        fs("PersistentVolume", "spec/storageClassName"),
        fs("PersistentVolumeClaim", "spec/storageClassName"),
        fs("StatefulSet", "spec/volumeClaimTemplates/spec/storageClassName")
      ]
    },
    {
      kind: "PriorityClass",
      version: "v1",
      group: "scheduling.k8s.io",
      fieldSpecs: inPodSpecs(WORKLOADS, ["priorityClassName"])
    },
    {
      // Kustomize's table really says group `networking.k8s.io/v1`, which no resource's group ever equals,
      // so Ingress spec.ingressClassName is never updated; kept as is to match its output.
      kind: "IngressClass",
      version: "v1",
      group: "networking.k8s.io/v1",
      fieldSpecs: [fs("Ingress", "spec/ingressClassName")]
    },
    {
      kind: "ValidatingAdmissionPolicy",
      group: ADMISSION,
      fieldSpecs: [fs("ValidatingAdmissionPolicyBinding", "spec/policyName", ADMISSION)]
    }
  ];
}
function defaultNameReferences() {
  return sortNameReferences(builtinTable());
}
var ORDER_FIRST2 = [
  "Namespace",
  "ResourceQuota",
  "StorageClass",
  "CustomResourceDefinition",
  "ServiceAccount",
  "PodSecurityPolicy",
  "Role",
  "ClusterRole",
  "RoleBinding",
  "ClusterRoleBinding",
  "ConfigMap",
  "Secret",
  "Endpoints",
  "Service",
  "LimitRange",
  "PriorityClass",
  "PersistentVolume",
  "PersistentVolumeClaim",
  "Deployment",
  "StatefulSet",
  "CronJob",
  "PodDisruptionBudget"
];
var ORDER_LAST2 = ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"];
function kindOrder(kind) {
  const first = ORDER_FIRST2.indexOf(kind ?? "");
  if (first >= 0) return first - ORDER_FIRST2.length;
  const last = ORDER_LAST2.indexOf(kind ?? "");
  return last >= 0 ? 1 + last : 0;
}
function stableGvkString(g) {
  return `${g.group || "~G"}_${g.version || "~V"}_${g.kind || "~K"}`;
}
function compareGvk2(a, b) {
  const d = kindOrder(a.kind) - kindOrder(b.kind);
  if (d !== 0) return d;
  const sa = stableGvkString(a);
  const sb = stableGvkString(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}
function sameGvk(a, b) {
  return (a.group ?? "") === (b.group ?? "") && (a.version ?? "") === (b.version ?? "") && (a.kind ?? "") === (b.kind ?? "");
}
function gvkSelects2(selector, g) {
  return (!selector.group || selector.group === (g.group ?? "")) && (!selector.version || selector.version === (g.version ?? "")) && (!selector.kind || selector.kind === (g.kind ?? ""));
}
function sortNameReferences(refs) {
  return refs.map((r) => ({ ...r, fieldSpecs: [...r.fieldSpecs].sort(compareGvk2) })).sort(compareGvk2);
}
function mergeNameReferences(base, incoming) {
  const result = base.map((r) => ({ ...r, fieldSpecs: [...r.fieldSpecs] }));
  for (const inc of incoming) {
    const existing = result.find((r) => sameGvk(r, inc));
    if (!existing) {
      result.push({ ...inc, fieldSpecs: [...inc.fieldSpecs] });
      continue;
    }
    for (const spec2 of inc.fieldSpecs) {
      const covered = existing.fieldSpecs.some((e) => e.path === spec2.path && gvkSelects2(spec2, e));
      if (!covered) existing.fieldSpecs.push(spec2);
    }
  }
  return sortNameReferences(result);
}
var CLUSTER_SCOPED = new Set(
  [
    ["admissionregistration.k8s.io/v1", "MutatingWebhookConfiguration"],
    ["admissionregistration.k8s.io/v1", "ValidatingWebhookConfiguration"],
    ["admissionregistration.k8s.io/v1beta1", "MutatingWebhookConfiguration"],
    ["admissionregistration.k8s.io/v1beta1", "ValidatingWebhookConfiguration"],
    ["apiextensions.k8s.io/v1", "CustomResourceDefinition"],
    ["apiextensions.k8s.io/v1beta1", "CustomResourceDefinition"],
    ["apiregistration.k8s.io/v1", "APIService"],
    ["apiregistration.k8s.io/v1beta1", "APIService"],
    ["certificates.k8s.io/v1", "CertificateSigningRequest"],
    ["certificates.k8s.io/v1beta1", "CertificateSigningRequest"],
    ["flowcontrol.apiserver.k8s.io/v1beta1", "FlowSchema"],
    ["flowcontrol.apiserver.k8s.io/v1beta1", "PriorityLevelConfiguration"],
    ["networking.k8s.io/v1", "IngressClass"],
    ["networking.k8s.io/v1beta1", "IngressClass"],
    ["node.k8s.io/v1", "RuntimeClass"],
    ["node.k8s.io/v1beta1", "RuntimeClass"],
    ["policy/v1beta1", "PodSecurityPolicy"],
    ["rbac.authorization.k8s.io/v1", "ClusterRole"],
    ["rbac.authorization.k8s.io/v1", "ClusterRoleBinding"],
    ["rbac.authorization.k8s.io/v1beta1", "ClusterRole"],
    ["rbac.authorization.k8s.io/v1beta1", "ClusterRoleBinding"],
    ["scheduling.k8s.io/v1", "PriorityClass"],
    ["scheduling.k8s.io/v1beta1", "PriorityClass"],
    ["storage.k8s.io/v1", "CSIDriver"],
    ["storage.k8s.io/v1", "CSINode"],
    ["storage.k8s.io/v1", "StorageClass"],
    ["storage.k8s.io/v1", "VolumeAttachment"],
    ["storage.k8s.io/v1beta1", "CSIDriver"],
    ["storage.k8s.io/v1beta1", "CSINode"],
    ["storage.k8s.io/v1beta1", "StorageClass"],
    ["storage.k8s.io/v1beta1", "VolumeAttachment"],
    ["v1", "ComponentStatus"],
    ["v1", "Namespace"],
    ["v1", "Node"],
    ["v1", "NodeProxyOptions"],
    ["v1", "PersistentVolume"]
  ].map(([apiVersion, kind]) => `${apiVersion}\0${kind}`)
);
function isCertainlyClusterScoped(apiVersion, kind) {
  return CLUSTER_SCOPED.has(`${apiVersion}\0${kind}`);
}

// src/core/kustomize/default-config.ts
function spec(path2, gvk, create) {
  return { ...gvk, path: path2, create };
}
var APPS = "apps";
var BATCH = "batch";
function podTemplateMetadata(statefulSetGroup) {
  return [
    ["spec/template/metadata", { version: "v1", kind: "ReplicationController" }],
    ["spec/template/metadata", { kind: "Deployment" }],
    ["spec/template/metadata", { kind: "ReplicaSet" }],
    ["spec/template/metadata", { kind: "DaemonSet" }],
    ["spec/template/metadata", statefulSetGroup ? { group: statefulSetGroup, kind: "StatefulSet" } : { kind: "StatefulSet" }],
    ["spec/template/metadata", { group: BATCH, kind: "Job" }],
    ["spec/jobTemplate/metadata", { group: BATCH, kind: "CronJob" }],
    ["spec/jobTemplate/spec/template/metadata", { group: BATCH, kind: "CronJob" }]
  ];
}
function metadataLabels() {
  const out = [spec("metadata/labels", {}, true)];
  for (const [base, gvk] of podTemplateMetadata(APPS)) {
    out.push(spec(`${base}/labels`, gvk, true));
    if (gvk.kind === "StatefulSet") out.push(spec("spec/volumeClaimTemplates[]/metadata/labels", gvk, true));
  }
  return out;
}
var AFFINITY_SELECTORS = [
  "spec/template/spec/affinity/podAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels",
  "spec/template/spec/affinity/podAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels",
  "spec/template/spec/affinity/podAntiAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels",
  "spec/template/spec/affinity/podAntiAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels",
  "spec/template/spec/topologySpreadConstraints/labelSelector/matchLabels"
];
function commonLabels() {
  const affinity = (kind) => AFFINITY_SELECTORS.map((p) => spec(p, { group: APPS, kind }, false));
  return [
    spec("spec/selector", { version: "v1", kind: "Service" }, true),
    spec("spec/selector", { version: "v1", kind: "ReplicationController" }, true),
    spec("spec/selector/matchLabels", { kind: "Deployment" }, true),
    ...affinity("Deployment"),
    spec("spec/selector/matchLabels", { kind: "ReplicaSet" }, true),
    spec("spec/selector/matchLabels", { kind: "DaemonSet" }, true),
    spec("spec/selector/matchLabels", { group: APPS, kind: "StatefulSet" }, true),
    ...affinity("StatefulSet"),
    spec("spec/selector/matchLabels", { group: BATCH, kind: "Job" }, false),
    spec("spec/jobTemplate/spec/selector/matchLabels", { group: BATCH, kind: "CronJob" }, false),
    spec("spec/selector/matchLabels", { group: "policy", kind: "PodDisruptionBudget" }, false),
    spec("spec/podSelector/matchLabels", { group: "networking.k8s.io", kind: "NetworkPolicy" }, false),
    spec("spec/ingress/from/podSelector/matchLabels", { group: "networking.k8s.io", kind: "NetworkPolicy" }, false),
    spec("spec/egress/to/podSelector/matchLabels", { group: "networking.k8s.io", kind: "NetworkPolicy" }, false),
    ...metadataLabels()
  ];
}
function commonAnnotations() {
  return [
    spec("metadata/annotations", {}, true),
    ...podTemplateMetadata(void 0).map(([base, gvk]) => spec(`${base}/annotations`, gvk, true))
  ];
}
function namespaceSpecs() {
  return [
    // A Namespace object is renamed to the target namespace (only for apiVersion v1, see namespace.ts).
    spec("metadata/name", { kind: "Namespace" }, true),
    spec("spec/service/namespace", { group: "apiregistration.k8s.io", kind: "APIService" }, true),
    spec("spec/conversion/webhook/clientConfig/service/namespace", { group: "apiextensions.k8s.io", kind: "CustomResourceDefinition" }, false)
  ];
}
function imageSpecs() {
  return ["spec/containers[]/image", "spec/initContainers[]/image", "spec/template/spec/containers[]/image", "spec/template/spec/initContainers[]/image"].map(
    (p) => spec(p, {}, true)
  );
}
function replicaSpecs() {
  return ["Deployment", "ReplicationController", "ReplicaSet", "StatefulSet"].map((kind) => spec("spec/replicas", { kind }, true));
}
function varReference() {
  const containerFields = ["args", "command", "env/value", "volumeMounts/mountPath"];
  const podSpec = (kind, base, volumes) => [
    ...["containers", "initContainers"].flatMap((c) => containerFields.map((f) => spec(`${base}/${c}/${f}`, { kind }, false))),
    spec(volumes, { kind }, false)
  ];
  return [
    // CronJob's volumes path lacks `/spec`; kustomize's table has it that way.
    ...podSpec("CronJob", "spec/jobTemplate/spec/template/spec", "spec/jobTemplate/spec/template/volumes/nfs/server"),
    ...podSpec("DaemonSet", "spec/template/spec", "spec/template/spec/volumes/nfs/server"),
    ...podSpec("Deployment", "spec/template/spec", "spec/template/spec/volumes/nfs/server"),
    spec("spec/template/metadata/annotations", { kind: "Deployment" }, false),
    spec("spec/rules/host", { kind: "Ingress" }, false),
    spec("spec/tls/hosts", { kind: "Ingress" }, false),
    spec("spec/tls/secretName", { kind: "Ingress" }, false),
    ...podSpec("Job", "spec/template/spec", "spec/template/spec/volumes/nfs/server"),
    ...podSpec("Pod", "spec", "spec/volumes/nfs/server"),
    ...podSpec("ReplicaSet", "spec/template/spec", "spec/template/spec/volumes/nfs/server"),
    spec("spec/ports/port", { kind: "Service" }, false),
    spec("spec/ports/targetPort", { kind: "Service" }, false),
    ...podSpec("StatefulSet", "spec/template/spec", "spec/volumeClaimTemplates/spec/nfs/server"),
    spec("spec/nfs/server", { kind: "PersistentVolume" }, false),
    spec("metadata/labels", {}, false),
    spec("metadata/annotations", {}, false)
  ];
}
function sortSpecs(specs) {
  return [...specs].sort(compareGvk);
}
function emptyTransformerConfig() {
  return {
    namePrefix: [],
    nameSuffix: [],
    namespace: [],
    commonLabels: [],
    labels: [],
    templateLabels: [],
    commonAnnotations: [],
    images: [],
    replicas: [],
    nameReference: [],
    varReference: []
  };
}
function defaultTransformerConfig() {
  return {
    namePrefix: [spec("metadata/name", {}, false)],
    nameSuffix: [spec("metadata/name", {}, false)],
    namespace: sortSpecs(namespaceSpecs()),
    commonLabels: sortSpecs(commonLabels()),
    labels: [],
    templateLabels: sortSpecs(metadataLabels()),
    commonAnnotations: sortSpecs(commonAnnotations()),
    images: sortSpecs(imageSpecs()),
    replicas: sortSpecs(replicaSpecs()),
    nameReference: defaultNameReferences(),
    varReference: sortSpecs(varReference())
  };
}
var SPEC_KEYS = {
  nameprefix: "namePrefix",
  namesuffix: "nameSuffix",
  namespace: "namespace",
  commonlabels: "commonLabels",
  labels: "labels",
  templatelabels: "templateLabels",
  commonannotations: "commonAnnotations",
  images: "images",
  replicas: "replicas",
  varreference: "varReference"
};
function parseTransformerConfig(doc, file) {
  if (doc === null) return {};
  if (!isJsonObject(doc)) throw new KustomizeError(`transformer configuration must be a map, got ${describe2(doc)}`, file, "configurations");
  const out = {};
  for (const [rawKey, value] of Object.entries(doc)) {
    const key = rawKey.toLowerCase();
    if (key === "namereference") {
      out.nameReference = parseNameReferences(value, file);
      continue;
    }
    const name = SPEC_KEYS[key];
    if (!name) {
      throw new KustomizeError(
        `unknown field "${rawKey}" in transformer configuration (expected one of namePrefix, nameSuffix, namespace, commonLabels, labels, templateLabels, commonAnnotations, images, replicas, nameReference, varReference)`,
        file,
        "configurations"
      );
    }
    out[name] = sortSpecs(guard(file, () => parseFieldSpecList(value, file, rawKey)));
  }
  return out;
}
function parseNameReferences(value, file) {
  if (value === null) return [];
  if (!Array.isArray(value)) {
    throw new KustomizeError(`nameReference: expected a list, got ${describe2(value)}`, file, "configurations");
  }
  const refs = value.map((entry, i) => {
    const where = `nameReference[${i}]`;
    if (!isJsonObject(entry)) throw new KustomizeError(`${where}: expected a map, got ${describe2(entry)}`, file, "configurations");
    const ref = { kind: "", fieldSpecs: [] };
    for (const [rawKey, v] of Object.entries(entry)) {
      const key = rawKey.toLowerCase();
      if (v === null) continue;
      if (key === "fieldspecs") {
        ref.fieldSpecs = guard(file, () => parseFieldSpecList(v, file, `${where}.fieldSpecs`));
      } else if (key === "group" || key === "version" || key === "kind") {
        if (typeof v !== "string") throw new KustomizeError(`${where}.${key}: expected a string, got ${describe2(v)}`, file, "configurations");
        if (key === "kind") ref.kind = v;
        else if (v !== "") ref[key] = v;
      } else {
        throw new KustomizeError(`${where}: unknown field "${rawKey}" (expected group, version, kind, fieldSpecs)`, file, "configurations");
      }
    }
    return ref;
  });
  return [...refs].sort(compareGvk);
}
function guard(file, fn) {
  try {
    return fn();
  } catch (e) {
    if (e instanceof KustomizeError && e.file === file && e.field === void 0) {
      throw new KustomizeError(e.message, file, "configurations");
    }
    throw e;
  }
}
var MERGE_NAMES = {
  namePrefix: "NamePrefix",
  nameSuffix: "NameSuffix",
  namespace: "NameSpace",
  commonLabels: "CommonLabels",
  labels: "Labels",
  templateLabels: "TemplateLabels",
  commonAnnotations: "CommonAnnotations",
  images: "Images",
  replicas: "Replicas",
  varReference: "VarReference"
};
function mergeTransformerConfig(a, b) {
  const merged = emptyTransformerConfig();
  for (const key of Object.keys(MERGE_NAMES)) {
    const base = key === "labels" ? a.labels : a[key];
    try {
      const once = sortSpecs(mergeFieldSpecs(base, b[key] ?? []));
      merged[key] = sortSpecs(mergeFieldSpecs([], once));
    } catch (e) {
      if (e instanceof FieldPathError) throw new KustomizeError(`failed to merge ${MERGE_NAMES[key]} fieldSpec: ${e.message}`);
      throw e;
    }
  }
  merged.nameReference = mergeNameReferences(a.nameReference, b.nameReference ?? []);
  return merged;
}

// src/core/kustomize/scope.ts
function isClusterScoped(apiVersion, kind) {
  return isCertainlyClusterScoped(apiVersion, kind);
}

// src/core/kustomize/selector.ts
var NON_NAMESPACEABLE = "_non_namespaceable_";
var CLUSTER_SCOPED2 = /* @__PURE__ */ new Set(
  [
    "admissionregistration.k8s.io/v1 MutatingWebhookConfiguration",
    "admissionregistration.k8s.io/v1 ValidatingWebhookConfiguration",
    "admissionregistration.k8s.io/v1beta1 MutatingWebhookConfiguration",
    "admissionregistration.k8s.io/v1beta1 ValidatingWebhookConfiguration",
    "apiextensions.k8s.io/v1 CustomResourceDefinition",
    "apiextensions.k8s.io/v1beta1 CustomResourceDefinition",
    "apiregistration.k8s.io/v1 APIService",
    "apiregistration.k8s.io/v1beta1 APIService",
    "authentication.k8s.io/v1 TokenReview",
    "authentication.k8s.io/v1beta1 TokenReview",
    "authorization.k8s.io/v1 SelfSubjectAccessReview",
    "authorization.k8s.io/v1 SelfSubjectRulesReview",
    "authorization.k8s.io/v1 SubjectAccessReview",
    "authorization.k8s.io/v1beta1 SelfSubjectAccessReview",
    "authorization.k8s.io/v1beta1 SelfSubjectRulesReview",
    "authorization.k8s.io/v1beta1 SubjectAccessReview",
    "certificates.k8s.io/v1 CertificateSigningRequest",
    "certificates.k8s.io/v1beta1 CertificateSigningRequest",
    "flowcontrol.apiserver.k8s.io/v1beta1 FlowSchema",
    "flowcontrol.apiserver.k8s.io/v1beta1 PriorityLevelConfiguration",
    "networking.k8s.io/v1 IngressClass",
    "networking.k8s.io/v1beta1 IngressClass",
    "node.k8s.io/v1 RuntimeClass",
    "node.k8s.io/v1beta1 RuntimeClass",
    "node.k8s.io/v1alpha1 RuntimeClass",
    "policy/v1beta1 PodSecurityPolicy",
    "rbac.authorization.k8s.io/v1 ClusterRole",
    "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
    "rbac.authorization.k8s.io/v1beta1 ClusterRole",
    "rbac.authorization.k8s.io/v1beta1 ClusterRoleBinding",
    "rbac.authorization.k8s.io/v1alpha1 ClusterRole",
    "rbac.authorization.k8s.io/v1alpha1 ClusterRoleBinding",
    "scheduling.k8s.io/v1 PriorityClass",
    "scheduling.k8s.io/v1beta1 PriorityClass",
    "scheduling.k8s.io/v1alpha1 PriorityClass",
    "storage.k8s.io/v1 CSIDriver",
    "storage.k8s.io/v1 CSINode",
    "storage.k8s.io/v1 StorageClass",
    "storage.k8s.io/v1 VolumeAttachment",
    "storage.k8s.io/v1beta1 CSIDriver",
    "storage.k8s.io/v1beta1 CSINode",
    "storage.k8s.io/v1beta1 StorageClass",
    "storage.k8s.io/v1beta1 VolumeAttachment",
    "storage.k8s.io/v1alpha1 VolumeAttachment",
    "v1 ComponentStatus",
    "v1 Namespace",
    "v1 Node",
    "v1 NodeProxyOptions",
    "v1 PersistentVolume"
  ]
);
function isClusterScoped2(group, version, kind) {
  const apiVersion = group ? `${group}/${version}` : version;
  return CLUSTER_SCOPED2.has(`${apiVersion} ${kind}`);
}
function effectiveNamespace(id) {
  if (isClusterScoped2(id.group, id.version, id.kind)) return NON_NAMESPACEABLE;
  return id.namespace === "" || id.namespace === "default" ? "default" : id.namespace;
}
function formatGvk(id) {
  return `${id.kind || "[noKind]"}.${id.version || "[noVer]"}.${id.group || "[noGrp]"}`;
}
function formatKustomizeId(id) {
  return `${formatGvk(id)}/${id.name || "[noName]"}.${id.namespace || "[noNs]"}`;
}
function gvknEquals(a, b) {
  return a.name === b.name && a.group === b.group && a.version === b.version && a.kind === b.kind;
}
function idEquals(a, b) {
  return gvknEquals(a, b) && effectiveNamespace(a) === effectiveNamespace(b);
}
function idSelectedBy(id, sel) {
  if (sel.name && sel.name !== id.name) return false;
  if (sel.namespace && plainEffectiveNamespace(sel.namespace) !== plainEffectiveNamespace(id.namespace)) return false;
  if (sel.group && sel.group !== id.group) return false;
  if (sel.version && sel.version !== id.version) return false;
  if (sel.kind && sel.kind !== id.kind) return false;
  return true;
}
function plainEffectiveNamespace(ns) {
  return ns === "" || ns === "default" ? "default" : ns;
}
function originalId(res) {
  return res.prevIds[0] ?? res.curId();
}
function selectResources(resources, sel) {
  const where = "selector";
  const group = anchored(sel.group, where);
  const version = anchored(sel.version, where);
  const kind = anchored(sel.kind, where);
  const name = anchored(sel.name, where);
  const namespace = anchored(sel.namespace, where);
  const labels = sel.labelSelector ? parseLabelSelector(sel.labelSelector) : void 0;
  const annotations = sel.annotationSelector ? parseLabelSelector(sel.annotationSelector) : void 0;
  return resources.filter((res) => {
    const cur = res.curId();
    const org = originalId(res);
    if (namespace && !namespace.test(effectiveNamespace(org)) && !namespace.test(effectiveNamespace(cur))) return false;
    if (name && !name.test(org.name) && !name.test(cur.name)) return false;
    if (group && !group.test(cur.group)) return false;
    if (version && !version.test(cur.version)) return false;
    if (kind && !kind.test(cur.kind)) return false;
    if (labels && !matchesRequirements(labels, stringMap(res.labels()))) return false;
    if (annotations && !matchesRequirements(annotations, stringMap(res.annotations()))) return false;
    return true;
  });
}
function matchesLabelAndAnnotationSelectors(res, sel) {
  if (sel.labelSelector && !matchesRequirements(parseLabelSelector(sel.labelSelector), stringMap(res.labels()))) {
    return false;
  }
  if (sel.annotationSelector && !matchesRequirements(parseLabelSelector(sel.annotationSelector), stringMap(res.annotations()))) {
    return false;
  }
  return true;
}
function anchored(pattern, where) {
  if (!pattern) return void 0;
  try {
    return new RegExp(`^(?:${pattern})$`);
  } catch (e) {
    throw new KustomizeError(`invalid regular expression '${pattern}' in ${where}: ${e.message}`);
  }
}
function stringMap(obj) {
  const out = /* @__PURE__ */ new Map();
  for (const [k, v] of Object.entries(obj)) {
    out.set(k, v === null ? "" : typeof v === "object" ? JSON.stringify(v) : String(v));
  }
  return out;
}
function parseLabelSelector(text) {
  const tokens = tokenize(text);
  const out = [];
  let i = 0;
  const fail = (why) => {
    throw new KustomizeError(`unable to parse requirement: ${why} in selector '${text}'`);
  };
  const peek = () => tokens[i];
  if (tokens.length === 0) return out;
  for (; ; ) {
    let negate = false;
    if (peek() === "!") {
      negate = true;
      i++;
    }
    const key = tokens[i++];
    if (key === void 0 || isOperator(key)) fail(`found '${key ?? ""}', expected: identifier`);
    const next = peek();
    if (negate) {
      out.push({ key, op: "!", values: [] });
    } else if (next === void 0 || next === ",") {
      out.push({ key, op: "exists", values: [] });
    } else if (next === "=" || next === "==" || next === "!=") {
      i++;
      let value = peek();
      if (value === void 0 || value === ",") value = "";
      else if (isOperator(value)) fail(`found '${value}', expected: identifier`);
      else i++;
      out.push({ key, op: next === "!=" ? "!=" : "=", values: [value] });
    } else if (next === "in" || next === "notin") {
      i++;
      if (tokens[i++] !== "(") fail(`found '${tokens[i - 1] ?? ""}', expected: '('`);
      const values = [];
      for (; ; ) {
        const t = tokens[i++];
        if (t === ")") {
          if (values.length === 0) values.push("");
          break;
        }
        if (t === ",") {
          values.push("");
          continue;
        }
        if (t === void 0 || isOperator(t)) fail(`found '${t ?? ""}', expected: ',', ')' or identifier`);
        values.push(t);
        const after = tokens[i++];
        if (after === ")") break;
        if (after !== ",") fail(`found '${after ?? ""}', expected: ',' or ')'`);
      }
      out.push({ key, op: next, values });
    } else if (next === ">" || next === "<") {
      i++;
      const value = tokens[i++];
      if (value === void 0 || !/^-?\d+$/.test(value)) {
        fail(`for 'Gt', 'Lt' operators, the value must be an integer`);
      }
      out.push({ key, op: next === ">" ? "gt" : "lt", values: [value] });
    } else {
      fail(`found '${next}', expected: in, notin, =, ==, !=, gt, lt`);
    }
    if (peek() === void 0) break;
    if (tokens[i++] !== ",") fail(`found '${tokens[i - 1]}', expected: ','`);
  }
  return out;
}
var OPERATORS = /* @__PURE__ */ new Set(["!", "=", "==", "!=", "(", ")", ",", ">", "<"]);
function isOperator(t) {
  return OPERATORS.has(t);
}
function tokenize(text) {
  const out = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === "=" && text[i + 1] === "=") {
      out.push("==");
      i += 2;
    } else if (c === "!" && text[i + 1] === "=") {
      out.push("!=");
      i += 2;
    } else if ("!=(),<>".includes(c)) {
      out.push(c);
      i++;
    } else {
      let j = i;
      while (j < text.length && !/\s/.test(text[j]) && !"!=(),<>".includes(text[j])) j++;
      out.push(text.slice(i, j));
      i = j;
    }
  }
  return out;
}
function matchesRequirements(reqs, labels) {
  return reqs.every((r) => {
    const has3 = labels.has(r.key);
    const value = labels.get(r.key) ?? "";
    switch (r.op) {
      case "exists":
        return has3;
      case "!":
        return !has3;
      case "=":
      case "in":
        return has3 && r.values.includes(value);
      case "!=":
      case "notin":
        return !has3 || !r.values.includes(value);
      case "gt":
      case "lt": {
        if (!has3 || !/^-?\d+$/.test(value)) return false;
        const n = BigInt(value);
        const bound2 = BigInt(r.values[0]);
        return r.op === "gt" ? n > bound2 : n < bound2;
      }
    }
  });
}
var SELECTOR_KEYS = ["group", "version", "kind", "name", "namespace", "labelSelector", "annotationSelector"];
function parseSelector(value, file, field) {
  if (value === void 0 || value === null) return {};
  if (!isJsonObject(value)) {
    throw new KustomizeError(`${field} must be a map of group, version, kind, name, namespace, labelSelector, annotationSelector`, file, field);
  }
  const out = {};
  for (const key of SELECTOR_KEYS) {
    const v = value[key];
    if (v === void 0 || v === null) continue;
    if (typeof v !== "string") {
      throw new KustomizeError(`${field}.${key} must be a string, got ${JSON.stringify(v)}`, file, field);
    }
    out[key] = v;
  }
  return out;
}

// src/core/kustomize/replacements.ts
var DEFAULT_FIELD_PATH = "metadata.name";
function applyReplacements(resources, replacements, ctx) {
  const list = loadReplacements(replacements, ctx);
  for (const r of list) {
    const value = sourceValue(resources, r, ctx.kustomizationFile);
    for (const t of r.targets) applyTarget(resources, value, t, ctx.kustomizationFile);
  }
}
function loadReplacements(entries, ctx) {
  const out = [];
  const file = ctx.kustomizationFile;
  for (const entry of entries) {
    if (!isJsonObject(entry)) throw new KustomizeError(`replacements entries must be maps, got ${JSON.stringify(entry)}`, file, "replacements");
    const path2 = entry.path;
    if (typeof path2 === "string" && path2 !== "") {
      if (entry.source !== void 0 || Array.isArray(entry.targets) && entry.targets.length > 0) {
        throw new KustomizeError("cannot specify both path and inline replacement", file, "replacements");
      }
      const text = ctx.readFile(path2);
      const docs = parseYamlDocuments(text, path2);
      const content = docs[0]?.value ?? null;
      if (Array.isArray(content)) {
        for (const item of content) out.push(parseReplacement(item, path2));
      } else if (isJsonObject(content)) {
        out.push(parseReplacement(content, path2));
      } else {
        throw new KustomizeError(
          `unsupported replacement type encountered within replacement path: ${goKind(content)}`,
          path2,
          "replacements"
        );
      }
    } else {
      out.push(parseReplacement(entry, file));
    }
  }
  return out;
}
function goKind(v) {
  if (v === null) return "invalid";
  if (typeof v === "string") return "string";
  if (typeof v === "number") return Number.isInteger(v) ? "int" : "float64";
  if (typeof v === "boolean") return "bool";
  return "map";
}
function parseReplacement(v, file) {
  if (!isJsonObject(v)) throw new KustomizeError(`a replacement must be a map, got ${JSON.stringify(v)}`, file, "replacements");
  const source = v.source;
  const targets = v.targets;
  if (!isJsonObject(source) || !Array.isArray(targets)) {
    throw new KustomizeError("replacements must specify a source and at least one target", file, "replacements");
  }
  return {
    source: {
      ...idSelector(source, file, "source"),
      fieldPath: optString(source, "fieldPath", file, "source"),
      options: fieldOptions(source.options, file, "source.options")
    },
    targets: targets.map((t, i) => {
      const where = `targets[${i}]`;
      if (!isJsonObject(t)) throw new KustomizeError(`replacement ${where} must be a map`, file, "replacements");
      if (!isJsonObject(t.select)) throw new KustomizeError("target must specify resources to select", file, "replacements");
      const reject = t.reject;
      if (reject !== void 0 && reject !== null && !Array.isArray(reject)) {
        throw new KustomizeError(`replacement ${where}.reject must be a list`, file, "replacements");
      }
      const fieldPaths = t.fieldPaths;
      if (fieldPaths !== void 0 && fieldPaths !== null && !(Array.isArray(fieldPaths) && fieldPaths.every((p) => typeof p === "string"))) {
        throw new KustomizeError(`replacement ${where}.fieldPaths must be a list of strings`, file, "replacements");
      }
      return {
        select: fullSelector(t.select, file, `${where}.select`),
        reject: (reject ?? []).map((r, j) => fullSelector(r, file, `${where}.reject[${j}]`)),
        fieldPaths: fieldPaths ?? void 0,
        options: fieldOptions(t.options, file, `${where}.options`)
      };
    })
  };
}
function optString(obj, key, file, where) {
  const v = obj[key];
  if (v === void 0 || v === null) return void 0;
  if (typeof v !== "string") throw new KustomizeError(`replacement ${where}.${key} must be a string, got ${JSON.stringify(v)}`, file, "replacements");
  return v;
}
function idSelector(obj, file, where) {
  const sel = {};
  for (const key of ["group", "version", "kind", "name", "namespace"]) {
    const v = optString(obj, key, file, where);
    if (v !== void 0) sel[key] = v;
  }
  return sel;
}
function fullSelector(v, file, where) {
  if (!isJsonObject(v)) throw new KustomizeError(`replacement ${where} must be a map`, file, "replacements");
  const sel = idSelector(v, file, where);
  const labels = optString(v, "labelSelector", file, where);
  const annotations = optString(v, "annotationSelector", file, where);
  if (labels !== void 0) sel.labelSelector = labels;
  if (annotations !== void 0) sel.annotationSelector = annotations;
  return sel;
}
function fieldOptions(v, file, where) {
  if (v === void 0 || v === null) return void 0;
  if (!isJsonObject(v)) throw new KustomizeError(`replacement ${where} must be a map`, file, "replacements");
  const out = {};
  const delimiter = optString(v, "delimiter", file, where);
  if (delimiter !== void 0) out.delimiter = delimiter;
  if (v.index !== void 0 && v.index !== null) {
    if (typeof v.index !== "number" || !Number.isInteger(v.index)) {
      throw new KustomizeError(`replacement ${where}.index must be an integer, got ${JSON.stringify(v.index)}`, file, "replacements");
    }
    out.index = v.index;
  }
  if (v.create !== void 0 && v.create !== null) {
    if (typeof v.create !== "boolean") {
      throw new KustomizeError(`replacement ${where}.create must be true or false, got ${JSON.stringify(v.create)}`, file, "replacements");
    }
    out.create = v.create;
  }
  return out;
}
function toValue(v) {
  if (v === null) return { scalar: true, text: "null", tag: "null" };
  if (typeof v === "string") return { scalar: true, text: v, tag: "str" };
  if (typeof v === "boolean") return { scalar: true, text: String(v), tag: "bool" };
  if (typeof v === "number") return { scalar: true, text: String(v), tag: Number.isInteger(v) ? "int" : "float" };
  return { scalar: false, node: cloneJson(v) };
}
function resolvePlain(text) {
  if (text === "" || text === "~" || /^(null|Null|NULL)$/.test(text)) return { tag: "null", value: null };
  if (/^(true|True|TRUE)$/.test(text)) return { tag: "bool", value: true };
  if (/^(false|False|FALSE)$/.test(text)) return { tag: "bool", value: false };
  if (/^[-+]?[0-9]+$/.test(text)) return { tag: "int", value: Number(text) };
  if (/^0o[0-7]+$/.test(text)) return { tag: "int", value: parseInt(text.slice(2), 8) };
  if (/^0x[0-9a-fA-F]+$/.test(text)) return { tag: "int", value: parseInt(text.slice(2), 16) };
  if (/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(text)) return { tag: "float", value: Number(text) };
  if (/^[-+]?\.(inf|Inf|INF)$/.test(text) || /^\.(nan|NaN|NAN)$/.test(text)) return { tag: "float", value: text };
  return { tag: "str", value: text };
}
function typedScalar(text, tag, file) {
  if (tag === void 0) return resolvePlain(text).value;
  if (tag === "str") return text;
  const resolved = resolvePlain(text);
  const fits = resolved.tag === tag || tag === "float" && resolved.tag === "int";
  if (!fits || typeof resolved.value === "string") {
    throw new KustomizeError(`map[string]interface {}(nil): yaml: cannot decode !!${resolved.tag} \`${text}\` as a !!${tag}`, file, "replacements");
  }
  return resolved.value;
}
function valueToJson(v, file) {
  return v.scalar ? typedScalar(v.text, v.tag, file) : cloneJson(v.node);
}
function allIdsForReplacement(res) {
  return [res.curId(), ...res.prevIds];
}
function sourceString(r) {
  const id = {
    group: r.source.group ?? "",
    version: r.source.version ?? "",
    kind: r.source.kind ?? "",
    name: r.source.name ?? "",
    namespace: r.source.namespace ?? ""
  };
  const parts = [formatKustomizeId(id)];
  if (r.source.fieldPath) parts.push(r.source.fieldPath);
  const o = r.source.options;
  if (o && (o.delimiter || o.create)) parts.push(`${o.delimiter ?? ""}(${o.index ?? 0}), create=${o.create === true}`);
  return parts.join(":");
}
function sourceValue(resources, r, file) {
  const matches = [];
  for (const res of resources) {
    if (allIdsForReplacement(res).some((id) => idSelectedBy(id, r.source))) {
      if (matches.length > 0) throw new KustomizeError(`multiple matches for selector ${sourceString(r)}`, file, "replacements");
      matches.push(res);
    }
  }
  if (matches.length === 0) throw new KustomizeError(`nothing selected by ${sourceString(r)}`, file, "replacements");
  const fieldPath = r.source.fieldPath || DEFAULT_FIELD_PATH;
  let found;
  try {
    found = lookup(matches[0].obj, kyamlSplitPath(fieldPath));
  } catch (e) {
    if (e instanceof KustomizeError) throw new KustomizeError(`error looking up replacement source: ${e.message}`, file, "replacements");
    throw e;
  }
  if (found === void 0 || found === null || Array.isArray(found) && found.length === 0 || isJsonObject(found) && Object.keys(found).length === 0) {
    const id = { ...sourceIdOnly(r) };
    throw new KustomizeError(`fieldPath \`${fieldPath}\` is missing for replacement source ${formatKustomizeId(id)}`, file, "replacements");
  }
  const value = toValue(found);
  const opts = r.source.options;
  if (!opts || !opts.delimiter) return value;
  if (!value.scalar) throw new KustomizeError("delimiter option can only be used with scalar nodes", file, "replacements");
  const parts = value.text.split(opts.delimiter);
  const index = opts.index ?? 0;
  if (index >= parts.length || index < 0) {
    throw new KustomizeError(`options.index ${index} is out of bounds for value ${value.text}`, file, "replacements");
  }
  return { scalar: true, text: parts[index], tag: value.tag };
}
function sourceIdOnly(r) {
  return {
    group: r.source.group ?? "",
    version: r.source.version ?? "",
    kind: r.source.kind ?? "",
    name: r.source.name ?? "",
    namespace: r.source.namespace ?? ""
  };
}
function lookup(root, path2) {
  let cur = root;
  for (const raw of path2) {
    const part = raw.trim();
    if (part === "") continue;
    if (cur === void 0 || cur === null) return void 0;
    if (/^[+-]?\d+$/.test(part)) {
      const idx = Number(part);
      if (idx < 0) throw new KustomizeError(`array index ${idx} cannot be negative`);
      if (!Array.isArray(cur)) throw new KustomizeError(`wrong node kind: expected SequenceNode at '${part}'`);
      cur = cur[idx];
    } else if (part === "-") {
      if (!Array.isArray(cur)) throw new KustomizeError(`wrong node kind: expected SequenceNode at '${part}'`);
      cur = cur[cur.length - 1];
    } else if (part === "*") {
      throw new KustomizeError("wildcard is not supported in PathGetter");
    } else if (part.startsWith("[") && part.endsWith("]")) {
      const { field, value } = splitIndexNameValue(part);
      if (!Array.isArray(cur)) throw new KustomizeError(`wrong node kind: expected SequenceNode at '${part}'`);
      cur = field === "" ? cur.find((e) => !isJsonObject(e) && !Array.isArray(e) && scalarText(e) === value) : cur.find((e) => isJsonObject(e) && Object.prototype.hasOwnProperty.call(e, field) && scalarText(e[field]) === value);
    } else {
      if (Array.isArray(cur) || !isJsonObject(cur)) {
        if (Array.isArray(cur)) throw new KustomizeError(`wrong node kind: expected MappingNode but got SequenceNode at '${part}'`);
        return void 0;
      }
      cur = Object.prototype.hasOwnProperty.call(cur, part) ? cur[part] : void 0;
    }
  }
  return cur;
}
function scalarText(v) {
  if (v === null) return "null";
  if (typeof v === "object") return "";
  return String(v);
}
function splitIndexNameValue(part) {
  const inner = part.slice(1, -1);
  const eq = inner.indexOf("=");
  if (eq < 0) throw new KustomizeError("list path element must contain fieldName=fieldValue for element to match");
  return { field: inner.slice(0, eq), value: inner.slice(eq + 1) };
}
function applyTarget(resources, value, t, file) {
  const fieldPaths = t.fieldPaths && t.fieldPaths.length > 0 ? t.fieldPaths : [DEFAULT_FIELD_PATH];
  const rejects = t.reject ?? [];
  for (const res of resources) {
    if (!matchesLabelAndAnnotationSelectors(res, t.select)) continue;
    const rejectedByLabels = rejects.some(
      (r) => (r.labelSelector || r.annotationSelector) && matchesLabelAndAnnotationSelectors(res, r)
    );
    if (rejectedByLabels) continue;
    const ids = allIdsForReplacement(res);
    const rejectedById = rejects.some((r) => !isEmptyId(r) && ids.some((id) => idSelectedBy(id, r)));
    if (rejectedById) continue;
    if (!ids.some((id) => idSelectedBy(id, t.select))) continue;
    for (const fp of fieldPaths) copyToTarget(res, value, fp, t.options, file);
  }
}
function isEmptyId(sel) {
  return !sel.group && !sel.version && !sel.kind && !sel.name && !sel.namespace;
}
function copyToTarget(res, value, fieldPath, options, file) {
  const create = options?.create === true;
  const what = create ? `unable to find or create field ${JSON.stringify(fieldPath)} in replacement target` : `unable to find field ${JSON.stringify(fieldPath)} in replacement target`;
  let slots;
  try {
    const rootHolder = [res.obj];
    slots = matchPath({ holder: rootHolder, key: 0, created: false }, kyamlSplitPath(fieldPath), create ? value.scalar ? "scalar" : "node" : void 0);
  } catch (e) {
    if (e instanceof KustomizeError) throw new KustomizeError(`${what}: ${e.message}`, file, "replacements");
    throw e;
  }
  if (slots.length === 0) throw new KustomizeError(what, file, "replacements");
  for (const slot of slots) setSlot(slot, value, options, file);
}
function slotGet(s) {
  return Array.isArray(s.holder) ? s.holder[s.key] : s.holder[s.key];
}
function slotSet(s, v) {
  if (Array.isArray(s.holder)) s.holder[s.key] = v;
  else s.holder[s.key] = v;
}
function emptyFor(next) {
  if (next === void 0) return null;
  if (next.startsWith("[") && next.endsWith("]")) return [];
  if (/^\+?\d+$/.test(next)) return [];
  return {};
}
function matchPath(slot, path2, create) {
  const parts = path2.map((p) => p.trim()).filter((p) => p !== "");
  return walk2(slot, parts);
  function walk2(s, rest) {
    if (rest.length === 0) return [s];
    const node = slotGet(s);
    const [head, ...tail] = rest;
    if (/^\d+$/.test(head) && Number(head) >= 0) {
      const idx = Number(head);
      if (!Array.isArray(node)) throw new KustomizeError(`wrong node kind: expected SequenceNode at '${head}'`);
      const pushed = node.length === idx && create !== void 0;
      if (pushed) node.push(emptyFor(tail[0]));
      if (node.length < idx + 1) throw new KustomizeError(`index ${idx} specified but only ${node.length} elements found`);
      return walk2({ holder: node, key: idx, created: pushed && tail.length === 0 }, tail);
    }
    if (head.startsWith("[") && head.endsWith("]")) {
      const { field, value } = splitIndexNameValue(head);
      let re;
      try {
        re = new RegExp(value);
      } catch (e) {
        throw new KustomizeError(`error parsing regexp: ${e.message}`);
      }
      if (!Array.isArray(node)) throw new KustomizeError(`wrong node kind: expected SequenceNode at '${head}'`);
      const found = seqMatches(node, field, re, tail);
      if (found.length > 0 || !create) return found;
      node.push(field === "" ? value : { [field]: value });
      return seqMatches(node, field, re, tail);
    }
    if (head === "*") {
      if (!Array.isArray(node)) throw new KustomizeError(`wrong node kind: expected SequenceNode at '*'`);
      return node.flatMap((_, i) => walk2({ holder: node, key: i, created: false }, tail));
    }
    if (node === void 0 || node === null) return [];
    if (!isJsonObject(node)) {
      throw new KustomizeError(`wrong node kind: expected MappingNode but got ${Array.isArray(node) ? "SequenceNode" : "ScalarNode"}`);
    }
    const has3 = Object.prototype.hasOwnProperty.call(node, head);
    if (!has3 || node[head] === null && tail.length > 0) {
      if (!create) return has3 ? walk2({ holder: node, key: head, created: false }, tail) : [];
      node[head] = emptyFor(tail[0]);
      return walk2({ holder: node, key: head, created: tail.length === 0 }, tail);
    }
    return walk2({ holder: node, key: head, created: false }, tail);
  }
  function seqMatches(node, field, re, tail) {
    const out = [];
    node.forEach((elem, i) => {
      if (field === "") {
        if (isJsonObject(elem) || Array.isArray(elem)) return;
        if (re.test(scalarText(elem).trim())) out.push({ holder: node, key: i, created: false });
        return;
      }
      if (!isJsonObject(elem) || !Object.prototype.hasOwnProperty.call(elem, field)) return;
      const v = elem[field];
      if (v === null || isJsonObject(v) || Array.isArray(v)) return;
      if (!re.test(scalarText(v).trim())) return;
      out.push(...walk2({ holder: node, key: i, created: false }, tail));
    });
    return out;
  }
}
function setSlot(slot, value, options, file) {
  const current = slotGet(slot);
  const scalarTarget = slot.created ? value.scalar : current !== void 0 && !isJsonObject(current) && !Array.isArray(current);
  let v = value;
  if (options?.delimiter) {
    if (!scalarTarget) throw new KustomizeError("delimiter option can only be used with scalar nodes", file, "replacements");
    const parts = (slot.created ? "" : scalarText(current ?? null)).split(options.delimiter);
    const text = v.scalar ? v.text : "";
    const index = options.index ?? 0;
    if (index < 0) parts.unshift(text);
    else if (index >= parts.length) parts.push(text);
    else parts[index] = text;
    v = { scalar: true, text: parts.join(options.delimiter), tag: v.scalar ? v.tag : "str" };
  }
  if (slot.created) {
    slotSet(slot, v.scalar ? typedScalar(v.text, void 0, file) : cloneJson(v.node));
  } else if (scalarTarget) {
    const tag = toValue(current).tag;
    slotSet(slot, typedScalar(v.scalar ? v.text : "", tag, file));
  } else {
    slotSet(slot, valueToJson(v, file));
  }
}
function kyamlSplitPath(path2) {
  const raw = path2.split(".");
  const ps = raw.length > 1 && raw[0] === "" ? raw.slice(1) : raw;
  const split = [ps[0]];
  for (let i = 1; i < ps.length; i++) {
    const last = split.length - 1;
    if (split[last].endsWith("\\")) split[last] = `${split[last].slice(0, -1)}.${ps[i]}`;
    else split.push(ps[i]);
  }
  const out = [];
  for (let i = 0; i < split.length; i++) {
    const elem = split[i];
    if (elem.startsWith("[") && !elem.endsWith("]")) {
      const bracketed = [elem];
      while (i < split.length - 1) {
        i++;
        bracketed.push(split[i]);
        if (split[i].endsWith("]")) break;
      }
      const joined = bracketed.join(".");
      out.push(joined.includes("=") ? joined : joined.replace(/^[[\]]+|[[\]]+$/g, ""));
    } else {
      out.push(elem);
    }
  }
  return out;
}

// src/core/kustomize/vars.ts
function parseVars(value, file) {
  if (value === void 0 || value === null) return [];
  if (!Array.isArray(value)) throw new KustomizeError("vars must be a list", file, "vars");
  return value.map((v, i) => parseVar(v, file, `vars[${i}]`));
}
function parseVar(v, file, where) {
  if (!isJsonObject(v)) throw new KustomizeError(`${where} must be a map`, file, "vars");
  const name = str(pick(v, "name"), `${where}.name`, file) ?? "";
  const objref = pick(v, "objref");
  if (objref !== void 0 && objref !== null && !isJsonObject(objref)) {
    throw new KustomizeError(`${where}.objref must be a map`, file, "vars");
  }
  const o = objref ?? {};
  const spec2 = {
    name,
    objref: {
      kind: str(pick(o, "kind"), `${where}.objref.kind`, file) ?? "",
      name: str(pick(o, "name"), `${where}.objref.name`, file) ?? ""
    }
  };
  for (const key of ["apiVersion", "group", "version", "namespace"]) {
    const s = str(pick(o, key), `${where}.objref.${key}`, file);
    if (s !== void 0) spec2.objref[key] = s;
  }
  const fieldref = pick(v, "fieldref");
  if (fieldref !== void 0 && fieldref !== null) {
    if (!isJsonObject(fieldref)) throw new KustomizeError(`${where}.fieldref must be a map`, file, "vars");
    const fp = str(pick(fieldref, "fieldPath"), `${where}.fieldref.fieldPath`, file);
    spec2.fieldref = fp === void 0 ? {} : { fieldpath: fp };
  }
  return spec2;
}
function normalize(v, file) {
  return parseVar(v, file, `var '${String(v.name ?? "")}'`);
}
function pick(obj, key) {
  if (Object.prototype.hasOwnProperty.call(obj, key)) return obj[key];
  const lower = key.toLowerCase();
  const found = Object.keys(obj).find((k) => k.toLowerCase() === lower);
  return found === void 0 ? void 0 : obj[found];
}
function str(v, where, file) {
  if (v === void 0 || v === null) return void 0;
  if (typeof v !== "string") throw new KustomizeError(`${where} must be a string, got ${JSON.stringify(v)}`, file, "vars");
  return v;
}
function defaulted(raw, file) {
  const spec2 = normalize(raw, file);
  const objref = { ...spec2.objref };
  if (objref.apiVersion) {
    const parts = objref.apiVersion.split("/");
    if (parts.length === 2) {
      objref.group = parts[0];
      objref.version = parts[1];
    } else if (parts.length === 1) {
      objref.version = parts[0];
    }
  }
  return { name: spec2.name, objref, fieldref: { fieldpath: spec2.fieldref?.fieldpath || "metadata.name" } };
}
function formatVar(spec2) {
  const gvk = formatGvk({ group: spec2.objref.group ?? "", version: spec2.objref.version ?? "", kind: spec2.objref.kind });
  return `{${spec2.name} ${gvk} {${spec2.fieldref?.fieldpath ?? ""}}}`;
}
function targetId(spec2) {
  return {
    group: spec2.objref.group ?? "",
    version: spec2.objref.version ?? "",
    kind: spec2.objref.kind,
    name: spec2.objref.name,
    namespace: spec2.objref.namespace ?? ""
  };
}
function matchVar(resources, spec2) {
  const id = targetId(spec2);
  const withNamespace = id.namespace !== "" || isClusterScoped2(id.group, id.version, id.kind);
  const matches = (other) => withNamespace ? idEquals(id, other) : gvknEquals(id, other);
  return resources.filter((r) => r.allIds().some(matches));
}
function mergeVars(known, resources, incoming, file) {
  const out = [...known];
  for (const raw of incoming) {
    const spec2 = defaulted(raw, file);
    const matched = matchVar(resources, spec2);
    if (matched.length > 1) {
      const listed = `[${incoming.map((v) => formatVar(normalize(v, file))).join(" ")}]`;
      throw new KustomizeError(
        `merging vars ${listed}: found ${matched.length} resId matches for var ${formatVar(spec2)} (unable to disambiguate)`,
        file,
        "vars"
      );
    }
    if (out.some((b) => b.spec.name === spec2.name)) {
      throw new KustomizeError(`var '${spec2.name}' already encountered`, file, "vars");
    }
    out.push({ spec: spec2, resource: matched[0] });
  }
  return out;
}
function absorbVars(known, incoming, file) {
  const out = [...known];
  for (const b of incoming) {
    if (out.some((k) => k.spec.name === b.spec.name)) {
      throw new KustomizeError(`var '${b.spec.name}' already encountered`, file, "vars");
    }
    out.push(b);
  }
  return out;
}
function resolveVars(resources, vars, varReference2, where) {
  const bound2 = vars.map((v) => "spec" in v ? v : bindLate(resources, defaulted(v, where), where));
  if (bound2.length === 0) return;
  const values = /* @__PURE__ */ new Map();
  for (const b of [...bound2].sort((x, y) => x.spec.name < y.spec.name ? -1 : x.spec.name > y.spec.name ? 1 : 0)) {
    const res = b.resource && (resources.includes(b.resource) ? b.resource : matchVar(resources, b.spec)[0]);
    if (!res) {
      throw new KustomizeError(`var '${formatVar(b.spec)}' cannot be mapped to a field in the set of known resources`, where, "vars");
    }
    const value = fieldValue(res.obj, b.spec.fieldref?.fieldpath ?? "metadata.name");
    if (value === void 0) {
      throw new KustomizeError(`field specified in var '${formatVar(b.spec)}' not found in corresponding resource`, where, "vars");
    }
    values.set(b.spec.name, value);
  }
  for (const res of resources) {
    for (const spec2 of varReference2) {
      if (!fieldSpecSelects(spec2, res)) continue;
      try {
        visitFieldPath(res.obj, splitFieldPath(spec2.path), false, "none", (holder, key) => {
          const v = holder[key];
          if (v === void 0 || v === null) return;
          holder[key] = replaceIn(v, values, where);
        });
      } catch (e) {
        if (e instanceof FieldPathError) {
          throw new KustomizeError(`considering field '${spec2.path}' of object ${describeResource(res)}: ${e.message}`, where, "vars");
        }
        throw e;
      }
    }
  }
}
function bindLate(resources, spec2, where) {
  const matched = matchVar(resources, spec2);
  if (matched.length > 1) {
    throw new KustomizeError(`found ${matched.length} resId matches for var ${formatVar(spec2)} (unable to disambiguate)`, where, "vars");
  }
  return { spec: spec2, resource: matched[0] };
}
function fieldValue(obj, path2) {
  const fields = [];
  for (const s of kyamlSplitPath(path2)) {
    const m = /^(.*)\[(\d+)\]$/.exec(s);
    if (!m) {
      fields.push(s);
      continue;
    }
    if (m[1] !== "") fields.push(m[1]);
    fields.push(m[2]);
  }
  let cur = obj;
  for (const raw of fields) {
    const f = raw.trim();
    if (f === "") continue;
    if (cur === void 0 || cur === null) return void 0;
    if (/^\d+$/.test(f)) {
      if (!Array.isArray(cur)) return void 0;
      cur = cur[Number(f)];
    } else if (f === "-") {
      if (!Array.isArray(cur)) return void 0;
      cur = cur[cur.length - 1];
    } else if (f.startsWith("[") && f.endsWith("]")) {
      const eq = f.indexOf("=");
      if (eq < 0 || !Array.isArray(cur)) return void 0;
      const key = f.slice(1, eq);
      const want = f.slice(eq + 1, -1);
      cur = cur.find(
        (e) => key === "" ? !isJsonObject(e) && !Array.isArray(e) && String(e) === want : isJsonObject(e) && e[key] !== void 0 && !isJsonObject(e[key]) && String(e[key]) === want
      );
    } else {
      if (!isJsonObject(cur)) return void 0;
      cur = Object.prototype.hasOwnProperty.call(cur, f) ? cur[f] : void 0;
    }
  }
  return cur === null ? "null" : cur;
}
function replaceIn(v, values, where) {
  if (typeof v === "string") return expand(v, values);
  if (Array.isArray(v)) {
    return v.map((item) => {
      if (typeof item !== "string") throw new KustomizeError("invalid value type expect a string", where, "vars");
      return expand(item, values);
    });
  }
  if (isJsonObject(v)) {
    for (const k of Object.keys(v)) {
      const item = v[k];
      if (typeof item === "string") v[k] = expand(item, values);
    }
    return v;
  }
  return v;
}
function expand(input, values) {
  const mapped = (name) => {
    const v = values.get(name);
    if (v === void 0 || v === null || typeof v === "object") return `$(${name})`;
    return v;
  };
  let out = "";
  let checkpoint = 0;
  for (let cursor = 0; cursor < input.length; cursor++) {
    if (input[cursor] !== "$" || cursor + 1 >= input.length) continue;
    out += input.slice(checkpoint, cursor);
    const rest = input.slice(cursor + 1);
    let advance;
    if (rest[0] === "$") {
      out += "$";
      advance = 1;
    } else if (rest[0] === "(") {
      const close = rest.indexOf(")", 1);
      if (close < 0) {
        out += "$(";
        advance = 1;
      } else {
        const name = rest.slice(1, close);
        const value = mapped(name);
        if (input === `$(${name})`) return value;
        out += String(value);
        advance = close + 1;
      }
    } else {
      out += `$${rest[0]}`;
      advance = 1;
    }
    cursor += advance;
    checkpoint = cursor + 1;
  }
  return out + input.slice(checkpoint);
}

// src/core/kustomize/accumulator.ts
var Accumulator = class {
  constructor(config) {
    this.config = config;
  }
  resources = [];
  /** Vars bound to their resources when the kustomization declaring them finished, as in kustomize. */
  vars = [];
  /** Adds one resource; a second resource with the same id is an error, as in kustomize. */
  append(r, where) {
    this.appendAll([r], where);
  }
  appendAll(list, where) {
    const seen = new Set(this.resources.map((r) => idKey(r.curId())));
    for (const r of list) {
      const key = idKey(r.curId());
      if (seen.has(key)) {
        throw new KustomizeError(`${where}: may not add resource with an already registered id: ${describeId(r.curId())}`);
      }
      seen.add(key);
      this.resources.push(r);
    }
  }
  /** Takes in what a base accumulated. */
  merge(sub, where) {
    this.appendAll(sub.resources, where);
    this.config = mergeTransformerConfig(this.config, sub.config);
    this.vars = absorbVars(this.vars, sub.vars, where);
  }
  /** Declares a kustomization's vars, binding each to the one resource it names among those accumulated. */
  mergeVars(vars, file) {
    if (vars.length === 0) return;
    this.vars = mergeVars(this.vars, this.resources, parseVars(vars, file), file);
  }
};
function idKey(id) {
  const ns = isClusterScoped(id.group ? `${id.group}/${id.version}` : id.version, id.kind) ? "" : id.namespace || "default";
  return `${id.group}/${id.version}/${id.kind}|${ns}|${id.name}`;
}
function describeId(id) {
  const gv = id.group ? `${id.group}/${id.version}` : id.version;
  return `${gv} ${id.kind} ${id.namespace ? `${id.namespace}/` : ""}${id.name}`;
}

// src/core/kustomize/crds-config.ts
function parseCrdsConfig(doc, file) {
  if (!isJsonObject(doc)) {
    throw new KustomizeError(
      `unable to parse open API definition from '${file}': expected a map from type name to definition`,
      file,
      "crds"
    );
  }
  const out = { nameReference: [], commonAnnotations: [], commonLabels: [], namePrefix: [] };
  for (const typeName of Object.keys(doc)) {
    const props = propertiesOf(doc, typeName, file);
    if (!props || !looksLikeKubernetesType(props)) continue;
    const kind = typeName.split(".").pop() ?? typeName;
    collect(doc, typeName, kind, [], /* @__PURE__ */ new Set(), out, file);
  }
  return {
    nameReference: mergeNameReferences([], out.nameReference),
    commonAnnotations: dedupe(out.commonAnnotations),
    commonLabels: dedupe(out.commonLabels),
    namePrefix: dedupe(out.namePrefix)
  };
}
function looksLikeKubernetesType(props) {
  return has(props, "kind") && has(props, "apiVersion") && has(props, "metadata");
}
function collect(defs, typeName, kind, path2, onPath, out, file) {
  const props = propertiesOf(defs, typeName, file);
  if (!props || onPath.has(typeName)) return;
  onPath.add(typeName);
  for (const propName of Object.keys(props)) {
    const prop = props[propName];
    if (!isJsonObject(prop)) continue;
    const here = [...path2, propName];
    const spec2 = (p) => ({ kind, path: p.join("/") });
    if (extension(prop, "x-kubernetes-annotation") !== void 0) out.commonAnnotations.push(spec2(here));
    if (extension(prop, "x-kubernetes-label-selector") !== void 0) out.commonLabels.push(spec2(here));
    if (extension(prop, "x-kubernetes-identity") !== void 0) out.namePrefix.push(spec2(here));
    const refVersion = extension(prop, "x-kubernetes-object-ref-api-version");
    const refKind = extension(prop, "x-kubernetes-object-ref-kind");
    if (refVersion !== void 0 && refKind !== void 0) {
      const nameKey = extension(prop, "x-kubernetes-object-ref-name-key") ?? "name";
      out.nameReference = mergeNameReferences(out.nameReference, [
        { kind: refKind, ...refVersion ? { version: refVersion } : {}, fieldSpecs: [spec2([...here, nameKey])] }
      ]);
    }
    const ref = prop.$ref;
    if (typeof ref === "string" && ref !== "") collect(defs, ref, kind, here, onPath, out, file);
  }
  onPath.delete(typeName);
}
function propertiesOf(defs, typeName, file) {
  if (!has(defs, typeName)) return void 0;
  const def = defs[typeName];
  if (def === null) return void 0;
  if (!isJsonObject(def)) {
    throw new KustomizeError(
      `unable to parse open API definition from '${file}': definition '${typeName}' is not a map`,
      file,
      "crds"
    );
  }
  const schema = fieldIgnoringCase(def, "Schema");
  if (schema === void 0 || schema === null) return void 0;
  if (!isJsonObject(schema)) {
    throw new KustomizeError(
      `unable to parse open API definition from '${file}': 'Schema' of '${typeName}' is not a map`,
      file,
      "crds"
    );
  }
  const props = schema.properties;
  if (props === void 0 || props === null) return void 0;
  if (!isJsonObject(props)) {
    throw new KustomizeError(
      `unable to parse open API definition from '${file}': 'properties' of '${typeName}' is not a map`,
      file,
      "crds"
    );
  }
  return props;
}
function extension(prop, key) {
  const v = fieldIgnoringCase(prop, key);
  return typeof v === "string" ? v : void 0;
}
function fieldIgnoringCase(obj, key) {
  if (has(obj, key)) return obj[key];
  const lower = key.toLowerCase();
  const match2 = Object.keys(obj).find((k) => k.toLowerCase() === lower);
  return match2 === void 0 ? void 0 : obj[match2];
}
function has(obj, key) {
  return Object.prototype.hasOwnProperty.call(obj, key);
}
function dedupe(specs) {
  const seen = /* @__PURE__ */ new Set();
  return specs.filter((s) => {
    const key = `${s.kind}\0${s.path}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// src/core/kustomize/merge-schema.ts
var OPAQUE = { opaque: true };
var SchemaNode = class _SchemaNode {
  constructor(owner, def) {
    this.owner = owner;
    this.def = def;
  }
  field(name) {
    if (this.def.opaque) return new _SchemaNode(this.owner, OPAQUE);
    const props = this.def.properties;
    const own = props && Object.prototype.hasOwnProperty.call(props, name) ? props[name] : void 0;
    const def = own ?? this.def.additionalProperties ?? (this.def.factsOnly ? OPAQUE : void 0);
    return def ? this.owner.resolveNode(def) : void 0;
  }
  /** The schema of a list's elements; kyaml only has one for nodes typed exactly `array`. */
  elements() {
    if (this.def.opaque) return new _SchemaNode(this.owner, OPAQUE);
    if (!this.def.isArray || !this.def.items) return void 0;
    return this.owner.resolveNode(this.def.items);
  }
  /** The patch strategy of this (list) field, when the schema declares one. */
  listInfo() {
    const strategy = this.def.patchStrategy;
    if (strategy === void 0) return void 0;
    const strategies = strategy.split(",");
    const kind = strategies.includes("merge") ? "merge" : strategies.includes("retainKeys") ? "retainKeys" : "replace";
    const keys = this.def.listMapKeys ?? (this.def.patchMergeKey !== void 0 ? [this.def.patchMergeKey] : []);
    const info = { strategy: kind, keys };
    if (this.def.patchMergeKey !== void 0) info.mergeKey = this.def.patchMergeKey;
    return info;
  }
};
var MergeSchema = class _MergeSchema {
  constructor(definitions, kinds) {
    this.definitions = definitions;
    this.kinds = kinds;
  }
  static builtinSchema;
  /** Kubernetes built-in kinds, as kustomize v5.5 knows them (Kubernetes 1.21.2). */
  static builtin() {
    _MergeSchema.builtinSchema ??= new _MergeSchema(builtinDefinitions(), builtinKinds());
    return _MergeSchema.builtinSchema;
  }
  /** No schema at all: every list is replaced. */
  static empty() {
    return new _MergeSchema(/* @__PURE__ */ new Map(), /* @__PURE__ */ new Map());
  }
  /**
   * This schema with an OpenAPI (swagger 2) document's definitions laid over it: same-named definitions
   * are replaced, kinds named by `x-kubernetes-group-version-kind` are added. To match a kustomization's
   * `openapi: {path: ...}`, lay the document over `MergeSchema.empty()`: kustomize uses it instead of its
   * built-in document.
   */
  withOpenApi(doc, file) {
    const defs = doc["definitions"];
    if (defs === void 0) return this;
    if (!isJsonObject(defs)) {
      throw new KustomizeError(`openapi document: 'definitions' must be a map, got ${JSON.stringify(defs)}`, file, "openapi");
    }
    const definitions = new Map(this.definitions);
    const kinds = new Map(this.kinds);
    for (const [name, raw] of Object.entries(defs)) {
      if (!isJsonObject(raw)) continue;
      definitions.set(name, readSchemaDef(raw));
      for (const gvk of gvkList(raw["x-kubernetes-group-version-kind"])) kinds.set(gvk, name);
    }
    return new _MergeSchema(definitions, kinds);
  }
  /** The schema of a whole resource of this apiVersion and kind, if known. */
  forKind(apiVersion, kind) {
    const name = this.kinds.get(`${apiVersion}|${kind}`);
    const def = name === void 0 ? void 0 : this.definitions.get(name);
    return def ? new SchemaNode(this, def) : void 0;
  }
  /** How the list at `path` (field names; `[]` steps into list elements) of this kind merges. */
  listInfo(apiVersion, kind, path2) {
    let node = this.forKind(apiVersion, kind);
    for (const step of path2) node = step === "[]" ? node?.elements() : node?.field(step);
    return node?.listInfo();
  }
  /** Follows `$ref`s the way kyaml does: a reference it cannot resolve means no schema. */
  resolveNode(def) {
    let current = def;
    for (let hops = 0; current?.ref !== void 0; hops++) {
      if (hops > 64) return void 0;
      current = this.definitions.get(current.ref.replace(/^#\/definitions\//, ""));
    }
    return current ? new SchemaNode(this, current) : void 0;
  }
};
function readSchemaDef(raw) {
  const def = {};
  const ref = raw["$ref"];
  if (typeof ref === "string") def.ref = ref;
  const type = raw["type"];
  if (type === "array" || Array.isArray(type) && type.length === 1 && type[0] === "array") def.isArray = true;
  const props = raw["properties"];
  if (isJsonObject(props)) {
    def.properties = /* @__PURE__ */ Object.create(null);
    for (const [k, v] of Object.entries(props)) if (isJsonObject(v)) def.properties[k] = readSchemaDef(v);
  }
  const additional = raw["additionalProperties"];
  if (isJsonObject(additional)) def.additionalProperties = readSchemaDef(additional);
  const items = raw["items"];
  if (isJsonObject(items)) def.items = readSchemaDef(items);
  const strategy = raw["x-kubernetes-patch-strategy"];
  if (typeof strategy === "string") def.patchStrategy = strategy;
  const key = raw["x-kubernetes-patch-merge-key"];
  if (typeof key === "string") def.patchMergeKey = key;
  const mapKeys = raw["x-kubernetes-list-map-keys"];
  if (Array.isArray(mapKeys) && mapKeys.every((k) => typeof k === "string")) def.listMapKeys = mapKeys;
  return def;
}
function gvkList(value) {
  if (!Array.isArray(value)) return [];
  const out = [];
  for (const entry of value) {
    if (!isJsonObject(entry)) continue;
    const { group, version, kind } = entry;
    if (typeof version !== "string" || typeof kind !== "string") continue;
    const apiVersion = typeof group === "string" && group !== "" ? `${group}/${version}` : version;
    out.push(`${apiVersion}|${kind}`);
  }
  return out;
}
var BUILTIN_TYPES = {
  ObjectMeta: { finalizers: "merge", ownerReferences: "merge(uid)" },
  Object: { metadata: "ObjectMeta" },
  Container: {
    env: "merge(name)",
    ports: "merge(containerPort,protocol)",
    volumeDevices: "merge(devicePath)",
    volumeMounts: "merge(mountPath)"
  },
  // Kubernetes 1.21 gives ephemeral containers' ports no merge key.
  EphemeralContainer: { env: "merge(name)", volumeDevices: "merge(devicePath)", volumeMounts: "merge(mountPath)" },
  PodSpec: {
    containers: "merge(name) []Container",
    initContainers: "merge(name) []Container",
    ephemeralContainers: "merge(name) []EphemeralContainer",
    volumes: "merge,retainKeys(name) []Volume",
    imagePullSecrets: "merge(name)",
    hostAliases: "merge(ip)",
    topologySpreadConstraints: "merge(topologyKey,whenUnsatisfiable)"
  },
  Volume: { ephemeral: "EphemeralVolumeSource" },
  EphemeralVolumeSource: { volumeClaimTemplate: "Object" },
  PodTemplateSpec: { metadata: "ObjectMeta", spec: "PodSpec" },
  WithPodTemplate: { template: "PodTemplateSpec" },
  Conditions: { conditions: "merge(type)" },
  Workload: { metadata: "ObjectMeta", spec: "WithPodTemplate", status: "Conditions" },
  Pod: { metadata: "ObjectMeta", spec: "PodSpec", status: "PodStatus" },
  PodStatus: { conditions: "merge(type)", podIPs: "merge(ip)" },
  PodTemplate: { metadata: "ObjectMeta", template: "PodTemplateSpec" },
  CronJob: { metadata: "ObjectMeta", spec: "CronJobSpec" },
  CronJobSpec: { jobTemplate: "JobTemplateSpec" },
  JobTemplateSpec: { metadata: "ObjectMeta", spec: "WithPodTemplate" },
  WithStatusConditions: { metadata: "ObjectMeta", status: "Conditions" },
  ComponentStatus: { metadata: "ObjectMeta", conditions: "merge(type)" },
  Node: { metadata: "ObjectMeta", spec: "NodeSpec", status: "NodeStatus" },
  NodeSpec: { podCIDRs: "merge" },
  NodeStatus: { addresses: "merge(type)", conditions: "merge(type)" },
  Service: { metadata: "ObjectMeta", spec: "ServiceSpec", status: "Conditions" },
  ServiceSpec: { ports: "merge(port,protocol)" },
  ServiceAccount: { metadata: "ObjectMeta", secrets: "merge(name)" },
  WebhookConfiguration: { metadata: "ObjectMeta", webhooks: "merge(name)" },
  CSINode: { metadata: "ObjectMeta", spec: "CSINodeSpec" },
  CSINodeSpec: { drivers: "merge(name)" }
};
var BUILTIN_KINDS = {
  v1: "Binding ComponentStatus:ComponentStatus ComponentStatusList ConfigMap ConfigMapList Endpoints EndpointsList Event EventList LimitRange LimitRangeList Namespace:WithStatusConditions NamespaceList Node:Node NodeList PersistentVolume PersistentVolumeClaim:WithStatusConditions PersistentVolumeClaimList PersistentVolumeList Pod:Pod PodList PodTemplate:PodTemplate PodTemplateList ReplicationController:Workload ReplicationControllerList ResourceQuota ResourceQuotaList Secret SecretList Service:Service ServiceAccount:ServiceAccount ServiceAccountList ServiceList",
  "apps/v1": "ControllerRevision ControllerRevisionList DaemonSet:Workload DaemonSetList Deployment:Workload DeploymentList ReplicaSet:Workload ReplicaSetList StatefulSet:Workload StatefulSetList",
  "batch/v1": "CronJob:CronJob CronJobList Job:Workload JobList",
  "batch/v1beta1": "CronJob:CronJob CronJobList",
  "admissionregistration.k8s.io/v1": "MutatingWebhookConfiguration:WebhookConfiguration MutatingWebhookConfigurationList ValidatingWebhookConfiguration:WebhookConfiguration ValidatingWebhookConfigurationList",
  "admissionregistration.k8s.io/v1beta1": "MutatingWebhookConfiguration:WebhookConfiguration MutatingWebhookConfigurationList ValidatingWebhookConfiguration:WebhookConfiguration ValidatingWebhookConfigurationList",
  "apiextensions.k8s.io/v1": "CustomResourceDefinition CustomResourceDefinitionList",
  "apiextensions.k8s.io/v1beta1": "CustomResourceDefinition CustomResourceDefinitionList",
  "apiregistration.k8s.io/v1": "APIService:WithStatusConditions APIServiceList",
  "apiregistration.k8s.io/v1beta1": "APIService:WithStatusConditions APIServiceList",
  "authentication.k8s.io/v1": "TokenRequest TokenReview",
  "authentication.k8s.io/v1beta1": "TokenReview",
  "authorization.k8s.io/v1": "LocalSubjectAccessReview SelfSubjectAccessReview SelfSubjectRulesReview SubjectAccessReview",
  "authorization.k8s.io/v1beta1": "LocalSubjectAccessReview SelfSubjectAccessReview SelfSubjectRulesReview SubjectAccessReview",
  "autoscaling/v1": "HorizontalPodAutoscaler HorizontalPodAutoscalerList Scale",
  "autoscaling/v2beta1": "HorizontalPodAutoscaler HorizontalPodAutoscalerList",
  "autoscaling/v2beta2": "HorizontalPodAutoscaler HorizontalPodAutoscalerList",
  "certificates.k8s.io/v1": "CertificateSigningRequest CertificateSigningRequestList",
  "certificates.k8s.io/v1beta1": "CertificateSigningRequest CertificateSigningRequestList",
  "coordination.k8s.io/v1": "Lease LeaseList",
  "coordination.k8s.io/v1beta1": "Lease LeaseList",
  "discovery.k8s.io/v1": "EndpointSlice EndpointSliceList",
  "discovery.k8s.io/v1beta1": "EndpointSlice EndpointSliceList",
  "events.k8s.io/v1": "Event EventList",
  "events.k8s.io/v1beta1": "Event EventList",
  "extensions/v1beta1": "Ingress IngressList",
  "flowcontrol.apiserver.k8s.io/v1beta1": "FlowSchema FlowSchemaList PriorityLevelConfiguration PriorityLevelConfigurationList",
  "networking.k8s.io/v1": "Ingress IngressClass IngressClassList IngressList NetworkPolicy NetworkPolicyList",
  "networking.k8s.io/v1beta1": "Ingress IngressClass IngressClassList IngressList",
  "node.k8s.io/v1": "RuntimeClass RuntimeClassList",
  "node.k8s.io/v1beta1": "RuntimeClass RuntimeClassList",
  "policy/v1": "PodDisruptionBudget:WithStatusConditions PodDisruptionBudgetList",
  "policy/v1beta1": "Eviction PodDisruptionBudget:WithStatusConditions PodDisruptionBudgetList PodSecurityPolicy PodSecurityPolicyList",
  "rbac.authorization.k8s.io/v1": "ClusterRole ClusterRoleBinding ClusterRoleBindingList ClusterRoleList Role RoleBinding RoleBindingList RoleList",
  "rbac.authorization.k8s.io/v1beta1": "ClusterRole ClusterRoleBinding ClusterRoleBindingList ClusterRoleList Role RoleBinding RoleBindingList RoleList",
  "scheduling.k8s.io/v1": "PriorityClass PriorityClassList",
  "scheduling.k8s.io/v1beta1": "PriorityClass PriorityClassList",
  "storage.k8s.io/v1": "CSIDriver CSIDriverList CSINode:CSINode CSINodeList StorageClass StorageClassList VolumeAttachment VolumeAttachmentList",
  "storage.k8s.io/v1beta1": "CSIDriver CSIDriverList CSINode:CSINode CSINodeList CSIStorageCapacity CSIStorageCapacityList StorageClass StorageClassList VolumeAttachment VolumeAttachmentList"
};
function builtinDefinitions() {
  const defs = /* @__PURE__ */ new Map();
  for (const [typeName, fields] of Object.entries(BUILTIN_TYPES)) {
    const properties = /* @__PURE__ */ Object.create(null);
    for (const [field, spec2] of Object.entries(fields)) properties[field] = parseFieldSpec2(spec2);
    defs.set(typeName, { properties, factsOnly: true });
  }
  return defs;
}
function parseFieldSpec2(spec2) {
  const match2 = /^(?:([a-z][a-zA-Z,]*)(?:\(([^)]*)\))?)?\s*(?:\[\])?([A-Z]\w*)?$/.exec(spec2);
  if (!match2) throw new Error(`bad built-in merge fact: ${spec2}`);
  const [, strategy, keys, type] = match2;
  if (strategy === void 0) return { ref: type ?? "Object" };
  const def = { isArray: true, patchStrategy: strategy, items: type ? { ref: type } : OPAQUE };
  const keyList = keys ? keys.split(",") : [];
  if (keyList.length > 0) def.patchMergeKey = keyList[0];
  if (keyList.length > 1) def.listMapKeys = keyList;
  return def;
}
function builtinKinds() {
  const kinds = /* @__PURE__ */ new Map();
  for (const [apiVersion, list] of Object.entries(BUILTIN_KINDS)) {
    for (const entry of list.split(" ")) {
      const [kind, type] = entry.split(":");
      kinds.set(`${apiVersion}|${kind}`, type ?? "Object");
    }
  }
  return kinds;
}

// src/core/kustomize/env-file.ts
var EnvFileError = class extends Error {
  constructor(message, line) {
    super(message);
    this.line = line;
    this.name = "EnvFileError";
  }
};
var MAX_LINE_BYTES = 64 * 1024;
var strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function parseEnvFile(bytes) {
  const pairs = [];
  let start = 0;
  let lineNo = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(10, start);
    const hasNewline = end >= 0;
    if (!hasNewline) end = bytes.length;
    if (end - start >= MAX_LINE_BYTES) break;
    let lineEnd = end;
    if (lineEnd > start && bytes[lineEnd - 1] === 13) lineEnd--;
    const pair = parseLine(bytes.subarray(start, lineEnd), lineNo);
    if (pair) pairs.push(pair);
    lineNo++;
    start = hasNewline ? end + 1 : end;
  }
  return pairs;
}
function parseLine(raw, lineIndex) {
  let text;
  try {
    text = strictUtf8.decode(raw);
  } catch {
    throw new EnvFileError(`line ${lineIndex + 1} has invalid UTF-8 bytes: [${[...raw].join(" ")}]`, lineIndex + 1);
  }
  if (lineIndex === 0 && text.startsWith("\uFEFF")) text = text.slice(1);
  text = trimGoSpaceLeft(text);
  if (text === "" || text.startsWith("#")) return void 0;
  const eq = text.indexOf("=");
  return eq < 0 ? { key: text, value: "" } : { key: text.slice(0, eq), value: text.slice(eq + 1) };
}
function isGoSpace(cp) {
  if (cp <= 255) return cp === 32 || cp >= 9 && cp <= 13 || cp === 133 || cp === 160;
  return cp === 5760 || cp >= 8192 && cp <= 8202 || cp === 8232 || cp === 8233 || cp === 8239 || cp === 8287 || cp === 12288;
}
function trimGoSpaceLeft(s) {
  let i = 0;
  while (i < s.length && isGoSpace(s.charCodeAt(i))) i++;
  return s.slice(i);
}

// src/core/kustomize/hash.ts
import { createHash } from "node:crypto";
function contentHash(obj) {
  return encodeHash(sha256Hex(hashInput(obj)));
}
function hashInput(obj) {
  const kind = obj.kind;
  if (kind === "ConfigMap") {
    const m = { kind: "ConfigMap", name: "", data: mapOrEmpty(obj.data) };
    if (isJsonObject(obj.binaryData)) m.binaryData = obj.binaryData;
    return goJson(m);
  }
  if (kind === "Secret") {
    const m = { kind: "Secret", type: scalarOrEmpty(obj.type), name: "", data: mapOrEmpty(obj.data) };
    if (isJsonObject(obj.stringData)) m.stringData = obj.stringData;
    return goJson(m);
  }
  return goJson(obj);
}
function mapOrEmpty(v) {
  if (v === void 0 || v === null) return "";
  if (Array.isArray(v)) return null;
  return isJsonObject(v) ? v : scalarOrEmpty(v);
}
function scalarOrEmpty(v) {
  if (v === void 0 || v === null) return "";
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return v;
}
function sha256Hex(text) {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
function encodeHash(hex) {
  const swap = { "0": "g", "1": "h", "3": "k", a: "m", e: "t" };
  let out = "";
  for (const ch of hex.slice(0, 10)) out += swap[ch] ?? ch;
  return out;
}
function goJson(v) {
  if (v === null) return "null";
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "number") return goNumber(v);
  if (typeof v === "string") return goString(v);
  if (Array.isArray(v)) return `[${v.map(goJson).join(",")}]`;
  const keys = Object.keys(v).sort(compareCodePoints);
  return `{${keys.map((k) => `${goString(k)}:${goJson(v[k])}`).join(",")}}`;
}
function compareCodePoints(a, b) {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (; ; ) {
    const x = ia.next();
    const y = ib.next();
    if (x.done || y.done) return x.done ? y.done ? 0 : -1 : 1;
    const d = x.value.codePointAt(0) - y.value.codePointAt(0);
    if (d !== 0) return d;
  }
}
function goNumber(n) {
  if (!Number.isFinite(n)) return "null";
  return Object.is(n, -0) ? "-0" : String(n);
}
var SHORT_ESCAPES = {
  '"': '\\"',
  "\\": "\\\\",
  "\n": "\\n",
  "\r": "\\r",
  "	": "\\t",
  "\b": "\\b",
  "\f": "\\f"
};
function goString(s) {
  let out = '"';
  for (const ch of s) {
    const short = SHORT_ESCAPES[ch];
    if (short) {
      out += short;
      continue;
    }
    const cp = ch.codePointAt(0);
    if (cp < 32 || ch === "<" || ch === ">" || ch === "&" || cp === 8232 || cp === 8233) {
      out += `\\u${cp.toString(16).padStart(4, "0")}`;
    } else if (cp >= 55296 && cp <= 57343) {
      out += "\\ufffd";
    } else {
      out += ch;
    }
  }
  return `${out}"`;
}

// src/core/kustomize/generators.ts
var FIELD_OF = { ConfigMap: "configMapGenerator", Secret: "secretGenerator" };
function generateConfigMap(spec2, global, ctx) {
  return generate("ConfigMap", spec2, global, ctx);
}
function generateSecret(spec2, global, ctx) {
  return generate("Secret", spec2, global, ctx);
}
function generate(kind, rawSpec, rawGlobal, ctx) {
  const field = FIELD_OF[kind];
  const file = ctx.kustomizationFile;
  const spec2 = parseGeneratorSpec(rawSpec, kind, file, ctx.ignoreUnknownFields);
  const global = rawGlobal === void 0 ? void 0 : parseGeneratorOptions(rawGlobal, "generatorOptions", file);
  const options = mergeGlobalOptions(spec2.options, global);
  if (!spec2.name) throw new KustomizeError(`${field}: a configmap must have a name`, file, field);
  const where = `${field} '${spec2.name}'`;
  const values = loadValues(spec2, ctx, where, field);
  const metadata = { name: spec2.name };
  if (spec2.namespace) metadata.namespace = spec2.namespace;
  const obj = { apiVersion: "v1", kind, metadata };
  if (kind === "Secret") {
    obj.type = spec2.type || "Opaque";
    const data = {};
    for (const [key, bytes] of values) setOwn(data, key, encodeBase64(bytes));
    obj.data = data;
  } else {
    const data = {};
    const binaryData = {};
    for (const [key, bytes] of values) {
      const text = decodeUtf8(bytes);
      if (text === void 0) setOwn(binaryData, key, encodeBase64(bytes));
      else setOwn(data, key, text);
    }
    if (Object.keys(data).length > 0) obj.data = data;
    if (Object.keys(binaryData).length > 0) obj.binaryData = binaryData;
  }
  if (options.labels && Object.keys(options.labels).length > 0) metadata.labels = sortedMap(options.labels);
  if (options.annotations && Object.keys(options.annotations).length > 0) {
    metadata.annotations = sortedMap(options.annotations);
  }
  if (options.immutable) obj.immutable = true;
  const res = new Resource(obj);
  res.generated = { behavior: parseBehavior(spec2.behavior), hash: !options.disableNameSuffixHash };
  return res;
}
function parseBehavior(b) {
  return b === "merge" || b === "replace" ? b : "create";
}
function loadValues(spec2, ctx, where, field) {
  const file = ctx.kustomizationFile;
  const fail = (msg) => {
    throw new KustomizeError(`${where}: loading KV pairs: ${msg}`, file, field);
  };
  const pairs = [];
  const encoder = new TextEncoder();
  const envs = [...spec2.envs ?? [], ...spec2.env ? [spec2.env] : []];
  for (const env of envs) {
    const bytes = readSource(ctx, env, `${where}: loading KV pairs: env source files: [${envs.join(" ")}]`, field);
    try {
      for (const p of parseEnvFile(bytes)) pairs.push([p.key, encoder.encode(p.value)]);
    } catch (err) {
      if (!(err instanceof EnvFileError)) throw err;
      throw new KustomizeError(
        `${where}: loading KV pairs: env source files: [${envs.join(" ")}]: ${env}: ${err.message}`,
        resolvePath(ctx.dir, env),
        field,
        err.line
      );
    }
  }
  const literals = spec2.literals ?? [];
  for (const lit of literals) {
    const eq = lit.indexOf("=");
    if (eq <= 0) fail(`literal sources [${literals.join(" ")}]: invalid literal source ${lit}, expected key=value`);
    pairs.push([lit.slice(0, eq), encoder.encode(removeQuotes(lit.slice(eq + 1)))]);
  }
  const files = spec2.files ?? [];
  for (const source of files) {
    const prefix = `file sources: [${files.join(" ")}]`;
    const { key, path: path2, error } = parseFileSource(source);
    if (error) fail(`${prefix}: ${error}`);
    pairs.push([key, readSource(ctx, path2, `${where}: loading KV pairs: ${prefix}`, field)]);
  }
  const seen = /* @__PURE__ */ new Set();
  for (const [key] of pairs) {
    if (seen.has(key)) {
      throw new KustomizeError(`${where}: configmap ${spec2.name} illegally repeats the key \`${key}\``, file, field);
    }
    seen.add(key);
  }
  return pairs.sort(([a], [b]) => compareBytes(a, b));
}
function readSource(ctx, rel, prefix, field) {
  try {
    return ctx.readFile(rel);
  } catch (err) {
    if (err instanceof KustomizeError) {
      throw new KustomizeError(`${prefix}: ${err.message}`, err.file ?? ctx.kustomizationFile, err.field ?? field, err.line);
    }
    throw err;
  }
}
function parseFileSource(source) {
  const parts = source.split("=");
  if (parts.length === 1) return { key: goBase(source), path: source };
  if (parts.length > 2) return { key: "", path: "", error: `source "${source}" key name or file path contains '='` };
  const [key, path2] = parts;
  if (key === "") return { key, path: path2, error: `missing key name for file path "${path2}" in source "${source}"` };
  if (path2 === "") return { key, path: path2, error: `missing file path for key name "${key}" in source "${source}"` };
  return { key, path: path2 };
}
function goBase(p) {
  if (p === "") return ".";
  const trimmed = p.replace(/\/+$/, "");
  if (trimmed === "") return "/";
  return trimmed.slice(trimmed.lastIndexOf("/") + 1);
}
function removeQuotes(v) {
  if (v.length < 2 || v[0] !== v[v.length - 1]) return v;
  return v[0] === '"' || v[0] === "'" ? v.slice(1, -1) : v;
}
var strictUtf82 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function decodeUtf8(bytes) {
  try {
    return strictUtf82.decode(bytes);
  } catch {
    return void 0;
  }
}
function encodeBase64(bytes) {
  let bin = "";
  for (let i = 0; i < bytes.length; i += 32768) bin += String.fromCharCode(...bytes.subarray(i, i + 32768));
  const b64 = btoa(bin);
  const lineLen = 70;
  if (b64.length < lineLen) return b64;
  let out = "";
  for (let i = 0; i < b64.length; i += lineLen) out += `${b64.slice(i, i + lineLen)}
`;
  return out;
}
function compareBytes(a, b) {
  const ca = [...a];
  const cb = [...b];
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const d = ca[i].codePointAt(0) - cb[i].codePointAt(0);
    if (d !== 0) return d;
  }
  return ca.length - cb.length;
}
function sortedMap(m) {
  const out = {};
  for (const k of Object.keys(m).sort(compareBytes)) setOwn(out, k, m[k]);
  return out;
}
function mergeGlobalOptions(local, global) {
  const out = { ...local };
  if (!global) return out;
  if (global.labels) out.labels = { ...global.labels, ...local?.labels };
  if (global.annotations) out.annotations = { ...global.annotations, ...local?.annotations };
  if (global.disableNameSuffixHash) out.disableNameSuffixHash = true;
  if (global.immutable) out.immutable = true;
  return out;
}
var SPEC_FIELDS = ["name", "namespace", "behavior", "files", "literals", "envs", "env", "options"];
var OPTION_FIELDS = ["labels", "annotations", "disableNameSuffixHash", "immutable"];
function parseGeneratorSpec(raw, kind, file, ignoreUnknownFields = false) {
  const field = FIELD_OF[kind];
  if (raw === null || raw === void 0) return {};
  if (!isJsonObject(raw)) throw typeError(`${field}`, "a map of generator fields", raw, file, field);
  const known = kind === "Secret" ? [...SPEC_FIELDS, "type"] : SPEC_FIELDS;
  const spec2 = {};
  for (const [key, value] of Object.entries(raw)) {
    const name = known.find((f) => f.toLowerCase() === key.toLowerCase());
    if (!name) {
      if (ignoreUnknownFields) continue;
      throw new KustomizeError(`invalid Kustomization: ${field}: unknown field "${key}"`, file, field);
    }
    const path2 = `${field}.${name}`;
    if (value === null || value === void 0) {
      delete spec2[name];
      continue;
    }
    switch (name) {
      case "name":
      case "namespace":
      case "behavior":
      case "env":
      case "type":
        spec2[name] = expectString(value, path2, file, field);
        break;
      case "files":
      case "literals":
      case "envs":
        spec2[name] = expectStringList(value, path2, file, field);
        break;
      case "options":
        spec2.options = parseGeneratorOptions(value, path2, file);
        break;
    }
  }
  return spec2;
}
function parseGeneratorOptions(raw, path2, file) {
  const field = path2.split(".")[0];
  if (raw === null || raw === void 0) return {};
  if (!isJsonObject(raw)) throw typeError(path2, "a map", raw, file, field);
  const opts = {};
  for (const [key, value] of Object.entries(raw)) {
    const name = OPTION_FIELDS.find((f) => f.toLowerCase() === key.toLowerCase());
    if (!name) throw new KustomizeError(`invalid Kustomization: ${path2}: unknown field "${key}"`, file, field);
    if (value === null || value === void 0) {
      delete opts[name];
      continue;
    }
    if (name === "labels" || name === "annotations") {
      opts[name] = expectStringMap(value, `${path2}.${name}`, file, field);
    } else {
      if (typeof value !== "boolean") throw typeError(`${path2}.${name}`, "true or false", value, file, field);
      opts[name] = value;
    }
  }
  return opts;
}
function expectString(v, path2, file, field) {
  if (typeof v !== "string") throw typeError(path2, "a string", v, file, field);
  return v;
}
function expectStringList(v, path2, file, field) {
  if (!Array.isArray(v)) throw typeError(path2, "a list of strings", v, file, field);
  return v.map((x) => x === null ? "" : expectString(x, `${path2} item`, file, field));
}
function expectStringMap(v, path2, file, field) {
  if (!isJsonObject(v)) throw typeError(path2, "a map of strings", v, file, field);
  const out = {};
  for (const [k, x] of Object.entries(v)) {
    Object.defineProperty(out, k, {
      value: x === null ? "" : expectString(x, `${path2}.${k}`, file, field),
      enumerable: true,
      writable: true,
      configurable: true
    });
  }
  return out;
}
function typeError(path2, expected, got, file, field) {
  const what = got === null ? "null" : Array.isArray(got) ? "a list" : isJsonObject(got) ? "a map" : `${typeof got} ${JSON.stringify(got)}`;
  return new KustomizeError(`invalid Kustomization: ${path2} must be ${expected}, got ${what}`, file, field);
}
function addGeneratedResource(resources, generated, where) {
  const id = generated.curId();
  const behavior = generated.generated?.behavior ?? "create";
  const matches = resources.filter((r) => r.allIds().some((other) => sameId(id, other)));
  if (matches.length === 0) {
    if (behavior === "merge" || behavior === "replace") {
      throw new KustomizeError(`${where}: ${describe3(id)} does not exist; cannot merge or replace`);
    }
    resources.push(generated);
    return;
  }
  if (matches.length > 1) {
    throw new KustomizeError(
      `${where}: found multiple objects ${matches.map((r) => formatResId(r.curId())).join(", ")} that could accept merge of ${describe3(id)}`
    );
  }
  if (behavior === "create") {
    throw new KustomizeError(`${where}: ${describe3(id)} exists; behavior must be merge or replace`);
  }
  const old = matches[0];
  mergeInto(generated, old, behavior);
  resources[resources.indexOf(old)] = generated;
}
var ORIGIN_ANNOTATION = "config.kubernetes.io/origin";
function mergeInto(res, old, behavior) {
  const oldOrigin = old.annotations()[ORIGIN_ANNOTATION];
  const md = ensureMetadata(res);
  setStringMap(md, "labels", { ...asStringMap(old.labels()), ...asStringMap(res.labels()) });
  const annotations = { ...asStringMap(old.annotations()), ...asStringMap(res.annotations()) };
  if (behavior === "merge" && typeof oldOrigin === "string") annotations[ORIGIN_ANNOTATION] = oldOrigin;
  setStringMap(md, "annotations", annotations);
  res.setName(old.name);
  if (old.namespace) res.setNamespace(old.namespace);
  else delete md.namespace;
  res.prevIds = old.prevIds.map((pid) => ({ ...pid }));
  res.generated = {
    behavior: old.generated?.behavior ?? "create",
    hash: Boolean(old.generated?.hash) && Boolean(res.generated?.hash)
  };
  if (behavior === "merge") {
    setStringMap(res.obj, "data", { ...asStringMap(old.obj.data), ...asStringMap(res.obj.data) });
    setStringMap(res.obj, "binaryData", { ...asStringMap(old.obj.binaryData), ...asStringMap(res.obj.binaryData) });
  }
}
function ensureMetadata(r) {
  if (!isJsonObject(r.obj.metadata)) r.obj.metadata = {};
  return r.obj.metadata;
}
function asStringMap(v) {
  const out = {};
  if (!isJsonObject(v)) return out;
  for (const [k, x] of Object.entries(v)) {
    const text = typeof x === "string" ? x : typeof x === "number" || typeof x === "boolean" ? String(x) : "";
    Object.defineProperty(out, k, { value: text, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
function setStringMap(target, key, m) {
  if (Object.keys(m).length === 0) delete target[key];
  else target[key] = sortedMap(m);
}
function sameId(a, b) {
  return a.group === b.group && a.version === b.version && a.kind === b.kind && a.name === b.name && (a.namespace || "default") === (b.namespace || "default");
}
function describe3(id) {
  return `${id.kind} '${id.name}'${id.namespace ? ` in namespace '${id.namespace}'` : ""} (id ${formatResId(id)})`;
}
function applyHashSuffixes(resources) {
  for (const r of resources) {
    if (!r.generated?.hash) continue;
    const hash = contentHash(r.obj);
    r.storePreviousId();
    r.setName(`${r.name}-${hash}`);
  }
}

// src/core/kustomize/origin.ts
var ORIGIN_ANNOTATION2 = "config.kubernetes.io/origin";
function formatOrigin(origin) {
  if ("path" in origin) return `path: ${origin.path}
`;
  const by = origin.configuredBy;
  let out = `configuredIn: ${origin.configuredIn}
configuredBy:
  apiVersion: ${by.apiVersion}
  kind: ${by.kind}
`;
  if (by.name) out += `  name: ${by.name}
`;
  if (by.namespace) out += `  namespace: ${by.namespace}
`;
  return out;
}
function setOriginAnnotations(resources, origin) {
  const text = formatOrigin(origin);
  for (const r of resources) {
    if (!isJsonObject(r.obj.metadata)) r.obj.metadata = {};
    const md = r.obj.metadata;
    if (!isJsonObject(md.annotations)) md.annotations = {};
    const ann = md.annotations;
    if (ann[ORIGIN_ANNOTATION2] === void 0) ann[ORIGIN_ANNOTATION2] = text;
  }
}

// src/core/kustomize/plugins.ts
function unsupportedPlugin(config, file, field) {
  if (config.apiVersion === "builtin") {
    return new KustomizeError(
      `unable to load builtin plugin ${config.kind} '${config.name}' (not a builtin kustomize knows in ${field})`,
      file,
      field
    );
  }
  return new UnsupportedFeatureError(
    `the external plugin ${config.apiVersion} ${config.kind} '${config.name}' (exec, container and Go plugins run code)`,
    file,
    field
  );
}

// src/core/kustomize/run-generators.ts
function runGenerators(session, target, acc, pluginConfigs) {
  const { k, file } = target;
  const ctx = generatorContext(session, target);
  const global = k.generatorOptions;
  const configuredIn = originPath(target);
  for (const spec2 of k.configMapGenerator) {
    add2(generateConfigMap(spec2, global, ctx), "ConfigMapGenerator", "configMapGenerator");
  }
  for (const spec2 of k.secretGenerator) {
    add2(generateSecret(spec2, global, ctx), "SecretGenerator", "secretGenerator");
  }
  const pluginCtx = { ...ctx, ignoreUnknownFields: true };
  for (const config of pluginConfigs) {
    if (config.kind === "ConfigMapGenerator" && config.apiVersion === "builtin") {
      add2(generateConfigMap(pluginSpec(config.obj), void 0, pluginCtx), "ConfigMapGenerator", "generators", config.name, config.source?.file);
    } else if (config.kind === "SecretGenerator" && config.apiVersion === "builtin") {
      add2(generateSecret(pluginSpec(config.obj), void 0, pluginCtx), "SecretGenerator", "generators", config.name, config.source?.file);
    } else if (config.kind === "IAMPolicyGenerator" && config.apiVersion === "builtin") {
      const sa = iamPolicyServiceAccount(config.obj, file);
      if (session.trackOrigins) {
        setOriginAnnotations([sa], { configuredIn, configuredBy: { apiVersion: "builtin", kind: "IAMPolicyGenerator", name: config.name } });
      }
      acc.append(sa, `generators in ${file}`);
    } else {
      throw unsupportedPlugin(config, file, "generators");
    }
  }
  function add2(res, kind, field, pluginName, configFile) {
    if (session.trackOrigins) {
      setOriginAnnotations([res], {
        configuredIn: configFile ? relativePath(session.topDir, configFile) : configuredIn,
        configuredBy: { apiVersion: "builtin", kind, ...pluginName ? { name: pluginName } : {} }
      });
    }
    addGeneratedResource(acc.resources, res, `${field} in ${file}`);
  }
}
function generatorContext(session, target) {
  return {
    kustomizationFile: target.file,
    dir: target.loader.root,
    readFile: (rel) => {
      const bytes = target.loader.readBytes(rel, "generator", target.file);
      session.files.add(target.loader.resolve(rel));
      return bytes;
    }
  };
}
function originPath(target) {
  const name = basename(target.file);
  return target.originDir === "." ? name : `${target.originDir}/${name}`;
}
function iamPolicyServiceAccount(obj, file) {
  const k8s = isJsonObject(obj.kubernetesService) ? obj.kubernetesService : {};
  const gsa = isJsonObject(obj.serviceAccount) ? obj.serviceAccount : {};
  if (obj.cloud !== "gke") {
    throw new KustomizeError(`IAMPolicyGenerator: cloud '${String(obj.cloud)}' is not supported; only gke is`, file, "generators");
  }
  if (typeof k8s.name !== "string" || typeof gsa.name !== "string" || typeof gsa.projectId !== "string") {
    throw new KustomizeError("IAMPolicyGenerator needs kubernetesService.name, serviceAccount.name and serviceAccount.projectId", file, "generators");
  }
  const metadata = {
    name: k8s.name,
    annotations: { "iam.gke.io/gcp-service-account": `${gsa.name}@${gsa.projectId}.iam.gserviceaccount.com` }
  };
  if (typeof k8s.namespace === "string" && k8s.namespace) metadata.namespace = k8s.namespace;
  return new Resource({ apiVersion: "v1", kind: "ServiceAccount", metadata });
}
function pluginSpec(obj) {
  const md = isJsonObject(obj.metadata) ? obj.metadata : {};
  const { apiVersion: _a2, kind: _k, metadata: _m, ...args } = obj;
  const spec2 = { ...args };
  if (!spec2.name && typeof md.name === "string") spec2.name = md.name;
  if (!spec2.namespace && typeof md.namespace === "string") spec2.namespace = md.namespace;
  if (!spec2.name) throw new KustomizeError("a generator config needs metadata.name");
  return spec2;
}

// src/core/kustomize/json-patch.ts
var import_yaml2 = __toESM(require_dist(), 1);
function decodeJson6902(text, where) {
  let value;
  if (text.startsWith("[")) {
    try {
      value = JSON.parse(text);
    } catch (e) {
      throw new KustomizeError(`${e.message}`, where);
    }
  } else {
    value = yaml11ToJson(text, where);
  }
  if (value === null || value === void 0) return [];
  if (!Array.isArray(value)) {
    throw new KustomizeError(`json: cannot unmarshal ${goJsonType(value)} into Go value of type jsonpatch.Patch`, where);
  }
  for (const op of value) {
    if (op !== null && !isJsonObject(op)) {
      throw new KustomizeError(
        `json: cannot unmarshal ${goJsonType(op)} into Go value of type jsonpatch.Operation`,
        where
      );
    }
  }
  return value;
}
var withoutTimestamps = (tags) => tags.filter((t) => typeof t !== "object" || !("tag" in t) || t.tag !== "tag:yaml.org,2002:timestamp");
function yaml11ToJson(text, where) {
  const docs = (0, import_yaml2.parseAllDocuments)(text, { version: "1.1", merge: true, customTags: withoutTimestamps, uniqueKeys: false });
  const list = Array.isArray(docs) ? docs : [docs];
  const first = list[0];
  if (!first) return null;
  if (first.errors.length > 0) {
    throw new KustomizeError(`yaml: ${first.errors[0].message.split("\n")[0]}`, where);
  }
  return toJsonValue(first.toJS({ maxAliasCount: -1 }));
}
function toJsonValue(v) {
  if (v === null || v === void 0) return null;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number") return v;
  if (typeof v === "bigint") return Number(v);
  if (Array.isArray(v)) return v.map(toJsonValue);
  if (v instanceof Map) {
    const out = {};
    for (const [k, val] of v) setOwn(out, String(k), toJsonValue(val));
    return out;
  }
  if (v instanceof Set) return [...v].map(toJsonValue);
  if (typeof v === "object") {
    const out = {};
    for (const [k, val] of Object.entries(v)) setOwn(out, k, toJsonValue(val));
    return out;
  }
  return String(v);
}
function goJsonType(v) {
  if (Array.isArray(v)) return "array";
  if (typeof v === "string") return "string";
  if (typeof v === "number") return "number";
  if (typeof v === "boolean") return "bool";
  return "object";
}
function applyJson6902(obj, ops, where) {
  const list = ops === null ? [] : Array.isArray(ops) ? ops : void 0;
  if (!list) throw new KustomizeError(`json: cannot unmarshal ${goJsonType(ops)} into Go value of type jsonpatch.Patch`, where);
  const root = { doc: cloneJson(obj) };
  for (const op of list) {
    if (!isJsonObject(op)) {
      throw new KustomizeError(`json: cannot unmarshal ${goJsonType(op)} into Go value of type jsonpatch.Operation`, where);
    }
    try {
      applyOne(root, op);
    } catch (e) {
      if (e instanceof PatchError) throw new KustomizeError(e.message, where);
      throw e;
    }
  }
  if (!isJsonObject(root.doc)) {
    throw new KustomizeError(`a JSON patch must leave an object, got ${Array.isArray(root.doc) ? "an array" : "a scalar"}`, where);
  }
  return root.doc;
}
var PatchError = class extends Error {
};
var MISSING = "missing value";
var INVALID_INDEX = "invalid index referenced";
function opKind(op) {
  const k = op.op;
  return typeof k === "string" ? k : "unknown";
}
function opString(op, field) {
  const v = op[field];
  return typeof v === "string" ? v : void 0;
}
function opValue(op) {
  return Object.prototype.hasOwnProperty.call(op, "value") ? cloneJson(op.value) : null;
}
function applyOne(root, op) {
  switch (opKind(op)) {
    case "add":
      return add(root, op);
    case "remove":
      return remove(root, op);
    case "replace":
      return replace(root, op);
    case "move":
      return move(root, op);
    case "test":
      return test(root, op);
    case "copy":
      return copy(root, op);
    default:
      throw new PatchError(`Unexpected kind: ${opKind(op)}`);
  }
}
function decodeKey(k) {
  return k.replace(/~1|~0/g, (m) => m === "~1" ? "/" : "~");
}
function findObject(root, path2) {
  const split = path2.split("/");
  if (split.length < 2) return void 0;
  let doc = root.doc;
  for (const part of split.slice(1, -1)) {
    let next;
    try {
      next = get(doc, decodeKey(part));
    } catch {
      return void 0;
    }
    if (next === void 0 || next === null) return void 0;
    if (!Array.isArray(next) && !isJsonObject(next)) return void 0;
    doc = next;
  }
  return { con: doc, key: decodeKey(split[split.length - 1]) };
}
function atoi(key) {
  if (!/^[+-]?\d+$/.test(key)) throw new PatchError(`strconv.Atoi: parsing ${JSON.stringify(key)}: invalid syntax`);
  const n = Number(key);
  if (!Number.isSafeInteger(n)) throw new PatchError(`strconv.Atoi: parsing ${JSON.stringify(key)}: value out of range`);
  return n;
}
function invalidIndex(idx) {
  return new PatchError(`Unable to access invalid index: ${idx}: ${INVALID_INDEX}`);
}
function get(con, key) {
  if (!Array.isArray(con)) return Object.prototype.hasOwnProperty.call(con, key) ? con[key] : void 0;
  let idx = atoi(key);
  if (idx < 0) {
    if (idx < -con.length) throw invalidIndex(idx);
    idx += con.length;
  }
  if (idx >= con.length) throw invalidIndex(idx);
  return con[idx];
}
function set(con, key, val) {
  if (!Array.isArray(con)) {
    setOwn(con, key, val);
    return;
  }
  let idx = atoi(key);
  if (idx < 0) {
    if (idx < -con.length) throw invalidIndex(idx);
    idx += con.length;
  }
  con[idx] = val;
}
function addTo(con, key, val) {
  if (!Array.isArray(con)) {
    setOwn(con, key, val);
    return;
  }
  if (key === "-") {
    con.push(val);
    return;
  }
  let idx;
  try {
    idx = atoi(key);
  } catch (e) {
    throw new PatchError(`value was not a proper array index: '${key}': ${e.message}`);
  }
  const size = con.length + 1;
  if (idx >= size) throw invalidIndex(idx);
  if (idx < 0) {
    if (idx < -size) throw invalidIndex(idx);
    idx += size;
  }
  con.splice(idx, 0, val);
}
function removeFrom(con, key) {
  if (!Array.isArray(con)) {
    if (!Object.prototype.hasOwnProperty.call(con, key)) {
      throw new PatchError(`Unable to remove nonexistent key: ${key}: ${MISSING}`);
    }
    delete con[key];
    return;
  }
  let idx = atoi(key);
  if (idx >= con.length) throw invalidIndex(idx);
  if (idx < 0) {
    if (idx < -con.length) throw invalidIndex(idx);
    idx += con.length;
  }
  con.splice(idx, 1);
}
function wrap(prefix, fn) {
  try {
    fn();
  } catch (e) {
    if (e instanceof PatchError) throw new PatchError(`${prefix}: ${e.message}`);
    throw e;
  }
}
function add(root, op) {
  const path2 = opString(op, "path");
  if (path2 === void 0) throw new PatchError(`add operation failed to decode path: ${MISSING}`);
  const found = findObject(root, path2);
  if (!found) throw new PatchError(`add operation does not apply: doc is missing path: "${path2}": ${MISSING}`);
  wrap(`error in add for path: '${path2}'`, () => addTo(found.con, found.key, opValue(op)));
}
function remove(root, op) {
  const path2 = opString(op, "path");
  if (path2 === void 0) throw new PatchError(`remove operation failed to decode path: ${MISSING}`);
  const found = findObject(root, path2);
  if (!found) throw new PatchError(`remove operation does not apply: doc is missing path: "${path2}": ${MISSING}`);
  wrap(`error in remove for path: '${path2}'`, () => removeFrom(found.con, found.key));
}
function replace(root, op) {
  const path2 = opString(op, "path");
  if (path2 === void 0) {
    throw new PatchError(`replace operation failed to decode path: operation missing path field: ${MISSING}`);
  }
  if (path2 === "") {
    const val = opValue(op);
    if (!Array.isArray(val) && !isJsonObject(val)) throw new PatchError("replace operation value must be object or array");
    root.doc = val;
    return;
  }
  const found = findObject(root, path2);
  if (!found) throw new PatchError(`replace operation does not apply: doc is missing path: ${path2}: ${MISSING}`);
  try {
    get(found.con, found.key);
  } catch {
    throw new PatchError(`replace operation does not apply: doc is missing key: ${path2}: ${MISSING}`);
  }
  wrap(`error in remove for path: '${path2}'`, () => set(found.con, found.key, opValue(op)));
}
function move(root, op) {
  const from = opString(op, "from");
  if (from === void 0) throw new PatchError(`move operation failed to decode from: operation, missing from field: ${MISSING}`);
  const src = findObject(root, from);
  if (!src) throw new PatchError(`move operation does not apply: doc is missing from path: ${from}: ${MISSING}`);
  let val;
  wrap(`error in move for path: '${src.key}'`, () => {
    val = get(src.con, src.key);
    removeFrom(src.con, src.key);
  });
  const path2 = opString(op, "path");
  if (path2 === void 0) throw new PatchError(`move operation failed to decode path: operation missing path field: ${MISSING}`);
  const dst = findObject(root, path2);
  if (!dst) throw new PatchError(`move operation does not apply: doc is missing destination path: ${path2}: ${MISSING}`);
  wrap(`error in move for path: '${path2}'`, () => addTo(dst.con, dst.key, val ?? null));
}
function test(root, op) {
  const path2 = opString(op, "path");
  if (path2 === void 0) throw new PatchError(`test operation failed to decode path: operation missing path field: ${MISSING}`);
  const hasValue = Object.prototype.hasOwnProperty.call(op, "value");
  const failed2 = () => new PatchError(`testing value ${path2} failed: test failed`);
  if (path2 === "") {
    if (hasValue && jsonEqual(root.doc, op.value)) return;
    throw failed2();
  }
  const found = findObject(root, path2);
  if (!found) throw new PatchError(`test operation does not apply: is missing path: ${path2}: ${MISSING}`);
  let val;
  wrap(`error in test for path: '${path2}'`, () => {
    val = get(found.con, found.key);
  });
  if (val === void 0) {
    if (hasValue && op.value === null) return;
    throw failed2();
  }
  if (!hasValue) throw failed2();
  if (jsonEqual(val, op.value)) return;
  throw failed2();
}
function copy(root, op) {
  const from = opString(op, "from");
  if (from === void 0) throw new PatchError(`copy operation failed to decode from: operation, missing from field: ${MISSING}`);
  const src = findObject(root, from);
  if (!src) throw new PatchError(`copy operation does not apply: doc is missing from path: ${from}: ${MISSING}`);
  let val;
  wrap(`error in copy for from: '${from}'`, () => {
    val = get(src.con, src.key);
  });
  const path2 = opString(op, "path");
  if (path2 === void 0) throw new PatchError(`copy operation failed to decode path: ${MISSING}`);
  const dst = findObject(root, path2);
  if (!dst) throw new PatchError(`copy operation does not apply: doc is missing destination path: ${path2}: ${MISSING}`);
  const value = val === void 0 ? null : cloneJson(val);
  wrap("error while adding value during copy", () => addTo(dst.con, dst.key, value));
}

// src/core/kustomize/strategic-merge.ts
function strategicMerge(original, patch, ctx) {
  const walker = new Walker(ctx.schema);
  const dest = cloneJson(original);
  const origin = cloneJson(patch);
  const rootSchema = ctx.schema.forKind(ctx.apiVersion, ctx.kind);
  const result = walker.walk(dest, origin, rootSchema, []);
  if (result === void 0 || result === null || result === KEEP_NULL) return null;
  return result === dest ? dest : cloneJson(original);
}
var KEEP_NULL = Symbol("keep-null");
var DIRECTIVE_KEY = "$patch";
var Walker = class {
  constructor(schema) {
    this.schema = schema;
  }
  walk(dest, origin, schema, path2) {
    const nodeSchema = schema ?? this.schemaFromKinds(dest, origin);
    const present = !isMissingOrNull(dest) ? dest : !isMissingOrNull(origin) ? origin : void 0;
    if (present === void 0 || isJsonObject(present)) {
      expectKind("map", dest, origin, path2);
      return this.walkMap(dest, origin, nodeSchema, path2);
    }
    if (Array.isArray(present)) {
      expectKind("list", dest, origin, path2);
      const info = nodeSchema?.listInfo();
      if (info?.strategy === "merge") return this.walkAssociativeList(dest, origin, nodeSchema, info.keys, path2);
      return origin !== void 0 ? origin : dest;
    }
    expectKind("scalar", dest, origin, path2);
    return origin !== void 0 ? origin : dest;
  }
  /**
   * kyaml finds no schema for a field it does not know; it then looks for one by the apiVersion/kind of
   * the nodes themselves, so an embedded object (a Deployment inside a custom resource) merges by its own
   * kind's rules.
   */
  schemaFromKinds(dest, origin) {
    for (const node of [dest, origin]) {
      if (!isJsonObject(node)) continue;
      const { apiVersion, kind } = node;
      if (typeof apiVersion !== "string" || typeof kind !== "string" || apiVersion === "" || kind === "") continue;
      const found = this.schema.forKind(apiVersion, kind);
      if (found) return found;
    }
    return void 0;
  }
  walkMap(dest, origin, schema, path2) {
    const visited = visitMap(dest, origin, path2);
    if (!isJsonObject(visited)) return visited;
    const keys = new Set(Object.keys(visited));
    if (isJsonObject(origin)) for (const key of Object.keys(origin)) keys.add(key);
    for (const key of [...keys].sort(compareStrings)) {
      const value = this.walk(ownField(visited, key), ownField(origin, key), schema?.field(key), [...path2, key]);
      if (value === KEEP_NULL) setOwn(visited, key, null);
      else if (value === void 0 || value === null) delete visited[key];
      else setOwn(visited, key, value);
    }
    return visited;
  }
  walkAssociativeList(dest, origin, schema, keys, path2) {
    const visited = visitAssociativeList(dest, origin, path2);
    if (!Array.isArray(visited)) return visited;
    const sources = [visited, origin];
    const keyed = elementKeyValues(keys, sources);
    if (keyed.length > 0 || keys.length > 0) return this.mergeElements(keyed, keys, sources, schema, path2);
    return this.mergeElements(primitiveValues(sources), [""], sources, schema, path2);
  }
  mergeElements(valuesList, keys, sources, schema, path2) {
    let dest = sources[0];
    const toAdd = [];
    const elementSchema = schema?.elements();
    if (keys.length > 1) mergeValues(valuesList);
    let validKeys = keys;
    let validValues = [];
    for (const values of valuesList) {
      if (values.length === 0) continue;
      [validKeys, validValues] = validateKeys(valuesList, values, keys);
      const [elementKeys, elementValues] = validateKeys([validValues], validValues, validKeys);
      const destElement = findElement(dest, elementKeys, elementValues);
      const originElement = Array.isArray(sources[1]) ? findElement(sources[1], elementKeys, elementValues) : void 0;
      const elementPath = [...path2, `[${validKeys.map((k, i) => `${k}=${validValues[i]}`).join(",")}]`];
      const merged = this.walk(destElement, originElement, elementSchema, elementPath);
      const val = merged === KEEP_NULL ? null : merged;
      if (isMissingOrNull(val) || isEmptyMap(val)) {
        setElement(dest, validKeys, validValues, void 0, elementPath);
        continue;
      }
      validKeys.forEach((key, i) => {
        if (key === "" || validValues[i] === "" || isJsonObject(val) && Object.prototype.hasOwnProperty.call(val, key)) return;
        if (!isJsonObject(val)) throw wrongKind("map", val, elementPath);
        setOwn(val, key, scalarFromText(validValues[i]));
      });
      setElement(toAdd, validKeys, validValues, val, elementPath);
    }
    if (valuesList.length > 0) dest = appendElements(toAdd, dest, validKeys, path2);
    return dest;
  }
};
function visitMap(dest, origin, path2) {
  if (isMissingOrNull(dest)) {
    const directive2 = safeDirective(origin, path2);
    if (directive2 === "delete") return void 0;
    if (origin === void 0 && dest === null) return KEEP_NULL;
    return origin;
  }
  if (origin === null) return void 0;
  switch (directive(origin, path2)) {
    case "delete":
      return void 0;
    case "replace":
      return origin;
    default:
      return dest;
  }
}
function visitAssociativeList(dest, origin, path2) {
  if (isMissingOrNull(dest)) return origin;
  if (origin === null) return void 0;
  switch (directive(origin, path2)) {
    case "delete":
      return void 0;
    case "replace":
      return origin;
    default:
      return dest;
  }
}
function safeDirective(patch, path2) {
  try {
    return directive(patch, path2);
  } catch {
    return void 0;
  }
}
function directive(patch, path2) {
  if (patch === void 0) return "merge";
  if (isJsonObject(patch)) {
    if (!Object.prototype.hasOwnProperty.call(patch, DIRECTIVE_KEY)) return "merge";
    const value = checkDirective(patch[DIRECTIVE_KEY], path2);
    delete patch[DIRECTIVE_KEY];
    return value;
  }
  if (Array.isArray(patch)) {
    const holder = patch.find((e) => isJsonObject(e) && Object.prototype.hasOwnProperty.call(e, DIRECTIVE_KEY));
    if (!isJsonObject(holder) || Object.keys(holder).length > 1) return "merge";
    const text = scalarText2(holder[DIRECTIVE_KEY]);
    const value = checkDirective(holder[DIRECTIVE_KEY], path2);
    setElement(patch, [DIRECTIVE_KEY], [text], void 0, path2);
    return value;
  }
  throw new KustomizeError(
    `strategic merge patch: no patch strategy for a ${nodeKind(patch)} at '${formatPath(path2)}' (${JSON.stringify(patch)})`
  );
}
function checkDirective(value, path2) {
  const text = scalarText2(value);
  if (text === "merge" || text === "replace" || text === "delete") return text;
  throw new KustomizeError(
    `strategic merge patch: unknown patch strategy '${text}' at '${formatPath(path2)}'; expected $patch: merge, replace or delete`
  );
}
function elementKeyValues(keys, [dest, origin]) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const list of [origin, dest]) {
    if (!Array.isArray(list)) continue;
    for (const element of list) {
      const values = keys.map((key) => {
        const field = ownField(element, key);
        return field === void 0 || isNilOrEmpty(field) ? "" : scalarText2(field);
      });
      const id = JSON.stringify(values);
      if (values.length === 0 || seen.has(id)) continue;
      seen.add(id);
      out.push(values);
    }
  }
  return out;
}
function primitiveValues([dest, origin]) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const list of [origin, dest]) {
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      const text = scalarText2(item);
      if (seen.has(text)) continue;
      seen.add(text);
      out.push([text]);
    }
  }
  return out;
}
function mergeValues(valuesList) {
  for (let i = 0; i < valuesList.length; i++) {
    const first = valuesList[i];
    for (let j = 0; j < valuesList.length; j++) {
      const merged = matchValues(first, valuesList[j]);
      if (merged) {
        valuesList[i] = merged;
        valuesList[j] = merged;
      }
    }
  }
}
function matchValues(a, b) {
  if (a.length !== b.length) return void 0;
  let common = false;
  const out = [];
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) {
      common = true;
      out.push(a[i]);
    } else if (a[i] !== "" && b[i] !== "") {
      return void 0;
    } else {
      out.push(a[i] !== "" ? a[i] : b[i]);
    }
  }
  return common ? out : void 0;
}
function validateKeys(valuesList, values, keys) {
  const valid = /* @__PURE__ */ new Set();
  for (const entry of valuesList) entry.forEach((v, i) => v !== "" && valid.add(keys[i]));
  if (valid.size === 0) return [keys, values];
  return [keys.filter((k) => valid.has(k)), values.filter((v, i) => v !== "" || valid.has(keys[i]))];
}
function findElement(list, keys, values) {
  const ks = keys.length > 0 ? keys : [""];
  const vs = values.length > 0 ? values : [""];
  if (ks[0] === "") return list.find((item) => scalarText2(item) === vs[0]);
  if (ks.length !== vs.length) return void 0;
  return list.find(
    (element) => isJsonObject(element) && ks.every((key, i) => {
      const field = ownField(element, key);
      return field !== void 0 && scalarText2(field) === vs[i];
    })
  );
}
function setElement(list, keys, values, element, path2) {
  const ks = keys.length > 0 ? keys : [""];
  const mappingSetter = ks[0] !== "" && values.length > 0 && values[0] !== "";
  const kept = [];
  let matched = false;
  for (const item of list) {
    if (isMissingOrNull(item) || isEmptyMap(item)) continue;
    if (!isJsonObject(item) && mappingSetter) {
      kept.push(item);
      continue;
    }
    let found = true;
    let hit = false;
    for (let j = 0; j < ks.length; j++) {
      if (j < values.length) hit = fieldMatches(item, ks[j], values[j], path2);
      if (!hit) {
        found = false;
        break;
      }
    }
    if (!found) {
      if (values.length > 0) kept.push(item);
      continue;
    }
    matched = true;
    if (element !== void 0) kept.push(element);
  }
  list.splice(0, list.length, ...kept);
  if (isMissingOrNull(element)) return;
  if (!matched) list.push(element);
}
function fieldMatches(item, key, value, path2) {
  if (key === "") {
    if (isJsonObject(item) || Array.isArray(item)) throw wrongKind("scalar", item, path2);
    return scalarText2(item) === value;
  }
  if (!isJsonObject(item)) throw wrongKind("map", item, path2);
  const field = ownField(item, key);
  return field !== void 0 && (value === "" || scalarText2(field) === value);
}
function appendElements(merged, original, keys, path2) {
  for (const element of [...original]) {
    if (keys[0] === "") {
      setElement(merged, [""], [scalarText2(element)], element, path2);
      continue;
    }
    const values = [];
    for (const key of keys) {
      if (element !== null && !isJsonObject(element)) throw wrongKind("map", element, path2);
      const field = ownField(element, key);
      if (field === void 0) {
        merged.push(element);
        continue;
      }
      values.push(scalarText2(field));
    }
    if (keys.length > 1) setElement(merged, keys, values, void 0, path2);
    setElement(merged, keys, values, element, path2);
  }
  return merged;
}
function ownField(node, key) {
  return isJsonObject(node) && Object.prototype.hasOwnProperty.call(node, key) ? node[key] : void 0;
}
function isMissingOrNull(node) {
  return node === void 0 || node === null;
}
function isEmptyMap(node) {
  return isJsonObject(node) && Object.keys(node).length === 0;
}
function isNilOrEmpty(node) {
  if (node === null) return true;
  if (Array.isArray(node)) return node.length === 0;
  return isEmptyMap(node);
}
function scalarText2(node) {
  if (node === null) return "null";
  if (typeof node === "object") return "";
  return String(node);
}
function scalarFromText(text) {
  if (/^-?(0|[1-9]\d*)$/.test(text)) return Number(text);
  if (text === "true" || text === "false") return text === "true";
  return text;
}
var KIND_NAMES = { map: "MappingNode", list: "SequenceNode", scalar: "ScalarNode" };
function nodeKind(node) {
  return Array.isArray(node) ? "list" : isJsonObject(node) ? "map" : "scalar";
}
function expectKind(kind, dest, origin, path2) {
  for (const node of [dest, origin]) {
    if (!isMissingOrNull(node) && nodeKind(node) !== kind) throw wrongKind(kind, node, path2);
  }
}
function wrongKind(expected, node, path2) {
  const got = nodeKind(node);
  return new KustomizeError(
    `strategic merge patch: wrong node kind: expected ${KIND_NAMES[expected]} but got ${KIND_NAMES[got]} at '${formatPath(path2)}': ${truncate(JSON.stringify(node))}`
  );
}
function formatPath(path2) {
  return path2.length === 0 ? "." : path2.join(".").replace(/\.\[/g, "[");
}
function truncate(text) {
  return text.length > 200 ? `${text.slice(0, 200)}\u2026` : text;
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/core/kustomize/patches.ts
function applyPatches(resources, entries, ctx) {
  const loaded = entries.map((e) => loadPatch(e, ctx));
  let out = resources;
  for (const p of loaded) out = applyLoadedPatch(out, p, ctx);
  return out;
}
function loadPatch(raw, ctx) {
  const entry = normalizePatchEntry(raw, ctx.kustomizationFile);
  const fail = (message, cause) => {
    throw new KustomizeError(
      `trouble configuring builtin PatchTransformer with config: \`
${configYaml(entryConfig(entry))}\`: ${message}`,
      cause?.file ?? ctx.kustomizationFile,
      "patches",
      cause?.line
    );
  };
  const inline = typeof entry.patch === "string" ? entry.patch.trim() : "";
  const path2 = typeof entry.path === "string" ? entry.path : "";
  if (inline === "" && path2 === "") fail(`must specify one of patch and path in
${configYaml(entryConfig(entry))}`);
  if (inline !== "" && path2 !== "") fail(`patch and path can't be set at the same time
${configYaml(entryConfig(entry))}`);
  let text;
  let source;
  let file;
  if (inline !== "") {
    text = inline;
    source = `[patch: ${JSON.stringify(inline)}]`;
    file = ctx.kustomizationFile;
  } else {
    try {
      text = ctx.readFile(path2);
    } catch (e) {
      if (!(e instanceof KustomizeError)) throw e;
      return fail(`failed to get the patch file from path(${path2}): ${e.message}`, e);
    }
    source = `[path: ${JSON.stringify(path2)}]`;
    file = resolvePath(dirname(ctx.kustomizationFile), path2);
  }
  const sm = tryParseSmPatches(text, file, inline !== "");
  let json;
  let jsonError;
  if (text === "") {
    jsonError = new KustomizeError("empty json patch operations", file);
  } else {
    try {
      json = decodeJson6902(text, file);
    } catch (e) {
      if (!(e instanceof KustomizeError)) throw e;
      jsonError = e;
    }
  }
  if (!("error" in sm) && json !== void 0) fail(`illegally qualifies as both an SM and JSON patch: ${source}`);
  if ("error" in sm && jsonError) fail(`unable to parse SM or JSON patch from ${source}`);
  const target = entry.target;
  if (!("error" in sm) && sm.patches.length > 0) {
    for (const p of sm.patches) {
      p.allowNameChange = entry.options?.allowNameChange === true;
      p.allowKindChange = entry.options?.allowKindChange === true;
    }
    return { type: "sm", patches: sm.patches, target, source };
  }
  let ops = json ?? [];
  if (json === void 0 && target) ops = decodeJson6902(text, file);
  return { type: "json", ops, target, source, ref: { file, doc: 0, line: 1, column: 1 } };
}
function applyLoadedPatch(resources, p, ctx) {
  if (p.type === "json") {
    if (!p.target) {
      throw new KustomizeError(`must specify a target for JSON patch ${p.source}`, ctx.kustomizationFile, "patches");
    }
    for (const res of selectResources(resources, p.target)) {
      res.storePreviousId();
      applyJsonOps(res, p.ops, p.ref);
    }
    return resources;
  }
  if (p.target) {
    if (p.patches.length > 1) {
      throw new KustomizeError(
        `Multiple Strategic-Merge Patches in one \`patches\` entry is not allowed to set \`patches.target\` field: ${p.source}`,
        ctx.kustomizationFile,
        "patches"
      );
    }
    const selected = new Set(selectResources(resources, p.target));
    return applySmToSet(resources, selected, p.patches[0], ctx);
  }
  let out = resources;
  for (const patch of p.patches) {
    const id = patchId(patch.obj);
    const target = findUniqueById(out, id, (msg) => `no resource matches strategic merge patch "${formatKustomizeId(id)}": ${msg}`, ctx);
    if (!applySmToResource(target, patch, ctx)) out = out.filter((r) => r !== target);
  }
  return out;
}
function applyStrategicMergePatches(resources, patches, ctx) {
  const loaded = loadStrategicMergePatches(patches, ctx);
  let out = resources;
  for (const patch of loaded) {
    const id = patchId(patch.obj);
    const target = findUniqueById(out, id, (msg) => msg, ctx);
    out = applySmToSet(out, /* @__PURE__ */ new Set([target]), patch, ctx);
  }
  return out;
}
function loadStrategicMergePatches(patches, ctx) {
  const prefix = `trouble configuring builtin PatchStrategicMergeTransformer with config: \`
${configYaml({ paths: patches })}\`: `;
  const fail = (message, cause) => {
    throw new KustomizeError(prefix + message, cause?.file ?? ctx.kustomizationFile, "patchesStrategicMerge", cause?.line);
  };
  if (patches.length === 0) fail("empty file path and empty patch content");
  const out = [];
  for (const entry of patches) {
    if (typeof entry !== "string") fail(`patchesStrategicMerge entries must be strings, got ${JSON.stringify(entry)}`);
    const inline = tryParseSmPatches(entry, ctx.kustomizationFile, true);
    if (!("error" in inline)) {
      out.push(...inline.patches);
      continue;
    }
    let text;
    try {
      text = ctx.readFile(entry);
    } catch (e) {
      if (!(e instanceof KustomizeError)) throw e;
      return fail(e.message, e);
    }
    const file = resolvePath(dirname(ctx.kustomizationFile), entry);
    const parsed = tryParseSmPatches(text, file, false);
    if ("error" in parsed) return fail(`${parsed.error} (in patch file '${entry}')`, new KustomizeError(parsed.error, file));
    out.push(...parsed.patches);
  }
  if (out.length === 0) fail(`patch appears to be empty; files=[${patches.join(" ")}], Patch=`);
  return out;
}
function applyJson6902Patches(resources, entries, ctx) {
  const loaded = entries.map((e) => loadJson6902Entry(e, ctx));
  for (const { ops, target, ref } of loaded) {
    for (const res of selectResources(resources, target)) applyJsonOps(res, ops, ref);
  }
  return resources;
}
function loadJson6902Entry(raw, ctx) {
  const entry = normalizeJson6902Entry(raw, ctx.kustomizationFile);
  const config = {};
  if (entry.patch) config.jsonOp = entry.patch;
  if (entry.path) config.path = entry.path;
  if (entry.target) config.target = selectorConfig(entry.target);
  const fail = (message, cause) => {
    throw new KustomizeError(
      `trouble configuring builtin PatchJson6902Transformer with config: \`
${configYaml(config)}\`: ${message}`,
      cause?.file ?? ctx.kustomizationFile,
      "patchesJson6902",
      cause?.line
    );
  };
  if (!entry.target || !entry.target.name) fail("must specify the target name");
  const path2 = entry.path ?? "";
  let text = entry.patch ?? "";
  if (path2 === "" && text === "") fail("empty file path and empty jsonOp");
  let file = ctx.kustomizationFile;
  if (path2 !== "") {
    if (text !== "") fail("must specify a file path or jsonOp, not both");
    try {
      text = ctx.readFile(path2);
    } catch (e) {
      if (!(e instanceof KustomizeError)) throw e;
      return fail(e.message, e);
    }
    file = resolvePath(dirname(ctx.kustomizationFile), path2);
    if (text === "") fail(`patch file '${path2}' empty seems to be empty`);
  }
  let ops;
  try {
    ops = decodeJson6902(text, file);
  } catch (e) {
    if (!(e instanceof KustomizeError)) throw e;
    return fail(`decoding ${text}: ${e.message}`, e);
  }
  if (ops.length === 0) fail(`patch appears to be empty; file=${path2}, JsonOp=${text}`);
  return { ops, target: entry.target, ref: { file, doc: 0, line: 1, column: 1 } };
}
function normalizePatchEntry(raw, file) {
  const v = raw;
  if (!isJsonObject(v)) throw new KustomizeError(`patches entries must be maps with path or patch, got ${JSON.stringify(v)}`, file, "patches");
  const out = {};
  if (v.path !== void 0 && v.path !== null) out.path = stringField(v.path, "patches", "path", file);
  if (v.patch !== void 0 && v.patch !== null) out.patch = stringField(v.patch, "patches", "patch", file);
  if (v.target !== void 0 && v.target !== null) out.target = parseSelector(v.target, file, "patches.target");
  const options = v.options;
  if (options !== void 0 && options !== null) {
    if (!isJsonObject(options)) throw new KustomizeError("patches.options must be a map of booleans", file, "patches");
    out.options = {};
    for (const key of ["allowNameChange", "allowKindChange"]) {
      const o = options[key];
      if (o === void 0 || o === null) continue;
      if (typeof o !== "boolean") throw new KustomizeError(`patches.options.${key} must be true or false, got ${JSON.stringify(o)}`, file, "patches");
      out.options[key] = o;
    }
  }
  return out;
}
function normalizeJson6902Entry(raw, file) {
  const v = raw;
  if (!isJsonObject(v)) throw new KustomizeError(`patchesJson6902 entries must be maps, got ${JSON.stringify(v)}`, file, "patchesJson6902");
  const target = v.target === void 0 || v.target === null ? void 0 : parseSelector(v.target, file, "patchesJson6902.target");
  const out = { target };
  if (v.path !== void 0 && v.path !== null) out.path = stringField(v.path, "patchesJson6902", "path", file);
  if (v.patch !== void 0 && v.patch !== null) out.patch = stringField(v.patch, "patchesJson6902", "patch", file);
  return out;
}
function stringField(v, field, key, file) {
  if (typeof v !== "string") throw new KustomizeError(`${field}.${key} must be a string, got ${JSON.stringify(v)}`, file, field);
  return v;
}
var INTERNAL = "internal.config.kubernetes.io/";
function applyJsonOps(res, ops, ref) {
  const input = res.obj;
  const internal = internalAnnotations(res);
  let withInternal = input;
  if (Object.keys(internal).length > 0) {
    withInternal = cloneJson(input);
    const md2 = isJsonObject(withInternal.metadata) ? withInternal.metadata : withInternal.metadata = {};
    const annotations = isJsonObject(md2.annotations) ? md2.annotations : md2.annotations = {};
    for (const [k, v] of Object.entries(internal)) if (!(k in annotations)) annotations[k] = v;
  }
  const patched = applyJson6902(withInternal, ops, ref.file);
  const md = patched.metadata;
  if (isJsonObject(md) && Object.prototype.hasOwnProperty.call(md, "annotations")) {
    const a = md.annotations;
    if (isJsonObject(a)) {
      for (const k of Object.keys(a)) if (k.startsWith(INTERNAL) && k in internal) delete a[k];
    }
    if (a === null || isJsonObject(a) && Object.keys(a).length === 0) delete md.annotations;
  }
  res.obj = patched;
  res.patches.push(ref);
}
function internalAnnotations(res) {
  const out = {};
  if (res.prevIds.length > 0) {
    out[`${INTERNAL}previousKinds`] = res.prevIds.map((id) => id.kind).join(",");
    out[`${INTERNAL}previousNames`] = res.prevIds.map((id) => id.name).join(",");
    out[`${INTERNAL}previousNamespaces`] = res.prevIds.map((id) => id.namespace || "default").join(",");
  }
  if (res.generated) {
    out[`${INTERNAL}generatorBehavior`] = res.generated.behavior;
    if (res.generated.hash) out[`${INTERNAL}needsHashSuffix`] = "enabled";
  }
  return out;
}
function applySmToSet(resources, selected, patch, ctx) {
  const out = [];
  for (const res of resources) {
    if (selected.has(res)) {
      const copy2 = { ...patch, obj: cloneJson(patch.obj) };
      copy2.obj.apiVersion = res.apiVersion;
      if (!applySmToResource(res, copy2, ctx)) continue;
    }
    out.push(res);
  }
  return out;
}
function applySmToResource(res, patch, ctx) {
  const { name, namespace, kind } = res;
  if (patch.allowNameChange || patch.allowKindChange) res.storePreviousId();
  const merged = mergeOne(res, patch, ctx);
  if (merged === null || Object.keys(merged).length === 0) return false;
  res.obj = merged;
  if (!patch.allowKindChange) res.obj.kind = kind;
  if (!patch.allowNameChange) res.setName(name);
  if (namespace !== "") {
    res.setNamespace(namespace);
  } else if (isJsonObject(res.obj.metadata)) {
    delete res.obj.metadata.namespace;
  }
  res.patches.push(patch.ref);
  return true;
}
function mergeOne(res, patch, ctx) {
  return strategicMerge(res.obj, cloneJson(patch.obj), { schema: ctx.schema, apiVersion: res.apiVersion, kind: res.kind });
}
function patchId(obj) {
  return new Resource(obj).curId();
}
function findUniqueById(resources, id, wrap2, ctx) {
  const matches = resources.filter((r) => r.allIds().some((other) => idEquals(id, other)));
  if (matches.length === 1) return matches[0];
  const shown = formatKustomizeId(id);
  const why = matches.length > 1 ? `multiple matches for Id ${shown}` : `no matches for Id ${shown}`;
  throw new KustomizeError(wrap2(`${why}; failed to find unique target for patch ${shown}`), ctx.kustomizationFile);
}
function tryParseSmPatches(text, file, inline) {
  let docs;
  try {
    docs = parseYamlDocuments(text, file);
  } catch (e) {
    return { error: e.message };
  }
  const queue = [];
  for (const d of docs) {
    const ref = inline ? { file, doc: 0, line: 1, column: 1 } : { file, doc: d.index, line: d.line, column: d.column };
    if (isNilOrEmpty2(d.value)) continue;
    if (!isJsonObject(d.value)) return { error: `wrong node kind: expected MappingNode in ${file}` };
    const kind = typeof d.value.kind === "string" ? d.value.kind : "";
    if (kind === "") return { error: `missing kind in object ${JSON.stringify(d.value)}` };
    if (!kind.endsWith("List")) {
      const md = d.value.metadata;
      const name = isJsonObject(md) && typeof md.name === "string" ? md.name : "";
      if (name === "") return { error: `missing metadata.name in object ${JSON.stringify(d.value)}` };
    }
    if (hasNilEntryInList(d.value)) return { error: `empty item in a list in object ${JSON.stringify(d.value)}` };
    queue.push({ value: d.value, ref });
  }
  const patches = [];
  while (queue.length > 0) {
    const { value, ref } = queue.shift();
    const obj = value;
    const kind = obj.kind;
    if (kind.endsWith("List") && Object.prototype.hasOwnProperty.call(obj, "items")) {
      const items = obj.items;
      if (items === null) continue;
      if (!Array.isArray(items)) return { error: `expected array in ${kind}/items` };
      for (const item of items) {
        if (!isJsonObject(item)) return { error: `expected a map in ${kind}/items` };
        queue.push({ value: item, ref });
      }
      continue;
    }
    patches.push({ obj, ref, allowNameChange: false, allowKindChange: false });
  }
  return { patches };
}
function isNilOrEmpty2(v) {
  return v === null || Array.isArray(v) && v.length === 0 || isJsonObject(v) && Object.keys(v).length === 0;
}
function hasNilEntryInList(v) {
  if (Array.isArray(v)) return v.some((x) => x === null || hasNilEntryInList(x));
  if (isJsonObject(v)) return Object.values(v).some(hasNilEntryInList);
  return false;
}
function entryConfig(entry) {
  const out = {};
  if (entry.path) out.path = entry.path;
  if (entry.patch) out.patch = entry.patch;
  if (entry.target) out.target = selectorConfig(entry.target);
  if (entry.options) {
    const o = {};
    for (const [k, v] of Object.entries(entry.options)) if (typeof v === "boolean") o[k] = v;
    if (Object.keys(o).length > 0) out.options = o;
  }
  return out;
}
function selectorConfig(sel) {
  const out = {};
  for (const [k, v] of Object.entries(sel)) if (typeof v === "string" && v !== "") out[k] = v;
  return out;
}
function configYaml(value, indent = "") {
  if (Array.isArray(value)) {
    return value.map((v) => `${indent}- ${scalarOrNested(v, `${indent}  `, true)}`).join("");
  }
  if (isJsonObject(value)) {
    return Object.keys(value).sort().map((k) => `${indent}${k}:${nestedAfterKey(value[k], indent)}`).join("");
  }
  return `${indent}${scalar(value, indent)}
`;
}
function nestedAfterKey(v, indent) {
  if (Array.isArray(v)) return v.length === 0 ? " []\n" : `
${configYaml(v, indent)}`;
  if (isJsonObject(v)) return Object.keys(v).length === 0 ? " {}\n" : `
${configYaml(v, `${indent}  `)}`;
  return ` ${scalar(v, indent)}
`;
}
function scalarOrNested(v, indent, _inSeq) {
  if (isJsonObject(v) || Array.isArray(v)) return `
${configYaml(v, indent)}`;
  return `${scalar(v, indent)}
`;
}
function scalar(v, indent) {
  if (typeof v !== "string") return JSON.stringify(v);
  if (v.includes("\n")) {
    const chomp = v.endsWith("\n") ? "|" : "|-";
    const body = (v.endsWith("\n") ? v.slice(0, -1) : v).split("\n");
    return `${chomp}
${body.map((l) => l === "" ? "" : `${indent}  ${l}`).join("\n")}`;
  }
  const plain = /^[A-Za-z0-9_./~][^:#\n]*$/.test(v) && !/\s$/.test(v) && !/^(true|false|null|yes|no|on|off|~|[-+]?[0-9.]+)$/i.test(v);
  return plain ? v : JSON.stringify(v);
}

// src/core/kustomize/transformers/field-setters.ts
function nodeKind2(v) {
  if (isJsonObject(v)) return "MappingNode";
  if (Array.isArray(v)) return "SequenceNode";
  return "ScalarNode";
}
function setMapEntry(key, value) {
  return (holder, field) => {
    const target = holder[field];
    if (target === null) return;
    if (!isJsonObject(target)) {
      throw new FieldPathError(`wrong node kind: expected MappingNode but got ${nodeKind2(target)}`);
    }
    setOwn(target, key, value);
  };
}
function scalarText3(v) {
  if (v === null || v === void 0) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return "";
}
function setScalar(compute) {
  return (holder, field) => {
    const current = holder[field];
    if (isJsonObject(current) || Array.isArray(current)) {
      throw new FieldPathError(`wrong node kind: expected ScalarNode but got ${nodeKind2(current)}`);
    }
    const next = compute(current);
    if (next !== void 0) setOwn(holder, field, next);
  };
}

// src/core/kustomize/transformers/annotations.ts
function applyAnnotations(resources, annotations, fieldSpecs2) {
  applyMapEntries(resources, annotations, fieldSpecs2);
}
function applyMapEntries(resources, entries, fieldSpecs2) {
  const keys = Object.keys(entries).sort();
  if (keys.length === 0) return;
  for (const res of resources) {
    for (const key of keys) {
      const set2 = setMapEntry(key, entries[key] ?? "");
      for (const spec2 of fieldSpecs2) applyFieldSpec(res, spec2, "map", set2);
    }
  }
}

// src/core/kustomize/transformers/images.ts
function applyImages(resources, images, fieldSpecs2) {
  images.forEach((raw, i) => {
    const image = checkImageSpec(raw, i);
    const update = imageUpdater(image);
    for (const res of resources) {
      if (res.kind === "CustomResourceDefinition") continue;
      try {
        updateContainerImages(res.obj, update);
      } catch (e) {
        if (e instanceof FieldPathError) throw new KustomizeError(`images: ${e.message}`, res.source?.file, "images");
        throw e;
      }
    }
    const set2 = setScalar((current) => update(scalarText3(current)));
    for (const res of resources) {
      if (res.kind === "CustomResourceDefinition") continue;
      for (const spec2 of fieldSpecs2) applyFieldSpec(res, spec2, "none", set2);
    }
  });
}
function imageUpdater(image) {
  const matches = imageMatcher(image.name);
  return (current) => {
    if (!matches(current)) return void 0;
    let { name, tag, digest } = splitImage(current);
    if (image.newName) name = image.newName;
    if (image.newTag && image.digest) {
      tag = image.newTag;
      digest = image.digest;
    } else if (image.newTag) {
      tag = image.newTag;
      digest = "";
    } else if (image.digest) {
      tag = "";
      digest = image.digest;
    } else if (image.tagSuffix) {
      tag += image.tagSuffix;
      digest = "";
    }
    return name + (tag ? `:${tag}` : "") + (digest ? `@${digest}` : "");
  };
}
function imageMatcher(name) {
  let re;
  try {
    re = new RegExp(`^${name}(:[a-zA-Z0-9_.{}-]*)?(@sha256:[a-zA-Z0-9_.{}-]*)?$`);
  } catch {
    throw new KustomizeError(`images: name '${name}' is not a valid image name (kustomize reads it as a regular expression)`, void 0, "images");
  }
  return (ref) => re.test(ref);
}
function splitImage(ref) {
  let slash = ref.indexOf("/");
  let search = ref;
  if (slash > 0) search = ref.slice(slash);
  else slash = 0;
  const at = search.indexOf("@");
  const colon = search.indexOf(":");
  if (colon < 0 && at < 0) return { name: ref, tag: "", digest: "" };
  if (at >= 0 && (at < colon || colon < 0)) {
    return { name: ref.slice(0, at + slash), tag: "", digest: ref.slice(at + slash + 1) };
  }
  if (at >= 0 && colon >= 0) {
    return { name: ref.slice(0, colon + slash), tag: ref.slice(colon + slash + 1, at + slash), digest: ref.slice(at + slash + 1) };
  }
  return { name: ref.slice(0, colon + slash), tag: ref.slice(colon + slash + 1), digest: "" };
}
function updateContainerImages(node, update) {
  if (Array.isArray(node)) {
    for (const item of node) updateContainerImages(item, update);
    return;
  }
  if (!isJsonObject(node)) return;
  for (const [key, value] of Object.entries(node)) {
    updateContainerImages(value, update);
    if ((key === "containers" || key === "initContainers") && Array.isArray(value)) {
      for (const container of value) updateImageOf(container, update);
    }
  }
}
function updateImageOf(container, update) {
  if (container === null) return;
  if (!isJsonObject(container)) throw new FieldPathError(`wrong node kind: expected MappingNode but got ${nodeKind2(container)}`);
  if (!Object.prototype.hasOwnProperty.call(container, "image")) return;
  const image = container.image;
  if (isJsonObject(image) || Array.isArray(image)) {
    throw new FieldPathError(`wrong node kind: expected ScalarNode but got ${nodeKind2(image)}`);
  }
  const next = update(scalarText3(image));
  if (next !== void 0) setOwn(container, "image", next);
}
var IMAGE_KEYS = ["name", "newName", "newTag", "digest", "tagSuffix"];
function checkImageSpec(raw, index) {
  return parseImageSpec(raw, void 0, index);
}
function parseImageSpec(value, file, index = 0) {
  const where = `images[${index}]`;
  if (!isJsonObject(value)) throw new KustomizeError(`${where}: expected a map, got ${describe2(value)}`, file, "images");
  const out = { name: "" };
  for (const [rawKey, v] of Object.entries(value)) {
    const key = IMAGE_KEYS.find((k) => k.toLowerCase() === rawKey.toLowerCase());
    if (!key) {
      throw new KustomizeError(`${where}: unknown field "${rawKey}" (expected name, newName, newTag, digest, tagSuffix)`, file, "images");
    }
    if (v === null || v === void 0) continue;
    if (typeof v !== "string") {
      throw new KustomizeError(`${where}.${key}: expected a string, got ${describe2(v)} (quote it, e.g. newTag: "1.0")`, file, "images");
    }
    out[key] = v;
  }
  return out;
}

// src/core/kustomize/transformers/labels.ts
function applyLabelFieldSpecs(resources, labels, fieldSpecs2) {
  applyMapEntries(resources, labels, fieldSpecs2);
}
function applyCommonLabels(resources, labels, config) {
  applyLabelFieldSpecs(resources, labels, config.commonLabels);
}
function applyLabelsEntry(resources, entry, config) {
  applyLabelFieldSpecs(resources, entry.pairs, labelsEntryFieldSpecs(entry, config));
}
function labelsEntryFieldSpecs(entry, config) {
  let specs = mergeOrFail(() => mergeFieldSpecs(entry.fields ?? [], config.labels), "failed to merge labels");
  if (entry.includeSelectors) {
    return mergeOrFail(() => mergeFieldSpecs(specs, config.commonLabels), "failed to merge labels");
  }
  if (entry.includeTemplates) {
    specs = mergeOrFail(() => mergeFieldSpecs(specs, config.templateLabels), "failed to merge template fieldSpec");
  }
  return mergeOrFail(() => mergeFieldSpec(specs, { path: "metadata/labels", create: true }), "failed to merge labels");
}
function mergeOrFail(merge, what) {
  try {
    return merge();
  } catch (e) {
    if (e instanceof FieldPathError) throw new KustomizeError(`${what}: ${e.message}`, void 0, "labels");
    throw e;
  }
}

// src/core/kustomize/transformers/namespace.ts
var MODES = ["defaultOnly", "allServiceAccounts", "none"];
function applyNamespace(resources, namespace, fieldSpecs2, opts = {}) {
  if (namespace === "") return;
  const mode = opts.setRoleBindingSubjects ?? "defaultOnly";
  if (!MODES.includes(mode)) {
    throw new KustomizeError(
      `invalid value "${String(mode)}" for setRoleBindingSubjects: must be one of "defaultOnly", "none" or "allServiceAccounts"`,
      void 0,
      "transformers"
    );
  }
  const set2 = setScalar((current) => opts.unsetOnly && scalarText3(current) !== "" ? void 0 : namespace);
  for (const res of resources) {
    if (Object.keys(res.obj).length === 0) continue;
    res.storePreviousId();
    setNamespaceIn(res, fieldSpecs2, mode, set2);
    const id = res.curId();
    const same = resources.filter((r) => sameId2(r.curId(), id));
    if (same.length !== 1) {
      throw new KustomizeError(`namespace transformation produces ID conflict: [${same.map(describeResource).join(", ")}]`, res.source?.file);
    }
  }
}
function setNamespaceIn(res, fieldSpecs2, mode, set2) {
  let specs = fieldSpecs2.filter((s) => s.path !== "metadata/namespace" && (res.apiVersion === "v1" || s.path !== "metadata/name"));
  if (!isCertainlyClusterScoped(res.apiVersion, res.kind)) {
    applyFieldSpec(res, { path: "metadata/namespace", create: true }, "scalar", set2);
  }
  if (isRoleBinding(res.kind)) {
    specs = specs.filter((s) => !(isRoleBinding(s.kind ?? "") && s.path === "subjects/namespace"));
    setSubjectNamespaces(res, mode, set2);
  }
  try {
    for (const spec2 of specs) applyFieldSpec(res, spec2, "scalar", set2);
  } catch (e) {
    if (e instanceof KustomizeError && /wrong node kind: expected ScalarNode but got (Mapping|Sequence)Node/.test(e.message)) {
      throw new KustomizeError(`namespace field specs must target scalar nodes: ${e.message}`, e.file);
    }
    throw e;
  }
}
function isRoleBinding(kind) {
  return kind === "RoleBinding" || kind === "ClusterRoleBinding";
}
function setSubjectNamespaces(res, mode, set2) {
  if (mode === "none") return;
  const subjects = res.obj.subjects;
  if (subjects === void 0 || subjects === null) return;
  const fail = (why) => new KustomizeError(`setting namespace on (cluster)role binding subjects of ${describeResource(res)}: ${why}`, res.source?.file);
  if (!Array.isArray(subjects)) throw fail("subjects must be a list");
  for (const subject of subjects) {
    if (subject === null) continue;
    if (!isJsonObject(subject)) throw fail("each subject must be a map");
    const selected = mode === "defaultOnly" ? isScalar2(subject.name, "default") : isScalar2(subject.kind, "ServiceAccount");
    if (!selected) continue;
    if (!Object.prototype.hasOwnProperty.call(subject, "namespace")) setOwn(subject, "namespace", "");
    try {
      set2(subject, "namespace");
    } catch (e) {
      if (e instanceof FieldPathError) throw fail(e.message);
      throw e;
    }
  }
}
function isScalar2(v, text) {
  return v !== void 0 && !isJsonObject(v) && !Array.isArray(v) && scalarText3(v) === text;
}
function sameId2(a, b) {
  return a.group === b.group && a.version === b.version && a.kind === b.kind && a.name === b.name && effectiveNamespace2(a) === effectiveNamespace2(b);
}
function effectiveNamespace2(id) {
  const apiVersion = id.group ? `${id.group}/${id.version}` : id.version;
  if (isCertainlyClusterScoped(apiVersion, id.kind)) return "_non_namespaceable_";
  return id.namespace === "" ? "default" : id.namespace;
}

// src/core/kustomize/transformers/prefix-suffix.ts
var SKIPPED = [{ kind: "CustomResourceDefinition" }, { group: "apiregistration.k8s.io", kind: "APIService" }, { kind: "Namespace" }];
function applyPrefixSuffix(resources, prefix, suffix, fieldSpecs2) {
  if (prefix !== "") applyAffix(resources, fieldSpecs2, "namePrefixes", (name) => prefix + name);
  if (suffix !== "") applyAffix(resources, fieldSpecs2, "nameSuffixes", (name) => name + suffix);
}
function applyAffix(resources, fieldSpecs2, record, rename2) {
  const affix = rename2("");
  const set2 = setScalar((current) => rename2(scalarText3(current)));
  for (const res of resources) {
    const org = res.orgId();
    if (SKIPPED.some((s) => gvkSelects(s, org))) continue;
    for (const spec2 of fieldSpecs2) {
      if (!gvkSelects(spec2, idGvk(org))) continue;
      if (spec2.path === "metadata/name") {
        const r = res;
        r[record] = [...r[record] ?? [], affix];
        res.storePreviousId();
      }
      applyFieldSpec(res, spec2, "scalar", set2);
    }
  }
}
function idGvk(id) {
  return { group: id.group, version: id.version, kind: id.kind };
}

// src/core/kustomize/transformers/replicas.ts
function applyReplicas(resources, replicas, fieldSpecs2) {
  replicas.forEach((raw, i) => {
    const replica2 = parseReplicaSpec(raw, void 0, i);
    const set2 = setScalar(() => replica2.count);
    let found = false;
    for (const spec2 of fieldSpecs2) {
      const matched = resources.filter((r) => r.allIds().some((id) => id.name === replica2.name && gvkSelects(spec2, id)));
      if (matched.length > 0) found = true;
      for (const res of matched) applyFieldSpec(res, spec2, "scalar", set2);
    }
    if (!found) {
      throw new KustomizeError(
        `resource with name ${replica2.name} does not match a config with the following GVK [${fieldSpecs2.map(gvkString).join(" ")}]`,
        void 0,
        "replicas"
      );
    }
  });
}
function parseReplicaSpec(value, file, index = 0) {
  const where = `replicas[${index}]`;
  if (!isJsonObject(value)) throw new KustomizeError(`${where}: expected a map with name and count, got ${describe2(value)}`, file, "replicas");
  const out = { name: "", count: 0 };
  for (const [rawKey, v] of Object.entries(value)) {
    const key = rawKey.toLowerCase();
    if (key !== "name" && key !== "count") {
      throw new KustomizeError(`${where}: unknown field "${rawKey}" (expected name, count)`, file, "replicas");
    }
    if (v === null) continue;
    if (key === "name") {
      if (typeof v !== "string") throw new KustomizeError(`${where}.name: expected a string, got ${describe2(v)}`, file, "replicas");
      out.name = v;
    } else {
      if (typeof v !== "number" || !Number.isSafeInteger(v)) {
        throw new KustomizeError(`${where}.count: expected a whole number, got ${describe2(v)}`, file, "replicas");
      }
      out.count = v;
    }
  }
  return out;
}

// src/core/kustomize/run-transformers.ts
function runTransformers(session, target, acc, pluginConfigs) {
  const { k } = target;
  const config = acc.config;
  const ctx = patchContext(session, target);
  if (k.patchesStrategicMerge.length > 0) {
    acc.resources = applyStrategicMergePatches(acc.resources, k.patchesStrategicMerge, ctx);
  }
  if (k.patches.length > 0) acc.resources = applyPatches(acc.resources, k.patches, ctx);
  if (k.namespace) applyNamespace(acc.resources, k.namespace, config.namespace);
  if (k.namePrefix) applyPrefixSuffix(acc.resources, k.namePrefix, "", config.namePrefix);
  if (k.nameSuffix) applyPrefixSuffix(acc.resources, "", k.nameSuffix, config.nameSuffix);
  for (const entry of k.labels) applyLabelsEntry(acc.resources, labelsEntry(entry, target.file), config);
  if (Object.keys(k.commonLabels).length > 0) applyCommonLabels(acc.resources, k.commonLabels, config);
  if (Object.keys(k.commonAnnotations).length > 0) {
    applyAnnotations(acc.resources, k.commonAnnotations, config.commonAnnotations);
  }
  if (k.patchesJson6902.length > 0) {
    acc.resources = applyJson6902Patches(acc.resources, k.patchesJson6902, ctx);
  }
  if (k.replicas.length > 0) applyReplicas(acc.resources, k.replicas.map((r) => replica(r, target.file)), config.replicas);
  if (k.images.length > 0) applyImages(acc.resources, k.images, config.images);
  if (k.replacements.length > 0) applyReplacements(acc.resources, k.replacements, ctx);
  for (const plugin of pluginConfigs) runPlugin(acc, plugin, ctx, target.file);
}
function patchContext(session, target) {
  return {
    kustomizationFile: target.file,
    readFile: (rel) => {
      const text = target.loader.readText(rel, "patches", target.file);
      session.files.add(target.loader.resolve(rel));
      return text;
    },
    schema: session.schema
  };
}
function labelsEntry(entry, file) {
  const pairs = entry.pairs;
  if (pairs !== void 0 && pairs !== null && !isJsonObject(pairs)) {
    throw new KustomizeError(`labels: 'pairs' must be a map of strings`, file, "labels");
  }
  return {
    pairs: pairs ?? {},
    includeSelectors: entry.includeSelectors === true,
    includeTemplates: entry.includeTemplates === true,
    fields: fieldSpecs(entry.fields, file, "labels")
  };
}
function replica(r, file) {
  if (typeof r.name !== "string" || typeof r.count !== "number" || !Number.isInteger(r.count)) {
    throw new KustomizeError(`replicas: each entry needs a name and an integer count, got ${JSON.stringify(r)}`, file, "replicas");
  }
  return { name: r.name, count: r.count };
}
function fieldSpecs(value, file, field) {
  if (value === void 0 || value === null) return [];
  if (!Array.isArray(value)) throw new KustomizeError(`${field}: fieldSpecs must be a list`, file, field);
  return value.map((v) => {
    if (!isJsonObject(v) || typeof v.path !== "string") {
      throw new KustomizeError(`${field}: each field spec needs a path`, file, field);
    }
    return {
      path: v.path,
      ...typeof v.group === "string" ? { group: v.group } : {},
      ...typeof v.version === "string" ? { version: v.version } : {},
      ...typeof v.kind === "string" ? { kind: v.kind } : {},
      create: v.create === true
    };
  });
}
function stringMap2(value) {
  return isJsonObject(value) ? value : {};
}
function runPlugin(acc, plugin, ctx, file) {
  const c = plugin.obj;
  if (plugin.apiVersion !== "builtin") throw unsupportedPlugin(plugin, file, "transformers");
  const specs = () => fieldSpecs(c.fieldSpecs, file, "transformers");
  switch (plugin.kind) {
    case "AnnotationsTransformer":
      applyAnnotations(acc.resources, stringMap2(c.annotations), specs());
      return;
    case "LabelTransformer":
      applyLabelFieldSpecs(acc.resources, stringMap2(c.labels), specs());
      return;
    case "NamespaceTransformer": {
      const md = isJsonObject(c.metadata) ? c.metadata : {};
      const ns = typeof md.namespace === "string" ? md.namespace : "";
      const opts = {};
      if (typeof c.unsetOnly === "boolean") opts.unsetOnly = c.unsetOnly;
      if (typeof c.setRoleBindingSubjects === "string") {
        opts.setRoleBindingSubjects = c.setRoleBindingSubjects;
      }
      applyNamespace(acc.resources, ns, specs(), opts);
      return;
    }
    case "PrefixSuffixTransformer":
    case "PrefixTransformer":
    case "SuffixTransformer":
      applyPrefixSuffix(
        acc.resources,
        typeof c.prefix === "string" ? c.prefix : "",
        typeof c.suffix === "string" ? c.suffix : "",
        specs()
      );
      return;
    case "ImageTagTransformer":
      if (isJsonObject(c.imageTag)) applyImages(acc.resources, [c.imageTag], specs());
      return;
    case "ReplicaCountTransformer":
      if (isJsonObject(c.replica)) applyReplicas(acc.resources, [replica(c.replica, file)], specs());
      return;
    case "PatchTransformer":
      acc.resources = applyPatches(acc.resources, [c], ctx);
      return;
    case "PatchStrategicMergeTransformer": {
      const paths = Array.isArray(c.paths) ? c.paths.filter((p) => typeof p === "string") : [];
      const inline = typeof c.patches === "string" ? [c.patches] : [];
      acc.resources = applyStrategicMergePatches(acc.resources, [...paths, ...inline], ctx);
      return;
    }
    case "PatchJson6902Transformer": {
      const entry = { target: c.target, path: c.path, patch: c.jsonOp };
      acc.resources = applyJson6902Patches(acc.resources, [entry], ctx);
      return;
    }
    case "ReplacementTransformer":
      applyReplacements(acc.resources, Array.isArray(c.replacements) ? c.replacements : [], ctx);
      return;
    default:
      throw unsupportedPlugin(plugin, file, "transformers");
  }
}

// src/core/kustomize/name-reference.ts
function fixNameReferences(resources, refs, options = {}) {
  const ctx = {
    clusterScoped: options.isClusterScoped ?? isCertainlyClusterScoped,
    affixesOf: options.affixesOf ?? recordedAffixes
  };
  const plan = [];
  for (const referrer of resources) {
    const org = orgGvk(referrer);
    const filters = [];
    for (const ref of refs) {
      for (const spec2 of ref.fieldSpecs) {
        if (gvkSelectedBy(org, spec2)) filters.push({ spec: spec2, target: ref });
      }
    }
    if (filters.length > 0) plan.push({ referrer, filters });
  }
  for (const { referrer, filters } of plan) {
    const candidates = candidatesFor(referrer, resources, ctx);
    for (const { spec: spec2, target } of filters) {
      applyFilter({ ctx, referrer, spec: spec2, target, candidates });
    }
  }
}
var NameRefProblem = class extends Error {
};
function parseApiVersion(apiVersion) {
  const i = apiVersion.indexOf("/");
  return i < 0 ? { group: "", version: apiVersion } : { group: apiVersion.slice(0, i), version: apiVersion.slice(i + 1) };
}
function apiVersionOf(id) {
  return id.group ? `${id.group}/${id.version}` : id.version;
}
function prevGvks(r) {
  const { group, version } = parseApiVersion(r.apiVersion);
  return r.prevIds.map((id) => ({ group, version, kind: id.kind }));
}
function orgGvk(r) {
  const { group, version } = parseApiVersion(r.apiVersion);
  return { group, version, kind: r.prevIds[0]?.kind ?? r.kind };
}
var NOT_A_NAMESPACE = "_non_namespaceable_";
function effectiveNamespace3(ctx, apiVersion, kind, namespace) {
  if (ctx.clusterScoped(apiVersion, kind)) return NOT_A_NAMESPACE;
  return namespace === "" || namespace === "default" ? "default" : namespace;
}
function currentNamespace(ctx, r) {
  return effectiveNamespace3(ctx, r.apiVersion, r.kind, r.namespace);
}
function originalNamespace(ctx, r) {
  const org = r.prevIds[0];
  return org ? effectiveNamespace3(ctx, apiVersionOf(org), org.kind, org.namespace) : currentNamespace(ctx, r);
}
function isClusterScoped3(ctx, r) {
  return ctx.clusterScoped(r.apiVersion, r.kind);
}
function gvkSelectedBy(g, selector) {
  return (!selector.group || selector.group === g.group) && (!selector.version || selector.version === g.version) && (!selector.kind || selector.kind === g.kind);
}
function idString(r) {
  const { group, version } = parseApiVersion(r.apiVersion);
  return `${r.kind || "[noKind]"}.${version || "[noVer]"}.${group || "[noGrp]"}/${r.name || "[noName]"}.${r.namespace || "[noNs]"}`;
}
function recordedAffixes(r) {
  const rec = r;
  return { prefixes: stringList(rec.namePrefixes), suffixes: stringList(rec.nameSuffixes) };
}
function stringList(v) {
  return Array.isArray(v) ? v.filter((s) => typeof s === "string" && s !== "") : [];
}
function candidatesFor(referrer, resources, ctx) {
  if (isClusterScoped3(ctx, referrer)) return resources;
  const ns = currentNamespace(ctx, referrer);
  const subjectNamespaces = roleBindingSubjectNamespaces(referrer);
  return resources.filter(
    (t) => isClusterScoped3(ctx, t) || currentNamespace(ctx, t) === ns || subjectNamespaces.has(t.namespace)
  );
}
function roleBindingSubjectNamespaces(r) {
  const out = /* @__PURE__ */ new Set();
  if (r.kind !== "RoleBinding" || !Array.isArray(r.obj.subjects)) return out;
  for (const subject of r.obj.subjects) {
    if (!isJsonObject(subject)) {
      throw new KustomizeError(`RoleBinding ${idString(r)}: each of 'subjects' must be a map`, r.source?.file);
    }
    if (!has2(subject, "namespace") || !has2(subject, "kind")) continue;
    if (typeof subject.kind !== "string") {
      throw new KustomizeError(`RoleBinding ${idString(r)}: a subject's 'kind' must be a string`, r.source?.file);
    }
    if (subject.kind !== "ServiceAccount") continue;
    if (typeof subject.namespace !== "string") {
      throw new KustomizeError(`Invalid Input: namespace is blank for resource "${idString(r)}"`, r.source?.file);
    }
    out.add(subject.namespace);
  }
  return out;
}
function applyFilter(f) {
  const segments = splitFieldPath(f.spec.path);
  try {
    if (segments.length === 0) throw new NameRefProblem("cannot set or create an empty field name");
    walk(f.referrer.obj, segments, (holder, key) => setAt(f, holder, key));
  } catch (e) {
    if (!(e instanceof NameRefProblem)) throw e;
    const id = idString(f.referrer);
    throw new KustomizeError(
      `updating name reference in '${f.spec.path}' field of '${id}': considering field '${f.spec.path}' of object ${id}: ${e.message}`,
      f.referrer.source?.file
    );
  }
}
function walk(node, path2, atLeaf) {
  if (node === void 0 || node === null) return;
  if (Array.isArray(node)) {
    for (const item of node) {
      try {
        walk(item, path2, atLeaf);
      } catch (e) {
        if (e instanceof NameRefProblem) throw new NameRefProblem(`visit traversal on path: [${path2.join(" ")}]: ${e.message}`);
        throw e;
      }
    }
    return;
  }
  if (!isJsonObject(node)) throw new NameRefProblem("expected sequence or mapping node");
  const key = path2[0].endsWith("[]") ? path2[0].slice(0, -2) : path2[0];
  if (key === "") throw new NameRefProblem("cannot set or create an empty field name");
  if (!has2(node, key)) return;
  if (path2.length === 1) atLeaf(node, key);
  else walk(node[key], path2.slice(1), atLeaf);
}
function setAt(f, holder, key) {
  const value = holder[key];
  if (value === null || value === void 0) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      if (item === null) return;
      if (isJsonObject(item)) setMapping(f, item);
      else if (Array.isArray(item)) {
        throw new NameRefProblem(`${JSON.stringify(item)} is expected to be either a string or a map of string`);
      } else setScalar2(f, item, (name) => value[i] = name);
    });
  } else if (isJsonObject(value)) {
    setMapping(f, value);
  } else {
    setScalar2(f, value, (name) => holder[key] = name);
  }
}
function scalarText4(v) {
  return typeof v === "string" ? v : String(v);
}
function setScalar2(f, value, write) {
  const oldName = scalarText4(value);
  const referral = selectReferral(f, oldName, f.candidates, allNamesAreTheSame);
  if (referral && referral.name !== oldName) write(referral.name);
}
function setMapping(f, node) {
  if (!has2(node, "name")) throw new NameRefProblem("path config error; no 'name' field in node");
  const nameValue = node.name;
  const oldName = typeof nameValue === "string" || typeof nameValue === "number" || typeof nameValue === "boolean" ? scalarText4(nameValue) : "";
  const candidates = has2(node, "namespace") ? candidatesInNamespace(f, node.namespace) : f.candidates;
  const referral = selectReferral(f, oldName, candidates, allNamesAndNamespacesAreTheSame);
  if (!referral) return;
  if (referral.name === oldName && referral.namespace === "") return;
  node.name = referral.name;
  if (referral.namespace !== "") node.namespace = referral.namespace;
}
function candidatesInNamespace(f, nsValue) {
  const ns = typeof nsValue === "string" || typeof nsValue === "number" || typeof nsValue === "boolean" ? scalarText4(nsValue) : "";
  if (ns === NOT_A_NAMESPACE) return [];
  const byOriginal = f.candidates.filter((c) => originalNamespace(f.ctx, c) === ns);
  if (byOriginal.length > 0) return byOriginal;
  return f.candidates.filter((c) => currentNamespace(f.ctx, c) === ns);
}
function selectReferral(f, oldName, candidates, identical) {
  let rs = candidates.filter((r) => r.prevIds.some((id) => id.name === oldName));
  rs = rs.filter(previousGvkSelectedBy(f.target));
  rs = rs.filter(roleRefSieve(f));
  rs = rs.filter(sameNamespaceAsReferrer(f));
  if (rs.length === 1) return rs[0];
  const mine = f.ctx.affixesOf(f.referrer);
  rs = rs.filter((r) => affixesEqual(f.ctx.affixesOf(r), mine, true));
  if (rs.length > 1) rs = rs.filter((r) => affixesEqual(f.ctx.affixesOf(r), mine, false));
  if (rs.length === 1) return rs[0];
  if (rs.length === 0) return void 0;
  if (identical(rs)) return rs[0];
  throw new NameRefProblem(`found multiple possible referrals: ${rs.map(idString).join(", ")}`);
}
function previousGvkSelectedBy(selector) {
  return (r) => prevGvks(r).some((g) => gvkSelectedBy(g, selector));
}
function roleRefSieve(f) {
  if (!f.spec.path.endsWith("roleRef/name")) return () => true;
  const roleRef = f.referrer.obj.roleRef;
  if (!isJsonObject(roleRef) || !has2(roleRef, "apiGroup") || !has2(roleRef, "kind")) return () => true;
  const text = (v) => typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? scalarText4(v) : "";
  return previousGvkSelectedBy({ group: text(roleRef.apiGroup), kind: text(roleRef.kind) });
}
function sameNamespaceAsReferrer(f) {
  if (isClusterScoped3(f.ctx, f.referrer)) return () => true;
  const ns = currentNamespace(f.ctx, f.referrer);
  return (r) => isClusterScoped3(f.ctx, r) || r.kind === "ServiceAccount" || currentNamespace(f.ctx, r) === ns;
}
function affixesEqual(a, b, allowEmpty) {
  const match2 = (x, y) => allowEmpty && (x.length === 0 || y.length === 0) || sameEnding(x, y);
  return match2(a.prefixes, b.prefixes) && match2(a.suffixes, b.suffixes);
}
function sameEnding(a, b) {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const diff = long.length - short.length;
  if (short.length === 0) return diff === 0;
  return short.every((s, i) => long[i + diff] === s);
}
function allNamesAreTheSame(rs) {
  return rs.every((r) => r.name === rs[0].name);
}
function allNamesAndNamespacesAreTheSame(rs) {
  return rs.every((r) => r.name === rs[0].name && r.namespace === rs[0].namespace);
}
function has2(obj, key) {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

// src/core/kustomize/sort.ts
var DEFAULT_ORDER_FIRST = [
  "Namespace",
  "ResourceQuota",
  "StorageClass",
  "CustomResourceDefinition",
  "ServiceAccount",
  "PodSecurityPolicy",
  "Role",
  "ClusterRole",
  "RoleBinding",
  "ClusterRoleBinding",
  "ConfigMap",
  "Secret",
  "Endpoints",
  "Service",
  "LimitRange",
  "PriorityClass",
  "PersistentVolume",
  "PersistentVolumeClaim",
  "Deployment",
  "StatefulSet",
  "CronJob",
  "PodDisruptionBudget"
];
var DEFAULT_ORDER_LAST = ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"];
function sortResources(resources, sortOptions, reorder, file) {
  if (sortOptions) {
    const order = sortOptions.order;
    const legacy = sortOptions.legacySortOptions;
    if (order !== "fifo" && order !== "legacy") {
      throw new KustomizeError(`the field 'sortOptions.order' must be one of [fifo, legacy]`, file, "sortOptions");
    }
    if (order === "fifo") {
      if (legacy !== void 0 && legacy !== null) {
        throw new KustomizeError(
          `the field 'sortOptions.legacySortOptions' is set but the selected sort order is 'fifo', not 'legacy'`,
          file,
          "sortOptions"
        );
      }
      return resources;
    }
    if (isJsonObject(legacy)) {
      return legacySort(resources, stringList2(legacy.orderFirst), stringList2(legacy.orderLast));
    }
    return legacySort(resources, DEFAULT_ORDER_FIRST, DEFAULT_ORDER_LAST);
  }
  if (reorder === "none") return resources;
  return legacySort(resources, DEFAULT_ORDER_FIRST, DEFAULT_ORDER_LAST);
}
function stringList2(v) {
  return Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
}
function legacySort(resources, first, last) {
  const rank = /* @__PURE__ */ new Map();
  first.forEach((kind, i) => rank.set(kind, -first.length + i));
  last.forEach((kind, i) => rank.set(kind, 1 + i));
  const keyed = resources.map((r) => {
    const id = r.curId();
    return { r, rank: rank.get(id.kind) ?? 0, gvk: gvkSortString(id), full: idSortString(id) };
  });
  keyed.sort((a, b) => {
    if (a.gvk !== b.gvk) {
      if (a.rank !== b.rank) return a.rank - b.rank;
      return compareStrings2(a.gvk, b.gvk);
    }
    return compareStrings2(a.full, b.full);
  });
  return keyed.map((k) => k.r);
}
function gvkSortString(id) {
  return `${id.group || "~G"}_${id.version || "~V"}_${id.kind || "~K"}`;
}
function idSortString(id) {
  return `${gvkSortString(id)}|${id.namespace || "~X"}|${id.name || "~N"}`;
}
function compareStrings2(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/core/kustomize/build.ts
var MANAGED_BY_VALUE = "kustomize-(devel)";
var KUSTOMIZATION_FILE_NAMES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
function buildKustomization(fs3, dir, options = {}) {
  const root = normalizePath(dir);
  const loader = new KustomizationLoader(fs3, root, options.loadRestrictor ?? "rootOnly");
  const session = {
    fs: fs3,
    options,
    schema: MergeSchema.builtin(),
    warnings: [],
    files: /* @__PURE__ */ new Set(),
    topDir: root,
    trackOrigins: false,
    schemaFixed: false
  };
  const target = loadTarget(session, loader, ".");
  session.trackOrigins = target.k.buildMetadata.includes("originAnnotations");
  const topSchema = schemaFor(session, target);
  if (topSchema) {
    session.schema = topSchema;
    session.schemaFixed = true;
  }
  const acc = accumulateTarget(session, target, new Accumulator(defaultTransformerConfig()));
  applyHashSuffixes(acc.resources);
  fixNameReferences(acc.resources, acc.config.nameReference);
  resolveVars(acc.resources, acc.vars, acc.config.varReference, target.file);
  let resources = acc.resources.filter((r) => !isLocalConfig(r));
  resources = sortResources(resources, target.k.sortOptions, options.reorder, target.file);
  if (options.enableManagedByLabel || target.k.buildMetadata.includes("managedByLabel")) {
    applyLabelFieldSpecs(resources, { "app.kubernetes.io/managed-by": MANAGED_BY_VALUE }, [
      { path: "metadata/labels", create: true }
    ]);
  }
  for (const r of resources) {
    if (!session.trackOrigins) removeAnnotation(r, ORIGIN_ANNOTATION2);
    normalizeAnnotations(r);
  }
  return { resources, warnings: session.warnings, files: [...session.files] };
}
function loadTarget(session, loader, originDir) {
  const { fs: fs3 } = session;
  const found = KUSTOMIZATION_FILE_NAMES.map((n) => joinPath(loader.root, n)).filter((p) => fs3.stat(p)?.kind === "file");
  if (found.length === 0) {
    throw new KustomizeError(
      `unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory '${loader.root}'`,
      loader.root
    );
  }
  if (found.length > 1) {
    throw new KustomizeError(`found multiple kustomization files in ${loader.root}: ${found.join(", ")}`, found[0]);
  }
  const file = found[0];
  session.files.add(file);
  const docs = parseDocs(readFileText(fs3, file), file);
  if (docs.length > 1) {
    throw new KustomizeError(`a kustomization file holds one YAML document, found ${docs.length}`, file);
  }
  const k = parseKustomization(docs[0]?.value, file);
  for (const field of Object.keys(DEPRECATED_FIELDS)) {
    if (k.present.has(field)) session.warnings.push({ file, field, message: DEPRECATED_FIELDS[field] });
  }
  if (k.present.has("helmCharts") || k.present.has("helmChartInflationGenerator")) {
    throw new UnsupportedFeatureError("inflating Helm charts", file, "helmCharts");
  }
  if (k.present.has("helmGlobals")) throw new UnsupportedFeatureError("Helm charts", file, "helmGlobals");
  if (k.validators.length > 0) throw new UnsupportedFeatureError("validator plugins", file, "validators");
  return { loader, file, k, originDir };
}
var utf83 = new TextDecoder("utf-8");
function readFileText(fs3, path2) {
  try {
    return utf83.decode(fs3.readBytes(path2));
  } catch (err) {
    if (err instanceof FsError) throw new KustomizeError(err.message, path2);
    throw err;
  }
}
function parseDocs(text, file) {
  try {
    return parseYamlDocuments(text, file);
  } catch (err) {
    if (err instanceof YamlError) throw new YamlParseError(err.message, file, err.line);
    throw err;
  }
}
function schemaFor(session, target) {
  const openapi = target.k.openapi;
  if (!openapi) return void 0;
  if (openapi.path && openapi.version) {
    throw new KustomizeError("openapi: builtin version and custom schema provided, cannot use both", target.file, "openapi");
  }
  if (openapi.path) {
    const text = target.loader.readText(openapi.path, "openapi", target.file);
    session.files.add(target.loader.resolve(openapi.path));
    const docs = parseDocs(text, target.loader.resolve(openapi.path));
    const doc = docs[0]?.value;
    if (!isJsonObject(doc)) throw new KustomizeError(`openapi: ${openapi.path} is not a schema document`, target.file, "openapi");
    return MergeSchema.empty().withOpenApi(doc);
  }
  if (openapi.version && openapi.version !== "v1.21.2") {
    throw new KustomizeError(
      `openapi: the specified OpenAPI version '${openapi.version}' is not built in (kustomize 5.5 has v1.21.2)`,
      target.file,
      "openapi"
    );
  }
  return openapi.version ? MergeSchema.builtin() : void 0;
}
function adoptSchema(session, target) {
  const schema = schemaFor(session, target);
  if (schema && !session.schemaFixed) {
    session.schema = schema;
    session.schemaFixed = true;
  }
}
function accumulateTarget(session, target, acc) {
  const { k, file, loader } = target;
  for (const path2 of k.resources) accumulateResource(session, target, acc, path2);
  for (const path2 of k.configurations) {
    const text = loader.readText(path2, "configurations", file);
    session.files.add(loader.resolve(path2));
    const docs = parseDocs(text, loader.resolve(path2));
    for (const d of docs) acc.config = mergeTransformerConfig(acc.config, parseTransformerConfig(d.value, loader.resolve(path2)));
  }
  for (const path2 of k.crds) {
    const text = loader.readText(path2, "crds", file);
    session.files.add(loader.resolve(path2));
    for (const d of parseDocs(text, loader.resolve(path2))) {
      acc.config = mergeTransformerConfig(acc.config, parseCrdsConfig(d.value, loader.resolve(path2)));
    }
  }
  runGenerators(session, target, acc, loadPluginConfigs(session, target, k.generators, "generators"));
  for (const path2 of k.components) {
    if (isRemote(path2)) throw new UnsupportedFeatureError(`remote component '${path2}'`, file, "components");
    const abs = loader.resolve(path2);
    if (session.fs.stat(abs)?.kind !== "dir") {
      throw new KustomizeError(`components: '${path2}' must be a directory holding a Component`, file, "components");
    }
    const child2 = loadTarget(session, loader.child(abs, file, "components"), joinOrigin(target.originDir, path2));
    if (child2.k.kind !== "Component") {
      throw new KustomizeError(
        `components: '${path2}' holds a ${child2.k.kind}, but components must be of kind Component`,
        file,
        "components"
      );
    }
    adoptSchema(session, child2);
    accumulateTarget(session, child2, acc);
  }
  runTransformers(session, target, acc, loadPluginConfigs(session, target, k.transformers, "transformers"));
  acc.mergeVars(k.vars, file);
  return acc;
}
function accumulateResource(session, target, acc, path2, field = "resources") {
  const { loader, file } = target;
  if (isRemote(path2)) throw new UnsupportedFeatureError(`remote resource '${path2}'`, file, field);
  const abs = loader.resolve(path2);
  const stat2 = session.fs.stat(abs);
  if (!stat2) {
    throw new KustomizeError(`${field}: '${path2}' does not exist (looked for ${abs})`, file, field);
  }
  const origin = joinOrigin(target.originDir, path2);
  if (stat2.kind === "file") {
    loader.checkRestriction(abs, path2, field, file);
    session.files.add(abs);
    const text = readFileText(session.fs, abs);
    const resources = resourcesFromDocuments(parseDocs(text, abs), abs);
    if (session.trackOrigins) setOriginAnnotations(resources, { path: origin });
    acc.appendAll(resources, `${field}: '${path2}' in ${file}`);
    return;
  }
  const child2 = loadTarget(session, loader.child(abs, file, field), origin);
  if (child2.k.kind === "Component") {
    throw new KustomizeError(
      `${field}: '${path2}' holds a Component; list it under 'components:' instead`,
      file,
      field
    );
  }
  adoptSchema(session, child2);
  const sub = accumulateTarget(session, child2, new Accumulator(defaultTransformerConfig()));
  acc.merge(sub, `${field}: '${path2}' in ${file}`);
}
function loadPluginConfigs(session, target, entries, field) {
  const configs = [];
  for (const entry of entries) {
    const inline = inlineConfigs(entry, target.file);
    if (inline) {
      configs.push(...inline);
      continue;
    }
    const scratch = new Accumulator(defaultTransformerConfig());
    accumulateResource(session, target, scratch, entry, field);
    configs.push(...scratch.resources);
  }
  return configs;
}
function inlineConfigs(entry, file) {
  if (!entry.includes("\n") && !entry.includes("kind:")) return void 0;
  let docs;
  try {
    docs = parseYamlDocuments(entry, file);
  } catch {
    return void 0;
  }
  if (docs.length === 0 || !docs.every((d) => isJsonObject(d.value) && typeof d.value.kind === "string")) return void 0;
  return resourcesFromDocuments(docs, file);
}
function joinOrigin(dir, path2) {
  return normalizePath(dir === "." ? path2 : `${dir}/${path2}`);
}
function isLocalConfig(r) {
  return r.annotations()["config.kubernetes.io/local-config"] === "true";
}
function normalizeAnnotations(r) {
  const md = r.obj.metadata;
  if (!isJsonObject(md) || !("annotations" in md)) return;
  const ann = md.annotations;
  if (!isJsonObject(ann) || Object.keys(ann).length === 0) {
    if (ann === null || isJsonObject(ann)) delete md.annotations;
    return;
  }
  for (const [k, v] of Object.entries(ann)) {
    if (typeof v !== "string" && (v === null || typeof v !== "object")) ann[k] = String(v);
  }
}
function removeAnnotation(r, key) {
  const md = r.obj.metadata;
  if (!isJsonObject(md) || !isJsonObject(md.annotations)) return;
  const ann = md.annotations;
  if (!(key in ann)) return;
  delete ann[key];
  if (Object.keys(ann).length === 0) delete md.annotations;
}

// src/core/yaml/key-order.ts
var LETTER = new RegExp("^\\p{L}$", "u");
var DIGIT = new RegExp("^\\p{Nd}$", "u");
function isLetter(cp) {
  if (cp < 128) return cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122;
  return LETTER.test(String.fromCodePoint(cp));
}
function isDigit(cp) {
  if (cp < 128) return cp >= 48 && cp <= 57;
  return DIGIT.test(String.fromCodePoint(cp));
}
function codePoints(s) {
  const out = [];
  for (const ch of s) out.push(ch.codePointAt(0));
  return out;
}
function digitRun(cps, start, initial) {
  let value = initial;
  let end = start;
  while (end < cps.length && isDigit(cps[end])) {
    value = BigInt.asIntN(64, value * 10n + BigInt(cps[end] - 48));
    end++;
  }
  return { value, end };
}
function less(ar, br) {
  const n = Math.min(ar.length, br.length);
  for (let i = 0; i < n; i++) {
    const a = ar[i];
    const b = br[i];
    if (a === b) continue;
    const al = isLetter(a);
    const bl = isLetter(b);
    if (al && bl) return a < b;
    if (al || bl) return bl;
    let initial = 0n;
    if (a === 48 || b === 48) {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]); j--) {
        if (ar[j] !== 48) {
          initial = 1n;
          break;
        }
      }
    }
    const an = digitRun(ar, i, initial);
    const bn = digitRun(br, i, initial);
    if (an.value !== bn.value) return an.value < bn.value;
    if (an.end !== bn.end) return an.end < bn.end;
    return a < b;
  }
  return ar.length < br.length;
}
function sortKeysLikeGoYaml(keys) {
  const decorated = keys.map((k) => ({ k, cps: codePoints(k) }));
  decorated.sort((x, y) => less(x.cps, y.cps) ? -1 : less(y.cps, x.cps) ? 1 : 0);
  return decorated.map((d) => d.k);
}

// src/core/yaml/number-format.ts
var INT64_MIN2 = -(2 ** 63);
var UINT64_LIMIT = 2 ** 64;
function formatNumber(n) {
  if (!Number.isFinite(n)) {
    throw new Error(`cannot print ${n}: JSON has no such number`);
  }
  if (Number.isInteger(n) && n >= INT64_MIN2 && n < UINT64_LIMIT) {
    return Object.is(n, -0) ? "0" : String(n);
  }
  return formatGoFloatG(n);
}
function formatGoFloatG(n) {
  const [mantissa, expText] = n.toExponential().split("e");
  const exp = Number(expText);
  if (exp < -4 || exp >= 6) {
    const sign = exp < 0 ? "-" : "+";
    const digits = String(Math.abs(exp)).padStart(2, "0");
    return `${mantissa}e${sign}${digits}`;
  }
  return String(n);
}

// src/core/yaml/emitter.ts
var BEST_INDENT = 2;
var BEST_WIDTH = 80;
var MAX_SIMPLE_KEY_BYTES = 128;
var SPACE = 32;
var TAB = 9;
var LF = 10;
function isBreak(cp) {
  return cp === LF || cp === 13 || cp === 133 || cp === 8232 || cp === 8233;
}
function isPrintable(cp) {
  return cp === LF || cp >= 32 && cp <= 126 || cp >= 160 && cp <= 55295 || cp >= 57344 && cp <= 65533 && cp !== 65279;
}
function isBlankOrBreak(cp) {
  return cp === SPACE || cp === TAB || isBreak(cp) || cp === 0;
}
function utf8Length(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) n += 1;
    else if (c < 2048) n += 2;
    else if (c >= 55296 && c <= 56319 && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
function codePointAt(s, i) {
  const c = s.charCodeAt(i);
  if (c >= 55296 && c <= 56319 && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 56320 && d <= 57343) return (c - 55296 << 10) + (d - 56320) + 65536;
  }
  return c;
}
function analyzeScalar(s) {
  if (s.length === 0) {
    return {
      multiline: false,
      flowPlainAllowed: false,
      blockPlainAllowed: true,
      singleQuotedAllowed: true,
      blockAllowed: false,
      codePoints: 0,
      plainText: true
    };
  }
  let blockIndicators = false;
  let flowIndicators = false;
  let lineBreaks = false;
  let specialCharacters = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let previousSpace = false;
  let previousBreak = false;
  if (s.startsWith("---") || s.startsWith("...")) {
    blockIndicators = true;
    flowIndicators = true;
  }
  let precededByWhitespace = true;
  let codePoints2 = 0;
  let plainText = true;
  const last = s.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = codePointAt(s, i);
    const w = c > 65535 ? 2 : 1;
    codePoints2++;
    const next = i + w <= last ? s.charCodeAt(i + w) : -1;
    const followedByWhitespace = next === -1 || next === SPACE || next === TAB;
    if (c === 34 || c === 39 || c === 92) plainText = false;
    if (i === 0) {
      switch (c) {
        case 35:
        // #
        case 44:
        // ,
        case 91:
        // [
        case 93:
        // ]
        case 123:
        // {
        case 125:
        // }
        case 38:
        // &
        case 42:
        // *
        case 33:
        // !
        case 124:
        // |
        case 62:
        // >
        case 39:
        // '
        case 34:
        // "
        case 37:
        // %
        case 64:
        // @
        case 96:
          flowIndicators = true;
          blockIndicators = true;
          break;
        case 63:
        // ?
        case 58:
          flowIndicators = true;
          if (followedByWhitespace) blockIndicators = true;
          break;
        case 45:
          if (followedByWhitespace) {
            flowIndicators = true;
            blockIndicators = true;
          }
          break;
      }
    } else {
      switch (c) {
        case 44:
        case 63:
        case 91:
        case 93:
        case 123:
        case 125:
          flowIndicators = true;
          break;
        case 58:
          flowIndicators = true;
          if (followedByWhitespace) blockIndicators = true;
          break;
        case 35:
          if (precededByWhitespace) {
            flowIndicators = true;
            blockIndicators = true;
          }
          break;
      }
    }
    if (!isPrintable(c)) {
      specialCharacters = true;
      plainText = false;
    }
    if (c === SPACE) {
      if (i === 0) leadingSpace = true;
      if (i === last) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreak(c)) {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (i === last) trailingBreak = true;
      plainText = false;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = isBlankOrBreak(c);
    i += w - 1;
  }
  const a = {
    multiline: lineBreaks,
    flowPlainAllowed: true,
    blockPlainAllowed: true,
    singleQuotedAllowed: true,
    blockAllowed: true,
    codePoints: codePoints2,
    plainText: plainText && s.charCodeAt(0) !== 65279
  };
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) {
    a.flowPlainAllowed = false;
    a.blockPlainAllowed = false;
  }
  if (trailingSpace) a.blockAllowed = false;
  if (breakSpace) {
    a.flowPlainAllowed = false;
    a.blockPlainAllowed = false;
    a.singleQuotedAllowed = false;
  }
  if (spaceBreak || specialCharacters) {
    a.flowPlainAllowed = false;
    a.blockPlainAllowed = false;
    a.singleQuotedAllowed = false;
    a.blockAllowed = false;
  }
  if (lineBreaks) {
    a.flowPlainAllowed = false;
    a.blockPlainAllowed = false;
  }
  if (flowIndicators) a.flowPlainAllowed = false;
  if (blockIndicators) a.blockPlainAllowed = false;
  return a;
}
var ESCAPES = /* @__PURE__ */ new Map([
  [0, "0"],
  [7, "a"],
  [8, "b"],
  [9, "t"],
  [10, "n"],
  [11, "v"],
  [12, "f"],
  [13, "r"],
  [27, "e"],
  [34, '"'],
  [92, "\\"],
  [133, "N"],
  [160, "_"],
  [8232, "L"],
  [8233, "P"]
]);
function escapeOf(cp) {
  const named = ESCAPES.get(cp);
  if (named !== void 0) return "\\" + named;
  const hex = cp.toString(16).toUpperCase();
  if (cp <= 255) return "\\x" + hex.padStart(2, "0");
  if (cp <= 65535) return "\\u" + hex.padStart(4, "0");
  return "\\U" + hex.padStart(8, "0");
}
var UNPRINTABLE_IN_JSON = /[\x7f-\x84\x86-\x9f]/;
var NEL_RUN = / *\x85(?: *\x85)* */g;
function hasHighControl(s) {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 127 && c <= 159) return true;
  }
  return false;
}
function throughJsonText(s) {
  const bad = UNPRINTABLE_IN_JSON.exec(s);
  if (bad) {
    const cp = bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    throw new Error(`cannot print ${JSON.stringify(s)}: kustomize fails on control character U+${cp} ("control characters are not allowed")`);
  }
  if (!s.includes("\x85")) return s;
  return s.replace(NEL_RUN, (run) => {
    const breaks = run.split("\x85").length - 1;
    return breaks === 1 ? " " : "\n".repeat(breaks - 1);
  });
}
function scalarOf(value) {
  let text;
  let style = "plain";
  if (value === null) text = "null";
  else if (typeof value === "boolean") text = value ? "true" : "false";
  else if (typeof value === "number") text = formatNumber(value);
  else {
    text = value = value.length > 0 && hasHighControl(value) ? throughJsonText(value) : value;
    if (value.includes("\n")) style = "literal";
    else if (needsQuotesForV2(value)) style = "double";
  }
  return { text, style, analysis: analyzeScalar(text) };
}
var Emitter = class {
  parts = [];
  column = 0;
  indent = -1;
  indents = [];
  whitespace = true;
  indention = true;
  flowLevel = 0;
  mappingContext = false;
  simpleKeyContext = false;
  document(value) {
    this.node(value, false, false);
    this.writeIndent();
    return this.parts.join("");
  }
  // --- output primitives (libyaml's put / put_break / write) ---
  /** ASCII only: one column per character. */
  put(s) {
    this.parts.push(s);
    this.column += s.length;
  }
  append(s, codePoints2) {
    this.parts.push(s);
    this.column += codePoints2;
  }
  putBreak() {
    this.parts.push("\n");
    this.column = 0;
  }
  writeCodePoint(cp) {
    this.parts.push(String.fromCodePoint(cp));
    this.column++;
  }
  writeIndent() {
    const indent = Math.max(this.indent, 0);
    if (!this.indention || this.column > indent || this.column === indent && !this.whitespace) {
      this.putBreak();
    }
    if (this.column < indent) this.put(" ".repeat(indent - this.column));
    this.whitespace = true;
    this.indention = true;
  }
  writeIndicator(indicator, needWhitespace, isWhitespace, isIndention) {
    if (needWhitespace && !this.whitespace) this.put(" ");
    this.put(indicator);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
  }
  increaseIndent(flow, indentless) {
    this.indents.push(this.indent);
    if (this.indent < 0) this.indent = flow ? BEST_INDENT : 0;
    else if (!indentless) this.indent += BEST_INDENT;
  }
  popIndent() {
    this.indent = this.indents.pop();
  }
  // --- nodes ---
  node(value, mapping, simpleKey, scalar2) {
    this.mappingContext = mapping;
    this.simpleKeyContext = simpleKey;
    if (Array.isArray(value)) this.sequence(value);
    else if (isJsonObject(value)) this.mapping(value);
    else this.scalar(scalar2 ?? scalarOf(value));
  }
  emptyFlow(open, close) {
    this.writeIndicator(open, true, true, false);
    this.increaseIndent(true, false);
    this.popIndent();
    this.writeIndicator(close, false, false, false);
  }
  sequence(items) {
    if (items.length === 0 || this.flowLevel > 0) {
      this.emptyFlow("[", "]");
      return;
    }
    this.increaseIndent(false, this.mappingContext && !this.indention);
    for (const item of items) {
      this.writeIndent();
      this.writeIndicator("-", true, false, true);
      this.node(item, false, false);
    }
    this.popIndent();
  }
  mapping(obj) {
    const keys = Object.keys(obj);
    if (keys.length === 0 || this.flowLevel > 0) {
      this.emptyFlow("{", "}");
      return;
    }
    this.increaseIndent(false, false);
    for (const key of keys.length > 1 ? sortKeysLikeGoYaml(keys) : keys) {
      this.writeIndent();
      const k = scalarOf(key);
      const value = obj[key];
      if (!k.analysis.multiline && (key.length <= MAX_SIMPLE_KEY_BYTES / 3 || utf8Length(key) <= MAX_SIMPLE_KEY_BYTES)) {
        this.node(key, true, true, k);
        this.writeIndicator(":", false, false, false);
      } else {
        this.writeIndicator("?", true, false, true);
        this.node(key, true, false, k);
        this.writeIndent();
        this.writeIndicator(":", true, false, true);
      }
      this.node(value, true, false);
    }
    this.popIndent();
  }
  /** libyaml's yaml_emitter_select_scalar_style. */
  selectStyle(s) {
    const a = s.analysis;
    let style = s.style;
    if (this.simpleKeyContext && a.multiline) style = "double";
    if (style === "plain") {
      if (this.flowLevel > 0 && !a.flowPlainAllowed || this.flowLevel === 0 && !a.blockPlainAllowed) {
        style = "single";
      }
      if (s.text.length === 0 && (this.flowLevel > 0 || this.simpleKeyContext)) style = "single";
    }
    if (style === "single" && !a.singleQuotedAllowed) style = "double";
    if (style === "literal" && (!a.blockAllowed || this.flowLevel > 0 || this.simpleKeyContext)) style = "double";
    return style;
  }
  scalar(s) {
    const style = this.selectStyle(s);
    this.increaseIndent(true, false);
    const allowBreaks = !this.simpleKeyContext;
    if (style === "plain") this.writePlain(s, allowBreaks);
    else if (style === "single") this.writeSingleQuoted(s, allowBreaks);
    else if (style === "double") this.writeDoubleQuoted(s, allowBreaks);
    else this.writeLiteral(s.text);
    this.popIndent();
  }
  /**
   * Whether a scalar written from the current column could reach a space past the best width, where libyaml
   * folds the line. When it cannot, the text is copied in one piece (the common case, and much faster).
   */
  mayFold(s, allowBreaks, opening) {
    return allowBreaks && this.column + opening + s.analysis.codePoints - 1 > BEST_WIDTH;
  }
  writePlain(s, allowBreaks) {
    if (!this.whitespace) this.put(" ");
    if (!this.mayFold(s, allowBreaks, 0)) {
      this.append(s.text, s.analysis.codePoints);
    } else {
      const t = s.text;
      let spaces = false;
      for (let i = 0; i < t.length; i++) {
        const c = codePointAt(t, i);
        if (c === SPACE) {
          if (!spaces && this.column > BEST_WIDTH && t.charCodeAt(i + 1) !== SPACE) this.writeIndent();
          else this.writeCodePoint(c);
          spaces = true;
        } else {
          this.writeCodePoint(c);
          this.indention = false;
          spaces = false;
        }
        if (c > 65535) i++;
      }
    }
    this.whitespace = false;
    this.indention = false;
  }
  /** libyaml's write_break: a line feed is written as the configured break, other breaks as themselves. */
  writeBreak(c) {
    if (c === LF) this.putBreak();
    else {
      this.parts.push(String.fromCodePoint(c));
      this.column = 0;
    }
  }
  writeSingleQuoted(s, allowBreaks) {
    this.writeIndicator("'", true, false, false);
    if (s.analysis.plainText && !this.mayFold(s, allowBreaks, 0)) {
      this.append(s.text, s.analysis.codePoints);
    } else {
      const t = s.text;
      let spaces = false;
      let breaks = false;
      for (let i = 0; i < t.length; i++) {
        const c = codePointAt(t, i);
        const w = c > 65535 ? 2 : 1;
        if (c === SPACE) {
          if (allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < t.length - 1 && t.charCodeAt(i + 1) !== SPACE) {
            this.writeIndent();
          } else this.writeCodePoint(c);
          spaces = true;
        } else if (isBreak(c)) {
          if (!breaks && c === LF) this.putBreak();
          this.writeBreak(c);
          this.indention = true;
          breaks = true;
        } else {
          if (breaks) this.writeIndent();
          if (c === 39) this.put("'");
          this.writeCodePoint(c);
          this.indention = false;
          spaces = false;
          breaks = false;
        }
        i += w - 1;
      }
    }
    this.writeIndicator("'", false, false, false);
    this.whitespace = false;
    this.indention = false;
  }
  writeDoubleQuoted(s, allowBreaks) {
    this.writeIndicator('"', true, false, false);
    if (s.analysis.plainText && !this.mayFold(s, allowBreaks, 0)) {
      this.append(s.text, s.analysis.codePoints);
    } else {
      const t = s.text;
      const escapeAll = t.charCodeAt(0) === 65279;
      let spaces = false;
      for (let i = 0; i < t.length; i++) {
        const c = codePointAt(t, i);
        const w = c > 65535 ? 2 : 1;
        if (escapeAll || !isPrintable(c) || isBreak(c) || c === 34 || c === 92) {
          this.put(escapeOf(c));
          spaces = false;
        } else if (c === SPACE) {
          if (allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < t.length - 1) {
            this.writeIndent();
            if (t.charCodeAt(i + 1) === SPACE) this.put("\\");
          } else this.writeCodePoint(c);
          spaces = true;
        } else {
          this.writeCodePoint(c);
          spaces = false;
        }
        i += w - 1;
      }
    }
    this.writeIndicator('"', false, false, false);
    this.whitespace = false;
    this.indention = false;
  }
  writeLiteral(t) {
    this.writeIndicator("|", true, false, false);
    if (t.charCodeAt(0) === SPACE || isBreak(t.charCodeAt(0))) {
      this.writeIndicator(String(BEST_INDENT), false, false, false);
    }
    const n = t.length;
    let chomp = "";
    if (n === 0 || !isBreak(t.charCodeAt(n - 1))) chomp = "-";
    else if (n === 1 || isBreak(t.charCodeAt(n - 2))) chomp = "+";
    if (chomp) this.writeIndicator(chomp, false, false, false);
    this.putBreak();
    this.indention = true;
    this.whitespace = true;
    let start = 0;
    while (start < n) {
      let end = start;
      while (end < n && !isBreak(t.charCodeAt(end))) end++;
      if (end > start) {
        this.writeIndent();
        const line = t.slice(start, end);
        this.append(line, countCodePoints(line));
        this.indention = false;
      }
      if (end < n) {
        this.writeBreak(t.charCodeAt(end));
        this.indention = true;
      }
      start = end + 1;
    }
  }
};
function countCodePoints(s) {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 55296 && c <= 56319 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 56320 && d <= 57343) {
        n--;
        i++;
      }
    }
  }
  return n;
}
function emitGoYamlV2(value) {
  return new Emitter().document(value);
}

// src/core/yaml/stringify.ts
function stringifyResources(objs) {
  return objs.map((o) => emitGoYamlV2(o)).join("---\n");
}

// src/io/node-fs.ts
import * as fs2 from "node:fs";
import * as nodePath from "node:path";
var NodeFileSystem = class {
  stat(path2) {
    try {
      const s = fs2.statSync(path2);
      if (s.isDirectory()) return { kind: "dir", size: 0 };
      if (s.isFile()) return { kind: "file", size: s.size };
      return void 0;
    } catch {
      return void 0;
    }
  }
  readBytes(path2) {
    const s = this.stat(path2);
    if (!s) throw new FsError(`${path2}: no such file`, path2, "ENOENT");
    if (s.kind === "dir") throw new FsError(`${path2} is a directory, not a file`, path2, "EISDIR");
    if (s.size > MAX_FILE_BYTES) {
      throw new FsError(`${path2} is ${s.size} bytes, over the ${MAX_FILE_BYTES}-byte limit for a manifest`, path2, "ETOOBIG");
    }
    try {
      return fs2.readFileSync(path2);
    } catch (err) {
      throw new FsError(`${path2}: ${err.message}`, path2, "EIO");
    }
  }
  readDir(path2) {
    try {
      return fs2.readdirSync(path2).sort();
    } catch (err) {
      const code2 = err.code === "ENOTDIR" ? "ENOTDIR" : "ENOENT";
      throw new FsError(`${path2}: not a readable directory`, path2, code2);
    }
  }
  realPath(path2) {
    try {
      return fs2.realpathSync(path2);
    } catch {
      const parent = nodePath.dirname(path2);
      if (parent === path2) return path2;
      return nodePath.join(this.realPath(parent), nodePath.basename(path2));
    }
  }
};

// src/io/kustomize-binary.ts
import { spawnSync } from "node:child_process";
function runExternalKustomize(dir, flags) {
  const candidates = [
    ["kustomize", ["build", dir, ...flags]],
    ["kubectl", ["kustomize", dir, ...flags]]
  ];
  for (const [cmd, args] of candidates) {
    const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 512 * 1024 * 1024 });
    if (r.error?.code === "ENOENT") continue;
    if (r.error) throw new Error(`${cmd} failed to start: ${r.error.message}`);
    return { stdout: r.stdout, stderr: r.stderr, status: r.status ?? 1, command: `${cmd} ${args.join(" ")}` };
  }
  throw new Error("--engine kustomize needs `kustomize` or `kubectl` on PATH; neither was found");
}

// src/cli/io.ts
var UsageError = class extends Error {
};

// src/cli/build-command.ts
var BUILD_HELP = `Usage: gitops-gate build DIR [options]

Renders the kustomization in DIR with the builtin Kustomize engine and prints the YAML stream, exactly as
\`kustomize build DIR\` (v5.5) prints it. Nothing is executed or downloaded: Helm charts, remote resources
and plugins are refused with an error naming the file (use --engine kustomize for those).

Options:
  --load-restrictor rootOnly|none  files must lie under their kustomization's directory (default rootOnly);
                                   LoadRestrictionsRootOnly / LoadRestrictionsNone are accepted too
  --reorder legacy|none            output order: legacy sorts by kind (default), none keeps input order
  --enable-managedby-label         add app.kubernetes.io/managed-by to every resource
  --engine builtin|kustomize       builtin (default) or a real kustomize / kubectl on PATH
  -h, --help                       show this help

Exit status: 0 built; 1 build error (one line on stderr naming the file at fault); 2 usage error.
`;
var RESTRICTORS = {
  rootOnly: "rootOnly",
  none: "none",
  LoadRestrictionsRootOnly: "rootOnly",
  LoadRestrictionsNone: "none"
};
function runBuild(args, io) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      "load-restrictor": { type: "string" },
      reorder: { type: "string" },
      "enable-managedby-label": { type: "boolean" },
      engine: { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(BUILD_HELP);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`build takes one directory, got ${positionals.length}`);
  const dir = nodePath2.resolve(io.cwd, positionals[0] ?? ".");
  const options = {};
  const restrictor = values["load-restrictor"];
  if (restrictor !== void 0) {
    const r = RESTRICTORS[restrictor];
    if (!r) throw new UsageError(`--load-restrictor must be rootOnly or none, got '${restrictor}'`);
    options.loadRestrictor = r;
  }
  if (values.reorder !== void 0) {
    if (values.reorder !== "legacy" && values.reorder !== "none") {
      throw new UsageError(`--reorder must be legacy or none, got '${values.reorder}'`);
    }
    options.reorder = values.reorder;
  }
  if (values["enable-managedby-label"]) options.enableManagedByLabel = true;
  const engine = values.engine ?? "builtin";
  if (engine !== "builtin" && engine !== "kustomize") {
    throw new UsageError(`--engine must be builtin or kustomize, got '${engine}'`);
  }
  if (engine === "kustomize") {
    const flags = [];
    if (options.loadRestrictor === "none") flags.push("--load-restrictor", "LoadRestrictionsNone");
    if (options.reorder) flags.push("--reorder", options.reorder);
    if (options.enableManagedByLabel) flags.push("--enable-managedby-label");
    const r = runExternalKustomize(dir, flags);
    io.stdout(r.stdout);
    if (r.status !== 0) {
      io.stderr(`gitops-gate: ${r.command} failed: ${r.stderr.trim().split("\n")[0] ?? ""}
`);
      return 1;
    }
    return 0;
  }
  const fs3 = io.fs ?? new NodeFileSystem();
  if (fs3.stat(dir)?.kind !== "dir") {
    io.stderr(`gitops-gate: ${displayPath(io.cwd, dir)}: not a directory; build takes a directory holding a kustomization.yaml
`);
    return 1;
  }
  try {
    const result = buildKustomization(fs3, dir, options);
    for (const w of result.warnings) io.stderr(`# Warning: ${w.message} (${displayPath(io.cwd, w.file)})
`);
    io.stdout(stringifyResources(result.resources.map((r) => r.obj)));
    return 0;
  } catch (err) {
    if (err instanceof KustomizeError) {
      io.stderr(`gitops-gate: ${formatBuildError(err, io.cwd)}
`);
      return 1;
    }
    throw err;
  }
}
function formatBuildError(err, cwd) {
  const where = err.file ? `${displayPath(cwd, err.file)}${err.line ? `:${err.line}` : ""}: ` : "";
  return `${where}${err.message.replace(/\s*\n\s*/g, " ")}`;
}
function displayPath(cwd, abs) {
  const rel = nodePath2.relative(cwd, abs);
  return rel === "" ? "." : rel.startsWith("..") ? abs : rel;
}

// src/cli/check-command.ts
import { parseArgs as parseArgs2 } from "node:util";
import { writeFileSync } from "node:fs";
import * as nodePath4 from "node:path";

// src/core/model/report.ts
function summarize(environments, findings) {
  return {
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
    notices: findings.filter((f) => f.severity === "notice").length,
    entrypoints: environments.reduce((n, e) => n + e.entrypoints.length, 0),
    resources: environments.reduce((n, e) => n + e.entrypoints.reduce((m, x) => m + x.resources, 0), 0)
  };
}

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str2) => {
  let begs, beg, left, right = void 0, result;
  let ai = str2.indexOf(a);
  let bi = str2.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str2.length;
    while (i >= 0 && !result) {
      if (i === ai) {
        begs.push(i);
        ai = str2.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str2.indexOf(b, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result = [left, right];
    }
  }
  return result;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str2) {
  return !isNaN(str2) ? parseInt(str2, 10) : str2.charCodeAt(0);
}
function escapeBraces(str2) {
  return str2.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str2) {
  return str2.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
function balancedWithBudget(str2, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str2.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str2.slice(0, r[0]),
    body: str2.slice(r[0] + 1, r[1]),
    post: str2.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open.push(i);
    } else if (c === 125 && open.length) {
      open.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open.length; i++) {
    const at = open[i];
    out += masked.slice(last, at) + "\0";
    last = at + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str2, budget) {
  budget.remaining -= str2.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str2.length - 1; i >= 0; i--) {
    const c = str2.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str2.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str2, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str2, str2, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str2.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str2 = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand2(str2, options = {}) {
  if (!str2) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str2.slice(0, 2) === "{}") {
    str2 = "\\{\\}" + str2.slice(2);
  }
  return expand_(escapeBraces(str2), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str2) {
  return "{" + str2 + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix = acc[a] + pre;
    let vs = values;
    if (dropEmpties && !prefix) {
      if (!nonEmpty)
        nonEmpty = values.filter((v) => v);
      vs = nonEmpty;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test2 = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test2 = gte;
  }
  const pad2 = n.some(isPadded);
  const cost = pad2 ? width : 1;
  let length = 0;
  for (let i = x; test2(i, y) && N.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad2) {
        const need = width - c.length;
        if (need > 0) {
          const z = new Array(need + 1).join("0");
          if (i < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
function expand_(str2, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str2];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str2;
  for (; ; ) {
    const m = balancedWithBudget(str2, masked, budget);
    if (!m) {
      return combine(acc, str2, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str2 = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str2 = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str2 = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal();
    }
    acc = next;
    if (!m.post.length)
      break;
    str2 = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/minimatch/dist/esm/brace-expressions.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}", true],
  "[:alpha:]": ["\\p{L}\\p{Nl}", true],
  "[:ascii:]": ["\\x00-\\x7f", false],
  "[:blank:]": ["\\p{Zs}\\t", true],
  "[:cntrl:]": ["\\p{Cc}", true],
  "[:digit:]": ["\\p{Nd}", true],
  "[:graph:]": ["\\p{Z}\\p{C}", true, true],
  "[:lower:]": ["\\p{Ll}", true],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}", true],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f", true],
  "[:upper:]": ["\\p{Lu}", true],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}", true],
  "[:xdigit:]": ["A-Fa-f0-9", false]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var rangesToString = (ranges) => ranges.join("");
var parseClass = (glob, position) => {
  const pos = position;
  if (glob.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let uflag = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob.length) {
    const c = glob.charAt(i);
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) {
        if (glob.startsWith(cls, i)) {
          if (rangeStart) {
            return ["$.", false, glob.length - pos, true];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          uflag = uflag || u;
          continue WHILE;
        }
      }
    }
    escaping = false;
    if (rangeStart) {
      if (c > rangeStart) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(c));
      } else if (c === rangeStart) {
        ranges.push(braceEscape(c));
      }
      rangeStart = "";
      i++;
      continue;
    }
    if (glob.startsWith("-]", i + 1)) {
      ranges.push(braceEscape(c + "-"));
      i += 2;
      continue;
    }
    if (glob.startsWith("-", i + 1)) {
      rangeStart = c;
      i += 2;
      continue;
    }
    ranges.push(braceEscape(c));
    i++;
  }
  if (endPos < i) {
    return ["", false, 0, false];
  }
  if (!ranges.length && !negs.length) {
    return ["$.", false, glob.length - pos, true];
  }
  if (negs.length === 0 && ranges.length === 1 && /^\\?.$/.test(ranges[0]) && !negate) {
    const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
    return [regexpEscape(r), false, endPos - pos, false];
  }
  const sranges = "[" + (negate ? "^" : "") + rangesToString(ranges) + "]";
  const snegs = "[" + (negate ? "" : "^") + rangesToString(negs) + "]";
  const comb = ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs;
  return [comb, uflag, endPos - pos, true];
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/minimatch/dist/esm/ast.js
var _a;
var types = /* @__PURE__ */ new Set(["!", "?", "+", "*", "@"]);
var isExtglobType = (c) => types.has(c);
var isExtglobAST = (c) => isExtglobType(c.type);
var adoptionMap = /* @__PURE__ */ new Map([
  ["!", ["@"]],
  ["?", ["?", "@"]],
  ["@", ["@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@"]]
]);
var adoptionWithSpaceMap = /* @__PURE__ */ new Map([
  ["!", ["?"]],
  ["@", ["?"]],
  ["+", ["?", "*"]]
]);
var adoptionAnyMap = /* @__PURE__ */ new Map([
  ["!", ["?", "@"]],
  ["?", ["?", "@"]],
  ["@", ["?", "@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@", "?", "*"]]
]);
var usurpMap = /* @__PURE__ */ new Map([
  ["!", /* @__PURE__ */ new Map([["!", "@"]])],
  [
    "?",
    /* @__PURE__ */ new Map([
      ["*", "*"],
      ["+", "*"]
    ])
  ],
  [
    "@",
    /* @__PURE__ */ new Map([
      ["!", "!"],
      ["?", "?"],
      ["@", "@"],
      ["*", "*"],
      ["+", "+"]
    ])
  ],
  [
    "+",
    /* @__PURE__ */ new Map([
      ["?", "*"],
      ["*", "*"]
    ])
  ]
]);
var startNoTraversal = "(?!(?:^|/)\\.\\.?(?:$|/))";
var startNoDot = "(?!\\.)";
var addPatternStart = /* @__PURE__ */ new Set(["[", "."]);
var justDots = /* @__PURE__ */ new Set(["..", "."]);
var reSpecials = new Set("().*{}+?[]^$\\!");
var regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var qmark = "[^/]";
var star = qmark + "*?";
var starNoEmpty = qmark + "+?";
var ID = 0;
var AST = class {
  type;
  #root;
  #hasMagic;
  #uflag = false;
  #parts = [];
  #parent;
  #parentIndex;
  #negs;
  #filledNegs = false;
  #options;
  #toString;
  // set to true if it's an extglob with no children
  // (which really means one child of '')
  #emptyExt = false;
  id = ++ID;
  get depth() {
    return (this.#parent?.depth ?? -1) + 1;
  }
  [Symbol.for("nodejs.util.inspect.custom")]() {
    return {
      "@@type": "AST",
      id: this.id,
      type: this.type,
      root: this.#root.id,
      parent: this.#parent?.id,
      depth: this.depth,
      partsLength: this.#parts.length,
      parts: this.#parts
    };
  }
  constructor(type, parent, options = {}) {
    this.type = type;
    if (type)
      this.#hasMagic = true;
    this.#parent = parent;
    this.#root = this.#parent ? this.#parent.#root : this;
    this.#options = this.#root === this ? options : this.#root.#options;
    this.#negs = this.#root === this ? [] : this.#root.#negs;
    if (type === "!" && !this.#root.#filledNegs)
      this.#negs.push(this);
    this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
  }
  get hasMagic() {
    if (this.#hasMagic !== void 0)
      return this.#hasMagic;
    for (const p of this.#parts) {
      if (typeof p === "string")
        continue;
      if (p.type || p.hasMagic)
        return this.#hasMagic = true;
    }
    return this.#hasMagic;
  }
  // reconstructs the pattern
  toString() {
    return this.#toString !== void 0 ? this.#toString : !this.type ? this.#toString = this.#parts.map((p) => String(p)).join("") : this.#toString = this.type + "(" + this.#parts.map((p) => String(p)).join("|") + ")";
  }
  #fillNegs() {
    if (this !== this.#root)
      throw new Error("should only call on root");
    if (this.#filledNegs)
      return this;
    this.toString();
    this.#filledNegs = true;
    let n;
    while (n = this.#negs.pop()) {
      if (n.type !== "!")
        continue;
      let p = n;
      let pp = p.#parent;
      while (pp) {
        for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) {
          for (const part of n.#parts) {
            if (typeof part === "string") {
              throw new Error("string part in extglob AST??");
            }
            part.copyIn(pp.#parts[i]);
          }
        }
        p = pp;
        pp = p.#parent;
      }
    }
    return this;
  }
  push(...parts) {
    for (const p of parts) {
      if (p === "")
        continue;
      if (typeof p !== "string" && !(p instanceof _a && p.#parent === this)) {
        throw new Error("invalid part: " + p);
      }
      this.#parts.push(p);
    }
  }
  toJSON() {
    const ret = this.type === null ? this.#parts.slice().map((p) => typeof p === "string" ? p : p.toJSON()) : [this.type, ...this.#parts.map((p) => p.toJSON())];
    if (this.isStart() && !this.type)
      ret.unshift([]);
    if (this.isEnd() && (this === this.#root || this.#root.#filledNegs && this.#parent?.type === "!")) {
      ret.push({});
    }
    return ret;
  }
  isStart() {
    if (this.#root === this)
      return true;
    if (!this.#parent?.isStart())
      return false;
    if (this.#parentIndex === 0)
      return true;
    const p = this.#parent;
    for (let i = 0; i < this.#parentIndex; i++) {
      const pp = p.#parts[i];
      if (!(pp instanceof _a && pp.type === "!")) {
        return false;
      }
    }
    return true;
  }
  isEnd() {
    if (this.#root === this)
      return true;
    if (this.#parent?.type === "!")
      return true;
    if (!this.#parent?.isEnd())
      return false;
    if (!this.type)
      return this.#parent?.isEnd();
    const pl = this.#parent ? this.#parent.#parts.length : 0;
    return this.#parentIndex === pl - 1;
  }
  copyIn(part) {
    if (typeof part === "string")
      this.push(part);
    else
      this.push(part.clone(this));
  }
  clone(parent) {
    const c = new _a(this.type, parent);
    for (const p of this.#parts) {
      c.copyIn(p);
    }
    return c;
  }
  static #parseAST(str2, ast, pos, opt, extDepth) {
    const maxDepth = opt.maxExtglobRecursion ?? 2;
    let escaping = false;
    let inBrace = false;
    let braceStart = -1;
    let braceNeg = false;
    if (ast.type === null) {
      let i2 = pos;
      let acc2 = "";
      while (i2 < str2.length) {
        const c = str2.charAt(i2++);
        if (escaping || c === "\\") {
          escaping = !escaping;
          acc2 += c;
          continue;
        }
        if (inBrace) {
          if (i2 === braceStart + 1) {
            if (c === "^" || c === "!") {
              braceNeg = true;
            }
          } else if (c === "]" && !(i2 === braceStart + 2 && braceNeg)) {
            inBrace = false;
          }
          acc2 += c;
          continue;
        } else if (c === "[") {
          inBrace = true;
          braceStart = i2;
          braceNeg = false;
          acc2 += c;
          continue;
        }
        const doRecurse = !opt.noext && isExtglobType(c) && str2.charAt(i2) === "(" && extDepth <= maxDepth;
        if (doRecurse) {
          ast.push(acc2);
          acc2 = "";
          const ext2 = new _a(c, ast);
          i2 = _a.#parseAST(str2, ext2, i2, opt, extDepth + 1);
          ast.push(ext2);
          continue;
        }
        acc2 += c;
      }
      ast.push(acc2);
      return i2;
    }
    let i = pos + 1;
    let part = new _a(null, ast);
    const parts = [];
    let acc = "";
    while (i < str2.length) {
      const c = str2.charAt(i++);
      if (escaping || c === "\\") {
        escaping = !escaping;
        acc += c;
        continue;
      }
      if (inBrace) {
        if (i === braceStart + 1) {
          if (c === "^" || c === "!") {
            braceNeg = true;
          }
        } else if (c === "]" && !(i === braceStart + 2 && braceNeg)) {
          inBrace = false;
        }
        acc += c;
        continue;
      } else if (c === "[") {
        inBrace = true;
        braceStart = i;
        braceNeg = false;
        acc += c;
        continue;
      }
      const doRecurse = !opt.noext && isExtglobType(c) && str2.charAt(i) === "(" && /* c8 ignore start - the maxDepth is sufficient here */
      (extDepth <= maxDepth || ast && ast.#canAdoptType(c));
      if (doRecurse) {
        const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
        part.push(acc);
        acc = "";
        const ext2 = new _a(c, part);
        part.push(ext2);
        i = _a.#parseAST(str2, ext2, i, opt, extDepth + depthAdd);
        continue;
      }
      if (c === "|") {
        part.push(acc);
        acc = "";
        parts.push(part);
        part = new _a(null, ast);
        continue;
      }
      if (c === ")") {
        if (acc === "" && ast.#parts.length === 0) {
          ast.#emptyExt = true;
        }
        part.push(acc);
        acc = "";
        ast.push(...parts, part);
        return i;
      }
      acc += c;
    }
    ast.type = null;
    ast.#hasMagic = void 0;
    ast.#parts = [str2.substring(pos - 1)];
    return i;
  }
  #canAdoptWithSpace(child2) {
    return this.#canAdopt(child2, adoptionWithSpaceMap);
  }
  #canAdopt(child2, map = adoptionMap) {
    if (!child2 || typeof child2 !== "object" || child2.type !== null || child2.#parts.length !== 1 || this.type === null) {
      return false;
    }
    const gc = child2.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canAdoptType(gc.type, map);
  }
  #canAdoptType(c, map = adoptionAnyMap) {
    return !!map.get(this.type)?.includes(c);
  }
  #adoptWithSpace(child2, index) {
    const gc = child2.#parts[0];
    const blank = new _a(null, gc, this.options);
    blank.#parts.push("");
    gc.push(blank);
    this.#adopt(child2, index);
  }
  #adopt(child2, index) {
    const gc = child2.#parts[0];
    this.#parts.splice(index, 1, ...gc.#parts);
    for (const p of gc.#parts) {
      if (typeof p === "object")
        p.#parent = this;
    }
    this.#toString = void 0;
  }
  #canUsurpType(c) {
    const m = usurpMap.get(this.type);
    return !!m?.has(c);
  }
  #canUsurp(child2) {
    if (!child2 || typeof child2 !== "object" || child2.type !== null || child2.#parts.length !== 1 || this.type === null || this.#parts.length !== 1) {
      return false;
    }
    const gc = child2.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canUsurpType(gc.type);
  }
  #usurp(child2) {
    const m = usurpMap.get(this.type);
    const gc = child2.#parts[0];
    const nt = m?.get(gc.type);
    if (!nt)
      return false;
    this.#parts = gc.#parts;
    for (const p of this.#parts) {
      if (typeof p === "object") {
        p.#parent = this;
      }
    }
    this.type = nt;
    this.#toString = void 0;
    this.#emptyExt = false;
  }
  static fromGlob(pattern, options = {}) {
    const ast = new _a(null, void 0, options);
    _a.#parseAST(pattern, ast, 0, options, 0);
    return ast;
  }
  // returns the regular expression if there's magic, or the unescaped
  // string if not.
  toMMPattern() {
    if (this !== this.#root)
      return this.#root.toMMPattern();
    const glob = this.toString();
    const [re, body, hasMagic, uflag] = this.toRegExpSource();
    const anyMagic = hasMagic || this.#hasMagic || this.#options.nocase && !this.#options.nocaseMagicOnly && glob.toUpperCase() !== glob.toLowerCase();
    if (!anyMagic) {
      return body;
    }
    const flags = (this.#options.nocase ? "i" : "") + (uflag ? "u" : "");
    return Object.assign(new RegExp(`^${re}$`, flags), {
      _src: re,
      _glob: glob
    });
  }
  get options() {
    return this.#options;
  }
  // returns the string match, the regexp source, whether there's magic
  // in the regexp (so a regular expression is required) and whether or
  // not the uflag is needed for the regular expression (for posix classes)
  // TODO: instead of injecting the start/end at this point, just return
  // the BODY of the regexp, along with the start/end portions suitable
  // for binding the start/end in either a joined full-path makeRe context
  // (where we bind to (^|/), or a standalone matchPart context (where
  // we bind to ^, and not /).  Otherwise slashes get duped!
  //
  // In part-matching mode, the start is:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: ^(?!\.\.?$)
  // - if dots allowed or not possible: ^
  // - if dots possible and not allowed: ^(?!\.)
  // end is:
  // - if not isEnd(): nothing
  // - else: $
  //
  // In full-path matching mode, we put the slash at the START of the
  // pattern, so start is:
  // - if first pattern: same as part-matching mode
  // - if not isStart(): nothing
  // - if traversal possible, but not allowed: /(?!\.\.?(?:$|/))
  // - if dots allowed or not possible: /
  // - if dots possible and not allowed: /(?!\.)
  // end is:
  // - if last pattern, same as part-matching mode
  // - else nothing
  //
  // Always put the (?:$|/) on negated tails, though, because that has to be
  // there to bind the end of the negated pattern portion, and it's easier to
  // just stick it in now rather than try to inject it later in the middle of
  // the pattern.
  //
  // We can just always return the same end, and leave it up to the caller
  // to know whether it's going to be used joined or in parts.
  // And, if the start is adjusted slightly, can do the same there:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: (?:/|^)(?!\.\.?$)
  // - if dots allowed or not possible: (?:/|^)
  // - if dots possible and not allowed: (?:/|^)(?!\.)
  //
  // But it's better to have a simpler binding without a conditional, for
  // performance, so probably better to return both start options.
  //
  // Then the caller just ignores the end if it's not the first pattern,
  // and the start always gets applied.
  //
  // But that's always going to be $ if it's the ending pattern, or nothing,
  // so the caller can just attach $ at the end of the pattern when building.
  //
  // So the todo is:
  // - better detect what kind of start is needed
  // - return both flavors of starting pattern
  // - attach $ at the end of the pattern when creating the actual RegExp
  //
  // Ah, but wait, no, that all only applies to the root when the first pattern
  // is not an extglob. If the first pattern IS an extglob, then we need all
  // that dot prevention biz to live in the extglob portions, because eg
  // +(*|.x*) can match .xy but not .yx.
  //
  // So, return the two flavors if it's #root and the first child is not an
  // AST, otherwise leave it to the child AST to handle it, and there,
  // use the (?:^|/) style of start binding.
  //
  // Even simplified further:
  // - Since the start for a join is eg /(?!\.) and the start for a part
  // is ^(?!\.), we can just prepend (?!\.) to the pattern (either root
  // or start or whatever) and prepend ^ or / at the Regexp construction.
  toRegExpSource(allowDot) {
    const dot = allowDot ?? !!this.#options.dot;
    if (this.#root === this) {
      this.#flatten();
      this.#fillNegs();
    }
    if (!isExtglobAST(this)) {
      const noEmpty = this.isStart() && this.isEnd() && !this.#parts.some((s) => typeof s !== "string");
      const src = this.#parts.map((p) => {
        const [re, _, hasMagic, uflag] = typeof p === "string" ? _a.#parseGlob(p, this.#hasMagic, noEmpty) : p.toRegExpSource(allowDot);
        this.#hasMagic = this.#hasMagic || hasMagic;
        this.#uflag = this.#uflag || uflag;
        return re;
      }).join("");
      let start2 = "";
      if (this.isStart()) {
        if (typeof this.#parts[0] === "string") {
          const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
          if (!dotTravAllowed) {
            const aps = addPatternStart;
            const needNoTrav = (
              // dots are allowed, and the pattern starts with [ or .
              dot && aps.has(src.charAt(0)) || // the pattern starts with \., and then [ or .
              src.startsWith("\\.") && aps.has(src.charAt(2)) || // the pattern starts with \.\., and then [ or .
              src.startsWith("\\.\\.") && aps.has(src.charAt(4))
            );
            const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
            start2 = needNoTrav ? startNoTraversal : needNoDot ? startNoDot : "";
          }
        }
      }
      let end = "";
      if (this.isEnd() && this.#root.#filledNegs && this.#parent?.type === "!") {
        end = "(?:$|\\/)";
      }
      const final2 = start2 + src + end;
      return [
        final2,
        unescape(src),
        this.#hasMagic = !!this.#hasMagic,
        this.#uflag
      ];
    }
    const repeated = this.type === "*" || this.type === "+";
    const start = this.type === "!" ? "(?:(?!(?:" : "(?:";
    let body = this.#partsToRegExp(dot);
    if (this.isStart() && this.isEnd() && !body && this.type !== "!") {
      const s = this.toString();
      const me = this;
      me.#parts = [s];
      me.type = null;
      me.#hasMagic = void 0;
      return [s, unescape(this.toString()), false, false];
    }
    let bodyDotAllowed = !repeated || allowDot || dot || !startNoDot ? "" : this.#partsToRegExp(true);
    if (bodyDotAllowed === body) {
      bodyDotAllowed = "";
    }
    if (bodyDotAllowed) {
      body = `(?:${body})(?:${bodyDotAllowed})*?`;
    }
    let final = "";
    if (this.type === "!" && this.#emptyExt) {
      final = (this.isStart() && !dot ? startNoDot : "") + starNoEmpty;
    } else {
      const close = this.type === "!" ? (
        // !() must match something,but !(x) can match ''
        "))" + (this.isStart() && !dot && !allowDot ? startNoDot : "") + star + ")"
      ) : this.type === "@" ? ")" : this.type === "?" ? ")?" : this.type === "+" && bodyDotAllowed ? ")" : this.type === "*" && bodyDotAllowed ? `)?` : `)${this.type}`;
      final = start + body + close;
    }
    return [
      final,
      unescape(body),
      this.#hasMagic = !!this.#hasMagic,
      this.#uflag
    ];
  }
  #flatten() {
    if (!isExtglobAST(this)) {
      for (const p of this.#parts) {
        if (typeof p === "object") {
          p.#flatten();
        }
      }
    } else {
      let iterations = 0;
      let done = false;
      do {
        done = true;
        for (let i = 0; i < this.#parts.length; i++) {
          const c = this.#parts[i];
          if (typeof c === "object") {
            c.#flatten();
            if (this.#canAdopt(c)) {
              done = false;
              this.#adopt(c, i);
            } else if (this.#canAdoptWithSpace(c)) {
              done = false;
              this.#adoptWithSpace(c, i);
            } else if (this.#canUsurp(c)) {
              done = false;
              this.#usurp(c);
            }
          }
        }
      } while (!done && ++iterations < 10);
    }
    this.#toString = void 0;
  }
  #partsToRegExp(dot) {
    return this.#parts.map((p) => {
      if (typeof p === "string") {
        throw new Error("string type in extglob ast??");
      }
      const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
      this.#uflag = this.#uflag || uflag;
      return re;
    }).filter((p) => !(this.isStart() && this.isEnd()) || !!p).join("|");
  }
  static #parseGlob(glob, hasMagic, noEmpty = false) {
    let escaping = false;
    let re = "";
    let uflag = false;
    let inStar = false;
    for (let i = 0; i < glob.length; i++) {
      const c = glob.charAt(i);
      if (escaping) {
        escaping = false;
        re += (reSpecials.has(c) ? "\\" : "") + c;
        continue;
      }
      if (c === "*") {
        if (inStar)
          continue;
        inStar = true;
        re += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star;
        hasMagic = true;
        continue;
      } else {
        inStar = false;
      }
      if (c === "\\") {
        if (i === glob.length - 1) {
          re += "\\\\";
        } else {
          escaping = true;
        }
        continue;
      }
      if (c === "[") {
        const [src, needUflag, consumed, magic] = parseClass(glob, i);
        if (consumed) {
          re += src;
          uflag = uflag || needUflag;
          i += consumed - 1;
          hasMagic = hasMagic || magic;
          continue;
        }
      }
      if (c === "?") {
        re += qmark;
        hasMagic = true;
        continue;
      }
      re += regExpEscape(c);
    }
    return [re, unescape(glob), !!hasMagic, uflag];
  }
};
_a = AST;

// node_modules/minimatch/dist/esm/escape.js
var escape2 = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&");
  }
  return windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
};

// node_modules/minimatch/dist/esm/index.js
var minimatch = (p, pattern, options = {}) => {
  assertValidPattern(pattern);
  if (!options.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return new Minimatch(pattern, options).match(p);
};
var starDotExtRE = /^\*+([^+@!?*[(]*)$/;
var starDotExtTest = (ext2) => (f) => !f.startsWith(".") && f.endsWith(ext2);
var starDotExtTestDot = (ext2) => (f) => f.endsWith(ext2);
var starDotExtTestNocase = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => !f.startsWith(".") && f.toLowerCase().endsWith(ext2);
};
var starDotExtTestNocaseDot = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => f.toLowerCase().endsWith(ext2);
};
var starDotStarRE = /^\*+\.\*+$/;
var starDotStarTest = (f) => !f.startsWith(".") && f.includes(".");
var starDotStarTestDot = (f) => f !== "." && f !== ".." && f.includes(".");
var dotStarRE = /^\.\*+$/;
var dotStarTest = (f) => f !== "." && f !== ".." && f.startsWith(".");
var starRE = /^\*+$/;
var starTest = (f) => f.length !== 0 && !f.startsWith(".");
var starTestDot = (f) => f.length !== 0 && f !== "." && f !== "..";
var qmarksRE = /^\?+([^+@!?*[(]*)?$/;
var qmarksTestNocase = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestNocaseDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTest = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTestNoExt = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && !f.startsWith(".");
};
var qmarksTestNoExtDot = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && f !== "." && f !== "..";
};
var defaultPlatform = typeof process === "object" && process ? typeof process.env === "object" && process.env && process.env.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep = defaultPlatform === "win32" ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
var GLOBSTAR = Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var qmark2 = "[^/]";
var star2 = qmark2 + "*?";
var twoStarDot = "(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?";
var twoStarNoDot = "(?:(?!(?:\\/|^)\\.).)*?";
var filter = (pattern, options = {}) => (p) => minimatch(p, pattern, options);
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options = {}) {
        super(pattern, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    AST: class AST extends orig.AST {
      /* c8 ignore start */
      constructor(type, parent, options = {}) {
        super(type, parent, ext(def, options));
      }
      /* c8 ignore stop */
      static fromGlob(pattern, options = {}) {
        return orig.AST.fromGlob(pattern, ext(def, options));
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    makeRe: (pattern, options = {}) => orig.makeRe(pattern, ext(def, options)),
    braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
    match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options = {}) => {
  assertValidPattern(pattern);
  if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  return expand2(pattern, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var makeRe = (pattern, options = {}) => new Minimatch(pattern, options).makeRe();
minimatch.makeRe = makeRe;
var match = (list, pattern, options = {}) => {
  const mm = new Minimatch(pattern, options);
  list = list.filter((f) => mm.match(f));
  if (mm.options.nonull && !list.length) {
    list.push(pattern);
  }
  return list;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var regExpEscape2 = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  regexp;
  constructor(pattern, options = {}) {
    assertValidPattern(pattern);
    options = options || {};
    this.options = options;
    this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
    this.pattern = pattern;
    this.platform = options.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    const awe = "allowWindowsEscape";
    this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[awe] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
    this.regexp = null;
    this.negate = false;
    this.nonegate = !!options.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.make();
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  debug(..._) {
  }
  make() {
    const pattern = this.pattern;
    const options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.braceExpand())];
    if (options.debug) {
      this.debug = (...args) => console.error(...args);
    }
    this.debug(this.pattern, this.globSet);
    const rawGlobParts = this.globSet.map((s) => this.slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.debug(this.pattern, this.globParts);
    let set2 = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && !globMagic.test(s[3]);
        const isDrive = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, 4),
            ...s.slice(4).map((ss) => this.parse(ss))
          ];
        } else if (isDrive) {
          return [s[0], ...s.slice(1).map((ss) => this.parse(ss))];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.debug(this.pattern, set2);
    this.set = set2.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && typeof p[3] === "string" && /^[a-z]:$/i.test(p[3])) {
          p[2] = "?";
        }
      }
    }
    this.debug(this.pattern, this.set);
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts.splice(gs, i - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      parts = parts.reduce((set2, part) => {
        const prev = set2[set2.length - 1];
        if (part === "**" && prev === "**") {
          return set2;
        }
        if (part === "..") {
          if (prev && prev !== ".." && prev !== "." && prev !== "**") {
            set2.pop();
            return set2;
          }
        }
        set2.push(part);
        return set2;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  levelTwoFileOptimize(parts) {
    if (!Array.isArray(parts)) {
      parts = this.slashSplit(parts);
    }
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      let dd = 0;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**" && !(this.isWindows && /^[a-z]:$/i.test(p))) {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd -= 2;
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        let dd = 0;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd -= 2;
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/**/<rest>,<pre>/<rest>} -> <pre>/**/<rest>
  //
  // {<pre>/**/<rest>,<pre>/**/<p>/<rest>} -> <pre>/**/<rest>
  // ^-- not valid because ** doens't follow symlinks
  secondPhasePreProcess(globParts) {
    for (let i = 0; i < globParts.length - 1; i++) {
      for (let j = i + 1; j < globParts.length; j++) {
        const matched = this.partsMatch(globParts[i], globParts[j], !this.preserveMultipleSlashes);
        if (matched) {
          globParts[i] = [];
          globParts[j] = matched;
          break;
        }
      }
    }
    return globParts.filter((gs) => gs.length);
  }
  partsMatch(a, b, emptyGSMatch = false) {
    let ai = 0;
    let bi = 0;
    let result = [];
    let which = "";
    while (ai < a.length && bi < b.length) {
      if (a[ai] === b[bi]) {
        result.push(which === "b" ? b[bi] : a[ai]);
        ai++;
        bi++;
      } else if (emptyGSMatch && a[ai] === "**" && b[bi] === a[ai + 1]) {
        result.push(a[ai]);
        ai++;
      } else if (emptyGSMatch && b[bi] === "**" && a[ai] === b[bi + 1]) {
        result.push(b[bi]);
        bi++;
      } else if (a[ai] === "*" && b[bi] && (this.options.dot || !b[bi].startsWith(".")) && b[bi] !== "**") {
        if (which === "b")
          return false;
        which = "a";
        result.push(a[ai]);
        ai++;
        bi++;
      } else if (b[bi] === "*" && a[ai] && (this.options.dot || !a[ai].startsWith(".")) && a[ai] !== "**") {
        if (which === "a")
          return false;
        which = "b";
        result.push(b[bi]);
        ai++;
        bi++;
      } else {
        return false;
      }
    }
    return a.length === b.length && result;
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // set partial to true to test if, for example,
  // "/a/b" matches the start of "/*/b/*/d"
  // Partial means, if you run out of file before you run
  // out of pattern, then that's fine, as long as all
  // the parts match.
  matchOne(file, pattern, partial = false) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          pattern[pdi] = fd;
          patternStartIndex = pdi;
          fileStartIndex = fdi;
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      file = this.levelTwoFileOptimize(file);
    }
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const [head, body, tail] = partial ? [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1),
      []
    ] : [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1, lastgs),
      pattern.slice(lastgs + 1)
    ];
    if (head.length) {
      const fileHead = file.slice(fileIndex, fileIndex + head.length);
      if (!this.#matchOne(fileHead, head, partial, 0, 0)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i2 = fileIndex; i2 < file.length - fileTailMatch; i2++) {
        const f = String(file[i2]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    const bodySegments = [[[], 0]];
    let currentBody = bodySegments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        currentBody = [[], 0];
        bodySegments.push(currentBody);
      } else {
        currentBody[0].push(b);
        nonGsParts++;
      }
    }
    let i = bodySegments.length - 1;
    const fileLength = file.length - fileTailMatch;
    for (const b of bodySegments) {
      b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
    }
    return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      for (let i = fileIndex; i < file.length; i++) {
        sawTail = true;
        const f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, after] = bs;
    while (fileIndex <= after) {
      const m = this.#matchOne(file.slice(0, fileIndex + body.length), body, partial, fileIndex, 0);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
        if (sub !== false) {
          return sub;
        }
      }
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = file.length, pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      this.debug("matchOne loop");
      let p = pattern[pi];
      let f = file[fi];
      this.debug(pattern, p, f);
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      let hit;
      if (typeof p === "string") {
        hit = f === p;
        this.debug("string match", p, f, hit);
      } else {
        hit = p.test(f);
        this.debug("pattern match", p, f, hit);
      }
      if (!hit)
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial;
    } else if (pi === pl) {
      return fi === fl - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    let m;
    let fastTest = null;
    if (m = pattern.match(starRE)) {
      fastTest = options.dot ? starTestDot : starTest;
    } else if (m = pattern.match(starDotExtRE)) {
      fastTest = (options.nocase ? options.dot ? starDotExtTestNocaseDot : starDotExtTestNocase : options.dot ? starDotExtTestDot : starDotExtTest)(m[1]);
    } else if (m = pattern.match(qmarksRE)) {
      fastTest = (options.nocase ? options.dot ? qmarksTestNocaseDot : qmarksTestNocase : options.dot ? qmarksTestDot : qmarksTest)(m);
    } else if (m = pattern.match(starDotStarRE)) {
      fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
    } else if (m = pattern.match(dotStarRE)) {
      fastTest = dotStarTest;
    }
    const re = AST.fromGlob(pattern, this.options).toMMPattern();
    if (fastTest && typeof re === "object") {
      Reflect.defineProperty(re, "test", { value: fastTest });
    }
    return re;
  }
  makeRe() {
    if (this.regexp || this.regexp === false)
      return this.regexp;
    const set2 = this.set;
    if (!set2.length) {
      this.regexp = false;
      return this.regexp;
    }
    const options = this.options;
    const twoStar = options.noglobstar ? star2 : options.dot ? twoStarDot : twoStarNoDot;
    const flags = new Set(options.nocase ? ["i"] : []);
    let re = set2.map((pattern) => {
      const pp = pattern.map((p) => {
        if (p instanceof RegExp) {
          for (const f of p.flags.split(""))
            flags.add(f);
        }
        return typeof p === "string" ? regExpEscape2(p) : p === GLOBSTAR ? GLOBSTAR : p._src;
      });
      pp.forEach((p, i) => {
        const next = pp[i + 1];
        const prev = pp[i - 1];
        if (p !== GLOBSTAR || prev === GLOBSTAR) {
          return;
        }
        if (prev === void 0) {
          if (next !== void 0 && next !== GLOBSTAR) {
            pp[i + 1] = "(?:\\/|" + twoStar + "\\/)?" + next;
          } else {
            pp[i] = twoStar;
          }
        } else if (next === void 0) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + ")?";
        } else if (next !== GLOBSTAR) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + "\\/)" + next;
          pp[i + 1] = GLOBSTAR;
        }
      });
      const filtered = pp.filter((p) => p !== GLOBSTAR);
      if (this.partial && filtered.length >= 1) {
        const prefixes = [];
        for (let i = 1; i <= filtered.length; i++) {
          prefixes.push(filtered.slice(0, i).join("/"));
        }
        return "(?:" + prefixes.join("|") + ")";
      }
      return filtered.join("/");
    }).join("|");
    const [open, close] = set2.length > 1 ? ["(?:", ")"] : ["", ""];
    re = "^" + open + re + close + "$";
    if (this.partial) {
      re = "^(?:\\/|" + open + re.slice(1, -1) + close + ")$";
    }
    if (this.negate)
      re = "^(?!" + re + ").+$";
    try {
      this.regexp = new RegExp(re, [...flags].join(""));
    } catch {
      this.regexp = false;
    }
    return this.regexp;
  }
  slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    this.debug("match", f, this.pattern);
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options = this.options;
    if (this.isWindows) {
      f = f.split("\\").join("/");
    }
    const ff = this.slashSplit(f);
    this.debug(this.pattern, "split", ff);
    const set2 = this.set;
    this.debug(this.pattern, "set", set2);
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (const pattern of set2) {
      let file = ff;
      if (options.matchBase && pattern.length === 1) {
        file = [filename];
      }
      const hit = this.matchOne(file, pattern, partial);
      if (hit) {
        if (options.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape2;
minimatch.unescape = unescape;

// src/config/config.ts
var import_ajv = __toESM(require_ajv(), 1);
var import_yaml3 = __toESM(require_dist(), 1);

// schemas/config.schema.json
var config_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://gitops-gate.dev/schemas/config.schema.json",
  title: "gitops-gate configuration (.gitops-gate.yaml)",
  description: "Environments, promotion rules and rule severities for gitops-gate. Every field is optional: without a file, gitops-gate detects overlays/<env>, clusters/<name> and k8s/ layouts.",
  type: "object",
  additionalProperties: false,
  properties: {
    repoURL: {
      type: "string",
      description: "How Argo CD Applications and Flux GitRepositories name this repository (default: the git remote origin)."
    },
    kubernetesVersion: {
      type: "string",
      pattern: "^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?$|^master$",
      description: 'Kubernetes version to validate against, e.g. "1.31" (default 1.31). Quote it: 1.30 unquoted is the number 1.3.'
    },
    schemas: {
      type: "array",
      items: { type: "string" },
      description: "Schema locations: directories in the kubeconform layout or kubeconform-style URL templates, tried in order."
    },
    environments: {
      type: "array",
      description: "Environments in promotion order (dev first, production last).",
      items: { $ref: "#/definitions/environment" }
    },
    rules: {
      type: "object",
      description: "Severity per rule id; off disables a rule.",
      propertyNames: { pattern: "^[a-z]+/[a-z-]+$" },
      additionalProperties: { enum: ["error", "warning", "notice", "off"] }
    },
    diff: {
      type: "object",
      additionalProperties: false,
      description: "Settings of the rendered diff.",
      properties: {
        ignoreDefaultNoise: {
          type: "boolean",
          description: "Hide lines that change on every chart bump (helm.sh/chart labels and the like). Default true."
        }
      }
    }
  },
  definitions: {
    environment: {
      type: "object",
      additionalProperties: false,
      required: ["name"],
      properties: {
        name: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" },
        branch: { type: "string", description: "The branch this environment's cluster tracks (default: the name; prod/production \u2192 main)." },
        entrypoints: {
          type: "array",
          items: { type: "string" },
          description: "Globs of kustomization directories (repo-relative). In-repo Argo CD Applications and Flux Kustomizations they render are followed."
        },
        sync: { enum: ["auto", "manual"], description: "Whether Applications of this environment sync automatically." },
        promotesFrom: { type: "string", description: "The environment whose branch may merge into this one." },
        allowedSources: {
          type: "array",
          items: { type: "string" },
          description: "Extra branch patterns allowed to merge into this environment's branch (minimatch), e.g. hotfix/*."
        },
        targetRevisions: {
          type: "array",
          items: { type: "string" },
          description: "Extra targetRevision patterns this environment may track (minimatch), e.g. v*.*.* for tags."
        },
        kubernetesVersion: { type: "string", pattern: "^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?$|^master$" }
      }
    }
  }
};

// src/config/config.ts
var DEFAULT_KUBERNETES_VERSION = "1.31";
var CONFIG_FILE_NAMES = [".gitops-gate.yaml", ".gitops-gate.yml"];
var ConfigError = class extends Error {
  constructor(message, file, line) {
    super(`${file}${line ? `:${line}` : ""}: ${message}`);
    this.file = file;
    this.line = line;
    this.name = "ConfigError";
  }
};
function defaultConfig() {
  return { kubernetesVersion: DEFAULT_KUBERNETES_VERSION, environments: [], rules: {}, schemas: [], diff: { ignoreDefaultNoise: true } };
}
function defaultBranch(envName) {
  return envName === "prod" || envName === "production" ? "main" : envName;
}
var validateConfig;
function parseConfig(text, file) {
  const lineCounter = new import_yaml3.LineCounter();
  const doc = (0, import_yaml3.parseDocument)(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    throw new ConfigError(`not valid YAML: ${e.message.split("\n")[0]}`, file, lineCounter.linePos(e.pos[0]).line);
  }
  const raw = doc.toJS({ maxAliasCount: 100 }) ?? {};
  validateConfig ??= new import_ajv.Ajv({ allErrors: false, strict: false }).compile(config_schema_default);
  if (!validateConfig(raw)) {
    const err = validateConfig.errors[0];
    const node = nodeAt(doc.contents, pointerSegments(err));
    const line = node?.range ? lineCounter.linePos(node.range[0]).line : void 0;
    throw new ConfigError(describeSchemaError(err), file, line);
  }
  const cfg = defaultConfig();
  cfg.file = file;
  if (raw.repoURL) cfg.repoURL = raw.repoURL;
  if (raw.kubernetesVersion) cfg.kubernetesVersion = normalizeVersion(raw.kubernetesVersion);
  if (raw.schemas) cfg.schemas = raw.schemas;
  if (raw.rules) cfg.rules = raw.rules;
  if (raw.diff?.ignoreDefaultNoise === false) cfg.diff.ignoreDefaultNoise = false;
  const names = /* @__PURE__ */ new Set();
  for (const [i, e] of (raw.environments ?? []).entries()) {
    const name = e.name;
    if (names.has(name)) {
      const node = nodeAt(doc.contents, ["environments", String(i), "name"]);
      const line = node?.range ? lineCounter.linePos(node.range[0]).line : void 0;
      throw new ConfigError(`environment '${name}' is defined twice; names must be unique`, file, line);
    }
    names.add(name);
    const env = {
      name,
      branch: e.branch ?? defaultBranch(name),
      entrypoints: e.entrypoints ?? [],
      allowedSources: e.allowedSources ?? [],
      targetRevisions: e.targetRevisions ?? []
    };
    if (e.sync) env.sync = e.sync;
    if (e.promotesFrom) env.promotesFrom = e.promotesFrom;
    if (e.kubernetesVersion) env.kubernetesVersion = normalizeVersion(e.kubernetesVersion);
    cfg.environments.push(env);
  }
  for (const [i, env] of cfg.environments.entries()) {
    if (env.promotesFrom && !names.has(env.promotesFrom)) {
      const node = nodeAt(doc.contents, ["environments", String(i), "promotesFrom"]);
      const line = node?.range ? lineCounter.linePos(node.range[0]).line : void 0;
      throw new ConfigError(
        `environment '${env.name}' promotesFrom '${env.promotesFrom}', which is not an environment (${[...names].join(", ")})`,
        file,
        line
      );
    }
  }
  return cfg;
}
function normalizeVersion(v) {
  if (v === "master") return v;
  const m = /^v?(\d+)\.(\d+)/.exec(v);
  return m ? `${m[1]}.${m[2]}` : v;
}
function pointerSegments(err) {
  const segs = err.instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  if (err.keyword === "additionalProperties") segs.push(String(err.params.additionalProperty));
  return segs;
}
function nodeAt(node, path2) {
  let cur = node;
  for (const seg of path2) {
    if ((0, import_yaml3.isMap)(cur)) {
      const pair = cur.items.find((p) => String(p.key?.value ?? p.key) === seg);
      if (!pair) return cur;
      cur = seg === path2[path2.length - 1] && !pair.value ? pair.key : pair.value ?? pair.key;
    } else if ((0, import_yaml3.isSeq)(cur)) {
      const item = cur.items[Number(seg)];
      if (!item) return cur;
      cur = item;
    } else {
      return cur;
    }
  }
  return cur;
}
function describeSchemaError(err) {
  const where = err.instancePath ? err.instancePath.slice(1).replace(/\//g, ".") : "the config";
  switch (err.keyword) {
    case "additionalProperties":
      return `unknown field '${err.params.additionalProperty}' in ${where}`;
    case "enum":
      return `${where} must be one of ${err.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
    case "type":
      return `${where} must be ${err.params.type}`;
    case "required":
      return `${where} needs '${err.params.missingProperty}'`;
    case "pattern":
      return `${where} is not in the expected form (${err.params.pattern})`;
    default:
      return `${where} ${err.message ?? "is invalid"}`;
  }
}

// src/core/discover.ts
var KUSTOMIZATION_FILES = /* @__PURE__ */ new Set(["kustomization.yaml", "kustomization.yml", "Kustomization"]);
var SKIPPED_DIRS = /* @__PURE__ */ new Set([".git", "node_modules", ".github"]);
var MAX_DIRS = 1e5;
function scanRepo(fs3, root) {
  const dirs = [];
  const kustomizationDirs = [];
  const queue = ["."];
  const seenReal = /* @__PURE__ */ new Set();
  while (queue.length > 0 && dirs.length < MAX_DIRS) {
    const rel = queue.shift();
    const abs = rel === "." ? root : joinPath(root, rel);
    const real = fs3.realPath(abs);
    if (seenReal.has(real)) continue;
    seenReal.add(real);
    dirs.push(rel);
    let names;
    try {
      names = fs3.readDir(abs);
    } catch {
      continue;
    }
    if (names.some((n) => KUSTOMIZATION_FILES.has(n))) kustomizationDirs.push(rel);
    for (const name of names) {
      if (SKIPPED_DIRS.has(name)) continue;
      const childRel = rel === "." ? name : `${rel}/${name}`;
      if (fs3.stat(joinPath(root, childRel))?.kind === "dir") queue.push(childRel);
    }
  }
  dirs.sort();
  kustomizationDirs.sort();
  return { dirs, kustomizationDirs };
}
var PROMOTION_ORDER = ["dev", "development", "int", "integration", "test", "qa", "uat", "stage", "staging", "preprod", "prod", "production"];
function compareEnvironmentNames(a, b) {
  const ia = PROMOTION_ORDER.indexOf(a);
  const ib = PROMOTION_ORDER.indexOf(b);
  if (ia >= 0 && ib >= 0) return ia - ib;
  if (ia >= 0) return -1;
  if (ib >= 0) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
function discoverEnvironments(tree, config) {
  if (config.environments.length > 0) {
    return config.environments.map((env) => ({
      config: env,
      entrypoints: env.entrypoints.length > 0 ? expandGlobs(tree, env.entrypoints) : detect(tree).get(env.name) ?? []
    }));
  }
  const detected = detect(tree);
  const names = [...detected.keys()].sort(compareEnvironmentNames);
  const present = names.filter((n) => PROMOTION_ORDER.includes(n));
  return names.map((name) => {
    const env = {
      name,
      branch: defaultBranch(name),
      entrypoints: [],
      allowedSources: [],
      targetRevisions: []
    };
    const i = present.indexOf(name);
    if (i > 0) env.promotesFrom = present[i - 1];
    return { config: env, entrypoints: detected.get(name) };
  });
}
function expandGlobs(tree, globs) {
  const out = [];
  const kdirs = new Set(tree.kustomizationDirs);
  for (const glob of globs) {
    const pattern = glob.replace(/^\.\//, "").replace(/\/$/, "") || ".";
    for (const dir of tree.dirs) {
      if (dir === pattern || minimatch(dir, pattern, { dot: false })) {
        if (!out.some((e) => e.path === dir)) out.push({ path: dir, kind: kdirs.has(dir) ? "kustomization" : "flux-tree" });
      }
    }
  }
  return out;
}
function detect(tree) {
  const envs = /* @__PURE__ */ new Map();
  const add2 = (name, e) => {
    const list = envs.get(name) ?? [];
    if (!list.some((x) => x.path === e.path)) list.push(e);
    envs.set(name, list);
  };
  const kdirs = new Set(tree.kustomizationDirs);
  for (const dir of tree.kustomizationDirs) {
    const segs = dir.split("/");
    const i = segs.lastIndexOf("overlays");
    if (i < 0 || i + 1 >= segs.length) continue;
    const env = segs[i + 1];
    const envRoot = segs.slice(0, i + 2).join("/");
    if (hasKustomizationAncestor(dir, envRoot, kdirs)) continue;
    add2(env, { path: dir, kind: "kustomization" });
  }
  for (const dir of tree.dirs) {
    const segs = dir.split("/");
    if (segs.length >= 2 && segs[segs.length - 2] === "clusters") {
      add2(segs[segs.length - 1], { path: dir, kind: kdirs.has(dir) ? "kustomization" : "flux-tree" });
    }
  }
  if (envs.size === 0) {
    const lone = kdirs.has("k8s") ? "k8s" : kdirs.has(".") ? "." : void 0;
    if (lone) add2("default", { path: lone, kind: "kustomization" });
  }
  return envs;
}
function hasKustomizationAncestor(dir, envRoot, kdirs) {
  let cur = dir;
  while (cur !== envRoot && cur.includes("/")) {
    cur = cur.slice(0, cur.lastIndexOf("/"));
    if (kdirs.has(cur)) return true;
  }
  return false;
}

// src/core/cluster/overlay-fs.ts
var OverlayFileSystem = class {
  constructor(base) {
    this.base = base;
  }
  files = /* @__PURE__ */ new Map();
  dirs = /* @__PURE__ */ new Set();
  withFile(path2, text) {
    const p = normalizePath(path2);
    this.files.set(p, new TextEncoder().encode(text));
    for (let d = dirname(p); d !== "/" && !this.dirs.has(d); d = dirname(d)) this.dirs.add(d);
    return this;
  }
  stat(path2) {
    const p = normalizePath(path2);
    const f = this.files.get(p);
    if (f) return { kind: "file", size: f.byteLength };
    return this.base.stat(p) ?? (this.dirs.has(p) ? { kind: "dir", size: 0 } : void 0);
  }
  readBytes(path2) {
    return this.files.get(normalizePath(path2)) ?? this.base.readBytes(path2);
  }
  readDir(path2) {
    const dir = normalizePath(path2);
    const names = new Set(this.base.stat(dir)?.kind === "dir" ? this.base.readDir(dir) : []);
    for (const p of [...this.files.keys(), ...this.dirs]) {
      if (dirname(p) === dir) names.add(p.slice(p.lastIndexOf("/") + 1));
    }
    return [...names].sort();
  }
  realPath(path2) {
    const p = normalizePath(path2);
    return this.files.has(p) || this.dirs.has(p) ? p : this.base.realPath(p);
  }
};

// src/core/cluster/repo-url.ts
function normalizeRepoURL(url) {
  let u = url.trim().toLowerCase();
  u = u.replace(/^git\+/, "");
  const scp = /^[\w.-]+@([^:/]+):(.+)$/.exec(u);
  if (scp) u = `${scp[1]}/${scp[2]}`;
  u = u.replace(/^[a-z][a-z0-9+.-]*:\/\//, "");
  u = u.replace(/^[^@/]+@/, "");
  u = u.replace(/:\d+\//, "/");
  u = u.replace(/\/+$/, "").replace(/\.git$/, "").replace(/\/+$/, "");
  return u;
}
function sameRepo(a, b) {
  return normalizeRepoURL(a) === normalizeRepoURL(b);
}

// src/core/cluster/substitute.ts
var VAR = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?([=-])([^}]*))?\}/g;
function substituteVariables(value, vars, unresolved) {
  if (typeof value === "string") {
    if (!value.includes("${")) return value;
    const whole = /^\$\{[^}]*\}$/.test(value);
    const out = value.replace(VAR, (match2, name, op, fallback) => {
      if (Object.prototype.hasOwnProperty.call(vars, name)) {
        const v = vars[name];
        if (v === "" && op !== void 0) return fallback ?? "";
        return v;
      }
      if (op !== void 0) return fallback ?? "";
      unresolved.add(name);
      return match2;
    });
    return whole && out !== value ? retype(out) : out;
  }
  if (Array.isArray(value)) return value.map((v) => substituteVariables(v, vars, unresolved));
  if (isJsonObject(value)) {
    for (const k of Object.keys(value)) value[k] = substituteVariables(value[k], vars, unresolved);
    return value;
  }
  return value;
}
function retype(text) {
  if (/^-?(0|[1-9][0-9]*)$/.test(text)) return Number(text);
  if (/^-?(0|[1-9][0-9]*)\.[0-9]+$/.test(text)) return Number(text);
  if (text === "true" || text === "false") return text === "true";
  return text;
}

// src/core/cluster/generated-sources.ts
var MANIFEST_EXT = /\.(ya?ml)$/i;
var MAX_FILES = 2e4;
function fluxGeneratedResources(fs3, root) {
  const out = [];
  walk2(root);
  return out;
  function walk2(dir) {
    for (const name of fs3.readDir(dir)) {
      if (out.length >= MAX_FILES) return;
      if (name.startsWith(".")) continue;
      const p = joinPath(dir, name);
      const st = fs3.stat(p);
      if (st?.kind === "dir") {
        if (KUSTOMIZATION_FILE_NAMES.some((k) => fs3.stat(joinPath(p, k))?.kind === "file")) {
          out.push(relativePath(root, p));
        } else {
          walk2(p);
        }
      } else if (st?.kind === "file" && MANIFEST_EXT.test(name) && looksLikeObject(fs3, p)) {
        out.push(relativePath(root, p));
      }
    }
  }
}
function looksLikeObject(fs3, path2) {
  const head = new TextDecoder().decode(fs3.readBytes(path2).subarray(0, 64 * 1024));
  return /^kind:\s*\S/m.test(head) && /^apiVersion:\s*\S/m.test(head);
}
function argoDirectoryFiles(fs3, root, opts) {
  const out = [];
  const matches = (pattern, rel) => minimatch(rel, pattern, { dot: true }) || minimatch(rel.slice(rel.lastIndexOf("/") + 1), pattern, { dot: true });
  walk2(root);
  return out;
  function walk2(dir) {
    for (const name of fs3.readDir(dir)) {
      if (out.length >= MAX_FILES) return;
      const p = joinPath(dir, name);
      const st = fs3.stat(p);
      if (st?.kind === "dir") {
        if (opts.recurse && !name.startsWith(".")) walk2(p);
        continue;
      }
      if (!/\.(ya?ml|json)$/i.test(name)) continue;
      const rel = relativePath(root, p);
      if (opts.include && !matches(opts.include, rel)) continue;
      if (opts.exclude && matches(opts.exclude, rel)) continue;
      out.push(p);
    }
  }
}

// src/core/cluster/render-environment.ts
var MAX_RENDERS = 2e3;
function renderEnvironment(env, ctx) {
  const envName = env.config.name;
  const model = { config: env.config, entrypoints: [], resources: [], findings: [] };
  const queue = [];
  const visited = /* @__PURE__ */ new Set();
  const inRepoGitRepos = /* @__PURE__ */ new Set();
  let pendingFlux = [];
  let virtualCount = 0;
  const noticed = /* @__PURE__ */ new Set();
  const notice = (key, f) => {
    if (noticed.has(key)) return;
    noticed.add(key);
    model.findings.push({ ...f, severity: "notice", environment: envName });
  };
  const rel = (abs) => relativePath(ctx.repoRoot, abs);
  for (const e of env.entrypoints) {
    const result = { path: e.path, resources: 0, failed: false };
    model.entrypoints.push(result);
    queue.push({ dir: e.path, mode: e.kind === "kustomization" ? "kustomization" : "flux", entrypoint: e.path });
    drain();
    while (pendingFlux.length > 0) {
      const again = pendingFlux;
      pendingFlux = [];
      let progressed = false;
      for (const r of again) progressed = followFlux(r, true) || progressed;
      if (!progressed) break;
      drain();
    }
    pendingFlux = [];
    const mine = model.resources.filter((r) => r.entrypoint === e.path).length;
    result.resources = mine;
    result.failed = model.findings.some((f) => f.entrypoint === e.path && f.severity === "error" && f.ruleId.startsWith("kustomize/"));
  }
  return model;
  function drain() {
    while (queue.length > 0) {
      if (visited.size >= MAX_RENDERS) {
        model.findings.push({
          ruleId: "kustomize/build-failed",
          severity: "error",
          environment: envName,
          message: `stopped after ${MAX_RENDERS} renders: Applications/Kustomizations keep pointing at new paths`
        });
        queue.length = 0;
        return;
      }
      const item = queue.shift();
      const key = `${item.dir}:${JSON.stringify(amendmentsOf(item))}`;
      if (visited.has(key)) {
        if (item.owner) adoptOwner(item);
        continue;
      }
      visited.add(key);
      const rendered = renderItem(item);
      for (const r of rendered) {
        model.resources.push(r);
        collectGitRepository(r);
      }
      for (const r of rendered) follow(r);
    }
  }
  function adoptOwner(item) {
    for (const r of model.resources) {
      if (r.renderedFrom === item.dir && !r.owner) r.owner = item.owner;
    }
  }
  function renderItem(item) {
    const abs = item.dir === "." ? ctx.repoRoot : joinPath(ctx.repoRoot, item.dir);
    const where = item.spec?.source;
    const fail = (message, file, line) => {
      model.findings.push({
        ruleId: "kustomize/build-failed",
        severity: "error",
        environment: envName,
        entrypoint: item.entrypoint,
        message,
        ...file ? { file } : where ? { file: rel(where.file), line: where.line } : {},
        ...line ? { line } : {},
        ...item.spec ? { resource: refOf(item.spec) } : {}
      });
      return [];
    };
    if (!isWithin(ctx.repoRoot, abs)) {
      return fail(`${ownerText(item)}path '${item.dir}' leaves the repository`);
    }
    if (ctx.fs.stat(abs)?.kind !== "dir") {
      return fail(`${ownerText(item)}path '${item.dir}' does not exist in this repository`);
    }
    try {
      const resources = renderDir(item, abs);
      return resources.map((resource) => ({
        resource,
        entrypoint: item.entrypoint,
        renderedFrom: item.dir,
        ...item.owner ? { owner: item.owner } : {}
      }));
    } catch (err) {
      if (err instanceof KustomizeError) {
        model.findings.push({
          ruleId: err instanceof YamlParseError ? "yaml/parse-error" : "kustomize/build-failed",
          severity: "error",
          environment: envName,
          entrypoint: item.entrypoint,
          message: `${ownerText(item)}${relativizeMessage(err.message, ctx.repoRoot)}`,
          ...err.file ? { file: rel(err.file) } : {},
          ...err.line ? { line: err.line } : {}
        });
        return [];
      }
      throw err;
    }
  }
  function renderDir(item, abs) {
    const hasKustomization = KUSTOMIZATION_FILE_NAMES.some((n) => ctx.fs.stat(joinPath(abs, n))?.kind === "file");
    if (item.mode === "argo") {
      if (ctx.fs.stat(joinPath(abs, "Chart.yaml"))?.kind === "file") {
        notice(`chart:${item.dir}`, {
          ruleId: "render/skipped",
          message: `${ownerText(item)}the Helm chart in '${item.dir}' is not rendered (gitops-gate never runs helm); the Application itself is validated`,
          entrypoint: item.entrypoint
        });
        return [];
      }
      const resources = hasKustomization ? buildAmended(abs, item, { loadRestrictor: "rootOnly" }) : readDirectorySource(abs, item);
      applyDestinationNamespace(resources, item.spec);
      return resources;
    }
    if (item.mode === "flux") {
      const resources = hasKustomization ? buildAmended(abs, item, { loadRestrictor: "none" }) : buildGenerated(abs, item);
      applyFluxPostBuild(resources, item);
      return resources;
    }
    return build(ctx.fs, abs, {}, item);
  }
  function build(fs3, abs, options, item) {
    const result = buildKustomization(fs3, abs, options);
    for (const w of result.warnings) {
      if (w.file.startsWith("/.gitops-gate-virtual/")) continue;
      const key = `deprecated:${w.file}:${w.field}`;
      if (noticed.has(key)) continue;
      noticed.add(key);
      model.findings.push({
        ruleId: "kustomize/deprecated-field",
        severity: "warning",
        environment: envName,
        entrypoint: item.entrypoint,
        message: `${w.message.replace(/^'(\w+)'/, "'$1'")}`,
        file: rel(w.file),
        path: `/${w.field}`
      });
    }
    return result.resources;
  }
  function buildAmended(abs, item, options) {
    const amendments = amendmentsOf(item);
    if (Object.keys(amendments).length === 0) return build(ctx.fs, abs, options, item);
    const wrapperDir = `/.gitops-gate-virtual/amend-${++virtualCount}`;
    const overlay = new OverlayFileSystem(ctx.fs).withFile(
      joinPath(wrapperDir, "kustomization.yaml"),
      JSON.stringify({ resources: [abs], ...absolutize(amendments, abs) })
    );
    return build(overlay, wrapperDir, { ...options, loadRestrictor: "none" }, item);
  }
  function buildGenerated(abs, item) {
    const generated = fluxGeneratedResources(ctx.fs, abs);
    const overlay = new OverlayFileSystem(ctx.fs).withFile(
      joinPath(abs, "kustomization.yaml"),
      JSON.stringify({ resources: generated, ...absolutize(amendmentsOf(item), abs) })
    );
    return build(overlay, abs, { loadRestrictor: "none" }, item);
  }
  function readDirectorySource(abs, item) {
    const dirSpec = sourceOf(item.spec)?.directory;
    const opts = isJsonObject(dirSpec) ? dirSpec : {};
    const files = argoDirectoryFiles(ctx.fs, abs, {
      recurse: opts.recurse === true,
      include: typeof opts.include === "string" ? opts.include : "",
      exclude: typeof opts.exclude === "string" ? opts.exclude : ""
    });
    const out = [];
    for (const f of files) {
      const text = new TextDecoder().decode(ctx.fs.readBytes(f));
      try {
        out.push(...resourcesFromDocuments(parseYamlDocuments(text, f), f));
      } catch (err) {
        if (err instanceof YamlError) throw new YamlParseError(err.message, f, err.line);
        throw err;
      }
    }
    return out;
  }
  function follow(r) {
    const res = r.resource;
    const group = res.apiVersion.split("/")[0];
    if (group === "argoproj.io" && res.kind === "Application") followArgo(r);
    else if (group === "argoproj.io" && res.kind === "ApplicationSet") {
      notice(`appset:${res.namespace}/${res.name}`, {
        ruleId: "render/skipped",
        message: `ApplicationSet '${res.name}': the Applications it generates are not rendered`,
        entrypoint: r.entrypoint,
        ...locationOf(res)
      });
    } else if (group === "kustomize.toolkit.fluxcd.io" && res.kind === "Kustomization") {
      if (!followFlux(r, false)) pendingFlux.push(r);
    } else if (group === "helm.toolkit.fluxcd.io" && res.kind === "HelmRelease") {
      const chart = getString(res.obj, ["spec", "chart", "spec", "chart"]) || getString(res.obj, ["spec", "chartRef", "name"]);
      notice(`hr:${res.namespace}/${res.name}`, {
        ruleId: "render/skipped",
        message: `HelmRelease '${res.name}'${chart ? ` (chart ${chart})` : ""}: the chart is not rendered (gitops-gate never runs helm); the HelmRelease itself is validated`,
        entrypoint: r.entrypoint,
        ...locationOf(res)
      });
    }
  }
  function followArgo(r) {
    const app = r.resource;
    const spec2 = isJsonObject(app.obj.spec) ? app.obj.spec : {};
    const sources = [];
    if (isJsonObject(spec2.source)) sources.push(spec2.source);
    if (Array.isArray(spec2.sources)) {
      for (const s of spec2.sources) if (isJsonObject(s)) sources.push(s);
    }
    for (const source of sources) {
      const repoURL = typeof source.repoURL === "string" ? source.repoURL : "";
      if (typeof source.chart === "string") {
        notice(`chart:${repoURL}/${source.chart}`, {
          ruleId: "render/skipped",
          message: `Application '${app.name}': Helm chart ${source.chart} ${typeof source.targetRevision === "string" ? source.targetRevision : ""} from ${repoURL} is not rendered (gitops-gate never runs helm); the Application itself is validated`.replace("  ", " "),
          entrypoint: r.entrypoint,
          ...locationOf(app)
        });
        continue;
      }
      if (typeof source.path !== "string") continue;
      if (!isThisRepo(repoURL, source.path)) continue;
      queue.push({
        dir: repoRelDir(source.path),
        mode: "argo",
        entrypoint: r.entrypoint,
        owner: { kind: "Application", name: app.name, namespace: app.namespace },
        spec: withSource(app, source)
      });
    }
  }
  function followFlux(r, final) {
    const ks = r.resource;
    const spec2 = isJsonObject(ks.obj.spec) ? ks.obj.spec : {};
    const ref = isJsonObject(spec2.sourceRef) ? spec2.sourceRef : {};
    const kind = typeof ref.kind === "string" ? ref.kind : "GitRepository";
    const name = typeof ref.name === "string" ? ref.name : "";
    const ns = typeof ref.namespace === "string" ? ref.namespace : ks.namespace || "flux-system";
    const inRepo = kind === "GitRepository" && (inRepoGitRepos.has(`${ns}/${name}`) || ctx.repoURLs.length === 0 && name === "flux-system");
    if (!inRepo) {
      if (final) {
        notice(`fluxsrc:${kind}/${ns}/${name}`, {
          ruleId: "render/skipped",
          message: `Flux Kustomization '${ks.name}': its source ${kind} '${name}' is not this repository; not rendered`,
          entrypoint: r.entrypoint,
          ...locationOf(ks)
        });
      }
      return false;
    }
    const path2 = typeof spec2.path === "string" ? spec2.path : "./";
    queue.push({
      dir: repoRelDir(path2),
      mode: "flux",
      entrypoint: r.entrypoint,
      owner: { kind: "Kustomization", name: ks.name, namespace: ks.namespace },
      spec: ks
    });
    return true;
  }
  function collectGitRepository(r) {
    const res = r.resource;
    if (res.kind !== "GitRepository" || !res.apiVersion.startsWith("source.toolkit.fluxcd.io/")) return;
    const url = getString(res.obj, ["spec", "url"]);
    if (ctx.repoURLs.some((u) => sameRepo(u, url))) inRepoGitRepos.add(`${res.namespace || "flux-system"}/${res.name}`);
  }
  function isThisRepo(repoURL, path2) {
    if (ctx.repoURLs.length > 0) return ctx.repoURLs.some((u) => sameRepo(u, repoURL));
    return ctx.fs.stat(joinPath(ctx.repoRoot, repoRelDir(path2)))?.kind === "dir";
  }
  function applyFluxPostBuild(resources, item) {
    const spec2 = item.spec && isJsonObject(item.spec.obj.spec) ? item.spec.obj.spec : void 0;
    if (!spec2) return;
    const meta = isJsonObject(spec2.commonMetadata) ? spec2.commonMetadata : void 0;
    if (meta) {
      for (const r of resources) {
        for (const field of ["labels", "annotations"]) {
          const add2 = meta[field];
          if (!isJsonObject(add2)) continue;
          if (!isJsonObject(r.obj.metadata)) r.obj.metadata = {};
          const md = r.obj.metadata;
          md[field] = { ...isJsonObject(md[field]) ? md[field] : {}, ...add2 };
        }
      }
    }
    const postBuild = isJsonObject(spec2.postBuild) ? spec2.postBuild : void 0;
    if (!postBuild) return;
    const vars = {};
    for (const from of Array.isArray(postBuild.substituteFrom) ? postBuild.substituteFrom : []) {
      if (!isJsonObject(from)) continue;
      Object.assign(vars, variablesFrom(from, item.spec.namespace || "flux-system"));
    }
    if (isJsonObject(postBuild.substitute)) {
      for (const [k, v] of Object.entries(postBuild.substitute)) vars[k] = typeof v === "string" ? v : JSON.stringify(v);
    }
    const unresolved = /* @__PURE__ */ new Set();
    for (const r of resources) {
      if (r.annotations()["kustomize.toolkit.fluxcd.io/substitute"] === "disabled") continue;
      r.obj = substituteVariables(r.obj, vars, unresolved);
    }
  }
  function variablesFrom(from, ns) {
    const kind = from.kind;
    const name = from.name;
    const found = model.resources.find(
      (r) => r.resource.kind === kind && r.resource.name === name && (r.resource.namespace || ns) === ns
    );
    if (!found) return {};
    const out = {};
    const data = found.resource.obj.data;
    if (isJsonObject(data)) {
      for (const [k, v] of Object.entries(data)) {
        if (typeof v !== "string") continue;
        out[k] = kind === "Secret" ? Buffer.from(v, "base64").toString("utf8") : v;
      }
    }
    const stringData = found.resource.obj.stringData;
    if (kind === "Secret" && isJsonObject(stringData)) {
      for (const [k, v] of Object.entries(stringData)) if (typeof v === "string") out[k] = v;
    }
    return out;
  }
  function locationOf(res) {
    return {
      ...res.source ? { file: rel(res.source.file), line: res.source.line } : {},
      resource: refOf(res)
    };
  }
}
function repoRelDir(path2) {
  const n = normalizePath(path2.replace(/^\.\//, "").replace(/^\/+/, "") || ".");
  return n === "" ? "." : n;
}
function ownerText(item) {
  return item.owner ? `${item.owner.kind} '${item.owner.name}': ` : "";
}
function refOf(res) {
  return { apiVersion: res.apiVersion, kind: res.kind, ...res.namespace ? { namespace: res.namespace } : {}, name: res.name };
}
function getString(obj, path2) {
  let cur = obj;
  for (const p of path2) cur = isJsonObject(cur) ? cur[p] : void 0;
  return typeof cur === "string" ? cur : "";
}
function sourceOf(spec2) {
  if (!spec2) return void 0;
  const s = isJsonObject(spec2.obj.spec) ? spec2.obj.spec : void 0;
  return s && isJsonObject(s.source) ? s.source : void 0;
}
function withSource(app, source) {
  const copy2 = new Resource({ ...app.obj, spec: { ...isJsonObject(app.obj.spec) ? app.obj.spec : {}, source } }, app.source);
  return copy2;
}
function amendmentsOf(item) {
  const out = {};
  if (!item.spec) return out;
  const spec2 = isJsonObject(item.spec.obj.spec) ? item.spec.obj.spec : {};
  if (item.mode === "argo") {
    const k = isJsonObject(spec2.source) && isJsonObject(spec2.source.kustomize) ? spec2.source.kustomize : void 0;
    if (!k) return out;
    for (const f of ["namePrefix", "nameSuffix", "namespace"]) if (typeof k[f] === "string" && k[f]) out[f] = k[f];
    if (isJsonObject(k.commonLabels)) out.commonLabels = k.commonLabels;
    if (isJsonObject(k.commonAnnotations)) out.commonAnnotations = k.commonAnnotations;
    if (Array.isArray(k.images)) {
      out.images = k.images.filter((i) => typeof i === "string").map(argoImage);
    }
    if (Array.isArray(k.patches)) out.patches = k.patches;
    if (Array.isArray(k.replicas)) out.replicas = k.replicas;
    if (Array.isArray(k.components)) out.components = k.components;
    return out;
  }
  if (typeof spec2.targetNamespace === "string" && spec2.targetNamespace) out.namespace = spec2.targetNamespace;
  if (typeof spec2.namePrefix === "string" && spec2.namePrefix) out.namePrefix = spec2.namePrefix;
  if (typeof spec2.nameSuffix === "string" && spec2.nameSuffix) out.nameSuffix = spec2.nameSuffix;
  if (Array.isArray(spec2.patches)) out.patches = spec2.patches;
  if (Array.isArray(spec2.images)) out.images = spec2.images;
  if (Array.isArray(spec2.components)) out.components = spec2.components;
  return out;
}
function absolutize(amendments, dir) {
  if (!Array.isArray(amendments.components)) return amendments;
  return {
    ...amendments,
    components: amendments.components.map((c) => typeof c === "string" && !c.startsWith("/") ? joinPath(dir, c) : c)
  };
}
function argoImage(spec2) {
  const [left, right] = spec2.includes("=") ? spec2.split("=", 2) : [void 0, spec2];
  const at = right.indexOf("@");
  const colon = right.lastIndexOf(":");
  const slash = right.lastIndexOf("/");
  let newName = right;
  let newTag;
  let digest;
  if (at >= 0) {
    digest = right.slice(at + 1);
    newName = right.slice(0, at);
  } else if (colon > slash) {
    newTag = right.slice(colon + 1);
    newName = right.slice(0, colon);
  }
  const name = left ?? newName;
  return { name, ...left ? { newName } : {}, ...newTag ? { newTag } : {}, ...digest ? { digest } : {} };
}
function applyDestinationNamespace(resources, app) {
  const spec2 = app && isJsonObject(app.obj.spec) ? app.obj.spec : void 0;
  const dest = spec2 && isJsonObject(spec2.destination) ? spec2.destination : void 0;
  const ns = dest && typeof dest.namespace === "string" ? dest.namespace : "";
  if (!ns) return;
  for (const r of resources) {
    if (!r.namespace && !isClusterScoped(r.apiVersion, r.kind)) r.setNamespace(ns);
  }
}
function relativizeMessage(message, repoRoot) {
  const root = repoRoot.endsWith("/") ? repoRoot : `${repoRoot}/`;
  return message.split(root).join("");
}

// src/core/schema/schema-walk.ts
var SCHEMA_MAPS = /* @__PURE__ */ new Set(["properties", "patternProperties", "definitions", "$defs", "dependentSchemas"]);
var SCHEMA_ONE = /* @__PURE__ */ new Set(["additionalProperties", "additionalItems", "not", "if", "then", "else", "propertyNames", "contains"]);
var SCHEMA_LISTS = /* @__PURE__ */ new Set(["allOf", "anyOf", "oneOf", "items"]);
function mapSubschemas(node, fn) {
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (SCHEMA_MAPS.has(key) && isJsonObject(value)) {
      const map = {};
      for (const [name, child2] of Object.entries(value)) setOwn(map, name, isJsonObject(child2) ? fn(child2, key, name) : child2);
      setOwn(out, key, map);
    } else if (SCHEMA_ONE.has(key) && isJsonObject(value)) {
      setOwn(out, key, fn(value, key));
    } else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) {
      setOwn(out, key, value.map((v) => isJsonObject(v) ? fn(v, key) : v));
    } else if (key === "items" && isJsonObject(value)) {
      setOwn(out, key, fn(value, key));
    } else {
      setOwn(out, key, value);
    }
  }
  return out;
}

// src/core/schema/normalize.ts
var DROPPED = /* @__PURE__ */ new Set(["description", "x-kubernetes-validations", "example", "examples", "$id", "id", "$schema"]);
function normalizeSchema(schema, options) {
  return normalizeNode(schema, options, "root");
}
function normalizeNode(node, options, position) {
  const kept = {};
  for (const [key, value] of Object.entries(node)) if (!DROPPED.has(key)) setOwn(kept, key, value);
  const isKind = position === "root" || Array.isArray(node["x-kubernetes-group-version-kind"]);
  const isEmbedded = node["x-kubernetes-embedded-resource"] === true;
  const out = mapSubschemas(kept, (child2, keyword, name) => {
    if (keyword !== "properties") return normalizeNode(child2, options, "inner");
    if (isKind && name === "status") return {};
    if (name === "metadata" && isKind) return normalizeNode(child2, options, "root-property");
    if (name === "metadata" && isEmbedded) return normalizeNode(child2, options, "embedded-property");
    return normalizeNode(child2, options, "inner");
  });
  applyKubernetesExtensions(out, options, position);
  simplifyTypeAlternatives(out, "anyOf");
  simplifyTypeAlternatives(out, "oneOf");
  return out;
}
function applyKubernetesExtensions(out, options, position) {
  const preserve = out["x-kubernetes-preserve-unknown-fields"] === true;
  if (out["x-kubernetes-int-or-string"] === true) {
    delete out.type;
    delete out.anyOf;
    delete out.oneOf;
    out.type = ["integer", "string"];
  }
  if (out["x-kubernetes-embedded-resource"] === true || options.closeObjects && position === "root") {
    const props = isJsonObject(out.properties) ? out.properties : {};
    if (!props.apiVersion) setOwn(props, "apiVersion", { type: "string" });
    if (!props.kind) setOwn(props, "kind", { type: "string" });
    if (!props.metadata) setOwn(props, "metadata", { type: "object" });
    out.properties = props;
  }
  dropDefaultedRequirements(out);
  if (out.nullable === true) allowNull(out);
  delete out.nullable;
  const isMetadata = position === "root-property" || position === "embedded-property";
  const isObject = out.type === "object" || out.type === void 0 && isJsonObject(out.properties);
  if (options.closeObjects && isObject && !preserve && !isMetadata && out.additionalProperties === void 0) {
    out.additionalProperties = false;
  }
}
function dropDefaultedRequirements(out) {
  if (!Array.isArray(out.required) || !isJsonObject(out.properties)) return;
  const props = out.properties;
  const required = out.required.filter((name) => {
    const prop = typeof name === "string" ? props[name] : void 0;
    return !(isJsonObject(prop) && prop.default !== void 0);
  });
  if (required.length === 0) delete out.required;
  else if (required.length !== out.required.length) out.required = required;
}
function allowNull(out) {
  const type = out.type;
  if (typeof type === "string") out.type = [type, "null"];
  else if (Array.isArray(type) && !type.includes("null")) out.type = [...type, "null"];
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
}
function simplifyTypeAlternatives(out, keyword) {
  const branches = out[keyword];
  if (!Array.isArray(branches) || branches.length === 0 || out.type !== void 0) return;
  const types2 = [];
  for (const branch of branches) {
    if (!isJsonObject(branch) || typeof branch.type !== "string") return;
    if (Object.keys(branch).some((k) => k !== "type" && k !== "format")) return;
    types2.push(branch.type);
  }
  if (keyword === "oneOf" && types2.includes("number") && types2.includes("integer")) return;
  delete out[keyword];
  out.type = types2;
}

// src/core/schema/crd.ts
function isCrd(obj) {
  return obj.kind === "CustomResourceDefinition" && typeof obj.apiVersion === "string" && obj.apiVersion.startsWith("apiextensions.k8s.io/");
}
function crdVersionSchemas(crd) {
  const spec2 = crd.spec;
  if (!isJsonObject(spec2) || typeof spec2.group !== "string" || !isJsonObject(spec2.names) || typeof spec2.names.kind !== "string") return [];
  const metadata = isJsonObject(crd.metadata) ? crd.metadata : {};
  const base = {
    group: spec2.group,
    kind: spec2.names.kind,
    crdName: typeof metadata.name === "string" ? metadata.name : `${spec2.names.kind}.${spec2.group}`
  };
  const shared = openApiSchemaOf(spec2.validation);
  const out = [];
  const versions = Array.isArray(spec2.versions) ? spec2.versions : [];
  for (const v of versions) {
    if (!isJsonObject(v) || typeof v.name !== "string" || v.served === false) continue;
    const schema = openApiSchemaOf(v.schema) ?? shared;
    if (schema) out.push({ ...base, version: v.name, openApiSchema: schema });
  }
  if (versions.length === 0 && typeof spec2.version === "string" && shared) {
    out.push({ ...base, version: spec2.version, openApiSchema: shared });
  }
  return out;
}
function openApiSchemaOf(holder) {
  return isJsonObject(holder) && isJsonObject(holder.openAPIV3Schema) ? holder.openAPIV3Schema : void 0;
}
var CrdSchemaRegistry = class {
  byGvk = /* @__PURE__ */ new Map();
  /** Registers every served version of a CRD object; later registrations of the same kind win. */
  registerCrd(crd) {
    for (const v of crdVersionSchemas(crd)) {
      const text = JSON.stringify(v.openApiSchema);
      this.byGvk.set(gvkKey(v.group, v.version, v.kind), {
        // The content hash lets two environments deploying the same CRD share one compiled validator.
        documentId: `crd:${v.group}/${v.version}/${v.kind}@${fnv1a(text)}-${text.length}`,
        document: normalizeSchema(v.openApiSchema, { closeObjects: true }),
        pointer: "",
        origin: `CustomResourceDefinition ${v.crdName}`
      });
    }
  }
  get size() {
    return this.byGvk.size;
  }
  async lookup(request) {
    const { group, version } = splitApiVersion(request.apiVersion);
    const schema = this.byGvk.get(gvkKey(group, version, request.kind));
    return schema ? { schema, outages: [] } : { outages: [] };
  }
};
function gvkKey(group, version, kind) {
  return `${group}/${version}/${kind}`;
}
function fnv1a(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

// src/core/schema/source.ts
function chainSchemaSources(...sources) {
  return {
    async lookup(request) {
      const outages = [];
      for (const source of sources) {
        const found = await source.lookup(request);
        outages.push(...found.outages);
        if (found.schema) return { schema: found.schema, outages };
      }
      return { outages };
    }
  };
}

// src/core/schema/validator.ts
var import_ajv2 = __toESM(require_ajv(), 1);

// src/core/schema/formats.ts
var GO_DURATION = /^[-+]?(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+$/;
var ISO_DURATION = /^P(?!$)(?:\d+(?:[.,]\d+)?Y)?(?:\d+(?:[.,]\d+)?M)?(?:\d+(?:[.,]\d+)?W)?(?:\d+(?:[.,]\d+)?D)?(?:T(?=\d)(?:\d+(?:[.,]\d+)?H)?(?:\d+(?:[.,]\d+)?M)?(?:\d+(?:[.,]\d+)?S)?)?$/i;
var STRFMT_DURATION = /^\d+\s*(?:ns|us|µs|ms|s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?|w|wk|wks|weeks?)$/i;
var DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?$/;
var DATE = /^\d{4}-\d{2}-\d{2}$/;
var BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
var UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
function isIPv4(text) {
  const parts = text.split(".");
  return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}
function isIPv6(text) {
  let t = text;
  const v4 = /:(\d+\.\d+\.\d+\.\d+)$/.exec(t);
  if (v4) {
    if (!isIPv4(v4[1])) return false;
    t = t.slice(0, v4.index) + ":0:0";
  }
  if (!/^[0-9A-Fa-f:]+$/.test(t) || t.includes(":::")) return false;
  const halves = t.split("::");
  if (halves.length > 2) return false;
  const groups = halves.flatMap((h) => h === "" ? [] : h.split(":"));
  if (groups.some((g) => !/^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  return halves.length === 2 ? groups.length < 8 : groups.length === 8;
}
function isCidr(text) {
  const slash = text.lastIndexOf("/");
  if (slash < 0) return false;
  const ip = text.slice(0, slash);
  const bits = text.slice(slash + 1);
  if (!/^\d{1,3}$/.test(bits)) return false;
  if (isIPv4(ip)) return Number(bits) <= 32;
  return isIPv6(ip) && Number(bits) <= 128;
}
function isInt(value, bits) {
  if (typeof value !== "number") return true;
  if (!Number.isInteger(value)) return false;
  return bits === 64 || value >= -2147483648 && value <= 2147483647;
}
var KUBERNETES_FORMATS = {
  "date-time": { type: "string", validate: (v) => DATE_TIME.test(String(v)) },
  datetime: { type: "string", validate: (v) => DATE_TIME.test(String(v)) },
  date: { type: "string", validate: (v) => DATE.test(String(v)) },
  duration: {
    type: "string",
    validate: (v) => {
      const s = String(v);
      return s === "0" || GO_DURATION.test(s) || ISO_DURATION.test(s) || STRFMT_DURATION.test(s);
    }
  },
  // Go's base64 decoder skips line breaks.
  byte: { type: "string", validate: (v) => BASE64.test(String(v).replace(/[\r\n]/g, "")) },
  int32: { type: "number", validate: (v) => isInt(v, 32) },
  int64: { type: "number", validate: (v) => isInt(v, 64) },
  ipv4: { type: "string", validate: (v) => isIPv4(String(v)) },
  ipv6: { type: "string", validate: (v) => isIPv6(String(v)) },
  cidr: { type: "string", validate: (v) => isCidr(String(v)) },
  uuid: { type: "string", validate: (v) => UUID.test(String(v)) }
};

// src/core/schema/go-regexp.ts
var POSIX_CLASSES = {
  alnum: "0-9A-Za-z",
  alpha: "A-Za-z",
  ascii: "\\x00-\\x7F",
  blank: "\\t ",
  cntrl: "\\x00-\\x1F\\x7F",
  digit: "0-9",
  graph: "!-~",
  lower: "a-z",
  print: " -~",
  punct: "!-\\/:-@\\[-`{-~",
  space: "\\t\\n\\v\\f\\r ",
  upper: "A-Z",
  word: "0-9A-Za-z_",
  xdigit: "0-9A-Fa-f"
};
var ANYTHING = { test: (_text) => true };
function translateGoRegExp(pattern) {
  let out = "";
  const flags = /* @__PURE__ */ new Set();
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      const next = pattern[i + 1];
      if (next === void 0) {
        out += "\\\\";
        continue;
      }
      if (next === "Q") {
        const end = pattern.indexOf("\\E", i + 2);
        const literal = end < 0 ? pattern.slice(i + 2) : pattern.slice(i + 2, end);
        out += literal.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");
        i = end < 0 ? pattern.length : end + 1;
        continue;
      }
      if ((next === "p" || next === "P") && /[A-Za-z]/.test(pattern[i + 2] ?? "")) {
        out += `\\${next}{${pattern[i + 2]}}`;
        i += 2;
        continue;
      }
      const named = /^\\([pP])\{\^?([A-Za-z_]+)\}/.exec(pattern.slice(i));
      if (named) {
        const negate = named[0].includes("{^") !== (named[1] === "P");
        const name = named[2].length > 2 ? `Script=${named[2]}` : named[2];
        out += `\\${negate ? "P" : "p"}{${name}}`;
        i += named[0].length - 1;
        continue;
      }
      if (!inClass && next === "A") out += "^";
      else if (!inClass && next === "z") out += "$";
      else out += c + next;
      i++;
      continue;
    }
    if (inClass) {
      if (c === "[" && pattern[i + 1] === ":") {
        const end = pattern.indexOf(":]", i + 2);
        const name = end < 0 ? "" : pattern.slice(i + 2, end);
        const negated = name.startsWith("^");
        const range2 = POSIX_CLASSES[negated ? name.slice(1) : name];
        if (range2 === void 0 || negated) throw new SyntaxError(`unsupported class [:${name}:]`);
        out += range2;
        i = end + 1;
        continue;
      }
      if (c === "]") inClass = false;
      out += c;
      continue;
    }
    if (c === "[") {
      inClass = true;
      out += c;
      if (pattern[i + 1] === "^") {
        out += "^";
        i++;
      }
      if (pattern[i + 1] === "]") {
        out += "\\]";
        i++;
      }
      continue;
    }
    if (c === "(" && pattern[i + 1] === "?") {
      const flagGroup = /^\(\?([imsU]*)(?:-([imsU]*))?(\)|:)/.exec(pattern.slice(i));
      if (flagGroup && (flagGroup[1] || flagGroup[2])) {
        for (const f of flagGroup[1] ?? "") if (f !== "U") flags.add(f);
        out += flagGroup[3] === ":" ? "(?:" : "";
        i += flagGroup[0].length - 1;
        continue;
      }
      if (pattern.startsWith("(?P<", i)) {
        out += "(?<";
        i += 3;
        continue;
      }
    }
    out += c;
  }
  return { source: out, flags: [...flags].sort().join("") };
}
function compileGoRegExp(pattern, flags = "") {
  try {
    const translated = translateGoRegExp(pattern);
    const all = [.../* @__PURE__ */ new Set([...flags, ...translated.flags])].join("");
    if (/\\[pP]\{/.test(translated.source)) {
      try {
        return new RegExp(translated.source, `${all}u`);
      } catch {
      }
    }
    return new RegExp(translated.source, all);
  } catch {
    return ANYTHING;
  }
}
var goRegExpEngine = Object.assign((pattern, flags) => compileGoRegExp(pattern, flags), {
  code: "goRegExp"
});

// src/core/schema/lazy-refs.ts
var LAZY_REF = "x-gitops-gate-lazy-ref";
var MIN_LAZY_SIZE = 400;
var LAZY_PREFIX = "gitops-gate-lazy-";
function makeReferencesLazy(document, uri) {
  const defs = {};
  let counter = 0;
  function rewrite(schema) {
    let size = 2;
    const out = mapSubschemas(schema, (child2, keyword) => {
      const inner = rewrite(child2);
      size += inner.size;
      const defers = keyword === "properties" || keyword === "items" || keyword === "additionalProperties" || keyword === "patternProperties";
      if (!defers || inner.size < MIN_LAZY_SIZE) return inner.schema;
      const name = `${LAZY_PREFIX}${counter++}`;
      setOwn(defs, name, inner.schema);
      return { [LAZY_REF]: `${uri}#/$defs/${name}` };
    });
    for (const [key, value] of Object.entries(schema)) {
      if (!isSubschemaKeyword(key)) size += key.length + (typeof value === "string" ? value.length : 8);
    }
    const ref = out.$ref;
    if (typeof ref === "string" && ref.startsWith("#")) {
      delete out.$ref;
      out[LAZY_REF] = `${uri}${ref}`;
    }
    return { schema: out, size };
  }
  const root = rewrite(document).schema;
  const existing = isJsonObject(root.$defs) ? root.$defs : {};
  const merged = { ...existing };
  for (const [name, value] of Object.entries(defs)) setOwn(merged, name, value);
  return { ...root, $defs: merged };
}
var SUBSCHEMA_KEYWORDS = /* @__PURE__ */ new Set([
  "properties",
  "patternProperties",
  "definitions",
  "$defs",
  "dependentSchemas",
  "additionalProperties",
  "additionalItems",
  "not",
  "if",
  "then",
  "else",
  "propertyNames",
  "contains",
  "allOf",
  "anyOf",
  "oneOf",
  "items"
]);
function isSubschemaKeyword(key) {
  return SUBSCHEMA_KEYWORDS.has(key);
}

// src/core/schema/share-subschemas.ts
var MIN_SHARED_SIZE = 300;
var SHARED_PREFIX = "gitops-gate-shared-";
function shareRepeatedSubschemas(document) {
  const byKey = /* @__PURE__ */ new Map();
  const nodes = [];
  const counts = [];
  function intern(schema) {
    let size = 0;
    const shallow = mapSubschemas(schema, (child2) => {
      const id = intern(child2);
      size += nodes[id].size;
      return { "#": id };
    });
    const key = JSON.stringify(shallow);
    let node = byKey.get(key);
    if (!node) {
      node = { id: nodes.length, size: size + key.length, shallow };
      nodes.push(node);
      counts.push(0);
      byKey.set(key, node);
    }
    counts[node.id]++;
    return node.id;
  }
  const rootId = intern(document);
  const shared = /* @__PURE__ */ new Map();
  for (const node of nodes) {
    if (node.id !== rootId && counts[node.id] > 1 && node.size >= MIN_SHARED_SIZE && !hasRelativeRef(node.shallow)) {
      shared.set(node.id, `${SHARED_PREFIX}${node.id}`);
    }
  }
  if (shared.size === 0) return document;
  const defs = {};
  const built = /* @__PURE__ */ new Map();
  function build(id, asRoot = false) {
    const name = shared.get(id);
    if (name !== void 0 && !asRoot) {
      if (!(name in defs)) setOwn(defs, name, build(id, true));
      return { $ref: `#/$defs/${name}` };
    }
    let done = built.get(id);
    if (!done) {
      done = mapSubschemas(nodes[id].shallow, (placeholder) => build(placeholder["#"]));
      built.set(id, done);
    }
    return done;
  }
  const root = build(rootId, true);
  const existing = isJsonObject(root.$defs) ? root.$defs : {};
  return { ...root, $defs: { ...existing, ...defs } };
}
function hasRelativeRef(shallow) {
  const ref = shallow.$ref;
  return typeof ref === "string" && !ref.startsWith("#/");
}

// src/core/schema/issues.ts
function describeIssues(errors, subject) {
  const issues = [];
  const seen = /* @__PURE__ */ new Set();
  for (const error of collapseAlternatives(errors)) {
    const issue = describeError(error, subject);
    if (!issue) continue;
    const key = `${issue.kind}
${issue.path}
${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}
var ALTERNATIVES = /* @__PURE__ */ new Set(["anyOf", "oneOf"]);
function collapseAlternatives(errors) {
  let out = [...errors];
  const alternatives = errors.filter((e) => ALTERNATIVES.has(e.keyword)).sort((a, b) => b.schemaPath.length - a.schemaPath.length);
  for (const alt of alternatives) {
    if (!out.includes(alt)) continue;
    const prefix = `${alt.schemaPath}/`;
    const inBranch = (e) => e !== alt && e.schemaPath.startsWith(prefix) && isWithin2(e.instancePath, alt.instancePath);
    const branchErrors = out.filter(inBranch);
    const isMultipleMatch = alt.keyword === "oneOf" && isJsonObject(alt.params) && alt.params.passingSchemas != null;
    let replacement = [alt];
    if (isMultipleMatch) {
      replacement = [];
    } else {
      const byBranch = /* @__PURE__ */ new Map();
      for (const e of branchErrors) {
        const branch = e.schemaPath.slice(prefix.length).split("/")[0];
        byBranch.set(branch, [...byBranch.get(branch) ?? [], e]);
      }
      const deepOnly = [...byBranch.values()].filter((list) => list.every((e) => e.instancePath !== alt.instancePath));
      if (deepOnly.length > 0) replacement = deepOnly.reduce((a, b) => b.length < a.length ? b : a);
    }
    const index = out.indexOf(alt);
    out = [...out.slice(0, index).filter((e) => !inBranch(e)), ...replacement, ...out.slice(index + 1).filter((e) => !inBranch(e))];
  }
  return out;
}
function isWithin2(path2, parent) {
  return path2 === parent || path2.startsWith(`${parent}/`);
}
var SUBSTITUTION = /\$\{[A-Za-z_][A-Za-z0-9_]*(?::?[-=+?][^}]*)?\}/;
function describeError(error, subject) {
  const path2 = error.instancePath;
  const params = error.params;
  const field = dotted(path2);
  const value = error.data;
  if (typeof value === "string" && SUBSTITUTION.test(value)) return void 0;
  switch (error.keyword) {
    case "additionalProperties": {
      const name = String(params.additionalProperty);
      const fieldPath = `${path2}/${escapePointer(name)}`;
      return { kind: "unknown-field", path: fieldPath, message: `${dotted(fieldPath)} is not a field of ${subject}` };
    }
    case "required": {
      const name = String(params.missingProperty);
      return { kind: "invalid", path: path2, message: `${dotted(`${path2}/${escapePointer(name)}`)} is required by ${subject} but missing` };
    }
    case "type": {
      const expected = String(params.type).split(",").map(article).join(" or ");
      return { kind: "invalid", path: path2, message: `${field} is ${describeValue(value)}; expected ${expected}` };
    }
    case "enum": {
      const allowed = Array.isArray(params.allowedValues) ? params.allowedValues : [];
      return { kind: "invalid", path: path2, message: `${field} is ${quote(value)}; expected one of ${allowed.map(quote).join(", ")}` };
    }
    case "const":
      return { kind: "invalid", path: path2, message: `${field} is ${quote(value)}; expected ${quote(params.allowedValue)}` };
    case "pattern":
      return { kind: "invalid", path: path2, message: `${field} is ${quote(value)}; expected a string matching ${String(params.pattern)}` };
    case "format":
      return { kind: "invalid", path: path2, message: `${field} is ${quote(value)}; expected the format "${String(params.format)}"` };
    case "anyOf":
    case "oneOf":
      return { kind: "invalid", path: path2, message: `${field} is ${describeValue(value)}; expected ${describeAlternatives(error.schema)}` };
    // `if` only says "must match then": the `then` errors beside it say what is wrong.
    case "if":
      return void 0;
    default:
      return { kind: "invalid", path: path2, message: `${field} is ${describeValue(value)}; it ${error.message ?? `breaks the schema's "${error.keyword}" rule`}` };
  }
}
function describeAlternatives(branches) {
  if (!Array.isArray(branches)) return "another value";
  const described = branches.map((b) => {
    if (!isJsonObject(b)) return "another value";
    if (Array.isArray(b.required) && b.required.length > 0) return `an object with ${b.required.map((r) => String(r)).join(" and ")}`;
    if (typeof b.type === "string") return article(b.type);
    if (Array.isArray(b.enum)) return `one of ${b.enum.map((v) => quote(v)).join(", ")}`;
    return "another shape";
  });
  return [...new Set(described)].join(" or ");
}
function article(type) {
  switch (type) {
    case "integer":
      return "an integer";
    case "object":
      return "an object";
    case "array":
      return "a list";
    case "null":
      return "null";
    default:
      return `a ${type}`;
  }
}
function dotted(pointer) {
  if (pointer === "") return "(the resource)";
  let out = "";
  for (const raw of pointer.slice(1).split("/")) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (/^\d+$/.test(segment)) out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
function escapePointer(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function describeValue(value) {
  if (Array.isArray(value)) return "a list";
  if (isJsonObject(value)) return "an object";
  if (typeof value === "string") return `${quote(value)} (a string)`;
  return quote(value);
}
function quote(value) {
  if (value === void 0) return "missing";
  if (Array.isArray(value)) return "a list";
  if (isJsonObject(value)) return "an object";
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}\u2026"` : text;
}

// src/core/schema/validator.ts
var SchemaValidator = class {
  ajv;
  /** documentId → the URI it was added under. */
  documentUris = /* @__PURE__ */ new Map();
  compiled = /* @__PURE__ */ new Map();
  constructor() {
    this.ajv = new import_ajv2.Ajv({
      // Kubernetes schemas carry x-kubernetes-* and OpenAPI keywords that are not JSON Schema.
      strict: false,
      allErrors: true,
      verbose: true,
      logger: false,
      // The schemas come from the API itself; checking them against the meta-schema costs time and finds nothing.
      validateSchema: false,
      // RE2 patterns are translated; unicode mode would reject escapes RE2 allows.
      unicodeRegExp: false,
      code: { regExp: goRegExpEngine }
    });
    this.ajv.addKeyword({ keyword: LAZY_REF, schemaType: "string", errors: true, validate: this.lazyReference() });
    for (const [name, check] of Object.entries(KUBERNETES_FORMATS)) {
      if (check.type === "string") this.ajv.addFormat(name, { type: "string", validate: (v) => check.validate(v) });
      else this.ajv.addFormat(name, { type: "number", validate: (v) => check.validate(v) });
    }
  }
  /** Validates one resource. `subject` names the kind in messages: "apps/v1 Deployment". */
  validate(schema, value, subject) {
    const validateFn = this.compile(schema);
    if (validateFn instanceof Error) return { compileError: validateFn.message };
    const data = withoutNulls(value);
    if (validateFn(data)) return { issues: [] };
    const errors = (validateFn.errors ?? []).map((e) => e.original ? { ...e, ...e.original } : e);
    return { issues: describeIssues(errors, subject) };
  }
  /**
   * The lazy-reference keyword: compiles its target on first use and reports the target's errors at the
   * path of the value it was given (the target's own paths start at that value).
   */
  lazyReference() {
    const referenced = /* @__PURE__ */ new Map();
    const lookup2 = (ref) => {
      if (!referenced.has(ref)) {
        let fn;
        try {
          fn = this.ajv.getSchema(ref);
        } catch {
          fn = void 0;
        }
        referenced.set(ref, fn);
      }
      return referenced.get(ref);
    };
    const validate = (ref, data, _parentSchema, cxt) => {
      const fn = lookup2(ref);
      if (!fn || fn(data)) return true;
      const base = cxt?.instancePath ?? "";
      validate.errors = (fn.errors ?? []).map((e) => ({
        ...e,
        instancePath: base + e.instancePath,
        original: e.original ?? { schemaPath: e.schemaPath, schema: e.schema, data: e.data }
      }));
      return false;
    };
    validate.errors = [];
    return validate;
  }
  compile(schema) {
    const key = `${schema.documentId}#${schema.pointer}`;
    let fn = this.compiled.get(key);
    if (fn) return fn;
    try {
      let uri = this.documentUris.get(schema.documentId);
      if (uri === void 0) {
        uri = `https://gitops-gate.invalid/schemas/${this.documentUris.size}.json`;
        this.ajv.addSchema(makeReferencesLazy(shareRepeatedSubschemas(schema.document), uri), uri);
        this.documentUris.set(schema.documentId, uri);
      }
      fn = this.ajv.getSchema(schema.pointer ? `${uri}#${schema.pointer}` : uri) ?? new Error(`${schema.pointer} not found in ${schema.origin}`);
    } catch (e) {
      fn = new Error(`${schema.origin}: ${e instanceof Error ? e.message : String(e)}`);
    }
    this.compiled.set(key, fn);
    return fn;
  }
};
function withoutNulls(value) {
  if (Array.isArray(value)) return value.map((v) => withoutNulls(v));
  if (!isJsonObject(value)) return value;
  const out = {};
  for (const [key, v] of Object.entries(value)) {
    if (v !== null) setOwn(out, key, withoutNulls(v));
  }
  return out;
}

// src/core/checks/schema.ts
async function checkSchemas(resources, ctx) {
  const validator = ctx.validator ?? new SchemaValidator();
  const source = withRepositoryCrds(resources, ctx);
  const lookups = /* @__PURE__ */ new Map();
  const findings = [];
  const outages = /* @__PURE__ */ new Map();
  for (const resource of resources) {
    const ref = resourceRef(resource);
    if (!resource.apiVersion || !resource.kind) {
      findings.push(finding("schema/invalid", "error", `the resource has no ${resource.apiVersion ? "kind" : "apiVersion"}`, ref, ""));
      continue;
    }
    if (isJsonObject(resource.obj.sops)) continue;
    const key = `${resource.apiVersion}
${resource.kind}`;
    let lookup2 = lookups.get(key);
    if (!lookup2) {
      lookup2 = source.lookup({ kubernetesVersion: ctx.kubernetesVersion, apiVersion: resource.apiVersion, kind: resource.kind });
      lookups.set(key, lookup2);
    }
    const found = await lookup2;
    const subject = `${resource.apiVersion} ${resource.kind}`;
    if (!found.schema) {
      for (const outage of found.outages) {
        const entry = outages.get(outage.location) ?? { outage, unchecked: 0 };
        entry.unchecked++;
        outages.set(outage.location, entry);
      }
      const why = found.outages.length > 0 ? " (a schema location could not be reached; see the schema/unreachable notice)" : "";
      findings.push(finding("schema/missing", "warning", `no schema found for ${subject}; it was not validated${why}`, ref));
      continue;
    }
    const result = validator.validate(found.schema, resource.obj, subject);
    if ("compileError" in result) {
      findings.push(finding("schema/missing", "warning", `the schema for ${subject} could not be used (${result.compileError}); it was not validated`, ref));
      continue;
    }
    for (const issue of result.issues) {
      findings.push(finding(issue.kind === "unknown-field" ? "schema/unknown-field" : "schema/invalid", "error", issue.message, ref, issue.path));
    }
  }
  if (outages.size > 0) findings.push(unreachableNotice([...outages.values()]));
  return findings;
}
function unreachableNotice(entries) {
  const unchecked = Math.max(...entries.map((e) => e.unchecked));
  const where = entries.map((e) => `${e.outage.location} (${e.outage.reason})`).join("; ");
  const plural2 = entries.length === 1 ? "location" : "locations";
  return {
    ruleId: "schema/unreachable",
    severity: "notice",
    message: `schema ${plural2} could not be used, so ${unchecked} resource${unchecked === 1 ? "" : "s"} went unvalidated: ${where}`
  };
}
function withRepositoryCrds(resources, ctx) {
  if (ctx.useRepositoryCrds === false) return ctx.source;
  const registry = new CrdSchemaRegistry();
  for (const resource of resources) if (isCrd(resource.obj)) registry.registerCrd(resource.obj);
  return registry.size > 0 ? chainSchemaSources(registry, ctx.source) : ctx.source;
}
function resourceRef(resource) {
  const ref = { apiVersion: resource.apiVersion, kind: resource.kind, name: resource.name };
  if (resource.namespace) ref.namespace = resource.namespace;
  return ref;
}
function finding(ruleId, severity, message, resource, path2) {
  const f = { ruleId, severity, message, resource };
  if (path2 !== void 0) f.path = path2;
  return f;
}

// src/core/schema/kubernetes-version.ts
function parseKubernetesVersion(text) {
  const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!m) return void 0;
  const version = { major: Number(m[1]), minor: Number(m[2]) };
  if (m[3] !== void 0) version.patch = Number(m[3]);
  return version;
}
function isNewestVersion(text) {
  return text === "" || text === "master" || text === "latest";
}
function compareMinor(a, b) {
  return a.major - b.major || a.minor - b.minor;
}
function pickVersionDir(target, dirs) {
  const numbered = dirs.map((name) => ({ name, version: parseKubernetesVersion(name) })).filter((d) => d.version !== void 0 && d.name.startsWith("v"));
  const master = dirs.includes("master") ? "master" : void 0;
  const wanted = parseKubernetesVersion(target);
  if (!wanted) return master ?? newest(numbered)?.name;
  if (wanted.patch !== void 0) {
    const exact = numbered.find((d) => d.version.minor === wanted.minor && d.version.major === wanted.major && d.version.patch === wanted.patch);
    if (exact) return exact.name;
  }
  const sameMinor = numbered.filter((d) => compareMinor(d.version, wanted) === 0);
  if (sameMinor.length > 0) return newest(sameMinor).name;
  const newestDir = newest(numbered);
  if (!newestDir || compareMinor(wanted, newestDir.version) > 0) return master ?? newestDir?.name;
  const newer = numbered.filter((d) => compareMinor(d.version, wanted) > 0);
  return oldest(newer).name;
}
function normalizedKubernetesVersion(target) {
  const v = parseKubernetesVersion(target);
  if (!v) return "master";
  return `v${v.major}.${v.minor}.${v.patch ?? 0}`;
}
function newest(list) {
  let best;
  for (const d of list) if (!best || comparePatch(d.version, best.version) > 0) best = d;
  return best;
}
function oldest(list) {
  let best;
  for (const d of list) if (!best || comparePatch(d.version, best.version) < 0) best = d;
  return best;
}
function comparePatch(a, b) {
  return compareMinor(a, b) || (a.patch ?? 0) - (b.patch ?? 0);
}

// src/core/schema/api-removals.ts
var WORKLOADS2 = ["Deployment", "DaemonSet", "ReplicaSet", "StatefulSet", "ControllerRevision"];
var API_REMOVALS = [
  // 1.16
  { apiVersion: "extensions/v1beta1", kinds: ["Deployment", "DaemonSet", "ReplicaSet"], deprecatedIn: "1.9", removedIn: "1.16", replacement: "apps/v1" },
  { apiVersion: "extensions/v1beta1", kinds: ["NetworkPolicy"], deprecatedIn: "1.9", removedIn: "1.16", replacement: "networking.k8s.io/v1" },
  { apiVersion: "extensions/v1beta1", kinds: ["PodSecurityPolicy"], deprecatedIn: "1.11", removedIn: "1.16", replacement: "policy/v1beta1", note: "PodSecurityPolicy itself was removed in 1.25" },
  { apiVersion: "apps/v1beta1", kinds: WORKLOADS2, deprecatedIn: "1.9", removedIn: "1.16", replacement: "apps/v1" },
  { apiVersion: "apps/v1beta2", kinds: WORKLOADS2, deprecatedIn: "1.9", removedIn: "1.16", replacement: "apps/v1" },
  // 1.22
  { apiVersion: "extensions/v1beta1", kinds: ["Ingress"], deprecatedIn: "1.14", removedIn: "1.22", replacement: "networking.k8s.io/v1" },
  { apiVersion: "networking.k8s.io/v1beta1", kinds: ["Ingress", "IngressClass"], deprecatedIn: "1.19", removedIn: "1.22", replacement: "networking.k8s.io/v1" },
  { apiVersion: "admissionregistration.k8s.io/v1beta1", kinds: ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"], deprecatedIn: "1.16", removedIn: "1.22", replacement: "admissionregistration.k8s.io/v1" },
  { apiVersion: "apiextensions.k8s.io/v1beta1", kinds: ["CustomResourceDefinition"], deprecatedIn: "1.16", removedIn: "1.22", replacement: "apiextensions.k8s.io/v1" },
  { apiVersion: "apiregistration.k8s.io/v1beta1", kinds: ["APIService"], deprecatedIn: "1.19", removedIn: "1.22", replacement: "apiregistration.k8s.io/v1" },
  { apiVersion: "authentication.k8s.io/v1beta1", kinds: ["TokenReview"], deprecatedIn: "1.19", removedIn: "1.22", replacement: "authentication.k8s.io/v1" },
  { apiVersion: "authorization.k8s.io/v1beta1", kinds: ["SubjectAccessReview", "LocalSubjectAccessReview", "SelfSubjectAccessReview", "SelfSubjectRulesReview"], deprecatedIn: "1.19", removedIn: "1.22", replacement: "authorization.k8s.io/v1" },
  { apiVersion: "certificates.k8s.io/v1beta1", kinds: ["CertificateSigningRequest"], deprecatedIn: "1.19", removedIn: "1.22", replacement: "certificates.k8s.io/v1" },
  { apiVersion: "coordination.k8s.io/v1beta1", kinds: ["Lease"], deprecatedIn: "1.19", removedIn: "1.22", replacement: "coordination.k8s.io/v1" },
  { apiVersion: "rbac.authorization.k8s.io/v1beta1", kinds: ["ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding"], deprecatedIn: "1.17", removedIn: "1.22", replacement: "rbac.authorization.k8s.io/v1" },
  { apiVersion: "rbac.authorization.k8s.io/v1alpha1", kinds: ["ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding"], deprecatedIn: "1.17", removedIn: "1.22", replacement: "rbac.authorization.k8s.io/v1" },
  { apiVersion: "scheduling.k8s.io/v1beta1", kinds: ["PriorityClass"], deprecatedIn: "1.14", removedIn: "1.22", replacement: "scheduling.k8s.io/v1" },
  { apiVersion: "scheduling.k8s.io/v1alpha1", kinds: ["PriorityClass"], deprecatedIn: "1.14", removedIn: "1.17", replacement: "scheduling.k8s.io/v1" },
  { apiVersion: "storage.k8s.io/v1beta1", kinds: ["CSIDriver", "CSINode", "StorageClass", "VolumeAttachment"], deprecatedIn: "1.19", removedIn: "1.22", replacement: "storage.k8s.io/v1" },
  // 1.25
  { apiVersion: "batch/v1beta1", kinds: ["CronJob"], deprecatedIn: "1.21", removedIn: "1.25", replacement: "batch/v1" },
  { apiVersion: "batch/v2alpha1", kinds: ["CronJob"], deprecatedIn: "1.8", removedIn: "1.21", replacement: "batch/v1" },
  { apiVersion: "discovery.k8s.io/v1beta1", kinds: ["EndpointSlice"], deprecatedIn: "1.21", removedIn: "1.25", replacement: "discovery.k8s.io/v1" },
  { apiVersion: "events.k8s.io/v1beta1", kinds: ["Event"], deprecatedIn: "1.19", removedIn: "1.25", replacement: "events.k8s.io/v1" },
  { apiVersion: "autoscaling/v2beta1", kinds: ["HorizontalPodAutoscaler"], deprecatedIn: "1.22", removedIn: "1.25", replacement: "autoscaling/v2" },
  { apiVersion: "policy/v1beta1", kinds: ["PodDisruptionBudget"], deprecatedIn: "1.21", removedIn: "1.25", replacement: "policy/v1" },
  {
    apiVersion: "policy/v1beta1",
    kinds: ["PodSecurityPolicy"],
    deprecatedIn: "1.21",
    removedIn: "1.25",
    note: "PodSecurityPolicy has no successor API; use Pod Security Admission (pod-security.kubernetes.io/* namespace labels) or a policy engine"
  },
  { apiVersion: "node.k8s.io/v1beta1", kinds: ["RuntimeClass"], deprecatedIn: "1.20", removedIn: "1.25", replacement: "node.k8s.io/v1" },
  // 1.26
  { apiVersion: "flowcontrol.apiserver.k8s.io/v1beta1", kinds: ["FlowSchema", "PriorityLevelConfiguration"], deprecatedIn: "1.23", removedIn: "1.26", replacement: "flowcontrol.apiserver.k8s.io/v1" },
  { apiVersion: "autoscaling/v2beta2", kinds: ["HorizontalPodAutoscaler"], deprecatedIn: "1.23", removedIn: "1.26", replacement: "autoscaling/v2" },
  // 1.27
  { apiVersion: "storage.k8s.io/v1beta1", kinds: ["CSIStorageCapacity"], deprecatedIn: "1.24", removedIn: "1.27", replacement: "storage.k8s.io/v1" },
  // 1.29
  { apiVersion: "flowcontrol.apiserver.k8s.io/v1beta2", kinds: ["FlowSchema", "PriorityLevelConfiguration"], deprecatedIn: "1.26", removedIn: "1.29", replacement: "flowcontrol.apiserver.k8s.io/v1" },
  // 1.32
  { apiVersion: "flowcontrol.apiserver.k8s.io/v1beta3", kinds: ["FlowSchema", "PriorityLevelConfiguration"], deprecatedIn: "1.29", removedIn: "1.32", replacement: "flowcontrol.apiserver.k8s.io/v1" }
];
var byApiVersionKind = /* @__PURE__ */ new Map();
for (const removal of API_REMOVALS) for (const kind of removal.kinds) byApiVersionKind.set(`${removal.apiVersion}
${kind}`, removal);
function findApiRemoval(apiVersion, kind) {
  return byApiVersionKind.get(`${apiVersion}
${kind}`);
}
function checkApiVersions(resources, kubernetesVersion) {
  const target = targetVersion(kubernetesVersion);
  const findings = [];
  for (const resource of resources) {
    const removal = findApiRemoval(resource.apiVersion, resource.kind);
    if (!removal) continue;
    const removedIn = parseKubernetesVersion(removal.removedIn);
    const deprecatedIn = parseKubernetesVersion(removal.deprecatedIn);
    const subject = `${resource.apiVersion} ${resource.kind}`;
    const advice = removal.replacement ? `use ${removal.replacement}${removal.note ? ` (${removal.note})` : ""}` : removal.note ?? "it has no replacement";
    if (compareMinor(target, removedIn) >= 0) {
      findings.push(apiFinding("schema/removed-api", "error", `${subject} was removed in Kubernetes ${removal.removedIn} (target ${kubernetesVersion}); ${advice}`, resource));
    } else if (compareMinor(target, deprecatedIn) >= 0) {
      findings.push(apiFinding("schema/deprecated-api", "warning", `${subject} is deprecated since Kubernetes ${removal.deprecatedIn} and removed in ${removal.removedIn}; ${advice}`, resource));
    }
  }
  return findings;
}
function targetVersion(text) {
  if (isNewestVersion(text)) return { major: Number.MAX_SAFE_INTEGER, minor: 0 };
  return parseKubernetesVersion(text) ?? { major: Number.MAX_SAFE_INTEGER, minor: 0 };
}
function apiFinding(ruleId, severity, message, resource) {
  const ref = { apiVersion: resource.apiVersion, kind: resource.kind, name: resource.name };
  if (resource.namespace) ref.namespace = resource.namespace;
  return { ruleId, severity, message, resource: ref, path: "/apiVersion" };
}

// src/core/checks/locations.ts
function resourceRef2(r) {
  return { apiVersion: r.apiVersion, kind: r.kind, ...r.namespace ? { namespace: r.namespace } : {}, name: r.name };
}
function sourceLocation(r) {
  return r.source ? { file: r.source.file, line: r.source.line } : {};
}

// src/core/checks/duplicates.ts
function checkDuplicates(resources, environment) {
  const first = /* @__PURE__ */ new Map();
  const findings = [];
  for (const cr of resources) {
    const r = cr.resource;
    const group = r.apiVersion.includes("/") ? r.apiVersion.slice(0, r.apiVersion.lastIndexOf("/")) : "";
    const ns = isClusterScoped(r.apiVersion, r.kind) ? "" : r.namespace;
    const key = `${group}|${r.kind}|${ns}|${r.name}`;
    const seen = first.get(key);
    if (!seen) {
      first.set(key, cr);
      continue;
    }
    const id = `${r.kind} ${ns ? `${ns}/` : ""}${r.name}`;
    findings.push({
      ruleId: "resource/duplicate",
      severity: "error",
      message: `${id} is rendered twice in environment ${environment}: from '${cr.renderedFrom}'${cr.owner ? ` (${cr.owner.kind} ${cr.owner.name})` : ""} and from '${seen.renderedFrom}'${seen.owner ? ` (${seen.owner.kind} ${seen.owner.name})` : ""}`,
      environment,
      entrypoint: cr.entrypoint,
      resource: resourceRef2(r),
      ...sourceLocation(r)
    });
  }
  return findings;
}

// src/core/checks/secrets.ts
function checkPlaintextSecrets(resources, environment) {
  const findings = [];
  for (const cr of resources) {
    const r = cr.resource;
    if (r.kind !== "Secret" || r.apiVersion !== "v1") continue;
    if (isJsonObject(r.obj.sops)) continue;
    const keys = [];
    let field = "";
    for (const f of ["data", "stringData"]) {
      const d = r.obj[f];
      if (!isJsonObject(d)) continue;
      for (const [k, v] of Object.entries(d)) {
        if (typeof v !== "string" || v === "" || v.startsWith("ENC[")) continue;
        keys.push(k);
        field ||= f;
      }
    }
    if (keys.length === 0) continue;
    const shown = keys.slice(0, 5).join(", ") + (keys.length > 5 ? `, \u2026 (${keys.length} keys)` : "");
    findings.push({
      ruleId: "secret/plaintext",
      severity: "warning",
      message: `Secret ${r.namespace ? `${r.namespace}/` : ""}${r.name} is committed with readable ${field} (${shown}); encrypt it (Sealed Secrets, SOPS) or reference an external store (External Secrets)`,
      environment,
      entrypoint: cr.entrypoint,
      resource: resourceRef2(r),
      path: `/${field}`,
      ...sourceLocation(r)
    });
  }
  return findings;
}

// src/core/yaml/locate.ts
var import_yaml4 = __toESM(require_dist(), 1);
function locateInYaml(text, docIndex, path2) {
  if (lastLocator?.text !== text) lastLocator = new YamlLocator(text);
  return lastLocator.locate(docIndex, path2);
}
var lastLocator;
var YamlLocator = class {
  constructor(text) {
    this.text = text;
  }
  docs;
  lineStarts;
  locate(docIndex, path2) {
    const docs = this.docs ??= parseDocuments(this.text);
    const doc = docs[docIndex];
    if (!doc || !doc.contents || isEmptyScalar(doc.contents)) return void 0;
    const anchors = anchorsOf(doc);
    let node = doc.contents;
    let at = node;
    for (const segment of path2) {
      const found = child(resolveAlias(node, anchors), segment, anchors);
      if (!found) return this.position(at, false);
      at = found.at;
      node = found.node;
    }
    return this.position(at, true);
  }
  position(node, exact) {
    const offset = node.range?.[0] ?? 0;
    const starts = this.lineStarts ??= lineStartsOf(this.text);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1, exact };
  }
};
function isEmptyScalar(node) {
  return (0, import_yaml4.isScalar)(node) && node.type === "PLAIN" && node.source === "" && node.tag === void 0;
}
function parseDocuments(text) {
  try {
    return (0, import_yaml4.parseAllDocuments)(text, { schema: "failsafe", uniqueKeys: false, prettyErrors: false });
  } catch {
    return [];
  }
}
function lineStartsOf(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}
function anchorsOf(doc) {
  const anchors = /* @__PURE__ */ new Map();
  const stack = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if ((0, import_yaml4.isMap)(node) || (0, import_yaml4.isSeq)(node) || (0, import_yaml4.isScalar)(node)) {
      if (node.anchor) anchors.set(node.anchor, node);
      if ((0, import_yaml4.isMap)(node)) for (const p of node.items) stack.push(p.key, p.value);
      if ((0, import_yaml4.isSeq)(node)) stack.push(...node.items);
    }
  }
  return anchors;
}
function resolveAlias(node, anchors) {
  for (let hops = 0; (0, import_yaml4.isAlias)(node) && hops < 100; hops++) {
    const target = anchors.get(node.source);
    if (!target) break;
    node = target;
  }
  return node;
}
function child(node, segment, anchors, depth = 0) {
  if ((0, import_yaml4.isSeq)(node)) {
    const index = typeof segment === "number" ? segment : /^\d+$/.test(segment) ? Number(segment) : -1;
    const item = node.items[index];
    return item ? { at: item, node: item } : void 0;
  }
  if (!(0, import_yaml4.isMap)(node)) return void 0;
  const key = String(segment);
  let merges = [];
  for (const pair of node.items) {
    const k = pair.key;
    if (!(0, import_yaml4.isScalar)(k)) continue;
    const text = typeof k.source === "string" ? k.source : String(k.value);
    if (text === key && !(text === "<<" && k.type === "PLAIN" && k.tag === void 0)) {
      return { at: k, node: pair.value ?? k };
    }
    if (text === "<<" && k.type === "PLAIN" && pair.value) {
      const v = resolveAlias(pair.value, anchors);
      merges = (0, import_yaml4.isSeq)(v) ? v.items : [v];
    }
  }
  if (depth < 10) {
    for (const m of merges) {
      const found = child(resolveAlias(m, anchors), segment, anchors, depth + 1);
      if (found) return found;
    }
  }
  return void 0;
}

// src/core/checks/resolve-location.ts
var LocationResolver = class {
  constructor(fs3) {
    this.fs = fs3;
  }
  texts = /* @__PURE__ */ new Map();
  docs = /* @__PURE__ */ new Map();
  locate(resource, pointer) {
    const segments = pointer ? parsePointer(pointer) : [];
    const candidates = [...resource.patches].reverse();
    if (resource.source) candidates.push(resource.source);
    let fallback;
    for (const ref of candidates) {
      const path2 = this.translate(ref, segments, resource.obj);
      const text = this.text(ref.file);
      if (text === void 0 || path2 === void 0) continue;
      const pos = locateInYaml(text, ref.doc, path2);
      if (!pos) continue;
      if (pos.exact) return { file: ref.file, line: pos.line, column: pos.column };
      if (ref === resource.source) fallback = { file: ref.file, line: pos.line, column: pos.column };
    }
    if (fallback) return fallback;
    return resource.source ? { file: resource.source.file, line: resource.source.line } : void 0;
  }
  /** The pointer as a path into the source document, list indices mapped by element name. */
  translate(ref, segments, rendered) {
    const doc = this.doc(ref);
    const out = [];
    let r = rendered;
    let s = doc;
    for (const seg of segments) {
      if (Array.isArray(r)) {
        const i = Number(seg);
        const item = r[i];
        let j = i;
        if (Array.isArray(s) && isJsonObject(item) && typeof item.name === "string") {
          const found = s.findIndex((x) => isJsonObject(x) && x.name === item.name);
          if (found >= 0) j = found;
        }
        out.push(j);
        r = item;
        s = Array.isArray(s) ? s[j] : void 0;
      } else {
        out.push(seg);
        r = isJsonObject(r) ? r[seg] : void 0;
        s = isJsonObject(s) ? s[seg] : void 0;
      }
    }
    return out;
  }
  text(file) {
    if (!this.texts.has(file)) {
      let t;
      try {
        t = readText(this.fs, file);
      } catch {
        t = void 0;
      }
      this.texts.set(file, t);
    }
    return this.texts.get(file);
  }
  doc(ref) {
    if (!this.docs.has(ref.file)) {
      const text = this.text(ref.file);
      let values;
      try {
        if (text !== void 0) {
          values = [];
          for (const d of parseYamlDocuments(text, ref.file)) values[d.index] = d.value;
        }
      } catch {
        values = void 0;
      }
      this.docs.set(ref.file, values);
    }
    return this.docs.get(ref.file)?.[ref.doc];
  }
};
function parsePointer(pointer) {
  if (pointer === "" || pointer === "/") return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

// src/core/run.ts
var CheckUsageError = class extends Error {
};
async function runChecks(inputs) {
  const { fs: fs3, repoRoot, config } = inputs;
  let envs = discoverEnvironments(scanRepo(fs3, repoRoot), config);
  if (inputs.environments && inputs.environments.length > 0) {
    const known = new Set(envs.map((e) => e.config.name));
    const unknown = inputs.environments.filter((n) => !known.has(n));
    if (unknown.length > 0) {
      throw new CheckUsageError(
        `unknown environment ${unknown.map((n) => `'${n}'`).join(", ")}; this repository has ${[...known].map((n) => `'${n}'`).join(", ") || "none"}`
      );
    }
    envs = envs.filter((e) => inputs.environments.includes(e.config.name));
  }
  const validator = new SchemaValidator();
  const resolver = new LocationResolver(fs3);
  const models = [];
  const findings = [];
  for (const env of envs) {
    inputs.onProgress?.(`rendering environment ${env.config.name} (${env.entrypoints.length} entrypoints)`);
    const model = renderEnvironment(env, { fs: fs3, repoRoot, repoURLs: inputs.repoURLs });
    models.push(model);
    findings.push(...noEntrypointNotice(env));
    findings.push(...model.findings);
    const version = inputs.kubernetesVersion ?? env.config.kubernetesVersion ?? config.kubernetesVersion;
    findings.push(...await checkEnvironment(model, version, inputs.schemaSource, validator, resolver));
  }
  const located = findings.map((f) => relativize(f, repoRoot));
  const final = applyRuleSettings(located, config.rules);
  sortFindings(final, envs);
  const environments = models.map((m) => ({
    name: m.config.name,
    branch: m.config.branch,
    entrypoints: m.entrypoints.map((e) => ({ path: e.path, resources: e.resources }))
  }));
  return {
    report: {
      tool: "gitops-gate",
      version: VERSION,
      reportVersion: 1,
      environments,
      findings: final,
      summary: summarize(environments, final)
    },
    models
  };
}
async function checkEnvironment(model, kubernetesVersion, source, validator, resolver) {
  const env = model.config.name;
  const resources = model.resources.map((r) => r.resource);
  const out = [];
  const bare = [
    ...await checkSchemas(resources, { source, kubernetesVersion, validator }),
    ...checkApiVersions(resources, kubernetesVersion)
  ];
  for (const f of bare) {
    const cr = f.resource ? findResource(model.resources, f) : void 0;
    out.push(withPlace(f, env, cr, resolver));
  }
  for (const f of [...checkDuplicates(model.resources, env), ...checkPlaintextSecrets(model.resources, env)]) {
    const cr = f.resource ? findResource(model.resources, f) : void 0;
    out.push(withPlace(f, env, cr, resolver));
  }
  return out;
}
function withPlace(f, env, cr, resolver) {
  const out = { ...f, environment: env };
  if (cr) {
    out.entrypoint ??= cr.entrypoint;
    const pos = resolver.locate(cr.resource, f.path);
    if (pos) {
      out.file = pos.file;
      out.line = pos.line;
      if (pos.column) out.column = pos.column;
      else delete out.column;
    }
  }
  return out;
}
function findResource(resources, f) {
  const ref = f.resource;
  return resources.find(
    (r) => r.resource.kind === ref.kind && r.resource.name === ref.name && r.resource.apiVersion === ref.apiVersion && (r.resource.namespace || void 0) === (ref.namespace || void 0)
  );
}
function noEntrypointNotice(env) {
  if (env.entrypoints.length > 0) return [];
  const globs = env.config.entrypoints;
  return [
    {
      ruleId: "render/skipped",
      severity: "notice",
      environment: env.config.name,
      message: globs.length > 0 ? `environment ${env.config.name}: its entrypoints (${globs.join(", ")}) match no directory` : `environment ${env.config.name}: no overlays/${env.config.name} or clusters/${env.config.name} directory found; set its entrypoints in .gitops-gate.yaml`
    }
  ];
}
function relativize(f, repoRoot) {
  if (!f.file || !f.file.startsWith("/")) return f;
  if (!isWithin(repoRoot, f.file)) return f;
  return { ...f, file: relativePath(repoRoot, f.file) };
}
function applyRuleSettings(findings, rules) {
  const out = [];
  for (const f of findings) {
    const setting = rules[f.ruleId];
    if (setting === "off") continue;
    out.push(setting ? { ...f, severity: setting } : f);
  }
  return out;
}
var SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
function sortFindings(findings, envs) {
  const envRank = new Map(envs.map((e, i) => [e.config.name, i]));
  findings.sort(
    (a, b) => (envRank.get(a.environment ?? "") ?? -1) - (envRank.get(b.environment ?? "") ?? -1) || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (a.file ?? "").localeCompare(b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || a.ruleId.localeCompare(b.ruleId)
  );
}

// src/core/render/common.ts
var SEVERITIES = ["error", "warning", "notice"];
function severityRank(severity) {
  const rank = SEVERITIES.indexOf(severity);
  return rank === -1 ? SEVERITIES.length : rank;
}
function compareOptional(a, b) {
  if (a === b) return 0;
  if (a === void 0) return -1;
  if (b === void 0) return 1;
  if (a < b) return -1;
  return a > b ? 1 : 0;
}
function compareFindings(a, b) {
  return severityRank(a.severity) - severityRank(b.severity) || compareOptional(a.file, b.file) || compareOptional(a.line, b.line) || compareOptional(a.column, b.column) || compareOptional(a.ruleId, b.ruleId) || compareOptional(a.entrypoint, b.entrypoint) || compareOptional(a.resource ? resourceLabel(a.resource) : void 0, b.resource ? resourceLabel(b.resource) : void 0) || compareOptional(a.path, b.path) || compareOptional(a.message, b.message);
}
function orderFindings(report) {
  const envIndex = new Map(report.environments.map((e, i) => [e.name, i]));
  const rank = (f) => f.environment === void 0 ? Number.MAX_SAFE_INTEGER : envIndex.get(f.environment) ?? report.environments.length;
  return [...report.findings].sort(
    (a, b) => rank(a) - rank(b) || compareOptional(a.environment, b.environment) || compareFindings(a, b)
  );
}
function resourceLabel(ref) {
  return ref.namespace ? `${ref.kind} ${ref.namespace}/${ref.name}` : `${ref.kind} ${ref.name}`;
}
function locationLabel(f) {
  if (f.file === void 0 || f.file === "") return void 0;
  if (f.line === void 0) return f.file;
  return f.column === void 0 ? `${f.file}:${f.line}` : `${f.file}:${f.line}:${f.column}`;
}
function plural(n, singular, pluralForm = `${singular}s`) {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}
function countsLabel(counts) {
  return `${plural(counts.errors, "error")}, ${plural(counts.warnings, "warning")}, ${plural(counts.notices, "notice")}`;
}
function countSeverities(findings) {
  let errors = 0;
  let warnings = 0;
  let notices = 0;
  for (const f of findings) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
    else notices++;
  }
  return { errors, warnings, notices };
}

// src/core/render/json.ts
function renderJson(report) {
  const doc = {
    tool: report.tool,
    version: report.version,
    reportVersion: report.reportVersion,
    environments: report.environments.map((e) => ({
      name: e.name,
      branch: e.branch,
      entrypoints: e.entrypoints.map((x) => ({ path: x.path, resources: x.resources }))
    })),
    findings: orderFindings(report).map(findingJson),
    summary: {
      errors: report.summary.errors,
      warnings: report.summary.warnings,
      notices: report.summary.notices,
      entrypoints: report.summary.entrypoints,
      resources: report.summary.resources
    }
  };
  return `${JSON.stringify(doc, null, 2)}
`;
}
function findingJson(f) {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    environment: f.environment,
    entrypoint: f.entrypoint,
    resource: f.resource && {
      apiVersion: f.resource.apiVersion,
      kind: f.resource.kind,
      namespace: f.resource.namespace,
      name: f.resource.name
    },
    path: f.path
  };
}

// src/core/render/markdown-builder.ts
var MarkdownBuilder = class {
  constructor(maxChars) {
    this.maxChars = maxChars;
    if (!Number.isFinite(maxChars) || maxChars < 0) throw new RangeError(`maxChars must be a non-negative number, got ${maxChars}`);
  }
  parts = [];
  used = 0;
  /** Reserves in force, innermost last: a section's own reserve/release pairs nest inside its caller's. */
  reserves = [];
  /** Characters written so far. */
  get length() {
    return this.used;
  }
  /** Characters that may still be appended (the reserve excluded). */
  remaining() {
    return Math.max(0, this.maxChars - this.used - this.reserves.reduce((a, b) => a + b, 0));
  }
  fits(text) {
    return text.length <= this.remaining();
  }
  /** Appends `text` if it fits within the budget; returns whether it did. Never appends part of it. */
  append(text) {
    if (!this.fits(text)) return false;
    this.parts.push(text);
    this.used += text.length;
    return true;
  }
  /** Holds back `chars` characters for what comes later, on top of any reserve already held. */
  reserve(chars) {
    this.reserves.push(Math.max(0, chars));
  }
  /** Gives back the most recent reserve still held (reserves nest like parentheses). */
  release() {
    this.reserves.pop();
  }
  toString() {
    return this.parts.join("");
  }
};

// src/core/render/markdown-escape.ts
var MARKDOWN_PUNCTUATION = /[\\`*_[\]~|]/;
function escapeInline(text, maxLength = Number.POSITIVE_INFINITY) {
  const source = truncate2(text.replace(/\r\n?/g, "\n").trim(), maxLength);
  let out = "";
  let prev = "";
  for (const ch of source) {
    if (ch === "\n") out += "<br>";
    else if (ch === "&") out += "&amp;";
    else if (ch === "<") out += "&lt;";
    else if (ch === ">") out += "&gt;";
    else if (MARKDOWN_PUNCTUATION.test(ch)) out += `\\${ch}`;
    else if (ch === "@" && !/[\p{L}\p{N}_]/u.test(prev)) out += "@&#8203;";
    else if (/[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029]/.test(ch)) out += " ";
    else out += ch;
    prev = ch;
  }
  return out;
}
function longestBacktickRun(text) {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}
function codeSpan(text, maxLength = Number.POSITIVE_INFINITY) {
  const content = truncate2(text, maxLength).replace(/\r\n?/g, "\n").replace(/[\n\u0000-\u001f\u007f\u2028\u2029]/g, " ");
  if (content === "") return escapeInline(text);
  const fence = "`".repeat(longestBacktickRun(content) + 1);
  const pad2 = /^[` ]|[` ]$/.test(content) ? " " : "";
  return `${fence}${pad2}${content}${pad2}${fence}`;
}
function truncate2(text, max) {
  if (text.length <= max) return text;
  const points = Array.from(text);
  if (points.length <= max) return text;
  return `${points.slice(0, Math.max(0, max - 1)).join("")}\u2026`;
}

// src/core/render/markdown.ts
var COMMENT_MARKER = "<!-- gitops-gate -->";
var GITHUB_COMMENT_LIMIT = 65536;
var DEFAULT_MAX_FINDINGS = 50;
var MAX_MESSAGE_LENGTH = 1e3;
var MAX_PATH_LENGTH = 300;
var DEFAULT_FULL_REPORT_HINT = "the job summary or the JSON report (`gitops-gate check --format json`)";
function renderMarkdown(report, options = {}) {
  const md = new MarkdownBuilder(options.maxChars ?? GITHUB_COMMENT_LIMIT);
  appendCheckSection(md, report, options);
  return md.toString();
}
function appendCheckSection(md, report, options = {}) {
  const hint = options.fullReportHint ?? DEFAULT_FULL_REPORT_HINT;
  const head = `${COMMENT_MARKER}
${verdict(report, options.failOn ?? "error")}

`;
  const findings = [...report.findings].sort(importance(report));
  const findingsNote = (n, noneListed = false) => `
_${plural(n, noneListed ? "finding" : "more finding")} not listed here: see ${hint}._
`;
  const tableNote = (n) => `
_${plural(n, "more environment")} not shown: see ${hint}._
`;
  const noFindings = "No findings.\n";
  const minimum = head.length + tableNote(report.environments.length + 1).length + Math.max(noFindings.length, findingsNote(findings.length).length);
  if (md.remaining() < minimum) {
    throw new RangeError(`a markdown budget of ${md.remaining()} characters cannot hold the verdict and what was left out (${minimum} needed)`);
  }
  md.append(head);
  appendEnvironmentTable(md, report, findings.length > 0 ? findingsNote(findings.length).length : noFindings.length, tableNote);
  if (findings.length === 0) {
    md.append(noFindings);
    return;
  }
  const max = Math.max(0, options.maxFindings ?? DEFAULT_MAX_FINDINGS);
  const heading = "\n#### Findings\n\n";
  const reserve = findingsNote(findings.length).length;
  let listed = 0;
  if (md.remaining() >= heading.length + reserve) {
    md.reserve(reserve);
    for (const f of findings) {
      if (listed >= max) break;
      const line = findingLine(f);
      const needed = listed === 0 ? heading + line : line;
      if (!md.append(needed)) break;
      listed++;
    }
    md.release();
  }
  const omitted = findings.length - listed;
  if (omitted > 0) md.append(findingsNote(omitted, listed === 0));
}
function importance(report) {
  const envIndex = new Map(report.environments.map((e, i) => [e.name, i]));
  const rank = (f) => f.environment === void 0 ? Number.MAX_SAFE_INTEGER : envIndex.get(f.environment) ?? report.environments.length;
  return (a, b) => severityRank(a.severity) - severityRank(b.severity) || rank(a) - rank(b) || compareFindings(a, b);
}
function verdict(report, failOn) {
  const s = report.summary;
  const failed2 = failOn === "error" ? s.errors > 0 : failOn === "warning" ? s.errors + s.warnings > 0 : false;
  return `### ${failed2 ? "\u274C" : "\u2705"} gitops-gate: ${countsLabel(s)}
${plural(s.entrypoints, "entrypoint")} (${plural(s.resources, "resource")}) across ${plural(report.environments.length, "environment")}`;
}
function appendEnvironmentTable(md, report, reserveAfter, note) {
  const rows = [];
  const known = new Set(report.environments.map((e) => e.name));
  const byEnv = /* @__PURE__ */ new Map();
  for (const f of report.findings) {
    if (f.environment === void 0) continue;
    const list = byEnv.get(f.environment);
    if (list) list.push(f);
    else byEnv.set(f.environment, [f]);
  }
  for (const env of report.environments) {
    const c = countSeverities(byEnv.get(env.name) ?? []);
    const resources = env.entrypoints.reduce((n, e) => n + e.resources, 0);
    rows.push(row([escapeInline(env.name, MAX_PATH_LENGTH), escapeInline(env.branch, MAX_PATH_LENGTH), env.entrypoints.length, resources, c.errors, c.warnings, c.notices]));
  }
  const others = report.findings.filter((f) => f.environment === void 0 || !known.has(f.environment));
  if (others.length > 0) {
    const c = countSeverities(others);
    rows.push(row(["_other_", "", "", "", c.errors, c.warnings, c.notices]));
  }
  if (rows.length === 0) return;
  const header = "| environment | branch | entrypoints | resources | errors | warnings | notices |\n| --- | --- | ---: | ---: | ---: | ---: | ---: |\n";
  const worstNote = note(rows.length).length;
  md.reserve(reserveAfter + worstNote);
  let shown = 0;
  if (md.append(header)) {
    for (const r of rows) {
      if (!md.append(r)) break;
      shown++;
    }
  }
  md.release();
  if (shown < rows.length) md.append(note(rows.length - shown));
}
function row(cells) {
  return `| ${cells.map((c) => c === "" ? " " : String(c)).join(" | ")} |
`;
}
function findingLine(f) {
  const where = locationLabel(f) ?? f.entrypoint;
  const context = [f.environment, f.resource ? resourceLabel(f.resource) : void 0].filter((s) => s !== void 0 && s !== "");
  let line = `- **${f.severity}** ${codeSpan(f.ruleId, 100)}`;
  if (where) line += ` at ${codeSpan(where, MAX_PATH_LENGTH)}`;
  if (context.length > 0) line += ` (${context.map((c) => escapeInline(c, MAX_PATH_LENGTH)).join(", ")})`;
  return `${line}: ${escapeInline(f.message, MAX_MESSAGE_LENGTH)}
`;
}

// src/core/render/rules.ts
var RULES = {
  "yaml/parse-error": { shortDescription: "A YAML file the build reads cannot be parsed", defaultSeverity: "error" },
  "kustomize/build-failed": { shortDescription: "An entrypoint fails to build", defaultSeverity: "error" },
  "kustomize/deprecated-field": {
    shortDescription: "A kustomization uses a deprecated field (bases, patchesStrategicMerge, patchesJson6902, commonLabels, vars, imageTags\u2026)",
    defaultSeverity: "warning"
  },
  "resource/duplicate": { shortDescription: "The same group/kind/namespace/name appears twice in one environment", defaultSeverity: "error" },
  "schema/invalid": { shortDescription: "A value breaks its schema (type, enum, required, pattern, format)", defaultSeverity: "error" },
  "schema/unknown-field": { shortDescription: "A field the schema does not declare", defaultSeverity: "error" },
  "schema/missing": { shortDescription: "No schema is known for this apiVersion/kind, so it was not validated", defaultSeverity: "warning" },
  "render/skipped": {
    shortDescription: "Something gitops-gate does not render: a Helm chart, an ApplicationSet, a source outside this repository, an environment with no entrypoints",
    defaultSeverity: "notice"
  },
  "schema/unreachable": { shortDescription: "A schema location could not be used, so some resources went unvalidated", defaultSeverity: "notice" },
  "schema/removed-api": { shortDescription: "The apiVersion is removed in the target Kubernetes version", defaultSeverity: "error" },
  "schema/deprecated-api": { shortDescription: "The apiVersion is deprecated in the target Kubernetes version", defaultSeverity: "warning" },
  "wave/invalid": { shortDescription: "A sync-wave or hook annotation Argo CD cannot read", defaultSeverity: "error" },
  "wave/order": { shortDescription: "A resource or Application depends on one synced in a later wave", defaultSeverity: "error" },
  "wave/crd-order": {
    shortDescription: "A custom resource syncs in the same or an earlier wave than the CRD it needs",
    defaultSeverity: "error"
  },
  "wave/child-health": {
    shortDescription: "App-of-apps waves will not wait: Argo CD does not assess Application health",
    defaultSeverity: "warning"
  },
  "flux/dependson-missing": { shortDescription: "A Flux dependsOn names an object that does not exist", defaultSeverity: "error" },
  "flux/dependson-cycle": { shortDescription: "Flux dependsOn references form a cycle", defaultSeverity: "error" },
  "flux/crd-order": { shortDescription: "A Flux object applies custom resources before the CRD they need", defaultSeverity: "error" },
  "promotion/source-branch": {
    shortDescription: "A pull request into a stage branch comes from a branch its rules do not allow",
    defaultSeverity: "error"
  },
  "promotion/target-revision": {
    shortDescription: "An environment's Application or GitRepository tracks another environment's branch",
    defaultSeverity: "error"
  },
  "promotion/cross-environment": {
    shortDescription: "An environment's entrypoint or Application points into another environment's overlay",
    defaultSeverity: "error"
  },
  "promotion/sync-policy": {
    shortDescription: "Automated sync in an environment declared manual, or the reverse",
    defaultSeverity: "error"
  },
  "promotion/unverified": {
    shortDescription: "The promoted commit is not contained in the previous stage's branch",
    defaultSeverity: "error"
  },
  "secret/plaintext": { shortDescription: "A Secret with data or stringData committed in plain text", defaultSeverity: "warning" }
};
function isKnownRule(ruleId) {
  return Object.hasOwn(RULES, ruleId);
}
function ruleInfo(ruleId, fallback) {
  return isKnownRule(ruleId) ? RULES[ruleId] : { shortDescription: ruleId, defaultSeverity: fallback };
}

// src/core/render/sarif.ts
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var DEFAULT_TOOL_URI = "https://gitops-gate.dev";
var DEFAULT_ANCHOR_FILE = ".gitops-gate.yaml";
var GITHUB_MAX_RESULTS = 25e3;
var FINGERPRINT_KEY = "gitopsGateFinding/v1";
var LEVEL = { error: "error", warning: "warning", notice: "note" };
function renderSarif(report, options = {}) {
  const all = orderFindings(report);
  const max = Math.max(0, options.maxResults ?? GITHUB_MAX_RESULTS);
  const findings = all.length <= max ? all : keepMostSevere(all, max);
  const ruleIds = [...new Set(findings.map((f) => f.ruleId))].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const severityOf = new Map(findings.map((f) => [f.ruleId, f.severity]));
  const rules = ruleIds.map((id) => {
    const info = ruleInfo(id, severityOf.get(id) ?? "warning");
    return {
      id,
      name: ruleName(id),
      shortDescription: { text: info.shortDescription },
      defaultConfiguration: { level: LEVEL[info.defaultSeverity] }
    };
  });
  const results = findings.map((f) => ({
    ruleId: f.ruleId,
    ruleIndex: ruleIndex.get(f.ruleId) ?? 0,
    level: LEVEL[f.severity] ?? "warning",
    message: { text: resultMessage(f) },
    locations: [location(f, options)],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(f) },
    properties: resultProperties(f)
  }));
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: report.tool,
            version: report.version,
            semanticVersion: report.version,
            informationUri: options.toolUri ?? DEFAULT_TOOL_URI,
            rules
          }
        },
        // Columns come from the YAML parser's string offsets, which count UTF-16 code units.
        columnKind: "utf16CodeUnits",
        results,
        ...findings.length < all.length ? { properties: { totalResults: all.length, omittedResults: all.length - findings.length } } : {}
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}
function keepMostSevere(findings, max) {
  const ranked = findings.map((f, i) => ({ i, rank: severityRank(f.severity) })).sort((a, b) => a.rank - b.rank || a.i - b.i);
  const keep = new Set(ranked.slice(0, max).map((r) => r.i));
  return findings.filter((_, i) => keep.has(i));
}
function ruleName(id) {
  return id.split(/[^A-Za-z0-9]+/).filter((p) => p !== "").map((p) => p[0].toUpperCase() + p.slice(1)).join("");
}
function resultMessage(f) {
  const where = [f.resource ? resourceLabel(f.resource) : void 0, f.environment ? `environment ${f.environment}` : void 0].filter((s) => s !== void 0).join(", ");
  return where === "" ? f.message : `${f.message} (${where})`;
}
function location(f, options) {
  if (f.file) {
    const region = { startLine: f.line ?? 1 };
    if (f.line !== void 0 && f.column !== void 0) region.startColumn = f.column;
    return { physicalLocation: { artifactLocation: { uri: toUri(f.file) }, region } };
  }
  const anchor = f.entrypoint ? `${f.entrypoint.replace(/\/+$/, "")}/${options.kustomizationFileName ?? "kustomization.yaml"}` : options.anchorFile ?? DEFAULT_ANCHOR_FILE;
  return { physicalLocation: { artifactLocation: { uri: toUri(anchor) }, region: { startLine: 1 } } };
}
function toUri(path2) {
  return path2.replace(/^(\.\/)+/, "").replace(/^\/+/, "").split("/").map((seg) => encodeURIComponent(seg)).join("/");
}
function fingerprint(f) {
  const parts = [f.ruleId, f.environment ?? "", f.entrypoint ?? "", f.file ?? ""];
  if (f.resource) parts.push(f.resource.apiVersion, f.resource.kind, f.resource.namespace ?? "", f.resource.name);
  if (f.path !== void 0) parts.push(f.path);
  if (!f.resource && f.path === void 0) parts.push(f.message);
  return fnv1a64(JSON.stringify(parts));
}
function fnv1a64(s) {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < s.length; i++) {
    hash ^= BigInt(s.charCodeAt(i));
    hash = hash * 0x100000001b3n & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, "0");
}
function resultProperties(f) {
  const props = {};
  if (f.environment !== void 0) props.environment = f.environment;
  if (f.entrypoint !== void 0) props.entrypoint = f.entrypoint;
  if (f.resource) {
    props.resource = {
      apiVersion: f.resource.apiVersion,
      kind: f.resource.kind,
      ...f.resource.namespace !== void 0 ? { namespace: f.resource.namespace } : {},
      name: f.resource.name
    };
  }
  if (f.path !== void 0) props.path = f.path;
  if (!f.file) props.anchored = true;
  return props;
}

// src/core/render/text.ts
var ANSI = { reset: "\x1B[0m", bold: "\x1B[1m", dim: "\x1B[2m", red: "\x1B[31m", yellow: "\x1B[33m", cyan: "\x1B[36m", green: "\x1B[32m" };
var SEVERITY_COLOR = { error: ANSI.red, warning: ANSI.yellow, notice: ANSI.cyan };
var MAX_LOCATION_WIDTH = 72;
var INDENT = "  ";
function renderText(report, options) {
  const paint = (code2, s2) => options.color ? `${code2}${s2}${ANSI.reset}` : s2;
  const out = [];
  const byEnv = groupByEnvironment(report);
  for (const group of byEnv) {
    const env = report.environments.find((e) => e.name === group.name);
    let header = group.name === void 0 ? "all environments" : sanitize(group.name);
    if (env) {
      const resources = env.entrypoints.reduce((n, e) => n + e.resources, 0);
      header += ` (branch ${sanitize(env.branch)}): ${plural(env.entrypoints.length, "entrypoint")}, ${plural(resources, "resource")}`;
    }
    out.push(paint(ANSI.bold, header));
    if (group.findings.length === 0) {
      out.push(`${INDENT}${paint(ANSI.green, "no findings")}`);
      out.push("");
      continue;
    }
    const rows = group.findings.map((f) => ({ f, location: sanitize(locationLabel(f) ?? f.entrypoint ?? "-") }));
    const locWidth = Math.min(MAX_LOCATION_WIDTH, Math.max(...rows.map((r) => r.location.length)));
    const ruleWidth = Math.max(...rows.map((r) => r.f.ruleId.length));
    for (const { f, location: location2 } of rows) {
      const severity = paint(SEVERITY_COLOR[f.severity] ?? "", f.severity.padEnd(7));
      const context = f.resource ? `  ${paint(ANSI.dim, `(${sanitize(resourceLabel(f.resource))})`)}` : "";
      const message = sanitize(f.message).replace(/\n/g, `
${INDENT}${" ".repeat(locWidth + 2 + 7 + 2 + ruleWidth + 2)}`);
      out.push(`${INDENT}${location2.padEnd(locWidth)}  ${severity}  ${sanitize(f.ruleId).padEnd(ruleWidth)}  ${message}${context}`);
    }
    out.push("");
  }
  const s = report.summary;
  const summary = `${countsLabel(s)} in ${plural(s.entrypoints, "entrypoint")} (${plural(s.resources, "resource")}) across ${plural(report.environments.length, "environment")}`;
  out.push(paint(s.errors > 0 ? ANSI.red : s.warnings > 0 ? ANSI.yellow : ANSI.green, summary));
  return `${out.join("\n")}
`;
}
function groupByEnvironment(report) {
  const groups = report.environments.map((e) => ({ name: e.name, findings: [] }));
  for (const f of orderFindings(report)) {
    let group = groups.find((g) => g.name === f.environment);
    if (!group) {
      group = { name: f.environment, findings: [] };
      groups.push(group);
    }
    group.findings.push(f);
  }
  return groups;
}
function sanitize(s) {
  return s.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}

// src/core/render/index.ts
var REPORT_FORMATS = ["text", "json", "sarif", "markdown"];
function isReportFormat(value) {
  return REPORT_FORMATS.includes(value);
}
function renderReport(report, format, options) {
  switch (format) {
    case "text":
      return renderText(report, { color: options.color });
    case "json":
      return renderJson(report);
    case "sarif":
      return renderSarif(report, { toolUri: options.toolUri, anchorFile: options.anchorFile });
    case "markdown":
      return renderMarkdown(report, {
        maxChars: options.maxChars,
        maxFindings: options.maxFindings,
        fullReportHint: options.fullReportHint,
        failOn: options.failOn
      });
    default: {
      const unknown = format;
      throw new RangeError(`unknown report format ${JSON.stringify(unknown)}: expected one of ${REPORT_FORMATS.join(", ")}`);
    }
  }
}

// src/cli/repo-inputs.ts
import { existsSync, readFileSync as readFileSync3 } from "node:fs";
import * as nodePath3 from "node:path";

// src/io/git-remote.ts
import { readFileSync as readFileSync2, statSync as statSync2 } from "node:fs";
import { join as join2, resolve as resolve2 } from "node:path";
function readOriginUrl(root) {
  const gitDir = findGitDir(root);
  if (!gitDir) return void 0;
  let config;
  try {
    config = readFileSync2(join2(gitDir, "config"), "utf8");
  } catch {
    try {
      const common = readFileSync2(join2(gitDir, "commondir"), "utf8").trim();
      config = readFileSync2(join2(resolve2(gitDir, common), "config"), "utf8");
    } catch {
      return void 0;
    }
  }
  let inOrigin = false;
  for (const raw of config.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith("[")) {
      inOrigin = /^\[remote\s+"origin"\]$/.test(line);
      continue;
    }
    const m = /^url\s*=\s*(.+)$/.exec(line);
    if (inOrigin && m) return m[1].trim();
  }
  return void 0;
}
function findGitDir(root) {
  const dotGit = join2(root, ".git");
  try {
    const st = statSync2(dotGit);
    if (st.isDirectory()) return dotGit;
    const text = readFileSync2(dotGit, "utf8");
    const m = /^gitdir:\s*(.+)$/m.exec(text);
    return m ? resolve2(root, m[1].trim()) : void 0;
  } catch {
    return void 0;
  }
}

// src/io/schema-store.ts
import { createHash as createHash2 } from "node:crypto";
import { mkdir, readFile, readdir, rename, stat, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join as join3 } from "node:path";

// src/core/schema/locations.ts
var SchemaLocationError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "SchemaLocationError";
  }
};
var KUBECONFORM_DEFAULT_TEMPLATE = "https://raw.githubusercontent.com/yannh/kubernetes-json-schema/master/{{.NormalizedKubernetesVersion}}-standalone{{.StrictSuffix}}/{{.ResourceKind}}{{.KindSuffix}}.json";
var CRDS_CATALOG_TEMPLATE = "https://raw.githubusercontent.com/datreeio/CRDs-catalog/main/{{.Group}}/{{.ResourceKind}}_{{.ResourceAPIVersion}}.json";
var DEFAULT_SCHEMA_LOCATIONS = [
  { type: "template", template: KUBECONFORM_DEFAULT_TEMPLATE },
  { type: "template", template: CRDS_CATALOG_TEMPLATE }
];
var TEMPLATE_VARIABLES = ["NormalizedKubernetesVersion", "StrictSuffix", "ResourceKind", "ResourceAPIVersion", "Group", "KindSuffix"];
var PLACEHOLDER = /\{\{\s*\.?\s*([A-Za-z]+)\s*\}\}/g;
function parseSchemaLocation(text) {
  const value = text.trim();
  if (value === "") throw new SchemaLocationError("empty schema location; expected a directory, a URL or a URL template");
  if (value === "default") return { type: "template", template: KUBECONFORM_DEFAULT_TEMPLATE };
  if (!value.includes("{{")) return { type: "layout", base: value.replace(/\/+$/, "") };
  for (const m of value.matchAll(PLACEHOLDER)) {
    if (!TEMPLATE_VARIABLES.includes(m[1])) {
      throw new SchemaLocationError(`schema location ${JSON.stringify(value)} uses {{.${m[1]}}}; expected one of ${TEMPLATE_VARIABLES.map((v) => `{{.${v}}}`).join(", ")}`);
    }
  }
  if (value.replace(PLACEHOLDER, "").includes("{{")) {
    throw new SchemaLocationError(`schema location ${JSON.stringify(value)} has an unclosed or unsupported {{ }} placeholder`);
  }
  return { type: "template", template: value };
}
function splitSchemaLocations(value) {
  const out = [];
  let current = "";
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    const isPort = /^[A-Za-z][\w+.-]*:\/\/[^/]*$/.test(current) && /^\d/.test(value.slice(i + 1));
    const isSeparator = c === ":" && !isPort && !value.startsWith("//", i + 1) && !/^[A-Za-z]$/.test(current) && !/\{\{[^}]*$/.test(current);
    if (isSeparator) {
      if (current.trim()) out.push(current.trim());
      current = "";
    } else {
      current += c;
    }
  }
  if (current.trim()) out.push(current.trim());
  return out;
}
function templateVariables(kubernetesVersion, apiVersion, kind) {
  const { group, version } = splitApiVersion(apiVersion);
  const firstSegment = apiVersion.split("/")[0].split(".")[0].toLowerCase();
  const kindSuffix = group === "" ? `-${version.toLowerCase()}` : `-${firstSegment}-${version.toLowerCase()}`;
  return {
    NormalizedKubernetesVersion: normalizedKubernetesVersion(kubernetesVersion),
    StrictSuffix: "-strict",
    ResourceKind: kind.toLowerCase(),
    ResourceAPIVersion: version,
    Group: group,
    KindSuffix: kindSuffix
  };
}
function expandSchemaTemplate(template, variables) {
  return template.replace(PLACEHOLDER, (_m, name) => variables[name] ?? "");
}
function isUrl(location2) {
  return /^https?:\/\//i.test(location2);
}

// src/core/schema/location-source.ts
var STRICT_SUFFIX = "-standalone-strict";
var Failed = class {
  constructor(outage) {
    this.outage = outage;
  }
};
var LocationSchemaSource = class {
  constructor(locations, loader) {
    this.locations = locations;
    this.loader = loader;
  }
  documents = /* @__PURE__ */ new Map();
  definitions = /* @__PURE__ */ new Map();
  versionDirs = /* @__PURE__ */ new Map();
  /** Locations that failed once, with why; they answer every later request with the same outage. */
  down = /* @__PURE__ */ new Map();
  async lookup(request) {
    const outages = [];
    for (const location2 of this.locations) {
      const key = locationKey(location2);
      const isDown = this.down.get(key);
      if (isDown) {
        outages.push(isDown);
        continue;
      }
      const found = location2.type === "layout" ? await this.fromLayout(location2.base, request) : await this.fromTemplate(location2.template, request);
      if (found instanceof Failed) {
        const outage = { location: locationName(location2), reason: `${found.outage.location}: ${found.outage.reason}` };
        if (isUrl(found.outage.location)) this.down.set(key, outage);
        outages.push(outage);
      } else if (found) {
        return { schema: found, outages };
      }
    }
    return { outages };
  }
  async fromLayout(base, request) {
    const { group, version } = splitApiVersion(request.apiVersion);
    const versionDir = await this.versionDir(base, request.kubernetesVersion);
    if (versionDir !== void 0) {
      const defs = await this.loadDefinitions(`${base}/kubernetes/${versionDir}${STRICT_SUFFIX}/_definitions.json`);
      if (defs instanceof Failed) return defs;
      const name = defs?.byGvk.get(gvkKey2(group, version, request.kind));
      if (defs && name !== void 0) {
        return { documentId: defs.documentId, document: defs.document, pointer: `/definitions/${escapePointer2(name)}`, origin: defs.origin };
      }
    }
    if (group === "") return void 0;
    const path2 = `${base}/crds/${group}/${request.kind.toLowerCase()}_${version}.json`;
    return this.standalone(path2);
  }
  async fromTemplate(template, request) {
    const variables = templateVariables(request.kubernetesVersion, request.apiVersion, request.kind);
    if (variables.Group === "" && /\{\{\s*\.?\s*Group\s*\}\}/.test(template)) return void 0;
    const location2 = expandSchemaTemplate(template, variables);
    return this.standalone(location2);
  }
  async standalone(location2) {
    const doc = await this.loadDocument(location2);
    if (doc === void 0 || doc instanceof Failed) return doc;
    return { documentId: `file:${location2}`, document: doc, pointer: "", origin: location2 };
  }
  /** The `<version>` directory under `<base>/kubernetes` that serves the target version. */
  versionDir(base, kubernetesVersion) {
    const key = `${base}
${kubernetesVersion}`;
    let found = this.versionDirs.get(key);
    if (!found) {
      found = (async () => {
        if (isUrl(base)) return normalizedKubernetesVersion(kubernetesVersion);
        const names = await this.loader.listDir(`${base}/kubernetes`);
        if (!names) return void 0;
        const dirs = names.filter((n) => n.endsWith(STRICT_SUFFIX)).map((n) => n.slice(0, -STRICT_SUFFIX.length));
        return pickVersionDir(kubernetesVersion, dirs);
      })();
      this.versionDirs.set(key, found);
    }
    return found;
  }
  loadDocument(location2) {
    let found = this.documents.get(location2);
    if (!found) {
      found = this.loader.loadJson(location2).then((result) => {
        if (result.status === "absent") return void 0;
        if (result.status === "failed") return new Failed({ location: location2, reason: result.reason });
        if (!isJsonObject(result.value)) return new Failed({ location: location2, reason: "not a JSON schema object" });
        return normalizeSchema(result.value, { closeObjects: false });
      });
      this.documents.set(location2, found);
    }
    return found;
  }
  loadDefinitions(location2) {
    let found = this.definitions.get(location2);
    if (!found) {
      found = this.loadDocument(location2).then((doc) => {
        if (doc === void 0 || doc instanceof Failed) return doc;
        if (!isJsonObject(doc.definitions)) return new Failed({ location: location2, reason: 'no "definitions" object' });
        return { documentId: `file:${location2}`, origin: location2, document: doc, byGvk: indexByGvk(doc.definitions) };
      });
      this.definitions.set(location2, found);
    }
    return found;
  }
};
function indexByGvk(definitions) {
  const byGvk = /* @__PURE__ */ new Map();
  for (const [name, def] of Object.entries(definitions)) {
    if (!isJsonObject(def)) continue;
    const gvks = def["x-kubernetes-group-version-kind"];
    if (!Array.isArray(gvks)) continue;
    for (const gvk of gvks) {
      if (!isJsonObject(gvk) || typeof gvk.kind !== "string" || typeof gvk.version !== "string") continue;
      const key = gvkKey2(typeof gvk.group === "string" ? gvk.group : "", gvk.version, gvk.kind);
      if (!byGvk.has(key) || gvks.length === 1) byGvk.set(key, name);
    }
  }
  return byGvk;
}
function gvkKey2(group, version, kind) {
  return `${group}/${version}/${kind}`;
}
function escapePointer2(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function locationKey(location2) {
  return location2.type === "layout" ? `layout:${location2.base}` : `template:${location2.template}`;
}
function locationName(location2) {
  return location2.type === "layout" ? location2.base : location2.template;
}

// src/io/schema-store.ts
var DEFAULT_TIMEOUT_MS = 5e3;
var DEFAULT_MAX_AGE_MS = 7 * 24 * 3600 * 1e3;
function defaultSchemaCacheDir(env = process.env) {
  if (env.RUNNER_TOOL_CACHE) return join3(env.RUNNER_TOOL_CACHE, "gitops-gate", "schemas");
  const base = env.XDG_CACHE_HOME || join3(homedir(), ".cache");
  return join3(base, "gitops-gate", "schemas");
}
function createSchemaLoader(options = {}) {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxAgeMs = options.maxAgeMs ?? DEFAULT_MAX_AGE_MS;
  const fetchFn = options.fetch ?? globalThis.fetch;
  async function loadUrl(url) {
    const cached = options.cacheDir ? join3(options.cacheDir, `${createHash2("sha256").update(url).digest("hex")}.json`) : void 0;
    const fresh = cached ? await readCache(cached, maxAgeMs) : void 0;
    if (fresh?.fresh) return parse(fresh.text, url);
    let response;
    try {
      response = await fetchFn(url, { signal: AbortSignal.timeout(timeoutMs), redirect: "follow" });
    } catch (e) {
      if (fresh) return parse(fresh.text, url);
      return { status: "failed", reason: networkReason(e, timeoutMs) };
    }
    if (response.status === 404 || response.status === 410) return { status: "absent" };
    if (!response.ok) {
      if (fresh) return parse(fresh.text, url);
      return { status: "failed", reason: `HTTP ${response.status}` };
    }
    let text;
    try {
      text = await response.text();
    } catch (e) {
      return { status: "failed", reason: networkReason(e, timeoutMs) };
    }
    const result = parse(text, url);
    if (cached && result.status === "ok") await writeCache(cached, text);
    return result;
  }
  async function loadFile(path2) {
    let text;
    try {
      text = await readFile(path2, "utf8");
    } catch (e) {
      const code2 = e.code;
      if (code2 === "ENOENT" || code2 === "ENOTDIR") return { status: "absent" };
      return { status: "failed", reason: `cannot read: ${code2 ?? String(e)}` };
    }
    return parse(text, path2);
  }
  return {
    loadJson: (location2) => isUrl(location2) ? loadUrl(location2) : loadFile(location2),
    async listDir(location2) {
      if (isUrl(location2)) return void 0;
      try {
        return (await readdir(location2)).sort();
      } catch {
        return void 0;
      }
    }
  };
}
function createSchemaSource(options) {
  const locations = options.locations.map(parseSchemaLocation);
  if (options.includeDefaults !== false) locations.push(...DEFAULT_SCHEMA_LOCATIONS);
  return new LocationSchemaSource(locations, createSchemaLoader(options));
}
function parse(text, location2) {
  try {
    return { status: "ok", value: JSON.parse(text) };
  } catch (e) {
    return { status: "failed", reason: `${location2} is not JSON (${e instanceof Error ? e.message : String(e)})` };
  }
}
async function readCache(path2, maxAgeMs) {
  try {
    const info = await stat(path2);
    return { text: await readFile(path2, "utf8"), fresh: Date.now() - info.mtimeMs < maxAgeMs };
  } catch {
    return void 0;
  }
}
async function writeCache(path2, text) {
  const tmp = `${path2}.${process.pid}.tmp`;
  try {
    await mkdir(join3(path2, ".."), { recursive: true });
    await writeFile(tmp, text);
    await rename(tmp, path2);
  } catch {
  }
}
function networkReason(e, timeoutMs) {
  if (e instanceof Error && (e.name === "TimeoutError" || e.name === "AbortError")) return `no answer within ${timeoutMs / 1e3}s`;
  const cause = e instanceof Error ? e.cause : void 0;
  const detail = cause?.code ?? cause?.message;
  return `${e instanceof Error ? e.message : String(e)}${detail ? ` (${detail})` : ""}`;
}

// src/cli/repo-inputs.ts
function loadRepoInputs(repoArg, configArg, schemaArgs, cwd, env) {
  const repoRoot = nodePath3.resolve(cwd, repoArg ?? ".");
  if (!existsSync(repoRoot)) throw new UsageError(`${repoArg}: no such directory`);
  const config = loadConfig(repoRoot, configArg, cwd);
  const repoURLs = [config.repoURL, readOriginUrl(repoRoot)].filter((u) => !!u);
  const locations = [
    ...schemaArgs,
    ...config.schemas.map((s) => isUrlLike(s) ? s : nodePath3.resolve(repoRoot, s)),
    ...splitSchemaLocations(env.GITOPS_GATE_SCHEMAS ?? "")
  ].map((s) => isUrlLike(s) ? s : nodePath3.resolve(cwd, s));
  const schemaSource = createSchemaSource({
    locations,
    cacheDir: defaultSchemaCacheDir(env),
    // GITOPS_GATE_OFFLINE=1: never reach for the public schema sets (air-gapped runners, tests).
    includeDefaults: env.GITOPS_GATE_OFFLINE !== "1"
  });
  return { repoRoot, config, repoURLs, schemaSource };
}
function loadConfig(repoRoot, configArg, cwd) {
  const path2 = configArg ? nodePath3.resolve(cwd, configArg) : CONFIG_FILE_NAMES.map((n) => nodePath3.join(repoRoot, n)).find((p) => existsSync(p));
  if (!path2) return defaultConfig();
  if (!existsSync(path2)) throw new UsageError(`--config ${configArg}: no such file`);
  const rel = nodePath3.relative(repoRoot, path2) || path2;
  return parseConfig(readFileSync3(path2, "utf8"), rel.startsWith("..") ? path2 : rel);
}
function isUrlLike(s) {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(s);
}

// src/cli/check-command.ts
var CHECK_HELP = `Usage: gitops-gate check [REPO] [options]

Renders every environment of the repository (default: the current directory) and runs every check:
build failures, YAML errors, schema validation, removed APIs, duplicates, plain-text Secrets.

Options:
  --config FILE                 configuration (default: REPO/.gitops-gate.yaml if present)
  --env NAME                    only this environment (repeatable)
  --format text|json|sarif|markdown   output format (default text)
  --output FILE                 write the report to FILE instead of stdout
  --kubernetes-version X.Y      validate against this Kubernetes version (default: config, else 1.31)
  --schemas DIR|URL             a schema location, tried before the config's and GITOPS_GATE_SCHEMAS (repeatable)
  --base-branch B --head-branch H   the pull request's branches, for the promotion rules
  --fail-on error|warning|never     exit 1 when findings reach this severity (default error)
  -h, --help                    show this help

Exit status: 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage or internal error.
`;
async function runCheck(args, io) {
  const { values, positionals } = parseArgs2({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      config: { type: "string" },
      env: { type: "string", multiple: true },
      format: { type: "string" },
      output: { type: "string" },
      "kubernetes-version": { type: "string" },
      schemas: { type: "string", multiple: true },
      "base-branch": { type: "string" },
      "head-branch": { type: "string" },
      "fail-on": { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(CHECK_HELP);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`check takes one repository directory, got ${positionals.length}`);
  const format = values.format ?? "text";
  if (!isReportFormat(format)) throw new UsageError(`--format must be one of ${REPORT_FORMATS.join(", ")}, got '${format}'`);
  const failOn = values["fail-on"] ?? "error";
  if (failOn !== "error" && failOn !== "warning" && failOn !== "never") {
    throw new UsageError(`--fail-on must be error, warning or never, got '${failOn}'`);
  }
  const k8s = values["kubernetes-version"];
  if (k8s !== void 0 && !/^v?\d+\.\d+(\.\d+)?$|^master$/.test(k8s)) {
    throw new UsageError(`--kubernetes-version must look like 1.31, got '${k8s}'`);
  }
  if (!!values["base-branch"] !== !!values["head-branch"]) {
    throw new UsageError("--base-branch and --head-branch go together");
  }
  const env = io.env ?? {};
  let report;
  try {
    const inputs = loadRepoInputs(positionals[0], values.config, values.schemas ?? [], io.cwd, env);
    const progress = io.stderrIsTTY ? (m) => io.stderr(`\r\x1B[2K${m}`) : void 0;
    const result = await runChecks({
      fs: io.fs ?? new NodeFileSystem(),
      repoRoot: inputs.repoRoot,
      config: inputs.config,
      repoURLs: inputs.repoURLs,
      schemaSource: inputs.schemaSource,
      ...values.env ? { environments: values.env } : {},
      ...k8s ? { kubernetesVersion: k8s.replace(/^v/, "").split(".").slice(0, 2).join(".") } : {},
      ...progress ? { onProgress: progress } : {}
    });
    if (progress) io.stderr("\r\x1B[2K");
    report = result.report;
  } catch (err) {
    if (err instanceof ConfigError || err instanceof CheckUsageError) throw new UsageError(err.message);
    throw err;
  }
  const toFile = values.output !== void 0;
  const text = renderReport(report, format, {
    color: format === "text" && !toFile && !!io.stdoutIsTTY && !env.NO_COLOR,
    failOn
  });
  if (toFile) {
    const path2 = nodePath4.resolve(io.cwd, values.output);
    (io.writeFile ?? ((p, t) => writeFileSync(p, t)))(path2, text);
    const { errors, warnings, notices } = report.summary;
    io.stderr(`gitops-gate: report written to ${values.output} (${errors} errors, ${warnings} warnings, ${notices} notices)
`);
  } else {
    io.stdout(text);
  }
  return failed(report, failOn) ? 1 : 0;
}
function failed(report, failOn) {
  if (failOn === "never") return false;
  if (failOn === "warning") return report.summary.errors + report.summary.warnings > 0;
  return report.summary.errors > 0;
}

// src/cli/cli.ts
var MAIN_HELP = `gitops-gate ${VERSION} \u2014 build, validate and diff every Kustomize overlay of a GitOps repository

Usage:
  gitops-gate build DIR [--load-restrictor rootOnly|none] [--reorder legacy|none]
                        [--enable-managedby-label] [--engine builtin|kustomize]
  gitops-gate check [REPO] [--config F] [--env NAME]... [--format text|json|sarif|markdown]
                    [--output F] [--kubernetes-version X.Y] [--schemas DIR|URL]...
                    [--base-branch B --head-branch H] [--fail-on error|warning|never]

Commands:
  build    print the rendered YAML of a kustomization, as \`kustomize build DIR\` would
  check    render every environment and run every check

Run \`gitops-gate COMMAND --help\` for a command's options.
`;
var HELP = { build: BUILD_HELP, check: CHECK_HELP };
async function cli(argv, io) {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case void 0:
      case "-h":
      case "--help":
        io.stdout(MAIN_HELP);
        return command === void 0 ? 2 : 0;
      case "help": {
        const topic = rest[0] && HELP[rest[0]];
        io.stdout(topic || MAIN_HELP);
        return 0;
      }
      case "--version":
      case "version":
        io.stdout(`${VERSION}
`);
        return 0;
      case "build":
        return runBuild(rest, io);
      case "check":
        return await runCheck(rest, io);
      default:
        throw new UsageError(`unknown command '${command}'; run gitops-gate --help for the commands`);
    }
  } catch (err) {
    if (err instanceof UsageError || isParseArgsError(err)) {
      io.stderr(`gitops-gate: ${err.message}
`);
      return 2;
    }
    io.stderr(`gitops-gate: internal error: ${err?.message ?? String(err)}
`);
    if (io.env?.GITOPS_GATE_DEBUG) io.stderr(`${err?.stack ?? ""}
`);
    return 2;
  }
}
function isParseArgsError(err) {
  const code2 = err?.code;
  return typeof code2 === "string" && code2.startsWith("ERR_PARSE_ARGS");
}

// src/cli/bin.ts
var code = await cli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true
});
process.exitCode = code;
