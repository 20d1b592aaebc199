// House lint rules for the bundled spec, loaded by openapi/redocly.yaml.
const ERROR_SCHEMA = '#/components/schemas/ErrorResponse';

const resolve = (ctx, node) => (node && typeof node.$ref === 'string' ? ctx.resolve(node).node : node);
const statusClass = (code) => String(code).charAt(0);

/** Every operation carries at least one tag. */
function operationTags() {
  return {
    Operation(operation, ctx) {
      if (!Array.isArray(operation.tags) || operation.tags.length === 0) {
        ctx.report({ message: 'Operation must have at least one tag.', location: ctx.location.key() });
      }
    },
  };
}

/** The visitor's key is the operation's HTTP method. */
const isHead = (ctx) => ctx.key === 'head';
const hasContent = (response) => Boolean(response.content && Object.keys(response.content).length > 0);

/** Every 2xx response is described and has content, except 204 and HEAD responses, which have none. */
function successContent() {
  return {
    Operation(operation, ctx) {
      const responses = operation.responses ?? {};
      const bodiless = (code) => code === '204' || isHead(ctx);
      for (const [code, raw] of Object.entries(responses)) {
        if (statusClass(code) !== '2') continue;
        const response = resolve(ctx, raw) ?? {};
        const where = ctx.location.child(['responses', code]);
        if (!response.description) ctx.report({ message: `Response ${code} needs a description.`, location: where });
        if (bodiless(code) && hasContent(response)) {
          ctx.report({ message: `${isHead(ctx) ? 'A HEAD response' : '204'} must not have content.`, location: where });
        }
        if (!bodiless(code) && !hasContent(response))
          ctx.report({ message: `Response ${code} must declare its content.`, location: where });
      }
    },
  };
}

const usesErrorSchema = (schema) => {
  if (!schema) return false;
  if (schema.$ref === ERROR_SCHEMA) return true;
  const options = schema.anyOf ?? schema.oneOf ?? [];
  return options.some((option) => option.$ref === ERROR_SCHEMA);
};

/**
 * Every operation declares 4xx and 5xx responses, and each one is JSON using the shared error schema; a HEAD
 * operation's are described without content, since HEAD responses have no body.
 */
function errorResponses() {
  return {
    Operation(operation, ctx) {
      const codes = Object.keys(operation.responses ?? {});
      for (const family of ['4', '5']) {
        if (!codes.some((code) => statusClass(code) === family)) {
          ctx.report({ message: `Operation must declare ${family}xx responses.`, location: ctx.location.key() });
        }
      }
      for (const code of codes) {
        if (!['4', '5'].includes(statusClass(code))) continue;
        const response = resolve(ctx, operation.responses[code]) ?? {};
        if (isHead(ctx)) {
          if (hasContent(response) || !response.description) {
            ctx.report({
              message: `Error response ${code} of a HEAD operation needs a description and no content.`,
              location: ctx.location.child(['responses', code]),
            });
          }
          continue;
        }
        const schema = response.content?.['application/json']?.schema;
        if (!usesErrorSchema(schema)) {
          ctx.report({
            message: `Error response ${code} must be application/json with ${ERROR_SCHEMA}.`,
            location: ctx.location.child(['responses', code]),
          });
        }
      }
    },
  };
}

/** JSON request bodies and JSON success responses carry at least one example. */
function jsonExamples() {
  const hasExample = (media) => media && (media.example !== undefined || Object.keys(media.examples ?? {}).length > 0);
  return {
    Operation(operation, ctx) {
      const body = resolve(ctx, operation.requestBody);
      const bodyJson = body?.content?.['application/json'];
      if (bodyJson && !hasExample(bodyJson)) {
        ctx.report({ message: 'JSON request body needs an example.', location: ctx.location.child(['requestBody']) });
      }
      for (const [code, raw] of Object.entries(operation.responses ?? {})) {
        if (statusClass(code) !== '2') continue;
        const json = resolve(ctx, raw)?.content?.['application/json'];
        if (json && !hasExample(json)) {
          ctx.report({
            message: `JSON response ${code} needs an example.`,
            location: ctx.location.child(['responses', code]),
          });
        }
      }
    },
  };
}

const MAX_SAFE_INTEGER = 9007199254740991;

/**
 * Every integer parameter declares a maximum, at most 2^53 - 1: the API reads numbers as JavaScript numbers, so a
 * larger value would not be the integer the client sent. Generated clients pick their integer types from it.
 */
function integerBounds() {
  return {
    Parameter(parameter, ctx) {
      const schema = resolve(ctx, parameter.schema) ?? {};
      const types = Array.isArray(schema.type) ? schema.type : [schema.type];
      if (!types.includes('integer')) return;
      if (typeof schema.maximum !== 'number' || schema.maximum > MAX_SAFE_INTEGER) {
        ctx.report({
          message: `Integer parameter "${parameter.name}" needs a maximum of at most ${MAX_SAFE_INTEGER} (2^53 - 1).`,
          location: ctx.location.child(['schema']),
        });
      }
    },
  };
}

export default function houseRules() {
  return {
    id: 'house',
    rules: {
      oas3: {
        'operation-tags': operationTags,
        'success-content': successContent,
        'error-responses': errorResponses,
        'json-examples': jsonExamples,
        'integer-bounds': integerBounds,
      },
    },
  };
}
