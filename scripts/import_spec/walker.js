#!/usr/bin/env node
// Rebuild an OpenAPI 3.0.3 document from the typings of @periskope/periskope-client.
//
//   node walker.js spec ROOT      -> JSON document on stdout (exit 2 + listing on stderr on any problem)
//   node walker.js yaml < in.json -> the same document as YAML 1.1 on stdout
//
// ROOT is laid out like node_modules: @periskope/periskope-client/dist/..., @periskope/types/dist/...,
// type-fest/... (an npm install's node_modules, or a committed fixture under tests/fixtures/sdk/<version>).
// `paths`/`operations` are read syntactically; the @periskope/types models they name are resolved with
// the type checker into components.schemas. Rules: docs/reference spec-reconstruction.md §4.
'use strict';
const fs = require('fs');
const path = require('path');
const ts = require('typescript');
const YAML = require('yaml');

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const JSDOC_TAGS = new Set(['description', 'example', 'default', 'deprecated', 'enum', 'constant']);
const K = ts.SyntaxKind;
const F = ts.TypeFlags;

const problems = [];
const warnings = [];
const byJson = (a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1);

// ---------------------------------------------------------------- JSDoc (by hand: `@g.us` is no tag)

function parseJsDoc(raw) {
  const lines = raw.slice(3, -2).replace(/\*\\\//g, '*/').split('\n')
    .map((l, i) => (i === 0 ? l.replace(/^ /, '') : l.replace(/^\s*\* ?/, '')));
  const blocks = [{ tag: null, lines: [] }];
  for (const line of lines) {
    const m = /^@(\w+)(?: (.*))?$/.exec(line.trimEnd());
    if (m && JSDOC_TAGS.has(m[1])) blocks.push({ tag: m[1], lines: [m[2] ?? ''] });
    else blocks[blocks.length - 1].lines.push(line);
  }
  const doc = {};
  for (const { tag, lines: ls } of blocks) {
    if (tag === null) {
      const rest = [];
      for (const l of ls) {
        const f = /^Format: (\S+)\s*$/.exec(l);
        if (f) doc.format = f[1];
        else rest.push(l);
      }
      while (rest.length && !rest[0].trim()) rest.shift();
      const text = dedent(rest);
      if (text) doc.text = text;
    } else if (tag === 'deprecated') doc.deprecated = true;
    else if (tag !== 'enum' && tag !== 'constant') doc[tag] = dedent(ls);
  }
  return doc;
}

// Continuation lines were indented by `\n *     ` (openapi-typescript); strip at most 4 spaces.
function dedent([first = '', ...rest]) {
  const indents = rest.filter((l) => l.trim()).map((l) => /^ */.exec(l)[0].length);
  const cut = Math.min(4, ...indents);
  return [first, ...rest.map((l) => l.slice(Math.min(cut, /^ */.exec(l)[0].length)))].join('\n').trim();
}

function docOf(node) {
  const sf = node.getSourceFile();
  const ranges = (ts.getLeadingCommentRanges(sf.text, node.pos) || []).filter((r) => sf.text.startsWith('/**', r.pos));
  return ranges.length ? parseJsDoc(sf.text.slice(ranges[ranges.length - 1].pos, ranges[ranges.length - 1].end)) : {};
}

// Inverse of openapi-typescript, which wrote strings with String(x) and anything else with
// JSON.stringify(x, null, 2): a value is typed only if it serialises back to the same text.
function typedValue(raw, schema) {
  if (raw === '' || schema.type === 'string') return raw;
  try {
    const v = JSON.parse(raw);
    const back = typeof v === 'object' && v !== null ? JSON.stringify(v, null, 2) : String(v);
    return typeof v !== 'string' && back === raw ? v : raw;
  } catch {
    return raw;
  }
}

// Attach a parsed comment to a schema (property / inline type).
function withDoc(schema, doc) {
  const extra = {};
  if (doc.text !== undefined) extra[doc.description === undefined ? 'description' : 'title'] = doc.text;
  if (doc.description !== undefined) extra.description = doc.description;
  if (doc.format) extra.format = doc.format;
  if (doc.deprecated) extra.deprecated = true;
  if (doc.default !== undefined) extra.default = typedValue(doc.default, schema);
  if (doc.example !== undefined) extra.example = typedValue(doc.example, schema);
  if (!Object.keys(extra).length) return schema;
  return schema.$ref ? { allOf: [schema], ...extra } : { ...schema, ...extra };
}

function nullable(schema) {
  return schema.$ref ? { allOf: [schema], nullable: true } : { ...schema, nullable: true };
}

// ---------------------------------------------------------------- program

function buildProgram(root) {
  const client = path.join(root, '@periskope/periskope-client/dist/types/types.d.ts');
  if (!fs.existsSync(client)) throw new Error(`no SDK typings at ${client}`);
  const options = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    moduleResolution: ts.ModuleResolutionKind.Node10,
    baseUrl: root,
    paths: {
      '@periskope/types': ['@periskope/types/dist/index.d.ts'],
      'type-fest': ['type-fest/index.d.ts'],
    },
  };
  const program = ts.createProgram([client], options);
  return { checker: program.getTypeChecker(), sf: program.getSourceFile(client) };
}

// ---------------------------------------------------------------- walker

function walk(root) {
  const { checker, sf } = buildProgram(root);
  const components = new Map(); // name -> ts.Type
  const typeNames = new Map(); // ts.Type -> name
  const imported = new Set();
  let typesModule;
  const decl = (name) => sf.statements.find((s) => s.name && s.name.text === name);

  for (const s of sf.statements) {
    if (ts.isImportDeclaration(s) && s.moduleSpecifier.text === '@periskope/types') {
      for (const e of s.importClause.namedBindings.elements) imported.add(e.name.text);
      typesModule = checker.getSymbolAtLocation(s.moduleSpecifier);
    }
  }
  const propName = (n) => n.text;
  const isNever = (t) => t.kind === K.NeverKeyword;

  // A name from @periskope/types (or Tables<'tbl_x'>) used in the client typings.
  function namedRef(name, node, where) {
    const type = checker.getTypeFromTypeNode(node);
    if (type.flags & F.Any) problems.push(`unresolved type ${name} (resolves to any) at ${where}`);
    else {
      if (!components.has(name)) components.set(name, type);
      if (!typeNames.has(type)) typeNames.set(type, name);
    }
    return { $ref: `#/components/schemas/${name}` };
  }

  // ------------------------------------------------ syntactic: inline openapi-typescript shapes
  function nodeSchema(node, where) {
    switch (node.kind) {
      case K.StringKeyword: return { type: 'string' };
      case K.NumberKeyword: return { type: 'number' };
      case K.BooleanKeyword: return { type: 'boolean' };
      case K.UnknownKeyword: case K.AnyKeyword: return {};
      case K.ObjectKeyword: return { type: 'object' };
      case K.ParenthesizedType: return nodeSchema(node.type, where);
      case K.ArrayType: return { type: 'array', items: nodeSchema(node.elementType, `${where}[]`) };
      case K.TypeLiteral: return membersSchema(node.members, where);
      case K.UnionType: return unionNodeSchema(node, where);
      case K.LiteralType: return literalNodeSchema(node.literal, where);
      case K.TypeReference: return refNodeSchema(node, where);
      default:
        problems.push(`unsupported type syntax ${K[node.kind]} at ${where}`);
        return {};
    }
  }

  function literalNodeSchema(lit, where) {
    if (lit.kind === K.StringLiteral) return { type: 'string', enum: [lit.text] };
    if (lit.kind === K.NumericLiteral) return { type: 'number', enum: [Number(lit.text)] };
    if (lit.kind === K.TrueKeyword || lit.kind === K.FalseKeyword) return { type: 'boolean', enum: [lit.kind === K.TrueKeyword] };
    problems.push(`unsupported literal ${K[lit.kind]} at ${where}`);
    return {};
  }

  function unionNodeSchema(node, where) {
    const isNull = (t) => t.kind === K.LiteralType && t.literal.kind === K.NullKeyword;
    const rest = node.types.filter((t) => !isNull(t) && t.kind !== K.UndefinedKeyword);
    let schema;
    if (rest.length && rest.every((t) => t.kind === K.LiteralType && t.literal.kind === K.StringLiteral)) {
      schema = { type: 'string', enum: rest.map((t) => t.literal.text) }; // upstream order, as written
    } else if (rest.length === 1) schema = nodeSchema(rest[0], where);
    else schema = { oneOf: rest.map((t) => nodeSchema(t, where)) };
    return rest.length < node.types.length && node.types.some(isNull) ? nullable(schema) : schema;
  }

  function refNodeSchema(node, where) {
    const name = node.typeName.getText();
    const args = node.typeArguments || [];
    if (name === 'Record' && args.length === 2 && args[0].kind === K.StringKeyword) {
      return isNever(args[1]) ? { type: 'object' } : { type: 'object', additionalProperties: nodeSchema(args[1], where) };
    }
    if (name === 'Array' && args.length === 1) return { type: 'array', items: nodeSchema(args[0], `${where}[]`) };
    if (name === 'Buffer') return { type: 'string', format: 'binary' };
    if (name === 'Tables' && args.length === 1 && args[0].kind === K.LiteralType) {
      return namedRef(`Tables_${args[0].literal.text}`, node, where);
    }
    if (imported.has(name) && !args.length) return namedRef(name, node, where);
    problems.push(`unresolved type reference ${node.getText()} at ${where}`);
    return {};
  }

  function membersSchema(members, where) {
    const out = { type: 'object' };
    const properties = {};
    const required = [];
    for (const m of members) {
      if (ts.isIndexSignatureDeclaration(m)) out.additionalProperties = nodeSchema(m.type, `${where}[*]`);
      else if (ts.isPropertySignature(m) && !isNever(m.type)) {
        const name = propName(m.name);
        properties[name] = withDoc(nodeSchema(m.type, `${where}.${name}`), docOf(m));
        if (!m.questionToken) required.push(name);
      } else if (!ts.isPropertySignature(m)) problems.push(`unsupported member ${K[m.kind]} at ${where}`);
    }
    if (required.length) out.required = required;
    if (Object.keys(properties).length) out.properties = properties;
    return out;
  }

  const member = (lit, name) => lit.members.find((m) => m.name && propName(m.name) === name);
  function literal(node, where) {
    if (node && node.type && ts.isTypeLiteralNode(node.type)) return node.type;
    if (node && node.type && !isNever(node.type)) problems.push(`expected a type literal at ${where}`);
    return null;
  }

  // ------------------------------------------------ operations
  function parameters(lit, where) {
    const out = [];
    for (const loc of ['query', 'header', 'path', 'cookie']) {
      const group = literal(member(lit, loc), `${where}.${loc}`);
      for (const m of group ? group.members : []) {
        const name = propName(m.name);
        const schema = nodeSchema(m.type, `${where}.${loc}.${name}`);
        const doc = docOf(m);
        const p = { name, in: loc, required: loc === 'path' || !m.questionToken };
        const text = doc.description ?? doc.text;
        if (text !== undefined) p.description = text;
        if (doc.deprecated) p.deprecated = true;
        p.schema = doc.format ? { ...schema, format: doc.format } : schema;
        if (doc.example !== undefined) p.example = typedValue(doc.example, schema);
        out.push(p);
      }
    }
    return out;
  }

  function content(lit, where) {
    const out = {};
    for (const m of lit ? lit.members : []) {
      if ([K.UndefinedKeyword, K.VoidKeyword, K.NeverKeyword].includes(m.type.kind)) continue; // "no body"
      const mime = propName(m.name);
      const doc = docOf(m);
      out[mime] = { schema: nodeSchema(m.type, `${where}.${mime}`) };
      if (doc.example !== undefined) out[mime].example = typedValue(doc.example, out[mime].schema);
    }
    return Object.keys(out).length ? out : null;
  }

  function operation(id, node) {
    const where = `operations.${id}`;
    const lit = literal(node, where);
    const op = { operationId: id };
    if (!lit) return op;
    const params = literal(member(lit, 'parameters'), `${where}.parameters`);
    op.parameters = params ? parameters(params, `${where}.parameters`) : [];
    const body = member(lit, 'requestBody');
    const bodyLit = literal(body, `${where}.requestBody`);
    if (bodyLit) {
      const doc = docOf(body);
      op.requestBody = { required: !body.questionToken };
      if (doc.description !== undefined) op.requestBody.description = doc.description;
      op.requestBody.content = content(literal(member(bodyLit, 'content'), `${where}.requestBody.content`), `${where}.requestBody`) || {};
    }
    op.responses = {};
    const responses = literal(member(lit, 'responses'), `${where}.responses`);
    for (const r of responses ? responses.members : []) {
      const code = propName(r.name);
      const rwhere = `${where}.responses.${code}`;
      const rlit = literal(r, rwhere);
      const doc = docOf(r);
      const res = { description: doc.description ?? doc.text ?? '' };
      const headers = literal(member(rlit, 'headers'), `${rwhere}.headers`);
      for (const h of headers ? headers.members : []) {
        if (!ts.isPropertySignature(h)) continue; // `[name: string]: unknown` - OAS headers are open anyway
        const name = propName(h.name);
        const hdoc = docOf(h);
        const header = {};
        if (hdoc.description !== undefined) header.description = hdoc.description;
        if (!h.questionToken) header.required = true;
        header.schema = nodeSchema(h.type, `${rwhere}.headers.${name}`);
        if (hdoc.example !== undefined) header.example = typedValue(hdoc.example, header.schema);
        (res.headers ||= {})[name] = header;
      }
      const c = content(literal(member(rlit, 'content'), `${rwhere}.content`), rwhere);
      if (c) res.content = c;
      op.responses[code] = res;
    }
    return op;
  }

  const opsDecl = decl('operations');
  const pathsDecl = decl('paths');
  if (!opsDecl || !pathsDecl) throw new Error('types.d.ts has no `paths`/`operations` interface');
  const opNodes = new Map(opsDecl.members.map((m) => [propName(m.name), m]));
  const tagOf = resourceTags(root);

  const paths = {};
  const referenced = new Set();
  for (const item of pathsDecl.members) {
    const p = propName(item.name);
    const lit = literal(item, `paths.${p}`);
    const pathParams = parameters(literal(member(lit, 'parameters'), `paths.${p}.parameters`) || { members: [] }, `paths.${p}.parameters`);
    const ops = {};
    for (const m of lit.members) {
      const method = propName(m.name);
      if (!METHODS.includes(method)) continue;
      if (isNever(m.type)) {
        if (Object.keys(docOf(m)).length) warnings.push(`doc comment on never member paths.${p}.${method} ignored`);
        continue;
      }
      const t = m.type;
      if (!ts.isIndexedAccessTypeNode(t) || t.objectType.getText() !== 'operations' || !ts.isLiteralTypeNode(t.indexType)) {
        problems.push(`paths.${p}.${method} is not operations['…']`);
        continue;
      }
      const id = t.indexType.literal.text;
      if (!opNodes.has(id)) {
        problems.push(`paths.${p}.${method} references missing operation ${id}`);
        continue;
      }
      if (referenced.has(id)) problems.push(`operation ${id} is referenced twice`);
      referenced.add(id);
      const doc = docOf(m);
      const op = operation(id, opNodes.get(id));
      const tag = tagOf ? tagOf.get(`${method.toUpperCase()} ${p}`) : p.split('/')[1];
      if (!tag) problems.push(`no SDK resource method calls ${method.toUpperCase()} ${p}`);
      ops[method] = {
        tags: [tag],
        ...(doc.text !== undefined && { summary: doc.text }),
        ...(doc.description !== undefined && { description: doc.description }),
        ...op,
        ...(doc.deprecated && { deprecated: true }),
      };
    }
    // Path-level parameters: only those every operation repeats (the SDK's /webhooks does not).
    const key = (x) => `${x.in}:${x.name}`;
    const shared = pathParams.filter((pp) => Object.values(ops).every((o) => o.parameters.some((q) => key(q) === key(pp))));
    const sharedJson = new Set(shared.map((x) => JSON.stringify(x)));
    const dropped = pathParams.filter((pp) => !shared.includes(pp));
    for (const d of dropped) warnings.push(`paths.${p}: path-level parameter ${key(d)} not repeated by every operation; kept only on those that do`);
    for (const o of Object.values(ops)) {
      o.parameters = o.parameters.filter((q) => !sharedJson.has(JSON.stringify(q)));
      if (!o.parameters.length) delete o.parameters;
    }
    paths[p] = { ...(shared.length && { parameters: shared }), ...ops };
  }
  for (const id of opNodes.keys()) if (!referenced.has(id)) problems.push(`operation ${id} is not referenced from paths`);
  if (tagOf) {
    const used = new Set(Object.entries(paths).flatMap(([p, item]) => Object.keys(item).filter((m) => m !== 'parameters').map((m) => `${m.toUpperCase()} ${p}`)));
    for (const call of tagOf.keys()) if (!used.has(call)) problems.push(`SDK calls ${call}, which is not in paths`);
  }

  // ------------------------------------------------ semantic: @periskope/types models -> components
  // Every other exported object alias/interface of @periskope/types becomes a component when reached.
  for (const exp of typesModule ? checker.getExportsOfModule(typesModule) : []) {
    const sym = exp.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exp) : exp;
    if (!(sym.flags & (ts.SymbolFlags.TypeAlias | ts.SymbolFlags.Interface))) continue;
    const d = sym.declarations[0];
    if (d.typeParameters && d.typeParameters.length) continue;
    const type = checker.getDeclaredTypeOfSymbol(sym);
    if (typeNames.has(type) || !isModel(type)) continue;
    typeNames.set(type, exp.name);
  }

  function isModel(type) {
    if (type.flags & F.Intersection) return true;
    return !!(type.flags & F.Object) && !checker.isArrayType(type) && !checker.isTupleType(type) && !type.getCallSignatures().length;
  }

  const expanding = new Set();
  function typeSchema(type, where, top = false) {
    const name = typeNames.get(type);
    if (name && !top) {
      if (!components.has(name)) components.set(name, type);
      return { $ref: `#/components/schemas/${name}` };
    }
    const f = type.flags;
    if (f & F.Any) {
      if (type.intrinsicName === 'error') problems.push(`unresolved type at ${where}`);
      return {};
    }
    if (f & F.Unknown) return {};
    if (f & (F.String | F.TemplateLiteral | F.StringMapping)) return { type: 'string' };
    if (f & F.Number) return { type: 'number' };
    if (f & F.BigInt) return { type: 'integer' };
    if (f & F.Boolean) return { type: 'boolean' };
    if (f & (F.Union | F.Literal | F.Null)) return unionTypeSchema(f & F.Union ? type.types : [type], where);
    if (checker.isArrayType(type)) return { type: 'array', items: typeSchema(checker.getTypeArguments(type)[0], `${where}[]`) };
    if (checker.isTupleType(type)) {
      const items = [...new Set(checker.getTypeArguments(type))].map((t) => typeSchema(t, `${where}[]`)).sort(byJson);
      return { type: 'array', items: items.length === 1 ? items[0] : { oneOf: items } };
    }
    if (isModel(type)) {
      if (expanding.has(type)) {
        problems.push(`recursive anonymous type at ${where}`);
        return {};
      }
      expanding.add(type);
      const schema = objectTypeSchema(type, where);
      expanding.delete(type);
      return schema;
    }
    problems.push(`unsupported type ${checker.typeToString(type)} at ${where}`);
    return {};
  }

  function unionTypeSchema(types, where) {
    let isNullable = false;
    const strings = [];
    const numbers = [];
    const bools = new Set();
    const others = [];
    for (const t of types) {
      if (t.flags & F.Null) isNullable = true;
      else if (t.flags & (F.Undefined | F.Void | F.Never)) continue;
      else if (t.flags & F.StringLiteral) strings.push(t.value);
      else if (t.flags & F.NumberLiteral) numbers.push(t.value);
      else if (t.flags & F.BooleanLiteral) bools.add(t.intrinsicName);
      else others.push(t);
    }
    const parts = [];
    if (strings.length) parts.push({ type: 'string', enum: strings.sort() });
    if (numbers.length) parts.push({ type: 'number', enum: numbers.sort((a, b) => a - b) });
    if (bools.size) parts.push(bools.size === 2 ? { type: 'boolean' } : { type: 'boolean', enum: [bools.has('true')] });
    for (const t of others) parts.push(typeSchema(t, where));
    if (parts.some((s) => !Object.keys(s).length)) return {};
    const schema = parts.length === 1 ? parts[0] : parts.length ? { oneOf: parts.sort(byJson) } : {};
    return isNullable ? nullable(schema) : schema;
  }

  function objectTypeSchema(type, where) {
    const out = { type: 'object' };
    const properties = {};
    const required = [];
    for (const prop of checker.getPropertiesOfType(type)) {
      if (prop.flags & ts.SymbolFlags.Method) continue;
      const pt = checker.getTypeOfSymbol(prop);
      if (pt.flags & F.Never || (pt.getCallSignatures().length && !pt.getProperties().length)) continue;
      const d = (prop.declarations || [])[0];
      const doc = d && !d.getSourceFile().fileName.includes('/type-fest/') ? docOf(d) : {};
      properties[prop.name] = withDoc(typeSchema(pt, `${where}.${prop.name}`), doc);
      if (!(prop.flags & ts.SymbolFlags.Optional)) required.push(prop.name);
    }
    for (const info of checker.getIndexInfosOfType(type)) {
      out.additionalProperties = typeSchema(info.type, `${where}[*]`);
    }
    if (required.length) out.required = required;
    if (Object.keys(properties).length) out.properties = properties;
    return out;
  }

  const schemas = {};
  for (let done = 0; done < components.size; done++) {
    const [name, type] = [...components][done];
    schemas[name] = typeSchema(type, `components.schemas.${name}`, true);
  }
  const sortedSchemas = Object.fromEntries(Object.keys(schemas).sort().map((n) => [n, schemas[n]]));

  const tagNames = tagOf ? [...new Set(tagOf.values())] : [...new Set(Object.keys(paths).map((p) => p.split('/')[1]))];
  return {
    openapi: '3.0.3',
    info: {
      title: 'Periskope API',
      version: readVersion(root, '@periskope/periskope-client'),
      description: 'Rebuilt from the typings of @periskope/periskope-client by scripts/import_spec.',
    },
    servers: [{ url: 'https://api.periskope.app/v1' }],
    security: [{ bearerAuth: [] }],
    tags: tagNames.map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } },
      schemas: sortedSchemas,
    },
  };
}

function readVersion(root, pkg) {
  const file = path.join(root, pkg, 'package.json');
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')).version : 'unknown';
}

// "METHOD /path" -> resource property name on PeriskopeApi (chat, group, ...), from the compiled SDK.
function resourceTags(root) {
  const dist = path.join(root, '@periskope/periskope-client/dist');
  const apiDts = path.join(dist, 'periskopeApi.d.ts');
  if (!fs.existsSync(apiDts)) return null;
  const propOf = new Map([...fs.readFileSync(apiDts, 'utf8').matchAll(/^\s+(\w+): (\w+Api);$/gm)].map((m) => [m[2], m[1]]));
  const tags = new Map();
  for (const file of fs.readdirSync(path.join(dist, 'apis')).filter((f) => f.endsWith('.js')).sort()) {
    const src = fs.readFileSync(path.join(dist, 'apis', file), 'utf8');
    const cls = /^exports\.(\w+Api) = /m.exec(src);
    const tag = cls && propOf.get(cls[1]);
    if (!tag) problems.push(`apis/${file}: resource class not found on PeriskopeApi`);
    for (const m of src.matchAll(/apiClient\.(GET|PUT|POST|DELETE|OPTIONS|HEAD|PATCH|TRACE)\(\s*['"`]([^'"`]+)['"`]/g)) {
      tags.set(`${m[1]} ${m[2]}`, tag);
    }
  }
  const order = [...propOf.values()];
  return new Map([...tags].sort((a, b) => order.indexOf(a[1]) - order.indexOf(b[1])));
}

// ---------------------------------------------------------------- main

function main([cmd, root]) {
  if (cmd === 'yaml') {
    const doc = JSON.parse(fs.readFileSync(0, 'utf8'));
    process.stdout.write(YAML.stringify(doc, { version: '1.1', aliasDuplicateObjects: false, lineWidth: 0 }));
    return 0;
  }
  if (cmd !== 'spec' || !root) {
    process.stderr.write('usage: walker.js spec ROOT | walker.js yaml < spec.json\n');
    return 64;
  }
  const doc = walk(path.resolve(root));
  for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
  if (problems.length) {
    process.stderr.write(`walker: ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}\n`).join('')}`);
    return 2;
  }
  process.stdout.write(`${JSON.stringify(doc, null, 1)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
