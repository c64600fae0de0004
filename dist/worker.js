import { createRequire as __hvlintCreateRequire } from 'node:module';
const require = __hvlintCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
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

// node_modules/js-yaml/dist/js-yaml.cjs.js
var require_js_yaml_cjs = __commonJS({
  "node_modules/js-yaml/dist/js-yaml.cjs.js"(exports) {
    Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });
    var NOT_RESOLVED2 = /* @__PURE__ */ Symbol("NOT_RESOLVED");
    function defineScalarTag2(tagName2, options) {
      var _options$implicit, _options$matchByTagPr, _options$implicitFirs, _options$represent, _options$representTag;
      return {
        tagName: tagName2,
        nodeKind: "scalar",
        implicit: (_options$implicit = options.implicit) !== null && _options$implicit !== void 0 ? _options$implicit : false,
        matchByTagPrefix: (_options$matchByTagPr = options.matchByTagPrefix) !== null && _options$matchByTagPr !== void 0 ? _options$matchByTagPr : false,
        implicitFirstChars: (_options$implicitFirs = options.implicitFirstChars) !== null && _options$implicitFirs !== void 0 ? _options$implicitFirs : null,
        resolve: options.resolve,
        identify: options.identify,
        represent: (_options$represent = options.represent) !== null && _options$represent !== void 0 ? _options$represent : ((data) => String(data)),
        representTagName: (_options$representTag = options.representTagName) !== null && _options$representTag !== void 0 ? _options$representTag : (() => tagName2)
      };
    }
    function defineSequenceTag2(tagName2, options) {
      var _options$matchByTagPr2, _options$finalize, _options$represent2, _options$representTag2;
      const carrierIsResult = options.finalize === void 0;
      return {
        tagName: tagName2,
        nodeKind: "sequence",
        implicit: false,
        matchByTagPrefix: (_options$matchByTagPr2 = options.matchByTagPrefix) !== null && _options$matchByTagPr2 !== void 0 ? _options$matchByTagPr2 : false,
        create: options.create,
        addItem: options.addItem,
        finalize: (_options$finalize = options.finalize) !== null && _options$finalize !== void 0 ? _options$finalize : ((carrier) => carrier),
        carrierIsResult,
        identify: options.identify,
        represent: (_options$represent2 = options.represent) !== null && _options$represent2 !== void 0 ? _options$represent2 : ((data) => data),
        representTagName: (_options$representTag2 = options.representTagName) !== null && _options$representTag2 !== void 0 ? _options$representTag2 : (() => tagName2)
      };
    }
    function defineMappingTag2(tagName2, options) {
      var _options$matchByTagPr3, _options$finalize2, _options$represent3, _options$representTag3;
      const carrierIsResult = options.finalize === void 0;
      return {
        tagName: tagName2,
        nodeKind: "mapping",
        implicit: false,
        matchByTagPrefix: (_options$matchByTagPr3 = options.matchByTagPrefix) !== null && _options$matchByTagPr3 !== void 0 ? _options$matchByTagPr3 : false,
        create: options.create,
        addPair: options.addPair,
        has: options.has,
        keys: options.keys,
        get: options.get,
        finalize: (_options$finalize2 = options.finalize) !== null && _options$finalize2 !== void 0 ? _options$finalize2 : ((carrier) => carrier),
        carrierIsResult,
        identify: options.identify,
        represent: (_options$represent3 = options.represent) !== null && _options$represent3 !== void 0 ? _options$represent3 : ((data) => data),
        representTagName: (_options$representTag3 = options.representTagName) !== null && _options$representTag3 !== void 0 ? _options$representTag3 : (() => tagName2)
      };
    }
    var strTag2 = defineScalarTag2("tag:yaml.org,2002:str", {
      resolve: (source) => source,
      identify: (data) => typeof data === "string"
    });
    var NULL_VALUES$1 = [
      "",
      "~",
      "null",
      "Null",
      "NULL"
    ];
    var nullCoreTag2 = defineScalarTag2("tag:yaml.org,2002:null", {
      implicit: true,
      implicitFirstChars: [
        "",
        "~",
        "n",
        "N"
      ],
      resolve: (source) => {
        if (NULL_VALUES$1.indexOf(source) !== -1) return null;
        return NOT_RESOLVED2;
      },
      identify: (object) => object === null,
      represent: () => "null"
    });
    var nullJsonTag2 = defineScalarTag2("tag:yaml.org,2002:null", {
      implicit: true,
      implicitFirstChars: ["n"],
      resolve: (source, isExplicit) => {
        if (source === "null" || isExplicit && source === "") return null;
        return NOT_RESOLVED2;
      },
      identify: (object) => object === null,
      represent: () => "null"
    });
    var NULL_VALUES = [
      "",
      "~",
      "null",
      "Null",
      "NULL"
    ];
    var nullYaml11Tag2 = defineScalarTag2("tag:yaml.org,2002:null", {
      implicit: true,
      implicitFirstChars: [
        "",
        "~",
        "n",
        "N"
      ],
      resolve: (source) => {
        if (NULL_VALUES.indexOf(source) !== -1) return null;
        return NOT_RESOLVED2;
      },
      identify: (object) => object === null,
      represent: () => "null"
    });
    var TRUE_VALUES$2 = [
      "true",
      "True",
      "TRUE"
    ];
    var FALSE_VALUES$2 = [
      "false",
      "False",
      "FALSE"
    ];
    var boolCoreTag2 = defineScalarTag2("tag:yaml.org,2002:bool", {
      implicit: true,
      implicitFirstChars: [
        "t",
        "T",
        "f",
        "F"
      ],
      resolve: (source) => {
        if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
        if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
        return NOT_RESOLVED2;
      },
      identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
      represent: (object) => object ? "true" : "false"
    });
    var TRUE_VALUES$1 = ["true"];
    var FALSE_VALUES$1 = ["false"];
    var boolJsonTag2 = defineScalarTag2("tag:yaml.org,2002:bool", {
      implicit: true,
      implicitFirstChars: ["t", "f"],
      resolve: (source) => {
        if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
        if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
        return NOT_RESOLVED2;
      },
      identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
      represent: (object) => object ? "true" : "false"
    });
    var TRUE_VALUES = [
      "true",
      "True",
      "TRUE",
      "y",
      "Y",
      "yes",
      "Yes",
      "YES",
      "on",
      "On",
      "ON"
    ];
    var FALSE_VALUES = [
      "false",
      "False",
      "FALSE",
      "n",
      "N",
      "no",
      "No",
      "NO",
      "off",
      "Off",
      "OFF"
    ];
    var boolYaml11Tag2 = defineScalarTag2("tag:yaml.org,2002:bool", {
      implicit: true,
      implicitFirstChars: [
        "y",
        "Y",
        "n",
        "N",
        "t",
        "T",
        "f",
        "F",
        "o",
        "O"
      ],
      resolve: (source) => {
        if (TRUE_VALUES.indexOf(source) !== -1) return true;
        if (FALSE_VALUES.indexOf(source) !== -1) return false;
        return NOT_RESOLVED2;
      },
      identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
      represent: (object) => object ? "true" : "false"
    });
    var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
    var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
    function parseYamlInteger$2(source) {
      let value = source;
      let sign = 1;
      if (value[0] === "-" || value[0] === "+") {
        if (value[0] === "-") sign = -1;
        value = value.slice(1);
      }
      if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
      if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
      if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
      return sign * parseInt(value, 10);
    }
    function resolveYamlInteger$2(source, isExplicit) {
      if (isExplicit) {
        if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED2;
      } else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED2;
      const result = parseYamlInteger$2(source);
      return Number.isFinite(result) ? result : NOT_RESOLVED2;
    }
    var intCoreTag2 = defineScalarTag2("tag:yaml.org,2002:int", {
      implicit: true,
      implicitFirstChars: [
        "-",
        "+",
        ..."0123456789"
      ],
      resolve: resolveYamlInteger$2,
      identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
      represent: (object) => object.toString(10)
    });
    var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
    var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
    function parseYamlInteger$1(source) {
      let value = source;
      let sign = 1;
      if (value[0] === "-" || value[0] === "+") {
        if (value[0] === "-") sign = -1;
        value = value.slice(1);
      }
      if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
      if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
      if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
      return sign * parseInt(value, 10);
    }
    function resolveYamlInteger$1(source, isExplicit) {
      if (isExplicit) {
        if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED2;
      } else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED2;
      const result = parseYamlInteger$1(source);
      return Number.isFinite(result) ? result : NOT_RESOLVED2;
    }
    var intJsonTag2 = defineScalarTag2("tag:yaml.org,2002:int", {
      implicit: true,
      implicitFirstChars: ["-", ..."0123456789"],
      resolve: resolveYamlInteger$1,
      identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
      represent: (object) => object.toString(10)
    });
    var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
    function parseYamlInteger(source) {
      let value = source.replace(/_/g, "");
      let sign = 1;
      if (value[0] === "-" || value[0] === "+") {
        if (value[0] === "-") sign = -1;
        value = value.slice(1);
      }
      if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
      if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
      if (value.includes(":")) {
        let result = 0;
        for (const part of value.split(":")) result = result * 60 + Number(part);
        return sign * result;
      }
      if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
      return sign * parseInt(value, 10);
    }
    function resolveYamlInteger(source) {
      if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED2;
      const result = parseYamlInteger(source);
      return Number.isFinite(result) ? result : NOT_RESOLVED2;
    }
    var intYaml11Tag2 = defineScalarTag2("tag:yaml.org,2002:int", {
      implicit: true,
      implicitFirstChars: [
        "-",
        "+",
        ..."0123456789"
      ],
      resolve: resolveYamlInteger,
      identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
      represent: (object) => object.toString(10)
    });
    var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
    var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
    function resolveYamlFloat$2(source) {
      if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED2;
      let value = source.toLowerCase();
      const sign = value[0] === "-" ? -1 : 1;
      if ("+-".includes(value[0])) value = value.slice(1);
      if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
      if (value === ".nan") return NaN;
      const result = sign * parseFloat(value);
      if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
      return NOT_RESOLVED2;
    }
    function representYamlFloat$2(object) {
      if (isNaN(object)) return ".nan";
      if (object === Number.POSITIVE_INFINITY) return ".inf";
      if (object === Number.NEGATIVE_INFINITY) return "-.inf";
      if (Object.is(object, -0)) return "-0.0";
      const result = object.toString(10);
      return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
    }
    var floatCoreTag2 = defineScalarTag2("tag:yaml.org,2002:float", {
      implicit: true,
      implicitFirstChars: [
        "-",
        "+",
        ".",
        ..."0123456789"
      ],
      resolve: resolveYamlFloat$2,
      identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
      represent: representYamlFloat$2
    });
    var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
    var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
    function resolveYamlFloat$1(source, isExplicit) {
      if (isExplicit) {
        if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED2;
        let value = source.toLowerCase();
        const sign = value[0] === "-" ? -1 : 1;
        if ("+-".includes(value[0])) value = value.slice(1);
        if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
        if (value === ".nan") return NaN;
        const result2 = sign * parseFloat(value);
        return Number.isFinite(result2) ? result2 : NOT_RESOLVED2;
      }
      if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED2;
      const result = Number(source);
      if (Number.isFinite(result)) return result;
      return NOT_RESOLVED2;
    }
    function representYamlFloat$1(object) {
      if (isNaN(object)) return ".nan";
      if (object === Number.POSITIVE_INFINITY) return ".inf";
      if (object === Number.NEGATIVE_INFINITY) return "-.inf";
      if (Object.is(object, -0)) return "-0.0";
      const result = object.toString(10);
      return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
    }
    var floatJsonTag2 = defineScalarTag2("tag:yaml.org,2002:float", {
      implicit: true,
      implicitFirstChars: ["-", ..."0123456789"],
      resolve: resolveYamlFloat$1,
      identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
      represent: representYamlFloat$1
    });
    var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
    var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
    function resolveYamlFloat(source) {
      if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED2;
      let value = source.toLowerCase().replace(/_/g, "");
      const sign = value[0] === "-" ? -1 : 1;
      if ("+-".includes(value[0])) value = value.slice(1);
      if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
      if (value === ".nan") return NaN;
      let result = 0;
      if (value.includes(":")) {
        for (const part of value.split(":")) result = result * 60 + Number(part);
        result *= sign;
      } else result = sign * parseFloat(value);
      if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
      return NOT_RESOLVED2;
    }
    function representYamlFloat(object) {
      if (isNaN(object)) return ".nan";
      if (object === Number.POSITIVE_INFINITY) return ".inf";
      if (object === Number.NEGATIVE_INFINITY) return "-.inf";
      if (Object.is(object, -0)) return "-0.0";
      const result = object.toString(10);
      return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
    }
    var floatYaml11Tag2 = defineScalarTag2("tag:yaml.org,2002:float", {
      implicit: true,
      implicitFirstChars: [
        "-",
        "+",
        ".",
        ..."0123456789"
      ],
      resolve: resolveYamlFloat,
      identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
      represent: representYamlFloat
    });
    var mergeTag2 = defineScalarTag2("tag:yaml.org,2002:merge", {
      implicit: true,
      implicitFirstChars: ["<"],
      resolve: (source, isExplicit) => {
        if (source === "<<" || isExplicit && source === "") return "<<";
        return NOT_RESOLVED2;
      },
      identify: () => false
    });
    var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
    function resolveYamlBinary(source) {
      const input = source.replace(/\s/g, "");
      if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED2;
      const binary = atob(input);
      const result = new Uint8Array(binary.length);
      for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
      return result;
    }
    function representYamlBinary(object) {
      let binary = "";
      for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
      return btoa(binary);
    }
    var binaryTag2 = defineScalarTag2("tag:yaml.org,2002:binary", {
      resolve: resolveYamlBinary,
      identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
      represent: representYamlBinary
    });
    var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
    var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
    function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
      const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
      date.setUTCFullYear(year, month, day);
      return date;
    }
    function resolveYamlTimestamp(source) {
      let match = YAML_DATE_REGEXP.exec(source);
      if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
      if (match === null) return NOT_RESOLVED2;
      const year = +match[1];
      const month = +match[2] - 1;
      const day = +match[3];
      if (!match[4]) {
        const date2 = makeUtcDate(year, month, day);
        if (date2.getUTCFullYear() !== year || date2.getUTCMonth() !== month || date2.getUTCDate() !== day) return NOT_RESOLVED2;
        return date2;
      }
      const hour = +match[4];
      const minute = +match[5];
      const second = +match[6];
      let fraction = 0;
      if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED2;
      if (match[7]) {
        let value = match[7].slice(0, 3);
        while (value.length < 3) value += "0";
        fraction = +value;
      }
      const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
      if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED2;
      if (match[9]) {
        const offsetHour = +match[10];
        const offsetMinute = +(match[11] || 0);
        if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED2;
        const offset = (offsetHour * 60 + offsetMinute) * 6e4;
        date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
      }
      return date;
    }
    var timestampTag2 = defineScalarTag2("tag:yaml.org,2002:timestamp", {
      implicit: true,
      implicitFirstChars: [..."0123456789"],
      resolve: resolveYamlTimestamp,
      identify: (object) => object instanceof Date,
      represent: (object) => object.toISOString()
    });
    var seqTag2 = defineSequenceTag2("tag:yaml.org,2002:seq", {
      create: () => [],
      addItem: (container, item) => {
        container.push(item);
      },
      identify: Array.isArray
    });
    function isPlainObject(data) {
      if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
      const prototype = Object.getPrototypeOf(data);
      return prototype === null || prototype === Object.prototype;
    }
    function pick(object, keys) {
      const result = {};
      for (const key of keys) if (object[key] !== void 0) result[key] = object[key];
      return result;
    }
    var omapTag2 = defineSequenceTag2("tag:yaml.org,2002:omap", {
      create: () => ({
        list: [],
        seen: /* @__PURE__ */ new Set()
      }),
      addItem: (carrier, item) => {
        let key;
        if (item instanceof Map) {
          if (item.size !== 1) return "cannot resolve an ordered map item";
          key = item.keys().next().value;
        } else if (isPlainObject(item)) {
          const itemKeys = Object.keys(item);
          if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
          key = itemKeys[0];
        } else return "cannot resolve an ordered map item";
        if (carrier.seen.has(key)) return "duplicate key in ordered map";
        carrier.seen.add(key);
        carrier.list.push(item);
        return "";
      },
      finalize: (carrier) => carrier.list,
      identify: () => false
    });
    var pairsTag2 = defineSequenceTag2("tag:yaml.org,2002:pairs", {
      create: () => [],
      addItem: (container, item) => {
        if (item instanceof Map) {
          if (item.size !== 1) return "cannot resolve a pairs item";
          container.push(item.entries().next().value);
          return "";
        }
        if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
        const object = item;
        const keys = Object.keys(object);
        if (keys.length !== 1) return "cannot resolve a pairs item";
        container.push([keys[0], object[keys[0]]]);
        return "";
      },
      identify: () => false
    });
    var mapTag2 = defineMappingTag2("tag:yaml.org,2002:map", {
      create: () => ({}),
      identify: isPlainObject,
      represent: (o) => {
        const map = /* @__PURE__ */ new Map();
        for (const key of Object.keys(o)) map.set(key, o[key]);
        return map;
      },
      addPair: (container, key, value) => {
        if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
        const normalizedKey = String(key);
        if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
          value,
          enumerable: true,
          configurable: true,
          writable: true
        });
        else container[normalizedKey] = value;
        return "";
      },
      has: (container, key) => {
        if (key !== null && typeof key === "object") return false;
        return Object.prototype.hasOwnProperty.call(container, String(key));
      },
      keys: (container) => Object.keys(container),
      get: (container, key) => {
        const normalizedKey = String(key);
        if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
        return container[normalizedKey];
      }
    });
    var setTag2 = defineMappingTag2("tag:yaml.org,2002:set", {
      create: () => /* @__PURE__ */ new Set(),
      identify: (data) => data instanceof Set,
      represent: (data) => {
        const map = /* @__PURE__ */ new Map();
        for (const key of data) map.set(key, null);
        return map;
      },
      addPair: (container, key, value) => {
        if (value !== null) return "cannot resolve a set item";
        container.add(key);
        return "";
      },
      has: (container, key) => container.has(key),
      keys: (container) => container.keys(),
      get: () => null
    });
    function _typeof(o) {
      "@babel/helpers - typeof";
      return _typeof = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o2) {
        return typeof o2;
      } : function(o2) {
        return o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
      }, _typeof(o);
    }
    function toPrimitive(t, r) {
      if ("object" != _typeof(t) || !t) return t;
      var e = t[Symbol.toPrimitive];
      if (void 0 !== e) {
        var i = e.call(t, r || "default");
        if ("object" != _typeof(i)) return i;
        throw new TypeError("@@toPrimitive must return a primitive value.");
      }
      return ("string" === r ? String : Number)(t);
    }
    function toPropertyKey(t) {
      var i = toPrimitive(t, "string");
      return "symbol" == _typeof(i) ? i : i + "";
    }
    function _defineProperty(e, r, t) {
      return (r = toPropertyKey(r)) in e ? Object.defineProperty(e, r, {
        value: t,
        enumerable: true,
        configurable: true,
        writable: true
      }) : e[r] = t, e;
    }
    function ownKeys(e, r) {
      var t = Object.keys(e);
      if (Object.getOwnPropertySymbols) {
        var o = Object.getOwnPropertySymbols(e);
        r && (o = o.filter(function(r2) {
          return Object.getOwnPropertyDescriptor(e, r2).enumerable;
        })), t.push.apply(t, o);
      }
      return t;
    }
    function _objectSpread2(e) {
      for (var r = 1; r < arguments.length; r++) {
        var t = null != arguments[r] ? arguments[r] : {};
        r % 2 ? ownKeys(Object(t), true).forEach(function(r2) {
          _defineProperty(e, r2, t[r2]);
        }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys(Object(t)).forEach(function(r2) {
          Object.defineProperty(e, r2, Object.getOwnPropertyDescriptor(t, r2));
        });
      }
      return e;
    }
    function createTagDefinitionMap() {
      return {
        scalar: /* @__PURE__ */ Object.create(null),
        sequence: /* @__PURE__ */ Object.create(null),
        mapping: /* @__PURE__ */ Object.create(null)
      };
    }
    function createTagDefinitionListMap() {
      return {
        scalar: [],
        sequence: [],
        mapping: []
      };
    }
    function compileTags(tags) {
      const result = [];
      for (const tag of tags) {
        let index = result.length;
        for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
          const previous = result[previousIndex];
          if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
            index = previousIndex;
            break;
          }
        }
        result[index] = tag;
      }
      return result;
    }
    var Schema2 = class Schema3 {
      constructor(tags) {
        _defineProperty(this, "tags", void 0);
        _defineProperty(
          this,
          /** @internal */
          "implicitScalarTags",
          void 0
        );
        _defineProperty(
          this,
          /**
          * Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
          * the resolvers that may match that key, in schema order; a key absent from
          * the map uses
          * {@link Schema.implicitScalarAnyFirstChar}
          * (resolvers that declared no first-char constraint, so they apply to any
          * first character).
          */
          "implicitScalarByFirstChar",
          void 0
        );
        _defineProperty(this, "implicitScalarAnyFirstChar", void 0);
        _defineProperty(
          this,
          /**
          * The default scalar tag (`!!str`), resolved once so the composer's fallback
          * for unresolved plain scalars avoids a keyed lookup per scalar.
          *
          * @internal
          */
          "defaultScalarTag",
          void 0
        );
        _defineProperty(
          this,
          /**
          * The default container tags (`!!seq` / `!!map`), used by the dumper: when a
          * value is identified by its default tag, the tag is implicit and not
          * printed. Undefined if the schema does not define them (then such values
          * can't be dumped).
          *
          * @internal
          */
          "defaultSequenceTag",
          void 0
        );
        _defineProperty(
          this,
          /** @internal */
          "defaultMappingTag",
          void 0
        );
        _defineProperty(this, "exact", void 0);
        _defineProperty(this, "prefix", void 0);
        const compiledTags = compileTags(tags);
        const implicitScalarTags = [];
        const exact = createTagDefinitionMap();
        const prefix = createTagDefinitionListMap();
        for (const tag of compiledTags) {
          if (tag.nodeKind === "scalar" && tag.implicit) {
            if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
            implicitScalarTags.push(tag);
          }
          switch (tag.nodeKind) {
            case "scalar":
              if (tag.matchByTagPrefix) prefix.scalar.push(tag);
              else exact.scalar[tag.tagName] = tag;
              break;
            case "sequence":
              if (tag.matchByTagPrefix) prefix.sequence.push(tag);
              else exact.sequence[tag.tagName] = tag;
              break;
            case "mapping":
              if (tag.matchByTagPrefix) prefix.mapping.push(tag);
              else exact.mapping[tag.tagName] = tag;
          }
        }
        const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
        const keys = /* @__PURE__ */ new Set();
        for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
        const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
        for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
        const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
        if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
        this.tags = compiledTags;
        this.implicitScalarTags = implicitScalarTags;
        this.implicitScalarByFirstChar = implicitScalarByFirstChar;
        this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
        this.defaultScalarTag = defaultScalarTag;
        this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
        this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
        this.exact = exact;
        this.prefix = prefix;
      }
      /** @internal */
      lookupScalarTag(tagName2) {
        const exactTag = this.exact.scalar[tagName2];
        if (exactTag) return exactTag;
        for (const tag of this.prefix.scalar) if (tagName2.startsWith(tag.tagName)) return tag;
      }
      /** @internal */
      lookupSequenceTag(tagName2) {
        const exactTag = this.exact.sequence[tagName2];
        if (exactTag) return exactTag;
        for (const tag of this.prefix.sequence) if (tagName2.startsWith(tag.tagName)) return tag;
      }
      /** @internal */
      lookupMappingTag(tagName2) {
        const exactTag = this.exact.mapping[tagName2];
        if (exactTag) return exactTag;
        for (const tag of this.prefix.mapping) if (tagName2.startsWith(tag.tagName)) return tag;
      }
      /** @internal */
      resolveImplicitScalarTag(source) {
        var _this$implicitScalarB;
        const candidates = (_this$implicitScalarB = this.implicitScalarByFirstChar.get(source.charAt(0))) !== null && _this$implicitScalarB !== void 0 ? _this$implicitScalarB : this.implicitScalarAnyFirstChar;
        for (const tag2 of candidates) {
          const value = tag2.resolve(source, false, tag2.tagName);
          if (value !== NOT_RESOLVED2) return {
            value,
            tag: tag2
          };
        }
        const tag = this.defaultScalarTag;
        return {
          value: tag.resolve(source, false, tag.tagName),
          tag
        };
      }
      /**
      * Creates a new schema with the specified tags added. If a tag already
      * exists, it is replaced by the specified tag.
      *
      * @example
      *
      * ```javascript
      * import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
      *
      * const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
      * ```
      */
      withTags(...tags) {
        let flatTags = [];
        for (const tag of tags) flatTags = flatTags.concat(tag);
        return new Schema3([...this.tags, ...flatTags]);
      }
    };
    var FAILSAFE_SCHEMA2 = new Schema2([
      strTag2,
      seqTag2,
      mapTag2
    ]);
    var JSON_SCHEMA2 = new Schema2([
      ...FAILSAFE_SCHEMA2.tags,
      nullJsonTag2,
      boolJsonTag2,
      intJsonTag2,
      floatJsonTag2
    ]);
    var CORE_SCHEMA2 = new Schema2([
      ...FAILSAFE_SCHEMA2.tags,
      nullCoreTag2,
      boolCoreTag2,
      intCoreTag2,
      floatCoreTag2
    ]);
    var YAML11_SCHEMA2 = new Schema2([
      ...FAILSAFE_SCHEMA2.tags,
      nullYaml11Tag2,
      boolYaml11Tag2,
      intYaml11Tag2,
      floatYaml11Tag2,
      timestampTag2,
      mergeTag2,
      binaryTag2,
      omapTag2,
      pairsTag2,
      setTag2
    ]);
    var DUMP_SCHEMA2 = YAML11_SCHEMA2.withTags(_objectSpread2(_objectSpread2({}, intYaml11Tag2), {}, { resolve: (source, isExplicit, tagName2) => {
      const result = intYaml11Tag2.resolve(source, isExplicit, tagName2);
      return result === NOT_RESOLVED2 ? intCoreTag2.resolve(source, isExplicit, tagName2) : result;
    } }), _objectSpread2(_objectSpread2({}, floatYaml11Tag2), {}, { resolve: (source, isExplicit, tagName2) => {
      const result = floatYaml11Tag2.resolve(source, isExplicit, tagName2);
      return result === NOT_RESOLVED2 ? floatCoreTag2.resolve(source, isExplicit, tagName2) : result;
    } }));
    var realMapTag2 = defineMappingTag2("tag:yaml.org,2002:map", {
      create: () => /* @__PURE__ */ new Map(),
      addPair: (container, key, value) => {
        container.set(key, value);
        return "";
      },
      has: (container, key) => container.has(key),
      keys: (container) => container.keys(),
      get: (container, key) => container.get(key),
      identify: (data) => data instanceof Map || isPlainObject(data),
      represent: (data) => {
        if (data instanceof Map) return data;
        const map = /* @__PURE__ */ new Map();
        const obj = data;
        for (const key of Object.keys(obj)) map.set(key, obj[key]);
        return map;
      }
    });
    function normalizeKey(key) {
      if (Array.isArray(key)) {
        const array = Array.prototype.slice.call(key);
        for (let index = 0; index < array.length; index++) {
          if (Array.isArray(array[index])) return null;
          if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
        }
        return String(array);
      }
      if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
      return String(key);
    }
    var legacyMapTag2 = defineMappingTag2("tag:yaml.org,2002:map", {
      create: () => ({}),
      identify: isPlainObject,
      represent: (o) => {
        const map = /* @__PURE__ */ new Map();
        for (const key of Object.keys(o)) map.set(key, o[key]);
        return map;
      },
      addPair: (container, key, value) => {
        const normalizedKey = normalizeKey(key);
        if (normalizedKey === null) return "nested arrays are not supported inside keys";
        if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
          value,
          enumerable: true,
          configurable: true,
          writable: true
        });
        else container[normalizedKey] = value;
        return "";
      },
      has: (container, key) => {
        const normalizedKey = normalizeKey(key);
        return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
      },
      keys: (container) => Object.keys(container),
      get: (container, key) => {
        const normalizedKey = String(key);
        if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
        return container[normalizedKey];
      }
    });
    var DEFAULT_SNIPPET_OPTIONS = {
      maxLength: 79,
      indent: 1,
      linesBefore: 3,
      linesAfter: 2
    };
    function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
      let head = "";
      let tail = "";
      const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
      if (position - lineStart > maxHalfLength) {
        head = " ... ";
        lineStart = position - maxHalfLength + head.length;
      }
      if (lineEnd - position > maxHalfLength) {
        tail = " ...";
        lineEnd = position + maxHalfLength - tail.length;
      }
      return {
        str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
        pos: position - lineStart + head.length
      };
    }
    function padStart(string, max) {
      return " ".repeat(Math.max(max - string.length, 0)) + string;
    }
    function makeSnippet(mark, options) {
      if (!mark.buffer) return null;
      const opts = _objectSpread2(_objectSpread2({}, DEFAULT_SNIPPET_OPTIONS), options);
      const re = /\r?\n|\r|\0/g;
      const lineStarts = [0];
      const lineEnds = [];
      let match;
      let foundLineNo = -1;
      while (match = re.exec(mark.buffer)) {
        lineEnds.push(match.index);
        lineStarts.push(match.index + match[0].length);
        if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
      }
      if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
      let result = "";
      const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
      const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
      for (let i = 1; i <= opts.linesBefore; i++) {
        if (foundLineNo - i < 0) break;
        const line2 = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
        result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line2.str}
${result}`;
      }
      const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
      result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}
`;
      result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^
`;
      for (let i = 1; i <= opts.linesAfter; i++) {
        if (foundLineNo + i >= lineEnds.length) break;
        const line2 = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
        result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line2.str}
`;
      }
      return result.replace(/\n$/, "");
    }
    function formatError(exception, compact) {
      let where = "";
      if (!exception.mark) return exception.reason;
      if (exception.mark.name) where += `in "${exception.mark.name}" `;
      where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
      if (!compact && exception.mark.snippet) where += `

${exception.mark.snippet}`;
      return `${exception.reason} ${where}`;
    }
    var YAMLException2 = class YAMLException3 extends Error {
      /**
      * Optional `mark` contains source snippet data. Usually, use
      * {@link YAMLException.throwAt} instead of passing it directly.
      */
      constructor(reason, mark) {
        super();
        _defineProperty(this, "reason", void 0);
        _defineProperty(this, "mark", void 0);
        this.name = "YAMLException";
        this.reason = reason;
        this.mark = mark;
        this.message = formatError(this, false);
        if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
      }
      /**
      * Returns the formatted error, omitting the source snippet in compact mode.
      */
      toString(compact) {
        return `${this.name}: ${formatError(this, compact)}`;
      }
      /**
      * Builds a YAMLException with a source snippet and throws it. `source` is
      * the raw input text; `position` is an offset into it.
      */
      static throwAt(source, position, message, filename = "") {
        let line = 0;
        let lineStart = 0;
        for (let index = 0; index < position; index++) {
          const ch = source.charCodeAt(index);
          if (ch === 10) {
            line++;
            lineStart = index + 1;
          } else if (ch === 13) {
            line++;
            if (source.charCodeAt(index + 1) === 10) index++;
            lineStart = index + 1;
          }
        }
        const mark = {
          name: filename,
          buffer: source,
          position,
          line,
          column: position - lineStart
        };
        mark.snippet = makeSnippet(mark);
        throw new YAMLException3(message, mark);
      }
    };
    var EVENT_ID2 = {
      DOCUMENT: 1,
      SEQUENCE: 2,
      MAPPING: 3,
      SCALAR: 4,
      ALIAS: 5,
      POP: 6
    };
    var SCALAR_STYLE2 = {
      PLAIN: 1,
      SINGLE_QUOTED: 2,
      DOUBLE_QUOTED: 3,
      LITERAL_BLOCK: 4,
      FOLDED_BLOCK: 5
    };
    var COLLECTION_STYLE2 = {
      BLOCK: 1,
      FLOW: 2
    };
    var CHOMPING_MODE2 = {
      CLIP: 1,
      STRIP: 2,
      KEEP: 3
    };
    var NO_RANGE$3 = -1;
    function simpleEscapeSequence(c) {
      switch (c) {
        case 48:
          return "\0";
        case 97:
          return "\x07";
        case 98:
          return "\b";
        case 116:
          return "	";
        case 9:
          return "	";
        case 110:
          return "\n";
        case 118:
          return "\v";
        case 102:
          return "\f";
        case 114:
          return "\r";
        case 101:
          return "\x1B";
        case 32:
          return " ";
        case 34:
          return '"';
        case 47:
          return "/";
        case 92:
          return "\\";
        case 78:
          return "\x85";
        case 95:
          return "\xA0";
        case 76:
          return "\u2028";
        case 80:
          return "\u2029";
        default:
          return "";
      }
    }
    var simpleEscapeCheck = new Array(256);
    var simpleEscapeMap = new Array(256);
    for (let i = 0; i < 256; i++) {
      simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
      simpleEscapeMap[i] = simpleEscapeSequence(i);
    }
    function charFromCodepoint(c) {
      if (c <= 65535) return String.fromCharCode(c);
      return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
    }
    function fromHexCode$1(c) {
      if (c >= 48 && c <= 57) return c - 48;
      return (c | 32) - 97 + 10;
    }
    function escapedHexLen$1(c) {
      if (c === 120) return 2;
      if (c === 117) return 4;
      return 8;
    }
    function skipFoldedBreaks(input, position, end) {
      let breaks = 0;
      while (position < end) {
        const ch = input.charCodeAt(position);
        if (ch === 10) {
          breaks++;
          position++;
        } else if (ch === 13) {
          breaks++;
          position++;
          if (input.charCodeAt(position) === 10) position++;
        } else if (ch === 32 || ch === 9) position++;
        else break;
      }
      return {
        position,
        breaks
      };
    }
    function foldedBreaks(count) {
      if (count === 1) return " ";
      return "\n".repeat(count - 1);
    }
    function getPlainValue(input, start, end) {
      let result = "";
      let position = start;
      let captureStart = start;
      let captureEnd = start;
      while (position < end) {
        const ch = input.charCodeAt(position);
        if (ch === 10 || ch === 13) {
          result += input.slice(captureStart, captureEnd);
          const fold = skipFoldedBreaks(input, position, end);
          result += foldedBreaks(fold.breaks);
          position = captureStart = captureEnd = fold.position;
        } else {
          position++;
          if (ch !== 32 && ch !== 9) captureEnd = position;
        }
      }
      return result + input.slice(captureStart, captureEnd);
    }
    function getSingleQuotedValue(input, start, end) {
      let result = "";
      let position = start;
      let captureStart = start;
      let captureEnd = start;
      while (position < end) {
        const ch = input.charCodeAt(position);
        if (ch === 39) {
          result += input.slice(captureStart, position) + "'";
          position += 2;
          captureStart = captureEnd = position;
        } else if (ch === 10 || ch === 13) {
          result += input.slice(captureStart, captureEnd);
          const fold = skipFoldedBreaks(input, position, end);
          result += foldedBreaks(fold.breaks);
          position = captureStart = captureEnd = fold.position;
        } else {
          position++;
          if (ch !== 32 && ch !== 9) captureEnd = position;
        }
      }
      return result + input.slice(captureStart, end);
    }
    function getDoubleQuotedValue(input, start, end) {
      let result = "";
      let position = start;
      let captureStart = start;
      let captureEnd = start;
      while (position < end) {
        const ch = input.charCodeAt(position);
        if (ch === 92) {
          result += input.slice(captureStart, position);
          position++;
          const escaped = input.charCodeAt(position);
          if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
          else if (escaped < 256 && simpleEscapeCheck[escaped]) {
            result += simpleEscapeMap[escaped];
            position++;
          } else {
            let hexLength = escapedHexLen$1(escaped);
            let hexResult = 0;
            for (; hexLength > 0; hexLength--) {
              position++;
              const digit = fromHexCode$1(input.charCodeAt(position));
              hexResult = (hexResult << 4) + digit;
            }
            result += charFromCodepoint(hexResult);
            position++;
          }
          captureStart = captureEnd = position;
        } else if (ch === 10 || ch === 13) {
          result += input.slice(captureStart, captureEnd);
          const fold = skipFoldedBreaks(input, position, end);
          result += foldedBreaks(fold.breaks);
          position = captureStart = captureEnd = fold.position;
        } else {
          position++;
          if (ch !== 32 && ch !== 9) captureEnd = position;
        }
      }
      return result + input.slice(captureStart, end);
    }
    function getBlockValue(input, start, end, indent, chomping, folded) {
      const textIndent = indent < 0 ? 0 : indent;
      const region = input.slice(start, end).replace(/\r\n?/g, "\n");
      const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
      let result = "";
      let didReadContent = false;
      let emptyLines = 0;
      let atMoreIndented = false;
      for (const line of lines) {
        let column = 0;
        while (column < textIndent && line.charCodeAt(column) === 32) column++;
        if (indent < 0 || column >= line.length) {
          emptyLines++;
          continue;
        }
        const content = line.slice(textIndent);
        const first = content.charCodeAt(0);
        if (folded) {
          if (first === 32 || first === 9) {
            atMoreIndented = true;
            result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
          } else if (atMoreIndented) {
            atMoreIndented = false;
            result += "\n".repeat(emptyLines + 1);
          } else if (emptyLines === 0) {
            if (didReadContent) result += " ";
          } else result += "\n".repeat(emptyLines);
        } else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
        result += content;
        didReadContent = true;
        emptyLines = 0;
      }
      if (chomping === CHOMPING_MODE2.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
      else if (chomping !== CHOMPING_MODE2.STRIP) {
        if (didReadContent) result += "\n";
      }
      return result;
    }
    function getScalarValue2(input, scalar3) {
      if (scalar3.valueStart === NO_RANGE$3) return "";
      const { valueStart, valueEnd } = scalar3;
      if (scalar3.fast) return input.slice(valueStart, valueEnd);
      switch (scalar3.style) {
        case SCALAR_STYLE2.SINGLE_QUOTED:
          return getSingleQuotedValue(input, valueStart, valueEnd);
        case SCALAR_STYLE2.DOUBLE_QUOTED:
          return getDoubleQuotedValue(input, valueStart, valueEnd);
        case SCALAR_STYLE2.LITERAL_BLOCK:
          return getBlockValue(input, valueStart, valueEnd, scalar3.indent, scalar3.chomping, false);
        case SCALAR_STYLE2.FOLDED_BLOCK:
          return getBlockValue(input, valueStart, valueEnd, scalar3.indent, scalar3.chomping, true);
        default:
          return getPlainValue(input, valueStart, valueEnd);
      }
    }
    var DEFAULT_TAG_HANDLERS = Object.assign(/* @__PURE__ */ Object.create(null), {
      "!": "!",
      "!!": "tag:yaml.org,2002:"
    });
    var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
    var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
    var HEX = "0123456789ABCDEF";
    function percentByte(byte) {
      return "%" + HEX[byte >> 4] + HEX[byte & 15];
    }
    function tagPercentEncode(source, isSuffix) {
      const allowed = isSuffix ? TAG_SUFFIX_CHARS : TAG_URI_CHARS;
      let result = "";
      for (let index = 0; index < source.length; index++) {
        let ch = source.charCodeAt(index);
        if (ch >= 48 && ch <= 57 || ch >= 65 && ch <= 90 || ch >= 97 && ch <= 122 || allowed.includes(source[index])) {
          result += source[index];
          continue;
        }
        if (ch >= 55296 && ch <= 56319) ch = 65536 + ((ch & 1023) << 10) + (source.charCodeAt(++index) & 1023);
        if (ch < 128) result += percentByte(ch);
        else if (ch < 2048) result += percentByte(192 | ch >> 6) + percentByte(128 | ch & 63);
        else if (ch < 65536) result += percentByte(224 | ch >> 12) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
        else result += percentByte(240 | ch >> 18) + percentByte(128 | ch >> 12 & 63) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
      }
      return result;
    }
    function tagPercentDecode(source) {
      let result = "";
      let index = 0;
      while (index < source.length) {
        if (source.charCodeAt(index) !== 37) {
          result += source[index++];
          continue;
        }
        let ch = parseInt(source.slice(index + 1, index + 3), 16);
        index += 3;
        if (ch >= 192) {
          let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
          ch &= (1 << 6 - remaining) - 1;
          while (remaining-- > 0) {
            ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63;
            index += 3;
          }
        }
        if (ch < 65536) result += String.fromCharCode(ch);
        else {
          ch -= 65536;
          result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
        }
      }
      return result;
    }
    function tagNameFull(rawTag2, tagHandlers) {
      var _ref, _tagHandlers$handle;
      if (rawTag2.startsWith("!<") && rawTag2.endsWith(">")) return tagPercentDecode(rawTag2.slice(2, -1));
      const handleEnd = rawTag2.indexOf("!", 1);
      const handle = handleEnd === -1 ? "!" : rawTag2.slice(0, handleEnd + 1);
      return tagPercentDecode((_ref = (_tagHandlers$handle = tagHandlers === null || tagHandlers === void 0 ? void 0 : tagHandlers[handle]) !== null && _tagHandlers$handle !== void 0 ? _tagHandlers$handle : DEFAULT_TAG_HANDLERS[handle]) !== null && _ref !== void 0 ? _ref : handle) + tagPercentDecode(rawTag2.slice(handle.length));
    }
    function tagNameShort(fullTag) {
      let tag = fullTag;
      if (tag.charCodeAt(0) === 33) {
        tag = tag.slice(1);
        return `!${tagPercentEncode(tag, true)}`;
      }
      if (tag.slice(0, 18) === "tag:yaml.org,2002:") return `!!${tagPercentEncode(tag.slice(18), true)}`;
      return `!<${tagPercentEncode(tag, false)}>`;
    }
    var NO_RANGE$2 = -1;
    var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
    var DEFAULT_CONSTRUCTOR_OPTIONS = {
      filename: "",
      schema: CORE_SCHEMA2,
      json: false,
      maxTotalMergeKeys: 1e4,
      maxAliases: -1
    };
    function eventPosition$1(event) {
      if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
      if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
      if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
      if ("start" in event) return event.start;
      return 0;
    }
    function throwError$1(state, message) {
      YAMLException2.throwAt(state.source, state.position, message, state.filename);
    }
    function finalizeCollection(state, position, tag, carrier) {
      try {
        return tag.finalize(carrier);
      } catch (error) {
        if (error instanceof YAMLException2) throw error;
        YAMLException2.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
      }
    }
    function constructScalar(state, event) {
      const source = getScalarValue2(state.source, event);
      const rawTag2 = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
      const strTag3 = state.schema.defaultScalarTag;
      if (rawTag2 !== "") {
        var _state$schema$lookupM;
        if (rawTag2 === "!") return {
          value: source,
          tag: strTag3
        };
        const tagName2 = tagNameFull(rawTag2, state.tagHandlers);
        const scalarTag = state.schema.lookupScalarTag(tagName2);
        if (scalarTag) {
          const result = scalarTag.resolve(source, true, tagName2);
          if (result === NOT_RESOLVED2) throwError$1(state, `cannot resolve a node with !<${tagName2}> explicit tag`);
          return {
            value: result,
            tag: scalarTag
          };
        }
        const collectionTagDef = (_state$schema$lookupM = state.schema.lookupMappingTag(tagName2)) !== null && _state$schema$lookupM !== void 0 ? _state$schema$lookupM : state.schema.lookupSequenceTag(tagName2);
        if (collectionTagDef) {
          if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName2}> explicit tag`);
          const carrier = collectionTagDef.create(tagName2);
          return {
            value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
            tag: collectionTagDef
          };
        }
        throwError$1(state, `unknown scalar tag !<${tagName2}>`);
      }
      if (event.style === SCALAR_STYLE2.PLAIN) return state.schema.resolveImplicitScalarTag(source);
      return {
        value: strTag3.resolve(source, false, strTag3.tagName),
        tag: strTag3
      };
    }
    function collectionTagName(state, event, defaultTagName) {
      const rawTag2 = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
      return rawTag2 === "" || rawTag2 === "!" ? defaultTagName : tagNameFull(rawTag2, state.tagHandlers);
    }
    function isMappingTag(tag) {
      return tag.nodeKind === "mapping";
    }
    function chargeMergeWork(state) {
      state.totalMergeKeys++;
      if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
    }
    function mergeKeys(state, frame, source, sourceTag) {
      chargeMergeWork(state);
      for (const sourceKey of sourceTag.keys(source)) {
        var _frame$overridable;
        chargeMergeWork(state);
        if (frame.tag.has(frame.value, sourceKey)) continue;
        const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
        if (err) throwError$1(state, err);
        (_frame$overridable = frame.overridable) !== null && _frame$overridable !== void 0 || (frame.overridable = /* @__PURE__ */ new Set());
        frame.overridable.add(sourceKey);
      }
    }
    function mergeSource(state, frame, source, sourceTag) {
      state.position = frame.keyPosition;
      if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
      else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
        if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
        for (const element of source) {
          const elementTag = state.nodeTags.get(element);
          if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
          mergeKeys(state, frame, element, elementTag);
        }
      } else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    function addMappingValue(state, frame, key, value, tag) {
      var _frame$overridable2, _frame$overridable3;
      state.position = frame.keyPosition;
      if (frame.keyIsMerge) {
        mergeSource(state, frame, value, tag);
        return;
      }
      if (!state.json && frame.tag.has(frame.value, key) && !((_frame$overridable2 = frame.overridable) === null || _frame$overridable2 === void 0 ? void 0 : _frame$overridable2.has(key))) throwError$1(state, "duplicated mapping key");
      const err = frame.tag.addPair(frame.value, key, value);
      if (err) throwError$1(state, err);
      (_frame$overridable3 = frame.overridable) === null || _frame$overridable3 === void 0 || _frame$overridable3.delete(key);
    }
    function addValue(state, value, tag) {
      const frame = state.frames[state.frames.length - 1];
      if (frame.kind === "document") {
        frame.value = value;
        frame.hasValue = true;
      } else if (frame.kind === "sequence") {
        if (isMappingTag(tag)) state.nodeTags.set(value, tag);
        const err = frame.tag.addItem(frame.value, value, frame.index++);
        if (err) throwError$1(state, err);
      } else if (frame.hasKey) {
        const key = frame.key;
        frame.key = void 0;
        frame.hasKey = false;
        addMappingValue(state, frame, key, value, tag);
      } else {
        frame.key = value;
        frame.keyPosition = state.position;
        frame.hasKey = true;
        frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
      }
    }
    function storeAnchor(state, event, value, tag, isValueFinal) {
      if (event.anchorStart !== NO_RANGE$2) {
        const anchor = {
          value,
          tag,
          isValueFinal
        };
        state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
        return anchor;
      }
      return null;
    }
    function constructFromEvents2(events, options) {
      const state = _objectSpread2(_objectSpread2(_objectSpread2({}, DEFAULT_CONSTRUCTOR_OPTIONS), options), {}, {
        events,
        documents: [],
        eventIndex: 0,
        position: 0,
        frames: [],
        anchors: /* @__PURE__ */ new Map(),
        nodeTags: /* @__PURE__ */ new Map(),
        tagHandlers: /* @__PURE__ */ Object.create(null),
        totalMergeKeys: 0,
        aliasCount: 0
      });
      while (state.eventIndex < state.events.length) {
        const event = state.events[state.eventIndex++];
        state.position = eventPosition$1(event);
        switch (event.type) {
          case EVENT_ID2.DOCUMENT:
            state.anchors = /* @__PURE__ */ new Map();
            state.nodeTags = /* @__PURE__ */ new Map();
            state.aliasCount = 0;
            state.tagHandlers = /* @__PURE__ */ Object.create(null);
            for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
            state.frames.push({
              kind: "document",
              position: state.position,
              value: void 0,
              hasValue: false
            });
            break;
          case EVENT_ID2.SCALAR: {
            const { value, tag } = constructScalar(state, event);
            storeAnchor(state, event, value, tag, true);
            addValue(state, value, tag);
            break;
          }
          case EVENT_ID2.SEQUENCE: {
            const tagName2 = collectionTagName(state, event, "tag:yaml.org,2002:seq");
            const tag = state.schema.lookupSequenceTag(tagName2);
            if (!tag) throwError$1(state, `unknown sequence tag !<${tagName2}>`);
            const value = tag.create(tagName2);
            const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
            state.frames.push({
              kind: "sequence",
              position: state.position,
              value,
              tag,
              anchor,
              index: 0
            });
            break;
          }
          case EVENT_ID2.MAPPING: {
            const tagName2 = collectionTagName(state, event, "tag:yaml.org,2002:map");
            const tag = state.schema.lookupMappingTag(tagName2);
            if (!tag) throwError$1(state, `unknown mapping tag !<${tagName2}>`);
            const value = tag.create(tagName2);
            const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
            state.frames.push({
              kind: "mapping",
              position: state.position,
              value,
              tag,
              anchor,
              key: void 0,
              keyPosition: state.position,
              hasKey: false,
              keyIsMerge: false,
              overridable: null
            });
            break;
          }
          case EVENT_ID2.ALIAS: {
            if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
            const name = state.source.slice(event.anchorStart, event.anchorEnd);
            const anchor = state.anchors.get(name);
            if (!anchor) throwError$1(state, `unidentified alias "${name}"`);
            if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
            addValue(state, anchor.value, anchor.tag);
            break;
          }
          case EVENT_ID2.POP: {
            const frame = state.frames.pop();
            if (frame.kind === "mapping" && frame.hasKey) {
              state.position = frame.keyPosition;
              throwError$1(state, "incomplete mapping pair in event stream");
            }
            if (frame.kind === "document") state.documents.push(frame.value);
            else {
              const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
              if (frame.anchor) {
                frame.anchor.value = value;
                frame.anchor.isValueFinal = true;
              }
              addValue(state, value, frame.tag);
            }
            break;
          }
        }
      }
      return state.documents;
    }
    var NO_RANGE$1 = -1;
    var HAS_OWN = Object.prototype.hasOwnProperty;
    var CONTEXT_FLOW_IN = 1;
    var CONTEXT_FLOW_OUT = 2;
    var CONTEXT_BLOCK_IN = 3;
    var CONTEXT_BLOCK_OUT = 4;
    var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
    var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
    var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
    var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
    var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
    var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
    var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
    var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
    var DEFAULT_PARSER_OPTIONS = {
      filename: "",
      maxDepth: 100
    };
    function addDocumentEvent(state, explicitStart, explicitEnd) {
      state.events.push({
        type: EVENT_ID2.DOCUMENT,
        explicitStart,
        explicitEnd,
        directives: state.directives
      });
    }
    function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
      state.events.push({
        type: EVENT_ID2.SEQUENCE,
        start,
        anchorStart,
        anchorEnd,
        tagStart,
        tagEnd,
        style
      });
    }
    function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
      state.events.push({
        type: EVENT_ID2.MAPPING,
        start,
        anchorStart,
        anchorEnd,
        tagStart,
        tagEnd,
        style
      });
    }
    function insertFlowPairMappingEvent(state, snapshot) {
      state.events.splice(snapshot.eventsLength, 0, {
        type: EVENT_ID2.MAPPING,
        start: snapshot.position,
        anchorStart: NO_RANGE$1,
        anchorEnd: NO_RANGE$1,
        tagStart: NO_RANGE$1,
        tagEnd: NO_RANGE$1,
        style: COLLECTION_STYLE2.FLOW
      });
    }
    function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE2.CLIP, indent = -1, fast = false) {
      state.events.push({
        type: EVENT_ID2.SCALAR,
        valueStart,
        valueEnd,
        anchorStart,
        anchorEnd,
        tagStart,
        tagEnd,
        style,
        chomping,
        indent,
        fast
      });
    }
    function addAliasEvent(state, anchorStart, anchorEnd) {
      state.events.push({
        type: EVENT_ID2.ALIAS,
        anchorStart,
        anchorEnd
      });
    }
    function addPopEvent(state) {
      state.events.push({ type: EVENT_ID2.POP });
    }
    function addEmptyScalarEvent(state) {
      addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE2.PLAIN);
    }
    function emptyProperties() {
      return {
        anchorStart: NO_RANGE$1,
        anchorEnd: NO_RANGE$1,
        tagStart: NO_RANGE$1,
        tagEnd: NO_RANGE$1
      };
    }
    function snapshotState(state) {
      return {
        position: state.position,
        line: state.line,
        lineStart: state.lineStart,
        lineIndent: state.lineIndent,
        firstTabInLine: state.firstTabInLine,
        eventsLength: state.events.length
      };
    }
    function restoreState(state, snapshot) {
      state.position = snapshot.position;
      state.line = snapshot.line;
      state.lineStart = snapshot.lineStart;
      state.lineIndent = snapshot.lineIndent;
      state.firstTabInLine = snapshot.firstTabInLine;
      state.events.length = snapshot.eventsLength;
    }
    function throwError(state, message) {
      YAMLException2.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
    }
    function isEol(c) {
      return c === 10 || c === 13;
    }
    function isWhiteSpace(c) {
      return c === 9 || c === 32;
    }
    function isWsOrEol(c) {
      return isWhiteSpace(c) || isEol(c);
    }
    function isWsOrEolOrEnd(c) {
      return c === 0 || isWsOrEol(c);
    }
    function isFlowIndicator2(c) {
      return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
    }
    function fromDecimalCode(c) {
      return c >= 48 && c <= 57 ? c - 48 : -1;
    }
    function fromHexCode(c) {
      if (c >= 48 && c <= 57) return c - 48;
      const lc = c | 32;
      if (lc >= 97 && lc <= 102) return lc - 97 + 10;
      return -1;
    }
    function escapedHexLen(c) {
      if (c === 120) return 2;
      if (c === 117) return 4;
      if (c === 85) return 8;
      return 0;
    }
    function isSimpleEscape(c) {
      return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
    }
    function consumeLineBreak(state) {
      if (state.input.charCodeAt(state.position) === 10) state.position++;
      else {
        state.position++;
        if (state.input.charCodeAt(state.position) === 10) state.position++;
      }
      state.line++;
      state.lineStart = state.position;
      state.lineIndent = 0;
      state.firstTabInLine = -1;
    }
    function skipSeparationSpace(state, allowComments) {
      let lineBreaks = 0;
      let ch = state.input.charCodeAt(state.position);
      let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          hasSeparation = true;
          if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
          ch = state.input.charCodeAt(++state.position);
        }
        if (allowComments && hasSeparation && ch === 35) do
          ch = state.input.charCodeAt(++state.position);
        while (!isEol(ch) && ch !== 0);
        if (!isEol(ch)) break;
        consumeLineBreak(state);
        lineBreaks++;
        hasSeparation = true;
        ch = state.input.charCodeAt(state.position);
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      }
      return lineBreaks;
    }
    function testDocumentSeparator(state, position = state.position) {
      const ch = state.input.charCodeAt(position);
      if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
        const following = state.input.charCodeAt(position + 3);
        return following === 0 || isWsOrEol(following);
      }
      return false;
    }
    function skipByteOrderMark(state) {
      if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
        state.position++;
        state.lineStart = state.position;
      }
    }
    function testDocumentBoundary(state) {
      if (state.position !== state.lineStart) return false;
      if (testDocumentSeparator(state)) return true;
      if (state.input.charCodeAt(state.position) !== 65279) return false;
      const snapshot = snapshotState(state);
      skipByteOrderMark(state);
      skipSeparationSpace(state, true);
      const ch = state.input.charCodeAt(state.position);
      const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
      restoreState(state, snapshot);
      return result;
    }
    function skipUntilLineEnd(state) {
      let ch = state.input.charCodeAt(state.position);
      while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
    }
    function checkPrintable(state, start, end) {
      const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
      if (match !== null) {
        state.position = start + match.index + match[0].length - 1;
        throwError(state, "the stream contains non-printable characters");
      }
    }
    function readTagProperty(state, props, inFlow) {
      if (state.input.charCodeAt(state.position) !== 33) return false;
      if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
      const start = state.position;
      let isVerbatim = false;
      let isNamed = false;
      let tagHandle = "!";
      let ch = state.input.charCodeAt(++state.position);
      if (ch === 60) {
        isVerbatim = true;
        ch = state.input.charCodeAt(++state.position);
      } else if (ch === 33) {
        isNamed = true;
        tagHandle = "!!";
        ch = state.input.charCodeAt(++state.position);
      }
      let suffixStart = state.position;
      let tagName2;
      if (isVerbatim) {
        while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
        if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
        tagName2 = state.input.slice(suffixStart, state.position);
        state.position++;
      } else {
        while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator2(ch))) {
          if (ch === 33) {
            if (!isNamed) {
              tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
              if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
              isNamed = true;
              suffixStart = state.position + 1;
            } else throwError(state, "tag suffix cannot contain exclamation marks");
          }
          ch = state.input.charCodeAt(++state.position);
        }
        tagName2 = state.input.slice(suffixStart, state.position);
        if (PATTERN_FLOW_INDICATORS.test(tagName2)) throwError(state, "tag suffix cannot contain flow indicator characters");
      }
      if (tagName2 && !(isVerbatim ? PATTERN_TAG_URI.test(tagName2) : PATTERN_TAG_SUFFIX.test(tagName2))) throwError(state, `tag name cannot contain such characters: ${tagName2}`);
      if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
      props.tagStart = start;
      props.tagEnd = state.position;
      return true;
    }
    function readAnchorProperty(state, props) {
      if (state.input.charCodeAt(state.position) !== 38) return false;
      if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
      state.position++;
      const start = state.position;
      while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator2(state.input.charCodeAt(state.position))) state.position++;
      if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
      props.anchorStart = start;
      props.anchorEnd = state.position;
      return true;
    }
    function readAlias(state, props) {
      if (state.input.charCodeAt(state.position) !== 42) return false;
      if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
      state.position++;
      const start = state.position;
      while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator2(state.input.charCodeAt(state.position))) state.position++;
      if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
      addAliasEvent(state, start, state.position);
      return true;
    }
    function readFlowScalarBreak(state, nodeIndent) {
      skipSeparationSpace(state, false);
      if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
    }
    function readSingleQuotedScalar(state, nodeIndent, props) {
      if (state.input.charCodeAt(state.position) !== 39) return false;
      state.position++;
      const start = state.position;
      let simple = true;
      while (state.input.charCodeAt(state.position) !== 0) {
        const ch = state.input.charCodeAt(state.position);
        if (ch === 39) {
          if (state.input.charCodeAt(state.position + 1) === 39) {
            simple = false;
            state.position += 2;
            continue;
          }
          const end = state.position;
          state.position++;
          addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE2.SINGLE_QUOTED, CHOMPING_MODE2.CLIP, -1, simple);
          return true;
        }
        if (isEol(ch)) {
          simple = false;
          readFlowScalarBreak(state, nodeIndent);
        } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
        else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
        else state.position++;
      }
      throwError(state, "unexpected end of the stream within a single quoted scalar");
    }
    function readDoubleQuotedScalar(state, nodeIndent, props) {
      if (state.input.charCodeAt(state.position) !== 34) return false;
      state.position++;
      const start = state.position;
      let simple = true;
      while (state.input.charCodeAt(state.position) !== 0) {
        const ch = state.input.charCodeAt(state.position);
        if (ch === 34) {
          const end = state.position;
          state.position++;
          addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE2.DOUBLE_QUOTED, CHOMPING_MODE2.CLIP, -1, simple);
          return true;
        }
        if (ch === 92) {
          simple = false;
          const escaped = state.input.charCodeAt(++state.position);
          if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
          else if (isSimpleEscape(escaped)) state.position++;
          else {
            let hexLength = escapedHexLen(escaped);
            if (hexLength === 0) throwError(state, "unknown escape sequence");
            while (hexLength-- > 0) {
              state.position++;
              if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
            }
            state.position++;
          }
        } else if (isEol(ch)) {
          simple = false;
          readFlowScalarBreak(state, nodeIndent);
        } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
        else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
        else state.position++;
      }
      throwError(state, "unexpected end of the stream within a double quoted scalar");
    }
    function readBlockScalar(state, parentIndent, props) {
      const ch = state.input.charCodeAt(state.position);
      let chomping = CHOMPING_MODE2.CLIP;
      let indent = -1;
      let detectedIndent = false;
      if (ch !== 124 && ch !== 62) return false;
      const style = ch === 124 ? SCALAR_STYLE2.LITERAL_BLOCK : SCALAR_STYLE2.FOLDED_BLOCK;
      state.position++;
      while (state.input.charCodeAt(state.position) !== 0) {
        const current = state.input.charCodeAt(state.position);
        const digit = fromDecimalCode(current);
        if (current === 43 || current === 45) {
          if (chomping !== CHOMPING_MODE2.CLIP) throwError(state, "repeat of a chomping mode identifier");
          chomping = current === 43 ? CHOMPING_MODE2.KEEP : CHOMPING_MODE2.STRIP;
          state.position++;
        } else if (digit >= 0) {
          if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
          if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
          indent = parentIndent + digit - 1;
          detectedIndent = true;
          state.position++;
        } else break;
      }
      let hadWhitespace = false;
      while (isWhiteSpace(state.input.charCodeAt(state.position))) {
        hadWhitespace = true;
        state.position++;
      }
      if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
      if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
      else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
      let contentIndent = detectedIndent ? indent : -1;
      let maxLeadingIndent = 0;
      const valueStart = state.position;
      let valueEnd = state.position;
      while (state.input.charCodeAt(state.position) !== 0) {
        const linePosition = state.position;
        let column = 0;
        while (state.input.charCodeAt(linePosition + column) === 32) column++;
        const first = state.input.charCodeAt(linePosition + column);
        if (first === 0) {
          if (contentIndent >= 0) {
            if (column > contentIndent) valueEnd = linePosition + column;
          } else if (column > 0) valueEnd = linePosition + column;
          break;
        }
        if (testDocumentBoundary(state)) break;
        if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
        if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
          if (first === 9 && column < parentIndent) {
            state.position = linePosition + column;
            throwError(state, "tab characters must not be used in indentation");
          }
          if (column >= parentIndent && column < maxLeadingIndent) {
            state.position = linePosition + column;
            throwError(state, "bad indentation of a mapping entry");
          }
        }
        if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
          state.lineIndent = column;
          state.position = linePosition + column;
          break;
        }
        if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
        const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
        if (first !== 0 && !isEol(first) && column < requiredIndent) {
          state.lineIndent = column;
          state.position = linePosition + column;
          break;
        }
        skipUntilLineEnd(state);
        valueEnd = state.position;
        if (isEol(state.input.charCodeAt(state.position))) {
          consumeLineBreak(state);
          valueEnd = state.position;
        }
      }
      checkPrintable(state, valueStart, valueEnd);
      addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
      return true;
    }
    function canStartPlainScalar(state, nodeContext) {
      const ch = state.input.charCodeAt(state.position);
      const inFlow = nodeContext === CONTEXT_FLOW_IN;
      if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator2(ch)) return false;
      if (ch === 63 || ch === 45) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator2(following)) return false;
      }
      return true;
    }
    function readPlainScalar(state, nodeIndent, nodeContext, props) {
      if (!canStartPlainScalar(state, nodeContext)) return false;
      const start = state.position;
      let end = state.position;
      let ch = state.input.charCodeAt(state.position);
      const inFlow = nodeContext === CONTEXT_FLOW_IN;
      let multiline = false;
      while (ch !== 0) {
        if (testDocumentBoundary(state)) break;
        if (ch === 58) {
          const following = state.input.charCodeAt(state.position + 1);
          if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator2(following)) break;
        } else if (ch === 35) {
          if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
        } else if (inFlow && isFlowIndicator2(ch)) break;
        else if (isEol(ch)) {
          const savedPosition = state.position;
          const savedLine = state.line;
          const savedLineStart = state.lineStart;
          const savedLineIndent = state.lineIndent;
          skipSeparationSpace(state, false);
          if (state.lineIndent >= nodeIndent) {
            multiline = true;
            ch = state.input.charCodeAt(state.position);
            continue;
          }
          state.position = savedPosition;
          state.line = savedLine;
          state.lineStart = savedLineStart;
          state.lineIndent = savedLineIndent;
          break;
        }
        if (!isWhiteSpace(ch)) end = state.position + 1;
        ch = state.input.charCodeAt(++state.position);
      }
      if (end === start) return false;
      checkPrintable(state, start, end);
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE2.PLAIN, CHOMPING_MODE2.CLIP, -1, !multiline);
      return true;
    }
    function skipFlowSeparationSpace(state, nodeIndent) {
      const startLine = state.line;
      skipSeparationSpace(state, true);
      if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
    }
    function readFlowCollection(state, nodeIndent, props) {
      const ch = state.input.charCodeAt(state.position);
      const isMapping = ch === 123;
      const start = state.position;
      let readNext = true;
      if (ch !== 91 && ch !== 123) return false;
      const terminator = isMapping ? 125 : 93;
      if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE2.FLOW);
      else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE2.FLOW);
      state.position++;
      while (state.input.charCodeAt(state.position) !== 0) {
        skipFlowSeparationSpace(state, nodeIndent);
        let ch2 = state.input.charCodeAt(state.position);
        if (ch2 === terminator) {
          state.position++;
          addPopEvent(state);
          return true;
        } else if (!readNext) throwError(state, "missed comma between flow collection entries");
        else if (ch2 === 44) throwError(state, "expected the node content, but found ','");
        let isPair = false;
        let isExplicitPair = false;
        if (ch2 === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
          isPair = isExplicitPair = true;
          state.position += 1;
          skipFlowSeparationSpace(state, nodeIndent);
        }
        const entryLine = state.line;
        const entryStart = snapshotState(state);
        const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        skipFlowSeparationSpace(state, nodeIndent);
        ch2 = state.input.charCodeAt(state.position);
        if ((isMapping || isExplicitPair || state.line === entryLine) && ch2 === 58) {
          isPair = true;
          state.position++;
          skipFlowSeparationSpace(state, nodeIndent);
          if (!isMapping) {
            insertFlowPairMappingEvent(state, entryStart);
            if (!keyWasRead) addEmptyScalarEvent(state);
          } else if (!keyWasRead) addEmptyScalarEvent(state);
          if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
          skipFlowSeparationSpace(state, nodeIndent);
          if (!isMapping) addPopEvent(state);
        } else if (isMapping && isPair) {
          if (!keyWasRead) addEmptyScalarEvent(state);
          addEmptyScalarEvent(state);
        } else if (isMapping) addEmptyScalarEvent(state);
        else if (isPair) {
          insertFlowPairMappingEvent(state, entryStart);
          if (!keyWasRead) addEmptyScalarEvent(state);
          addEmptyScalarEvent(state);
          addPopEvent(state);
        }
        ch2 = state.input.charCodeAt(state.position);
        if (ch2 === 44) {
          readNext = true;
          state.position++;
        } else readNext = false;
      }
      throwError(state, "unexpected end of the stream within a flow collection");
    }
    function readBlockSequence(state, nodeIndent, props) {
      if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
      addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE2.BLOCK);
      while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
        if (state.firstTabInLine !== -1) {
          state.position = state.firstTabInLine;
          throwError(state, "tab characters must not be used in indentation");
        }
        const entryLine = state.line;
        state.position++;
        const hadBreak = skipSeparationSpace(state, true) > 0;
        if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
        if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
        else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
        skipSeparationSpace(state, true);
        if (state.lineIndent < nodeIndent || state.position >= state.length) break;
        if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
        if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
      }
      addPopEvent(state);
      return true;
    }
    function readBlockMapping(state, nodeIndent, flowIndent, props) {
      let atExplicitKey = false;
      let detected = false;
      let mappingOpened = false;
      let pendingExplicitKey = false;
      if (state.firstTabInLine !== -1) return false;
      let ch = state.input.charCodeAt(state.position);
      while (ch !== 0) {
        if (!atExplicitKey && state.firstTabInLine !== -1) {
          state.position = state.firstTabInLine;
          throwError(state, "tab characters must not be used in indentation");
        }
        const following = state.input.charCodeAt(state.position + 1);
        const entryLine = state.line;
        if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
          if (!mappingOpened) {
            addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE2.BLOCK);
            mappingOpened = true;
          }
          if (ch === 63) {
            if (atExplicitKey) addEmptyScalarEvent(state);
            detected = true;
            atExplicitKey = true;
          } else if (atExplicitKey) atExplicitKey = false;
          else {
            addEmptyScalarEvent(state);
            detected = true;
            atExplicitKey = false;
          }
          state.position += 1;
          pendingExplicitKey = true;
        } else {
          if (atExplicitKey) {
            addEmptyScalarEvent(state);
            atExplicitKey = false;
          }
          const beforeKey = snapshotState(state);
          if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
          if (state.line === entryLine) {
            ch = state.input.charCodeAt(state.position);
            while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
            if (ch === 58) {
              ch = state.input.charCodeAt(++state.position);
              if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
              if (!mappingOpened) {
                state.events.splice(beforeKey.eventsLength, 0, {
                  type: EVENT_ID2.MAPPING,
                  start: beforeKey.position,
                  anchorStart: props.anchorStart,
                  anchorEnd: props.anchorEnd,
                  tagStart: props.tagStart,
                  tagEnd: props.tagEnd,
                  style: COLLECTION_STYLE2.BLOCK
                });
                mappingOpened = true;
              }
              detected = true;
              atExplicitKey = false;
              pendingExplicitKey = false;
            } else if (detected) throwError(state, "expected ':' after a mapping key");
            else {
              if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
                restoreState(state, beforeKey);
                return false;
              }
              return true;
            }
          } else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
          else {
            if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
              restoreState(state, beforeKey);
              return false;
            }
            return true;
          }
        }
        if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
        if (!atExplicitKey) {
          if (pendingExplicitKey) {
            addEmptyScalarEvent(state);
            pendingExplicitKey = false;
          }
        }
        skipSeparationSpace(state, true);
        ch = state.input.charCodeAt(state.position);
        if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
        else if (state.lineIndent < nodeIndent) break;
      }
      if (!detected) return false;
      if (atExplicitKey) addEmptyScalarEvent(state);
      if (mappingOpened) addPopEvent(state);
      return true;
    }
    function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
      if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
      state.depth++;
      let indentStatus = 1;
      let atNewLine = false;
      let hasContent = false;
      let propertyStart = null;
      const props = emptyProperties();
      let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
      let allowBlockCollections = allowBlockScalars;
      const allowBlockStyles = allowBlockScalars;
      if (allowToSeek && skipSeparationSpace(state, true)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) indentStatus = 1;
        else if (state.lineIndent === parentIndent) indentStatus = 0;
        else indentStatus = -1;
      }
      if (indentStatus === 1) while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
        if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
          var _state$events$fallbac;
          const fallbackState = snapshotState(state);
          const flowIndent = parentIndent + 1;
          if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && ((_state$events$fallbac = state.events[fallbackState.eventsLength]) === null || _state$events$fallbac === void 0 ? void 0 : _state$events$fallbac.type) === EVENT_ID2.MAPPING) {
            state.depth--;
            return true;
          }
          restoreState(state, fallbackState);
        }
        if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
        if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
        if (propertyStart === null) propertyStart = propertyState;
        if (skipSeparationSpace(state, true)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) indentStatus = 1;
          else if (state.lineIndent === parentIndent) indentStatus = 0;
          else indentStatus = -1;
        } else allowBlockCollections = false;
      }
      if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
      if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
        const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
        const blockIndent = state.position - state.lineStart;
        if (indentStatus === 1) {
          if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
          else {
            const ch = state.input.charCodeAt(state.position);
            if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
              var _state$events$fallbac2;
              const fallbackState = snapshotState(state);
              const propertyIndent = propertyStart.position - propertyStart.lineStart;
              restoreState(state, propertyStart);
              if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && ((_state$events$fallbac2 = state.events[fallbackState.eventsLength]) === null || _state$events$fallbac2 === void 0 ? void 0 : _state$events$fallbac2.type) === EVENT_ID2.MAPPING) hasContent = true;
              else restoreState(state, fallbackState);
            }
            if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
          }
        } else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
      }
      allowBlockScalars = allowBlockScalars && !hasContent;
      if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
        addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE2.PLAIN);
        hasContent = true;
      }
      state.depth--;
      return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
    }
    function readDirective(state) {
      if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
      state.position++;
      const nameStart = state.position;
      while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
      const name = state.input.slice(nameStart, state.position);
      const args = [];
      if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
      while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
        while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
        if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
        const start = state.position;
        while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
        args.push(state.input.slice(start, state.position));
      }
      if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
      if (name === "YAML") {
        if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
        if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
        const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
        if (match === null) throwError(state, "ill-formed argument of the YAML directive");
        if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
        state.directives.push({
          kind: "yaml",
          version: args[0]
        });
      } else if (name === "TAG") {
        if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
        const [handle, prefix] = args;
        if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
        if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
        if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
        state.tagHandlers[handle] = prefix;
        state.directives.push({
          kind: "tag",
          handle,
          prefix
        });
      }
      return true;
    }
    function readDocument(state) {
      state.directives = [];
      state.tagHandlers = /* @__PURE__ */ Object.create(null);
      let hasDirectives = false;
      skipSeparationSpace(state, true);
      while (readDirective(state)) {
        hasDirectives = true;
        skipSeparationSpace(state, true);
      }
      let explicitStart = false;
      let explicitEnd = false;
      let allowCompact = true;
      if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
        explicitStart = true;
        const markerLine = state.line;
        state.position += 3;
        skipSeparationSpace(state, true);
        allowCompact = state.line > markerLine;
      } else if (hasDirectives) throwError(state, "directives end mark is expected");
      const documentEventIndex = state.events.length;
      if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
        state.position += 3;
        skipSeparationSpace(state, true);
        return;
      }
      addDocumentEvent(state, explicitStart, false);
      if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
      skipSeparationSpace(state, true);
      if (state.position === state.lineStart && testDocumentSeparator(state)) {
        explicitEnd = state.input.charCodeAt(state.position) === 46;
        if (explicitEnd) {
          const markerLine = state.line;
          state.position += 3;
          skipSeparationSpace(state, true);
          if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
        }
      }
      const documentEvent = state.events[documentEventIndex];
      if ((documentEvent === null || documentEvent === void 0 ? void 0 : documentEvent.type) === EVENT_ID2.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
      addPopEvent(state);
      if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
    }
    function parseEvents2(input, options) {
      const length = input.length;
      const state = _objectSpread2(_objectSpread2(_objectSpread2({}, DEFAULT_PARSER_OPTIONS), options), {}, {
        input: `${input}\0`,
        length,
        position: 0,
        line: 0,
        lineStart: 0,
        lineIndent: 0,
        firstTabInLine: -1,
        depth: 0,
        directives: [],
        tagHandlers: /* @__PURE__ */ Object.create(null),
        events: []
      });
      const nullpos = input.indexOf("\0");
      if (nullpos !== -1) YAMLException2.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
      while (state.position < state.length) {
        skipByteOrderMark(state);
        skipSeparationSpace(state, true);
        if (state.position >= state.length) break;
        const documentStart = state.position;
        readDocument(state);
        if (state.position === documentStart)
          throwError(state, "can not read a document");
      }
      return state.events;
    }
    var DEFAULT_LOAD_OPTIONS = _objectSpread2(_objectSpread2({}, DEFAULT_PARSER_OPTIONS), DEFAULT_CONSTRUCTOR_OPTIONS);
    function loadDocuments(input, options = {}) {
      const opts = _objectSpread2(_objectSpread2({}, DEFAULT_LOAD_OPTIONS), options);
      const source = String(input);
      const PARSER_OPT_KEYS = Object.keys(DEFAULT_PARSER_OPTIONS);
      const CONSTRUCTOR_OPT_KEYS = Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);
      return constructFromEvents2(parseEvents2(source, pick(opts, PARSER_OPT_KEYS)), _objectSpread2(_objectSpread2({}, pick(opts, CONSTRUCTOR_OPT_KEYS)), {}, { source }));
    }
    function loadAll2(input, iteratorOrOptions, options) {
      let iterator = null;
      if (typeof iteratorOrOptions === "function") iterator = iteratorOrOptions;
      else if (iteratorOrOptions !== null && typeof iteratorOrOptions === "object") options = iteratorOrOptions;
      const documents = loadDocuments(input, options);
      if (iterator === null) return documents;
      for (const document of documents) iterator(document);
    }
    function load2(input, options) {
      const documents = loadDocuments(input, options);
      if (documents.length === 0) throw new YAMLException2("expected a document, but the input is empty");
      if (documents.length === 1) return documents[0];
      throw new YAMLException2("expected a single document in the stream, but found more");
    }
    var INVALID = /* @__PURE__ */ Symbol("INVALID");
    function buildRepresentTypes(schema) {
      const defaultTags = new Set([
        schema.defaultScalarTag,
        schema.defaultSequenceTag,
        schema.defaultMappingTag
      ].filter((t) => t !== void 0));
      const implicitScalars = schema.implicitScalarTags;
      const explicitTags = schema.tags.filter((t) => !(t.nodeKind === "scalar" && t.implicit) && !defaultTags.has(t));
      const defaultTagsLast = schema.tags.filter((t) => defaultTags.has(t));
      return [
        ...implicitScalars.map((tag) => ({
          tag,
          implicitTag: true
        })),
        ...explicitTags.map((tag) => ({
          tag,
          implicitTag: false
        })),
        ...defaultTagsLast.map((tag) => ({
          tag,
          implicitTag: true
        }))
      ];
    }
    function matchTag(state, object) {
      for (let index = 0, length = state.representTypes.length; index < length; index += 1) {
        const { tag, implicitTag } = state.representTypes[index];
        if (tag.identify(object)) {
          let tagName2;
          if (tag.matchByTagPrefix) tagName2 = tag.representTagName(object);
          else tagName2 = tag.tagName;
          return {
            tag,
            tagName: tagName2,
            implicitTag
          };
        }
      }
      return null;
    }
    function build(state, object) {
      if (!state.noRefs && object !== null && typeof object === "object") {
        const existing = state.refs.get(object);
        if (existing) {
          if (existing.anchor === void 0) existing.anchor = `ref_${state.refCounter++}`;
          return {
            kind: "alias",
            anchor: existing.anchor
          };
        }
      }
      const matched = matchTag(state, object);
      if (!matched) {
        if (object === void 0) return INVALID;
        if (state.skipInvalid) return INVALID;
        throw new YAMLException2(`unacceptable kind of an object to dump ${Object.prototype.toString.call(object)}`);
      }
      const { tag, tagName: tagName2, implicitTag } = matched;
      const nodeTagName = implicitTag ? tagName2 : tagNameShort(tagName2);
      if (tag.nodeKind === "scalar") return {
        kind: "scalar",
        tag: nodeTagName,
        tagged: !implicitTag,
        style: SCALAR_STYLE2.PLAIN,
        value: tag.represent(object)
      };
      if (tag.nodeKind === "sequence") {
        const container = tag.represent(object);
        const node2 = {
          kind: "sequence",
          tag: nodeTagName,
          tagged: !implicitTag,
          style: COLLECTION_STYLE2.BLOCK,
          items: []
        };
        if (!state.noRefs) state.refs.set(object, node2);
        for (let index = 0, length = container.length; index < length; index += 1) {
          let item = build(state, container[index]);
          if (item === INVALID && container[index] === void 0) item = build(state, null);
          if (item === INVALID) continue;
          node2.items.push(item);
        }
        return node2;
      }
      const map = tag.represent(object);
      const node = {
        kind: "mapping",
        tag: nodeTagName,
        tagged: !implicitTag,
        style: COLLECTION_STYLE2.BLOCK,
        items: []
      };
      if (!state.noRefs) state.refs.set(object, node);
      for (const [objectKey, objectValue] of map) {
        const key = build(state, objectKey);
        if (key === INVALID) continue;
        const value = build(state, objectValue);
        if (value === INVALID) continue;
        node.items.push({
          key,
          value
        });
      }
      return node;
    }
    function jsToAst2(input, schema, options = {}) {
      var _options$noRefs, _options$skipInvalid;
      const root = build({
        representTypes: buildRepresentTypes(schema),
        noRefs: (_options$noRefs = options.noRefs) !== null && _options$noRefs !== void 0 ? _options$noRefs : false,
        skipInvalid: (_options$skipInvalid = options.skipInvalid) !== null && _options$skipInvalid !== void 0 ? _options$skipInvalid : false,
        refs: /* @__PURE__ */ new Map(),
        refCounter: 0
      }, input);
      return [{
        contents: root === INVALID ? null : root,
        directives: []
      }];
    }
    var VISIT_BREAK2 = /* @__PURE__ */ Symbol("visit:break");
    var VISIT_SKIP2 = /* @__PURE__ */ Symbol("visit:skip");
    function visitNode(node, visitor, ctx) {
      const control = visitor(node, ctx);
      if (control === VISIT_BREAK2) return true;
      if (control === VISIT_SKIP2) return false;
      const depth = ctx.depth + 1;
      switch (node.kind) {
        case "sequence":
          for (const item of node.items) if (visitNode(item, visitor, {
            depth,
            parent: node,
            isKey: false
          })) return true;
          break;
        case "mapping":
          for (const { key, value } of node.items) {
            if (visitNode(key, visitor, {
              depth,
              parent: node,
              isKey: true
            })) return true;
            if (visitNode(value, visitor, {
              depth,
              parent: node,
              isKey: false
            })) return true;
          }
      }
      return false;
    }
    function visit2(documents, visitor) {
      for (const doc of documents) if (doc.contents && visitNode(doc.contents, visitor, {
        depth: 0,
        parent: null,
        isKey: false
      })) return;
    }
    function hasBit(mask, bit) {
      return (mask & 1 << bit) !== 0;
    }
    var DEFAULT_SCALAR_STYLE_RULES2 = {
      applyQuoteFlowKeysOption,
      doubleQuoteForInvisibles,
      doubleQuoteWhitespaceOnly,
      applyForceQuotesOption,
      tryLongOrMultilineAsBlock,
      quoteInvalidPlain,
      fallbackToDoubleQuoted
    };
    function _preferredQuotedStyle(layout) {
      if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE2.SINGLE_QUOTED)) return SCALAR_STYLE2.SINGLE_QUOTED;
      return SCALAR_STYLE2.DOUBLE_QUOTED;
    }
    function applyQuoteFlowKeysOption(layout) {
      if (!layout.presenterOptions.quoteFlowKeys) return;
      if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE2.PLAIN) return;
      layout.style = SCALAR_STYLE2.DOUBLE_QUOTED;
    }
    function doubleQuoteForInvisibles(layout) {
      if (layout.style === SCALAR_STYLE2.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE2.DOUBLE_QUOTED;
    }
    function doubleQuoteWhitespaceOnly(layout) {
      if (layout.style === SCALAR_STYLE2.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE2.DOUBLE_QUOTED;
    }
    function applyForceQuotesOption(layout) {
      if (!layout.presenterOptions.forceQuotes) return;
      if (layout.isKey || layout.style !== SCALAR_STYLE2.PLAIN) return;
      if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
      layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE2.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
    }
    function tryLongOrMultilineAsBlock(layout) {
      if (layout.style !== SCALAR_STYLE2.PLAIN || layout.isKey) return;
      const value = layout.node.value;
      const multiline = value.indexOf("\n") !== -1;
      if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE2.LITERAL_BLOCK)) {
        if (multiline) layout.style = SCALAR_STYLE2.DOUBLE_QUOTED;
        return;
      }
      const w = layout.presenterOptions.lineWidth;
      if (w === -1) {
        if (multiline) layout.style = SCALAR_STYLE2.LITERAL_BLOCK;
        return;
      }
      const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
      let position = 0;
      let shouldFold = false;
      while (position <= value.length) {
        let lineEnd = value.length;
        const nextLineBreak = value.indexOf("\n", position);
        if (nextLineBreak !== -1) lineEnd = nextLineBreak;
        const line = value.slice(position, lineEnd);
        if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
        if (nextLineBreak === -1) break;
        position = nextLineBreak + 1;
      }
      if (shouldFold) layout.style = SCALAR_STYLE2.FOLDED_BLOCK;
      else if (multiline) layout.style = SCALAR_STYLE2.LITERAL_BLOCK;
    }
    function quoteInvalidPlain(layout) {
      if (layout.style === SCALAR_STYLE2.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE2.PLAIN)) layout.style = _preferredQuotedStyle(layout);
    }
    function fallbackToDoubleQuoted(layout) {
      if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE2.DOUBLE_QUOTED;
    }
    function setBit(mask, bit) {
      return mask | 1 << bit;
    }
    var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
    var SRC_B_CHAR = "[\\n\\r]";
    var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
    var SRC_S_WHITE = "[ \\t]";
    var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
    var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
    var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
    var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
    var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
    var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
    var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
    var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
    var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
    var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
    var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
    var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
    var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
    var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
    var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
    var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
    var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
    var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
    var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
    var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
    var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
    var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
    var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
    var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
    var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
    var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
    var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
    var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
    var C_FORBIDDEN_FIRST_LINE = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/;
    var C_FORBIDDEN_CONTENT = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/m;
    function canUsePlain(layout) {
      const str = layout.node.value;
      if (str !== "") {
        if (!(layout.isKey ? layout.flowOnly ? NS_PLAIN_FLOW_KEY : NS_PLAIN_BLOCK_KEY : layout.flowOnly ? NS_PLAIN_FLOW_IN : NS_PLAIN_FLOW_OUT).test(str)) return false;
        if (layout.shiftOfFirstLine === 0 && C_FORBIDDEN_FIRST_LINE.test(str)) return false;
        if (layout.shiftOfContent === 0) {
          const firstLineBreak = str.indexOf("\n");
          if (firstLineBreak !== -1) {
            const content = str.slice(firstLineBreak + 1);
            if (C_FORBIDDEN_CONTENT.test(content)) return false;
          }
        }
      }
      const resolvedTag = layout.presenterOptions.schema.resolveImplicitScalarTag(str).tag.tagName;
      if (!layout.node.tagged && resolvedTag !== layout.node.tag) return false;
      if (!layout.node.tagged && str === "=" && resolvedTag === layout.presenterOptions.schema.defaultScalarTag.tagName) return false;
      return true;
    }
    function canUseSingleQuoted(layout) {
      const str = layout.node.value;
      if (!(layout.isKey ? NB_SINGLE_ONE_LINE : NB_SINGLE_MULTI_LINE).test(str)) return false;
      if (/[ \t]\n|\n[ \t]/.test(str)) return false;
      if (!layout.isKey && layout.shiftOfContent === 0) {
        const firstLineBreak = str.indexOf("\n");
        if (firstLineBreak !== -1 && C_FORBIDDEN_CONTENT.test(str.slice(firstLineBreak + 1))) return false;
      }
      return true;
    }
    function canUseBlock(layout) {
      if (layout.flowOnly || !BLOCK_SCALAR_CONTENT.test(layout.node.value)) return false;
      const contentIndent = layout.shiftOfContent - layout.shiftOfParent;
      if (contentIndent < 1) return false;
      if (contentIndent > 9 && /^\n* /.test(layout.node.value)) return false;
      if (layout.shiftOfContent === 0 && C_FORBIDDEN_CONTENT.test(layout.node.value)) return false;
      return true;
    }
    function detectAllowedStyles(layout) {
      let mask = setBit(0, SCALAR_STYLE2.DOUBLE_QUOTED);
      if (canUsePlain(layout)) mask = setBit(mask, SCALAR_STYLE2.PLAIN);
      if (canUseSingleQuoted(layout)) mask = setBit(mask, SCALAR_STYLE2.SINGLE_QUOTED);
      if (canUseBlock(layout)) mask = setBit(setBit(mask, SCALAR_STYLE2.LITERAL_BLOCK), SCALAR_STYLE2.FOLDED_BLOCK);
      layout.allowedStylesMask = mask;
    }
    function renderScalar(layout) {
      switch (layout.style) {
        case SCALAR_STYLE2.PLAIN:
          return renderPlain(layout);
        case SCALAR_STYLE2.SINGLE_QUOTED:
          return renderSingleQuoted(layout);
        case SCALAR_STYLE2.LITERAL_BLOCK:
          return renderLiteralBlock(layout);
        case SCALAR_STYLE2.FOLDED_BLOCK:
          return renderFoldedBlock(layout);
        case SCALAR_STYLE2.DOUBLE_QUOTED:
          return renderDoubleQuoted(layout);
      }
    }
    function renderPlain(layout) {
      return encodeFlowBreaks(layout.node.value, layout.shiftOfContent);
    }
    function renderSingleQuoted(layout) {
      return `'${encodeFlowBreaks(layout.node.value, layout.shiftOfContent).replace(/'/g, "''")}'`;
    }
    function renderLiteralBlock(layout) {
      const value = layout.node.value;
      return "|" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(value, layout.shiftOfContent));
    }
    function renderFoldedBlock(layout) {
      const value = layout.node.value;
      const w = layout.presenterOptions.lineWidth;
      let availableWidth = Infinity;
      if (w !== -1) availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
      return ">" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(foldBlockScalar(value, availableWidth), layout.shiftOfContent));
    }
    function renderDoubleQuoted(layout) {
      return `"${escapeString(layout.node.value)}"`;
    }
    function encodeFlowBreaks(string, shiftOfContent) {
      let nextLF = string.indexOf("\n");
      if (nextLF === -1) return string;
      const pad = " ".repeat(shiftOfContent);
      let result = string.slice(0, nextLF);
      const lineRe = /(\n+)([^\n]*)/g;
      lineRe.lastIndex = nextLF;
      let match;
      while (match = lineRe.exec(string)) {
        const breaks = match[1].length;
        const line = match[2];
        result += "\n".repeat(breaks + 1) + pad + line;
      }
      return result;
    }
    function indentString(string, spaces) {
      const indent = " ".repeat(spaces);
      let position = 0;
      let result = "";
      const length = string.length;
      while (position < length) {
        let line;
        const next = string.indexOf("\n", position);
        if (next === -1) {
          line = string.slice(position);
          position = length;
        } else {
          line = string.slice(position, next + 1);
          position = next + 1;
        }
        if (line.length && line !== "\n") result += indent;
        result += line;
      }
      return result;
    }
    function needIndentIndicator(string) {
      return /^\n* /.test(string);
    }
    function blockHeader(string, shiftOfParent, shiftOfContent) {
      const indentIndicator = needIndentIndicator(string) ? String(shiftOfContent - shiftOfParent) : "";
      const clip2 = string[string.length - 1] === "\n";
      return `${indentIndicator}${clip2 && (string[string.length - 2] === "\n" || string === "\n") ? "+" : clip2 ? "" : "-"}
`;
    }
    function dropEndingNewline(string) {
      return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
    }
    function isMoreIndented(char) {
      return char === " " || char === "	";
    }
    function foldLine(line, width) {
      if (line === "" || isMoreIndented(line[0])) return line;
      const breakRe = / [^ \t]/g;
      let match;
      let start = 0;
      let end;
      let curr = 0;
      let next = 0;
      let result = "";
      while (match = breakRe.exec(line)) {
        next = match.index;
        if (next - start > width) {
          end = curr > start ? curr : next;
          result += `
${line.slice(start, end)}`;
          start = end + 1;
        }
        curr = next;
      }
      result += "\n";
      if (line.length - start > width && curr > start) result += `${line.slice(start, curr)}
${line.slice(curr + 1)}`;
      else result += line.slice(start);
      return result.slice(1);
    }
    function foldBlockScalar(string, width) {
      const lineRe = /(\n+)([^\n]*)/g;
      let nextLF = string.indexOf("\n");
      if (nextLF === -1) nextLF = string.length;
      lineRe.lastIndex = nextLF;
      let result = foldLine(string.slice(0, nextLF), width);
      let prevMoreIndented = string[0] === "\n" || isMoreIndented(string[0]);
      let moreIndented;
      let match;
      while (match = lineRe.exec(string)) {
        const prefix = match[1];
        const line = match[2];
        moreIndented = line !== "" && isMoreIndented(line[0]);
        result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
        prevMoreIndented = moreIndented;
      }
      return result;
    }
    var CHARACTERS_TO_ESCAPE = /["\\\x00-\x1F\x7F-\xA0\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/gu;
    function escapeCharacter(character) {
      switch (character) {
        case "\0":
          return "\\0";
        case "\x07":
          return "\\a";
        case "\b":
          return "\\b";
        case "	":
          return "\\t";
        case "\n":
          return "\\n";
        case "\v":
          return "\\v";
        case "\f":
          return "\\f";
        case "\r":
          return "\\r";
        case "\x1B":
          return "\\e";
        case '"':
          return '\\"';
        case "\\":
          return "\\\\";
        case "\x85":
          return "\\N";
        case "\xA0":
          return "\\_";
        case "\u2028":
          return "\\L";
        case "\u2029":
          return "\\P";
      }
      const code = character.charCodeAt(0);
      const hex = code.toString(16).toUpperCase();
      if (code <= 255) return `\\x${"0".repeat(2 - hex.length)}${hex}`;
      return `\\u${"0".repeat(4 - hex.length)}${hex}`;
    }
    function escapeString(string) {
      return string.replace(CHARACTERS_TO_ESCAPE, escapeCharacter);
    }
    var CHAR_LINE_FEED = 10;
    var DEFAULT_PRESENTER_OPTIONS = {
      indent: 2,
      seqNoIndent: false,
      seqInlineFirst: true,
      lineWidth: 80,
      flowBracketPadding: false,
      flowSkipCommaSpace: false,
      flowSkipColonSpace: false,
      quoteFlowKeys: false,
      quoteStyle: "single",
      forceQuotes: false,
      scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES2).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES2, name)),
      tagBeforeAnchor: false
    };
    function nodeTagShort(node) {
      return node.tagged ? node.tag : tagNameShort(node.tag);
    }
    function createPresenterState(options) {
      const opts = _objectSpread2(_objectSpread2({}, DEFAULT_PRESENTER_OPTIONS), options);
      if (opts.flowSkipColonSpace) opts.quoteFlowKeys = true;
      return _objectSpread2(_objectSpread2({}, opts), {}, {
        defaultScalarTagName: opts.schema.defaultScalarTag.tagName,
        openEnded: false
      });
    }
    function generateNextLine(state, level) {
      return `
${" ".repeat(state.indent * level)}`;
    }
    function scalarLayout(state, node, parent, level, isKey, flowOnly) {
      return {
        node,
        parent,
        level,
        isKey,
        flowOnly,
        shiftOfParent: level === 0 ? -1 : state.indent * (level - 1),
        shiftOfContent: state.indent * Math.max(1, level),
        shiftOfFirstLine: level === 0 ? 0 : state.indent * level,
        presenterOptions: state,
        allowedStylesMask: 0,
        style: node.style
      };
    }
    function writeFlowSequence(state, level, node) {
      let result = "";
      for (let index = 0, length = node.items.length; index < length; index += 1) {
        const item = writeNode(state, level, node.items[index], node, {}).text;
        if (index > 0) result += `,${!state.flowSkipCommaSpace ? " " : ""}`;
        result += item;
      }
      const pad = state.flowBracketPadding && node.items.length > 0 ? " " : "";
      return `[${pad}${result}${pad}]`;
    }
    function writeBlockSequence(state, level, node, compact) {
      let result = "";
      for (let index = 0, length = node.items.length; index < length; index += 1) {
        const item = writeNode(state, level + 1, node.items[index], node, {
          block: true,
          compact: state.seqInlineFirst,
          isblockseq: true
        }).text;
        if (!compact || result !== "") result += generateNextLine(state, level);
        if (item === "" || CHAR_LINE_FEED === item.charCodeAt(0)) result += "-";
        else result += "- ";
        result += item;
      }
      return result;
    }
    function writeFlowMapping(state, level, node) {
      let result = "";
      for (const { key, value } of node.items) {
        let pairBuffer = "";
        if (result !== "") pairBuffer += `,${!state.flowSkipCommaSpace ? " " : ""}`;
        const keyRender = writeNode(state, level, key, node, { iskey: true });
        const keyText = keyRender.text;
        const valueText = writeNode(state, level, value, node, {}).text;
        const sep = state.flowSkipColonSpace || valueText === "" ? "" : " ";
        const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
        const keyColonSep = key.kind === "alias" || keyIsBareProps ? " " : "";
        pairBuffer += `${keyText}${keyColonSep}:${sep}${valueText}`;
        result += pairBuffer;
      }
      const pad = state.flowBracketPadding && result !== "" ? " " : "";
      return `{${pad}${result}${pad}}`;
    }
    function writeBlockMapping(state, level, node, compact) {
      let result = "";
      for (let index = 0, length = node.items.length; index < length; index += 1) {
        let pairBuffer = "";
        if (!compact || result !== "") pairBuffer += generateNextLine(state, level);
        const { key, value } = node.items[index];
        const keyIsBlock = (key.kind === "mapping" || key.kind === "sequence") && key.style === COLLECTION_STYLE2.BLOCK && key.items.length !== 0 || key.kind === "scalar" && (key.style === SCALAR_STYLE2.LITERAL_BLOCK || key.style === SCALAR_STYLE2.FOLDED_BLOCK);
        const keyRender = keyIsBlock ? writeNode(state, level + 1, key, node, {
          block: true,
          compact: true,
          isblockseq: !cannotBeCompact(state, key, level + 1)
        }) : writeNode(state, level + 1, key, node, {
          block: true,
          compact: true,
          iskey: true
        });
        const keyText = keyRender.text;
        const keyHasLineBreak = key.kind === "scalar" && key.value.indexOf("\n") !== -1;
        const keyIsTooLong = keyText.length > 1024 && /^[\s\S]{1025}/u.test(keyText);
        const explicitPair = keyIsBlock || keyHasLineBreak || keyIsTooLong;
        if (explicitPair) {
          if (keyText && CHAR_LINE_FEED === keyText.charCodeAt(0)) pairBuffer += "?";
          else pairBuffer += "? ";
        }
        pairBuffer += keyText;
        if (explicitPair) pairBuffer += generateNextLine(state, level);
        const valueText = writeNode(state, level + 1, value, node, {
          block: true,
          compact: explicitPair,
          isblockseq: explicitPair && !cannotBeCompact(state, value, level + 1)
        }).text;
        const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
        const keyColonSep = !explicitPair && (key.kind === "alias" || keyIsBareProps) ? " " : "";
        if (valueText === "" || CHAR_LINE_FEED === valueText.charCodeAt(0)) pairBuffer += `${keyColonSep}:`;
        else pairBuffer += `${keyColonSep}: `;
        pairBuffer += valueText;
        result += pairBuffer;
      }
      return result;
    }
    function cannotBeCompact(state, node, level) {
      if (node.kind === "alias") return true;
      return node.tagged || node.anchor !== void 0 || state.indent < 2 && level > 0;
    }
    function writeNode(state, level, node, parent, ctx) {
      var _ctx$compact;
      if (node.kind === "alias") {
        state.openEnded = false;
        return {
          text: `*${node.anchor}`,
          noBody: false
        };
      }
      const { block = false, iskey = false, isblockseq = false } = ctx;
      let compact = (_ctx$compact = ctx.compact) !== null && _ctx$compact !== void 0 ? _ctx$compact : false;
      const hasAnchor = node.anchor !== void 0;
      if (cannotBeCompact(state, node, level)) compact = false;
      let body;
      let shouldPrintTag = node.tagged;
      const useBlockCollection = block && (node.kind === "mapping" || node.kind === "sequence") && node.style === COLLECTION_STYLE2.BLOCK && node.items.length !== 0;
      if (node.kind === "mapping") {
        if (useBlockCollection) body = writeBlockMapping(state, level, node, compact);
        else body = writeFlowMapping(state, level, node);
      } else if (node.kind === "sequence") {
        if (useBlockCollection) {
          if (state.seqNoIndent && !isblockseq && level > 0) body = writeBlockSequence(state, level - 1, node, compact);
          else body = writeBlockSequence(state, level, node, compact);
        } else body = writeFlowSequence(state, level, node);
      } else {
        const layout = scalarLayout(state, node, parent, level, iskey, !block);
        detectAllowedStyles(layout);
        for (const rule of state.scalarStyleRules) rule(layout);
        body = renderScalar(layout);
        state.openEnded = (layout.style === SCALAR_STYLE2.LITERAL_BLOCK || layout.style === SCALAR_STYLE2.FOLDED_BLOCK) && (node.value === "\n" || node.value.endsWith("\n\n"));
        shouldPrintTag = node.tagged || body === "" && layout.flowOnly && (parent === null || parent === void 0 ? void 0 : parent.kind) === "sequence" && !hasAnchor || layout.style !== SCALAR_STYLE2.PLAIN && node.tag !== state.defaultScalarTagName;
      }
      if ((node.kind === "mapping" || node.kind === "sequence") && !useBlockCollection) state.openEnded = false;
      if (useBlockCollection && compact && level > 0 && state.indent > 2) body = `${" ".repeat(state.indent - 2)}${body}`;
      const noBody = body === "";
      let text = body;
      if (shouldPrintTag || hasAnchor) {
        const props = [];
        const tag = shouldPrintTag ? nodeTagShort(node) : null;
        const anchor = hasAnchor ? `&${node.anchor}` : null;
        if (state.tagBeforeAnchor) {
          if (tag !== null) props.push(tag);
          if (anchor !== null) props.push(anchor);
        } else {
          if (anchor !== null) props.push(anchor);
          if (tag !== null) props.push(tag);
        }
        const sep = body === "" || body.charCodeAt(0) === CHAR_LINE_FEED ? "" : " ";
        text = `${props.join(" ")}${sep}${body}`;
      }
      return {
        text,
        noBody
      };
    }
    function rootStartsOwnLine(node) {
      return (node.kind === "sequence" || node.kind === "mapping") && node.style === COLLECTION_STYLE2.BLOCK && node.items.length !== 0 && !node.tagged && node.anchor === void 0;
    }
    function writeDocumentDirectives(doc) {
      let result = "";
      for (const directive of doc.directives) {
        if (directive.kind === "yaml") {
          result += `%YAML ${directive.version}
`;
          continue;
        }
        const { handle, prefix } = directive;
        result += `%TAG ${handle} ${prefix}
`;
      }
      return result;
    }
    function present2(documents, options) {
      const state = createPresenterState(options);
      let result = "";
      let previousEnded = false;
      for (let index = 0; index < documents.length; index += 1) {
        const doc = documents[index];
        state.openEnded = false;
        const directives = writeDocumentDirectives(doc);
        const hasDirectives = directives !== "";
        const marker = doc.explicitStart || hasDirectives || index > 0 && !previousEnded;
        result += directives;
        if (doc.contents === null) {
          if (marker) result += "---\n";
        } else if (marker) {
          const body = writeNode(state, 0, doc.contents, null, {
            block: true,
            compact: true
          }).text;
          const sep = body === "" ? "" : hasDirectives || rootStartsOwnLine(doc.contents) ? "\n" : " ";
          result += `---${sep}${body}
`;
        } else result += writeNode(state, 0, doc.contents, null, {
          block: true,
          compact: true
        }).text + "\n";
        previousEnded = doc.explicitEnd || state.openEnded;
        if (previousEnded) result += "...\n";
      }
      return result;
    }
    var DEFAULT_DUMP_OPTIONS = _objectSpread2(_objectSpread2({}, DEFAULT_PRESENTER_OPTIONS), {}, {
      schema: DUMP_SCHEMA2,
      skipInvalid: false,
      noRefs: false,
      flowLevel: -1,
      sortKeys: false,
      transform: () => {
      }
    });
    function defaultCompareFn(a, b) {
      const x = String(a);
      const y = String(b);
      if (x < y) return -1;
      if (x > y) return 1;
      return 0;
    }
    function dump2(input, options = {}) {
      const opts = _objectSpread2(_objectSpread2({}, DEFAULT_DUMP_OPTIONS), options);
      const documents = jsToAst2(input, opts.schema, {
        noRefs: opts.noRefs,
        skipInvalid: opts.skipInvalid
      });
      if (opts.flowLevel >= 0) visit2(documents, (node, ctx) => {
        if (ctx.depth < opts.flowLevel) return;
        if (node.kind === "sequence" || node.kind === "mapping") node.style = COLLECTION_STYLE2.FLOW;
        return VISIT_SKIP2;
      });
      if (opts.sortKeys) {
        const compareFn = opts.sortKeys === true ? defaultCompareFn : opts.sortKeys;
        visit2(documents, (node) => {
          if (node.kind !== "mapping") return;
          node.items.sort((a, b) => compareFn(a.key.kind === "scalar" ? a.key.value : "", b.key.kind === "scalar" ? b.key.value : ""));
        });
      }
      opts.transform(documents);
      return present2(documents, _objectSpread2(_objectSpread2({}, pick(opts, Object.keys(DEFAULT_PRESENTER_OPTIONS))), {}, { schema: opts.schema }));
    }
    var NO_RANGE = -1;
    function eventPosition(event) {
      if ("tagStart" in event && event.tagStart !== NO_RANGE) return event.tagStart;
      if ("anchorStart" in event && event.anchorStart !== NO_RANGE) return event.anchorStart;
      if ("valueStart" in event && event.valueStart !== NO_RANGE) return event.valueStart;
      if ("start" in event) return event.start;
      return 0;
    }
    function rawTag(state, event) {
      return event.tagStart === NO_RANGE ? "" : state.source.slice(event.tagStart, event.tagEnd);
    }
    function anchorName(state, event) {
      return event.anchorStart === NO_RANGE ? void 0 : state.source.slice(event.anchorStart, event.anchorEnd);
    }
    function buildScalar(state, event) {
      const value = getScalarValue2(state.source, event);
      const raw = rawTag(state, event);
      let tag;
      let tagged = false;
      if (raw !== "") {
        tagged = true;
        tag = raw;
      } else if (event.style === SCALAR_STYLE2.PLAIN) tag = state.schema.resolveImplicitScalarTag(value).tag.tagName;
      else tag = state.schema.defaultScalarTag.tagName;
      return {
        kind: "scalar",
        tag,
        tagged,
        style: event.style,
        anchor: anchorName(state, event),
        value
      };
    }
    function buildCollection(state, event, defaultTagName) {
      const raw = rawTag(state, event);
      let tag;
      let tagged = false;
      if (raw === "") tag = defaultTagName;
      else {
        tag = raw;
        tagged = true;
      }
      return {
        tag,
        tagged,
        style: event.style,
        anchor: anchorName(state, event)
      };
    }
    function addNode(state, node) {
      const frame = state.frames[state.frames.length - 1];
      if (frame.kind === "document") frame.doc.contents = node;
      else if (frame.kind === "sequence") frame.node.items.push(node);
      else if (frame.key) {
        frame.node.items.push({
          key: frame.key,
          value: node
        });
        frame.key = null;
      } else frame.key = node;
    }
    function eventsToAst2(events, options) {
      const state = {
        source: options.source,
        schema: options.schema,
        eventIndex: 0,
        position: 0,
        frames: [],
        documents: []
      };
      while (state.eventIndex < events.length) {
        const event = events[state.eventIndex++];
        state.position = eventPosition(event);
        switch (event.type) {
          case EVENT_ID2.DOCUMENT: {
            const doc = {
              contents: null,
              explicitStart: event.explicitStart,
              explicitEnd: event.explicitEnd,
              directives: event.directives
            };
            state.frames.push({
              kind: "document",
              doc
            });
            break;
          }
          case EVENT_ID2.SCALAR:
            addNode(state, buildScalar(state, event));
            break;
          case EVENT_ID2.SEQUENCE: {
            const { tag, tagged, style, anchor } = buildCollection(state, event, "tag:yaml.org,2002:seq");
            const node = {
              kind: "sequence",
              tag,
              tagged,
              style,
              anchor,
              items: []
            };
            state.frames.push({
              kind: "sequence",
              node
            });
            break;
          }
          case EVENT_ID2.MAPPING: {
            const { tag, tagged, style, anchor } = buildCollection(state, event, "tag:yaml.org,2002:map");
            const node = {
              kind: "mapping",
              tag,
              tagged,
              style,
              anchor,
              items: []
            };
            state.frames.push({
              kind: "mapping",
              node,
              key: null
            });
            break;
          }
          case EVENT_ID2.ALIAS:
            addNode(state, {
              kind: "alias",
              anchor: state.source.slice(event.anchorStart, event.anchorEnd)
            });
            break;
          case EVENT_ID2.POP: {
            const frame = state.frames.pop();
            if (frame.kind === "mapping" && frame.key) throw new Error("incomplete mapping pair in event stream");
            if (frame.kind === "document") state.documents.push(frame.doc);
            else addNode(state, frame.node);
            break;
          }
        }
      }
      return state.documents;
    }
    var EVENT_DOCUMENT2 = EVENT_ID2.DOCUMENT;
    var EVENT_SEQUENCE2 = EVENT_ID2.SEQUENCE;
    var EVENT_MAPPING2 = EVENT_ID2.MAPPING;
    var EVENT_SCALAR2 = EVENT_ID2.SCALAR;
    var EVENT_ALIAS2 = EVENT_ID2.ALIAS;
    var EVENT_POP2 = EVENT_ID2.POP;
    var SCALAR_STYLE_PLAIN2 = SCALAR_STYLE2.PLAIN;
    var SCALAR_STYLE_SINGLE_QUOTED2 = SCALAR_STYLE2.SINGLE_QUOTED;
    var SCALAR_STYLE_DOUBLE_QUOTED2 = SCALAR_STYLE2.DOUBLE_QUOTED;
    var SCALAR_STYLE_LITERAL_BLOCK2 = SCALAR_STYLE2.LITERAL_BLOCK;
    var SCALAR_STYLE_FOLDED_BLOCK2 = SCALAR_STYLE2.FOLDED_BLOCK;
    var COLLECTION_STYLE_BLOCK2 = COLLECTION_STYLE2.BLOCK;
    var COLLECTION_STYLE_FLOW2 = COLLECTION_STYLE2.FLOW;
    var CHOMPING_CLIP2 = CHOMPING_MODE2.CLIP;
    var CHOMPING_STRIP2 = CHOMPING_MODE2.STRIP;
    var CHOMPING_KEEP2 = CHOMPING_MODE2.KEEP;
    exports.CHOMPING_CLIP = CHOMPING_CLIP2;
    exports.CHOMPING_KEEP = CHOMPING_KEEP2;
    exports.CHOMPING_MODE = CHOMPING_MODE2;
    exports.CHOMPING_STRIP = CHOMPING_STRIP2;
    exports.COLLECTION_STYLE = COLLECTION_STYLE2;
    exports.COLLECTION_STYLE_BLOCK = COLLECTION_STYLE_BLOCK2;
    exports.COLLECTION_STYLE_FLOW = COLLECTION_STYLE_FLOW2;
    exports.CORE_SCHEMA = CORE_SCHEMA2;
    exports.DEFAULT_SCALAR_STYLE_RULES = DEFAULT_SCALAR_STYLE_RULES2;
    exports.DUMP_SCHEMA = DUMP_SCHEMA2;
    exports.EVENT_ALIAS = EVENT_ALIAS2;
    exports.EVENT_DOCUMENT = EVENT_DOCUMENT2;
    exports.EVENT_ID = EVENT_ID2;
    exports.EVENT_MAPPING = EVENT_MAPPING2;
    exports.EVENT_POP = EVENT_POP2;
    exports.EVENT_SCALAR = EVENT_SCALAR2;
    exports.EVENT_SEQUENCE = EVENT_SEQUENCE2;
    exports.FAILSAFE_SCHEMA = FAILSAFE_SCHEMA2;
    exports.JSON_SCHEMA = JSON_SCHEMA2;
    exports.NOT_RESOLVED = NOT_RESOLVED2;
    exports.SCALAR_STYLE = SCALAR_STYLE2;
    exports.SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE_DOUBLE_QUOTED2;
    exports.SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE_FOLDED_BLOCK2;
    exports.SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE_LITERAL_BLOCK2;
    exports.SCALAR_STYLE_PLAIN = SCALAR_STYLE_PLAIN2;
    exports.SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE_SINGLE_QUOTED2;
    exports.Schema = Schema2;
    exports.VISIT_BREAK = VISIT_BREAK2;
    exports.VISIT_SKIP = VISIT_SKIP2;
    exports.YAML11_SCHEMA = YAML11_SCHEMA2;
    exports.YAMLException = YAMLException2;
    exports.binaryTag = binaryTag2;
    exports.boolCoreTag = boolCoreTag2;
    exports.boolJsonTag = boolJsonTag2;
    exports.boolYaml11Tag = boolYaml11Tag2;
    exports.constructFromEvents = constructFromEvents2;
    exports.defineMappingTag = defineMappingTag2;
    exports.defineScalarTag = defineScalarTag2;
    exports.defineSequenceTag = defineSequenceTag2;
    exports.dump = dump2;
    exports.eventsToAst = eventsToAst2;
    exports.floatCoreTag = floatCoreTag2;
    exports.floatJsonTag = floatJsonTag2;
    exports.floatYaml11Tag = floatYaml11Tag2;
    exports.getScalarValue = getScalarValue2;
    exports.intCoreTag = intCoreTag2;
    exports.intJsonTag = intJsonTag2;
    exports.intYaml11Tag = intYaml11Tag2;
    exports.jsToAst = jsToAst2;
    exports.legacyMapTag = legacyMapTag2;
    exports.load = load2;
    exports.loadAll = loadAll2;
    exports.mapTag = mapTag2;
    exports.mergeTag = mergeTag2;
    exports.nullCoreTag = nullCoreTag2;
    exports.nullJsonTag = nullJsonTag2;
    exports.nullYaml11Tag = nullYaml11Tag2;
    exports.omapTag = omapTag2;
    exports.pairsTag = pairsTag2;
    exports.parseEvents = parseEvents2;
    exports.present = present2;
    exports.realMapTag = realMapTag2;
    exports.seqTag = seqTag2;
    exports.setTag = setTag2;
    exports.strTag = strTag2;
    exports.timestampTag = timestampTag2;
    exports.visit = visit2;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
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

// src/pipeline/worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/load/source.ts
var SourceFile = class {
  path;
  text;
  lineStarts;
  constructor(path, text) {
    this.path = path;
    this.text = text;
  }
  starts() {
    if (this.lineStarts) return this.lineStarts;
    const starts = [0];
    const text = this.text;
    let i = text.indexOf("\n");
    while (i !== -1) {
      starts.push(i + 1);
      i = text.indexOf("\n", i + 1);
    }
    this.lineStarts = starts;
    return starts;
  }
  /** 1-based line and column of a zero-based offset. */
  position(offset) {
    const starts = this.starts();
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: clamped - starts[lo] + 1 };
  }
  range(startOffset, endOffset) {
    const start = this.position(startOffset);
    const end = this.position(Math.max(startOffset, endOffset));
    return {
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      startOffset,
      endOffset: Math.max(startOffset, endOffset)
    };
  }
  /** The text of a 1-based line, without its line break. */
  lineText(line) {
    const starts = this.starts();
    if (line < 1 || line > starts.length) return "";
    const start = starts[line - 1];
    const next = line < starts.length ? starts[line] : this.text.length;
    let end = next;
    if (end > start && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return this.text.slice(start, end);
  }
  get lineCount() {
    return this.starts().length;
  }
  /** Offset of the first character of a 1-based line. */
  lineStart(line) {
    const starts = this.starts();
    return starts[Math.max(0, Math.min(line - 1, starts.length - 1))];
  }
};

// js-yaml-commonjs:js-yaml
var import_js_yaml_cjs = __toESM(require_js_yaml_cjs());
var { CHOMPING_CLIP, CHOMPING_KEEP, CHOMPING_MODE, CHOMPING_STRIP, COLLECTION_STYLE, COLLECTION_STYLE_BLOCK, COLLECTION_STYLE_FLOW, CORE_SCHEMA, DEFAULT_SCALAR_STYLE_RULES, DUMP_SCHEMA, EVENT_ALIAS, EVENT_DOCUMENT, EVENT_ID, EVENT_MAPPING, EVENT_POP, EVENT_SCALAR, EVENT_SEQUENCE, FAILSAFE_SCHEMA, JSON_SCHEMA, NOT_RESOLVED, SCALAR_STYLE, SCALAR_STYLE_DOUBLE_QUOTED, SCALAR_STYLE_FOLDED_BLOCK, SCALAR_STYLE_LITERAL_BLOCK, SCALAR_STYLE_PLAIN, SCALAR_STYLE_SINGLE_QUOTED, Schema, VISIT_BREAK, VISIT_SKIP, YAML11_SCHEMA, YAMLException, binaryTag, boolCoreTag, boolJsonTag, boolYaml11Tag, constructFromEvents, defineMappingTag, defineScalarTag, defineSequenceTag, dump, eventsToAst, floatCoreTag, floatJsonTag, floatYaml11Tag, getScalarValue, intCoreTag, intJsonTag, intYaml11Tag, jsToAst, legacyMapTag, load, loadAll, mapTag, mergeTag, nullCoreTag, nullJsonTag, nullYaml11Tag, omapTag, pairsTag, parseEvents, present, realMapTag, seqTag, setTag, strTag, timestampTag, visit } = import_js_yaml_cjs.default;

// src/util/strings.ts
var rowA = new Int32Array(64);
var rowB = new Int32Array(64);
function editDistance(a, b, max = Infinity) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const m = b.length;
  if (rowA.length <= m) {
    rowA = new Int32Array(m + 1);
    rowB = new Int32Array(m + 1);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      let v = prev[j] + 1;
      const insert = cur[j - 1] + 1;
      if (insert < v) v = insert;
      const substitute = prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      if (substitute < v) v = substitute;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  return prev[m];
}
function closest(word, candidates) {
  const lower = word.toLowerCase();
  const max = Math.max(1, Math.floor(word.length / 3));
  let best;
  let bestDistance = max + 1;
  let secondDistance = max + 1;
  for (const candidate of candidates) {
    const d = editDistance(lower, candidate.toLowerCase(), max);
    if (d < bestDistance) {
      secondDistance = bestDistance;
      best = candidate;
      bestDistance = d;
    } else if (d < secondDistance) {
      secondDistance = d;
    }
  }
  return bestDistance <= max && bestDistance < secondDistance ? best : void 0;
}
function clip(text, max = 80) {
  return text.length > max ? `${text.slice(0, max)}\u2026 (${text.length} characters)` : text;
}

// src/load/yaml/fast-events.ts
var { PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED } = SCALAR_STYLE;
var { BLOCK, FLOW } = COLLECTION_STYLE;
var OUTSIDE_SUBSET = /[^\n\x20-\x7e\u00a0-\ud7ff\ue000-\ufefe\uff00-\ufffd]/;
var MAX_NESTING = 20;
var SPACE = 32;
var LF = 10;
var HASH = 35;
var COLON = 58;
var DASH = 45;
var DOT = 46;
var GiveUp = class extends Error {
};
var GIVE_UP = new GiveUp("outside the fast subset");
function fastEvents(text, maxDepth) {
  if (maxDepth < 32 || OUTSIDE_SUBSET.test(text)) return void 0;
  try {
    return new FastParser(text).stream();
  } catch (error) {
    if (error === GIVE_UP) return void 0;
    throw error;
  }
}
function scalar(valueStart, valueEnd, style, fast) {
  return {
    type: EVENT_ID.SCALAR,
    valueStart,
    valueEnd,
    anchorStart: -1,
    anchorEnd: -1,
    tagStart: -1,
    tagEnd: -1,
    style,
    chomping: CHOMPING_MODE.CLIP,
    indent: -1,
    fast
  };
}
function emptyScalar() {
  return scalar(-1, -1, PLAIN, false);
}
function collection(type, start, style) {
  return { type, start, anchorStart: -1, anchorEnd: -1, tagStart: -1, tagEnd: -1, style };
}
var POP = () => ({ type: EVENT_ID.POP });
var isFlowIndicator = (c) => c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
var FastParser = class {
  t;
  n;
  events = [];
  /** Indent of the line `nextContent` stopped on. */
  indent = 0;
  constructor(text) {
    this.t = text;
    this.n = text.length;
  }
  at(p) {
    return p < this.n ? this.t.charCodeAt(p) : 0;
  }
  /** Whether position p (a line start) holds `---` or `...` followed by a space, a line break or the end. */
  boundary(p) {
    const c = this.at(p);
    if (c !== DASH && c !== DOT || this.at(p + 1) !== c || this.at(p + 2) !== c) return false;
    const next = this.at(p + 3);
    return next === 0 || next === SPACE || next === LF;
  }
  /** From a line start: skip blank and comment lines; the first other character (this.indent set), or n. */
  nextContent(p) {
    const t = this.t;
    const n = this.n;
    while (p < n) {
      const lineStart = p;
      let c = t.charCodeAt(p);
      while (c === SPACE) c = ++p < n ? t.charCodeAt(p) : 0;
      if (p >= n) return n;
      if (c === LF) {
        p++;
        continue;
      }
      if (c === HASH) {
        const eol = t.indexOf("\n", p);
        if (eol === -1) return n;
        p = eol + 1;
        continue;
      }
      this.indent = p - lineStart;
      return p;
    }
    return n;
  }
  /**
   * From a line start: skip lines of spaces only; the indent of the next line with anything
   * on it. At the end of the text, the spaces on the last line (js-yaml compares those too).
   */
  nextNonBlankIndent(p) {
    const t = this.t;
    const n = this.n;
    for (; ; ) {
      const lineStart = p;
      let c = p < n ? t.charCodeAt(p) : 0;
      while (c === SPACE) c = ++p < n ? t.charCodeAt(p) : 0;
      if (c !== LF) return p - lineStart;
      p++;
    }
  }
  /** After a node on its line: only spaces and a comment may follow. Returns the next line's start. */
  endOfLine(p) {
    const t = this.t;
    let c = this.at(p);
    const afterNode = p;
    while (c === SPACE) c = this.at(++p);
    if (c === LF) return p + 1;
    if (c === 0) return this.n;
    if (c === HASH && p > afterNode) {
      const eol = t.indexOf("\n", p);
      return eol === -1 ? this.n : eol + 1;
    }
    throw GIVE_UP;
  }
  stream() {
    let p = 0;
    for (; ; ) {
      p = this.nextContent(p);
      if (p >= this.n) return this.events;
      if (this.indent !== 0) throw GIVE_UP;
      let explicitStart = false;
      const c = this.t.charCodeAt(p);
      if (c === 37 || c === DOT && this.boundary(p)) throw GIVE_UP;
      if (c === DASH && this.boundary(p)) {
        explicitStart = true;
        p = this.endOfLine(p + 3);
        p = this.nextContent(p);
      }
      const document = {
        type: EVENT_ID.DOCUMENT,
        explicitStart,
        explicitEnd: false,
        directives: []
      };
      this.events.push(document);
      if (p >= this.n || this.indent === 0 && this.boundary(p)) {
        this.events.push(emptyScalar());
      } else {
        if (this.indent !== 0) throw GIVE_UP;
        p = this.isEntry(p) ? this.sequence(p, 0, 1) : this.mapping(p, 0, 1);
        if (p < this.n && !(this.indent === 0 && this.boundary(p))) throw GIVE_UP;
        if (p < this.n && this.t.charCodeAt(p) === DOT) throw GIVE_UP;
      }
      this.events.push(POP());
    }
  }
  /** `- ` (or `-` at the end of a line or the text) at p. */
  isEntry(p) {
    if (this.at(p) !== DASH) return false;
    const next = this.at(p + 1);
    return next === SPACE || next === LF || next === 0;
  }
  /** Whether a plain scalar may start at p (js-yaml's canStartPlainScalar, minus what the subset leaves out). */
  plainStart(p, inFlow) {
    const c = this.at(p);
    switch (c) {
      case 0:
      case SPACE:
      case LF:
      case HASH:
      case 38:
      case 42:
      case 33:
      case 124:
      case 62:
      case 39:
      case 34:
      case 37:
      case 64:
      case 96:
      case 44:
      case 91:
      case 93:
      case 123:
      case 125:
        return false;
    }
    if (c === 63 || c === DASH || c === COLON) {
      const next = this.at(p + 1);
      if (next === 0 || next === SPACE || next === LF || inFlow && isFlowIndicator(next)) return false;
    }
    return true;
  }
  /**
   * A block mapping whose first key is at p, in column `col`. Returns the start of the first
   * content line after it (this.indent set), or n.
   */
  mapping(p, col, depth) {
    if (depth > MAX_NESTING) throw GIVE_UP;
    const t = this.t;
    const n = this.n;
    this.events.push(collection(EVENT_ID.MAPPING, p, BLOCK));
    for (; ; ) {
      if (!this.plainStart(p, false)) throw GIVE_UP;
      const keyStart = p;
      let keyEnd = p;
      for (; ; ) {
        const c = p < n ? t.charCodeAt(p) : 0;
        if (c === COLON) {
          const next = this.at(p + 1);
          if (next === SPACE || next === LF || next === 0) break;
        } else if (c === LF || c === 0 || c === HASH && t.charCodeAt(p - 1) === SPACE) {
          throw GIVE_UP;
        }
        if (c !== SPACE) keyEnd = p + 1;
        p++;
      }
      this.events.push(scalar(keyStart, keyEnd, PLAIN, true));
      p++;
      p = this.value(p, col, depth);
      if (p >= n || this.indent < col) break;
      if (this.indent > col) throw GIVE_UP;
      if (col === 0 && this.boundary(p)) break;
      if (this.isEntry(p)) throw GIVE_UP;
    }
    this.events.push(POP());
    return p;
  }
  /** The value after `key:` at p; returns the start of the next content line. */
  value(p, col, depth) {
    const t = this.t;
    const n = this.n;
    let c = this.at(p);
    while (c === SPACE) c = this.at(++p);
    if (c === HASH) {
      const eol = t.indexOf("\n", p);
      p = eol === -1 ? n : eol;
      c = this.at(p);
    }
    if (c === LF || c === 0) {
      const q = this.nextContent(p < n ? p + 1 : n);
      if (q < n && this.indent > col) {
        return this.isEntry(q) ? this.sequence(q, this.indent, depth + 1) : this.mapping(q, this.indent, depth + 1);
      }
      if (q < n && this.indent === col && this.isEntry(q)) throw GIVE_UP;
      this.events.push(emptyScalar());
      return q;
    }
    const end = this.inlineNode(p, col + 1, depth + 1);
    return this.nextContent(end);
  }
  /**
   * A scalar or flow collection starting at p on the current line, as a block value or
   * sequence entry (not a key). `continuation` is js-yaml's indent from which a following
   * line would continue a plain scalar. Returns the start of the next line.
   */
  inlineNode(p, continuation, depth) {
    const c = this.at(p);
    if (c === 34 || c === 39) return this.endOfLine(this.quoted(p));
    if (c === 91 || c === 123) return this.endOfLine(this.flow(p, depth));
    if (!this.plainStart(p, false)) throw GIVE_UP;
    const t = this.t;
    const n = this.n;
    const start = p;
    let end = p;
    for (; ; ) {
      const ch = p < n ? t.charCodeAt(p) : 0;
      if (ch === LF || ch === 0) {
        const next = this.nextNonBlankIndent(ch === LF ? p + 1 : n);
        if (next >= continuation) throw GIVE_UP;
        this.events.push(scalar(start, end, PLAIN, true));
        return ch === LF ? p + 1 : n;
      }
      if (ch === COLON) {
        const next = this.at(p + 1);
        if (next === SPACE || next === LF || next === 0) throw GIVE_UP;
      } else if (ch === HASH && t.charCodeAt(p - 1) === SPACE) {
        this.events.push(scalar(start, end, PLAIN, true));
        const eol = t.indexOf("\n", p);
        return eol === -1 ? n : eol + 1;
      }
      if (ch !== SPACE) end = p + 1;
      p++;
    }
  }
  /** A single-line quoted scalar at p; returns the position after the closing quote. */
  quoted(p) {
    const t = this.t;
    const n = this.n;
    const quote = t.charCodeAt(p);
    const start = p + 1;
    let simple = true;
    for (let q = start; q < n; q++) {
      const c = t.charCodeAt(q);
      if (c === LF) break;
      if (quote === 34) {
        if (c === 92) break;
        if (c === 34) {
          this.events.push(scalar(start, q, DOUBLE_QUOTED, true));
          return q + 1;
        }
      } else if (c === 39) {
        if (q + 1 < n && t.charCodeAt(q + 1) === 39) {
          simple = false;
          q++;
          continue;
        }
        this.events.push(scalar(start, q, SINGLE_QUOTED, simple));
        return q + 1;
      }
    }
    throw GIVE_UP;
  }
  /** A block sequence whose first `-` is at p, in column `col`. Returns the start of the next content line. */
  sequence(p, col, depth) {
    if (depth > MAX_NESTING) throw GIVE_UP;
    const n = this.n;
    this.events.push(collection(EVENT_ID.SEQUENCE, p, BLOCK));
    for (; ; ) {
      let q = p + 1;
      while (this.at(q) === SPACE) q++;
      const c = this.at(q);
      if (c === LF || c === 0 || c === HASH || this.isEntry(q)) throw GIVE_UP;
      let next;
      if (c === 34 || c === 39) {
        const after = this.quoted(q);
        let r = after;
        while (this.at(r) === SPACE) r++;
        if (this.at(r) === COLON) throw GIVE_UP;
        next = this.nextContent(this.endOfLine(after));
      } else if (c === 91 || c === 123) {
        const after = this.flow(q, depth + 1);
        let r = after;
        while (this.at(r) === SPACE) r++;
        if (this.at(r) === COLON) throw GIVE_UP;
        next = this.nextContent(this.endOfLine(after));
      } else if (this.startsMapping(q)) {
        next = this.mapping(q, q - this.lineStartOf(q), depth + 1);
      } else {
        next = this.nextContent(this.inlineNode(q, col + 1, depth + 1));
      }
      if (next >= n || this.indent < col) {
        p = next;
        break;
      }
      if (this.indent > col) throw GIVE_UP;
      if (!this.isEntry(next)) {
        p = next;
        break;
      }
      p = next;
    }
    this.events.push(POP());
    return p;
  }
  lineStartOf(p) {
    return this.t.lastIndexOf("\n", p - 1) + 1;
  }
  /** Whether the plain text at p is a `key:` (a compact mapping in a sequence entry). */
  startsMapping(p) {
    if (!this.plainStart(p, false)) throw GIVE_UP;
    const t = this.t;
    const n = this.n;
    for (; p < n; p++) {
      const c = t.charCodeAt(p);
      if (c === LF) return false;
      if (c === COLON) {
        const next = this.at(p + 1);
        if (next === SPACE || next === LF || next === 0) return true;
      } else if (c === HASH && t.charCodeAt(p - 1) === SPACE) return false;
    }
    return false;
  }
  /** A one-line flow collection at p; returns the position after its closing bracket. */
  flow(p, depth) {
    if (depth > MAX_NESTING) throw GIVE_UP;
    const isMap = this.t.charCodeAt(p) === 123;
    const terminator = isMap ? 125 : 93;
    this.events.push(collection(isMap ? EVENT_ID.MAPPING : EVENT_ID.SEQUENCE, p, FLOW));
    p++;
    let readNext = true;
    for (; ; ) {
      p = this.flowSpace(p);
      const c = this.at(p);
      if (c === terminator) {
        this.events.push(POP());
        return p + 1;
      }
      if (!readNext || c === 44) throw GIVE_UP;
      if (c === 63) {
        const next = this.at(p + 1);
        if (next === SPACE || next === LF || next === 0) throw GIVE_UP;
      }
      p = this.flowNode(p, depth, !isMap);
      p = this.flowSpace(p);
      if (this.at(p) === COLON) {
        if (!isMap) throw GIVE_UP;
        p = this.flowSpace(p + 1);
        const v = this.at(p);
        if (v === 44 || v === terminator) throw GIVE_UP;
        p = this.flowNode(p, depth, true);
        p = this.flowSpace(p);
      } else if (isMap) {
        throw GIVE_UP;
      }
      if (this.at(p) === 44) {
        readNext = true;
        p++;
      } else {
        readNext = false;
      }
    }
  }
  /** Spaces inside a one-line flow collection; a line break or comment leaves the subset. */
  flowSpace(p) {
    let c = this.at(p);
    while (c === SPACE) c = this.at(++p);
    if (c === LF || c === 0 || c === HASH) throw GIVE_UP;
    return p;
  }
  /** A node inside a flow collection: a scalar, or (where allowed) a nested flow collection. */
  flowNode(p, depth, collectionAllowed) {
    const c = this.at(p);
    if (c === 34 || c === 39) return this.quoted(p);
    if (c === 91 || c === 123) {
      if (!collectionAllowed) throw GIVE_UP;
      return this.flow(p, depth + 1);
    }
    if (!this.plainStart(p, true)) throw GIVE_UP;
    const t = this.t;
    const n = this.n;
    const start = p;
    let end = p;
    for (; ; ) {
      const ch = p < n ? t.charCodeAt(p) : 0;
      if (ch === LF || ch === 0) throw GIVE_UP;
      if (ch === COLON) {
        const next = this.at(p + 1);
        if (next === SPACE || next === LF || next === 0 || isFlowIndicator(next)) break;
      } else if (ch === HASH && t.charCodeAt(p - 1) === SPACE) {
        throw GIVE_UP;
      } else if (isFlowIndicator(ch)) {
        break;
      }
      if (ch !== SPACE) end = p + 1;
      p++;
    }
    if (end === start) throw GIVE_UP;
    this.events.push(scalar(start, end, PLAIN, true));
    return end;
  }
};

// src/load/yaml/lines.ts
var BLOCK_INDICATOR = /[|>][1-9+-]*[ \t]*(?:#[^\n]*)?\r?(?:\n|$)/y;
function scan(text, end, lines) {
  const stack = [];
  let quote;
  let last = "\n";
  let spaced = false;
  let lineStart = 0;
  let nodeColumn = 0;
  let dashColumn = -1;
  let block = -2;
  let nextBlock = -2;
  let i = 0;
  while (i < end) {
    if (i === lineStart) {
      nodeColumn = 0;
      dashColumn = -1;
      if (nextBlock !== -2) {
        block = nextBlock;
        nextBlock = -2;
      }
      if (block !== -2) {
        let p = i;
        while (p < text.length && text[p] === " ") p++;
        const blank = p >= text.length || text[p] === "\n" || text[p] === "\r" && text[p + 1] === "\n";
        if ((blank || p - i > block) && !documentMarker(text, i)) {
          lines?.inScalar.add(i);
          const nl = text.indexOf("\n", i);
          if (nl === -1 || nl >= end) break;
          i = lineStart = nl + 1;
          continue;
        }
        block = -2;
      }
      if (quote === void 0 && text.startsWith("---", i) && documentMarker(text, i)) {
        stack.length = 0;
      }
      if (quote !== void 0) lines?.inScalar.add(i);
    }
    const c = text[i];
    if (quote !== void 0) {
      const q = text[quote];
      if (q === '"' && c === "\\") {
        if (text[i + 1] === "\n") lineStart = i + 2;
        i++;
      } else if (q === "'" && c === "'" && text[i + 1] === "'") i++;
      else if (c === q) {
        quote = void 0;
        last = c;
        spaced = false;
      }
      if (c === "\n") lineStart = i + 1;
      i++;
      continue;
    }
    if (c === "\n") {
      last = "\n";
      spaced = false;
      lineStart = ++i;
      continue;
    }
    if (c === " " || c === "	" || c === "\r") {
      spaced = true;
      i++;
      continue;
    }
    if (c === "#" && (last === "\n" || spaced)) {
      lines?.comments.set(lineStart, i);
      const nl = text.indexOf("\n", i);
      if (nl === -1 || nl >= end) break;
      i = nl;
      continue;
    }
    const valueStart = last === "\n" || last === "[" || last === "{" || last === "," || (last === ":" || last === "-" || last === "?") && spaced;
    if ((c === '"' || c === "'") && valueStart) quote = i;
    else if ((c === "[" || c === "{") && (valueStart || stack.length > 0)) stack.push(i);
    else if ((c === "]" || c === "}") && stack.length > 0) stack.pop();
    else if ((c === "|" || c === ">") && valueStart && stack.length === 0) {
      BLOCK_INDICATOR.lastIndex = i;
      if (BLOCK_INDICATOR.test(text)) {
        const indent = text.slice(lineStart, i).search(/\S|$/);
        nextBlock = last === ":" || last === "?" ? nodeColumn : last === "-" ? dashColumn : indent - 1;
      }
    } else if (valueStart && stack.length === 0) {
      const next = text[i + 1];
      if (c === "-" && (next === " " || next === "\n" || next === void 0)) dashColumn = i - lineStart;
      else if (c !== "&" && c !== "!") nodeColumn = i - lineStart;
    }
    if ((c === "&" || c === "!") && valueStart) {
      while (i + 1 < end && !/[\s,[\]{}]/.test(text[i + 1])) i++;
      i++;
      continue;
    }
    last = c;
    spaced = false;
    i++;
  }
  return { quote, stack };
}
function documentMarker(text, i) {
  return /^(?:---|\.\.\.)(?:[ \t\r\n]|$)/.test(text.slice(i, i + 4));
}
function findUnclosed(text, end) {
  const { quote, stack } = scan(text, end);
  if (quote !== void 0) return quote;
  return stack.length > 0 ? stack[stack.length - 1] : void 0;
}

// src/load/yaml/yaml.ts
var DEFAULT_LIMITS = {
  maxFileBytes: 8 * 1024 * 1024,
  maxDepth: 64,
  maxAliases: 100,
  maxNodes: 1e5
};
var CORE_TAG = "tag:yaml.org,2002:";
var NeedTrees = class extends Error {
};
function parseYaml(source, limits2 = DEFAULT_LIMITS, options = {}) {
  if (options.trees === false) {
    try {
      return parse(source, limits2, false);
    } catch (error) {
      if (!(error instanceof NeedTrees)) throw error;
    }
  }
  return parse(source, limits2, true);
}
function parse(source, limits2, trees) {
  const text = source.text;
  const out = { documents: [], problems: [] };
  let events;
  try {
    events = fastEvents(text, limits2.maxDepth) ?? parseEvents(text, { maxDepth: limits2.maxDepth });
  } catch {
    events = void 0;
  }
  const counter = { next: 0 };
  if (events) {
    construct(text, events, 0, text.length, limits2, out, counter, trees);
    return out;
  }
  for (const [start, end] of splitDocuments(text)) {
    const chunk = text.slice(start, end);
    let chunkEvents;
    try {
      chunkEvents = parseEvents(chunk, { maxDepth: limits2.maxDepth });
    } catch (error) {
      out.problems.push(syntaxProblem(error, start, chunk));
      counter.next++;
      continue;
    }
    construct(chunk, chunkEvents, start, end, limits2, out, counter, trees);
  }
  return out;
}
function syntaxProblem(error, base, chunk) {
  const mark = error.mark;
  const reason = error.reason ?? String(error.message ?? error).split("\n")[0];
  const contentEnd = chunk.trimEnd().length;
  const relative = typeof mark?.position === "number" ? mark.position : 0;
  const at = base + (relative >= contentEnd ? Math.max(0, contentEnd - 1) : relative);
  const plain = reason.replace(/ \(\d+:\d+\)$/, "");
  if (error instanceof RangeError) {
    return {
      ruleId: "yaml-limits",
      message: "document is nested too deeply for the parser: flatten it, or lower limits.maxDepth so it is refused early",
      start: base,
      end: base + 1
    };
  }
  if (/maxDepth/.test(reason)) {
    return {
      ruleId: "yaml-limits",
      message: `${plain}: flatten the document or raise limits.maxDepth`,
      start: at,
      end: at + 1
    };
  }
  const unclosed = findUnclosed(chunk, Math.min(relative, chunk.length));
  if (unclosed) {
    const opener = chunk[unclosed];
    const message = opener === '"' || opener === "'" ? `this quoted value is never closed: add the closing ${opener}` : `"${opener}" is never closed: add "${opener === "[" ? "]" : "}"}" after its last item`;
    return { ruleId: "yaml-syntax", message, start: base + unclosed, end: base + unclosed + 1 };
  }
  return { ruleId: "yaml-syntax", message: `${plain}${SYNTAX_HINTS[plain] ?? ""}`, start: at, end: at + 1 };
}
var SYNTAX_HINTS = {
  "bad indentation of a mapping entry": ': align this key with the other keys of its mapping, and put a space after each ":"',
  "tab characters must not be used in indentation": ": indent with spaces",
  "deficient indentation": ": indent this line further than the key it belongs to",
  "end of the stream or a document separator is expected": ': this line does not fit the structure above it; check its indentation and that each key is followed by ": "',
  "duplicated mapping key": ": remove one of the two keys"
};
function splitDocuments(text) {
  const bounds = [0];
  const re = /^---(?=[ \t\r\n]|$)/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index !== 0) bounds.push(m.index);
  }
  bounds.push(text.length);
  const chunks = [];
  let start = 0;
  for (let i = 1; i < bounds.length; i++) {
    const end = bounds[i];
    const body = text.slice(start, end);
    const onlyPreamble = /^(?:[ \t]*(?:#.*|%.*)?\r?\n?)*$/.test(body);
    if (onlyPreamble && i < bounds.length - 1 && /(^|\n)%/.test(body)) continue;
    chunks.push([start, end]);
    start = end;
  }
  return chunks;
}
var DocumentAbort = class extends Error {
};
function construct(text, events, base, docsEnd, limits2, out, counter, trees) {
  let stack = [];
  let anchors = /* @__PURE__ */ new Map();
  let anchorWeightStart = /* @__PURE__ */ new Map();
  let nodes = 0;
  let aliases = 0;
  let docStart = base;
  let root;
  let aborted = false;
  let docIndex = 0;
  const fail = (problem) => {
    out.problems.push(problem);
    throw new DocumentAbort();
  };
  const attach = (value, pos, keyText) => {
    const parent = stack[stack.length - 1];
    if (!parent) {
      root = { value, pos };
      return;
    }
    if (!parent.isMap) {
      parent.value.push(value);
      parent.pos.seq?.push(pos);
      parent.pos.end = Math.max(parent.pos.end, pos.end);
      return;
    }
    if (parent.key === void 0) {
      parent.key = keyText ?? "";
      parent.keyStart = pos.start;
      parent.keyEnd = pos.end;
      return;
    }
    const key = parent.key;
    parent.key = void 0;
    pos.keyStart = parent.keyStart;
    pos.keyEnd = parent.keyEnd;
    parent.pos.end = Math.max(parent.pos.end, pos.end);
    const map = parent.value;
    if (!parent.pos.map && Object.prototype.hasOwnProperty.call(map, key)) throw new NeedTrees();
    const seen = parent.pos.map?.get(key);
    if (seen) {
      out.problems.push({
        ruleId: "yaml-duplicate-key",
        message: `duplicate key "${clip(key)}": remove one of them (the first one is used)`,
        start: pos.keyStart,
        end: pos.keyEnd,
        related: [{ start: seen.keyStart, end: seen.keyEnd, message: `"${clip(key)}" first defined here` }]
      });
      return;
    }
    parent.pos.map?.set(key, pos);
    if (key === "__proto__") {
      Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true });
    } else {
      map[key] = value;
    }
  };
  const countNode = (weight) => {
    nodes += weight;
    if (nodes > limits2.maxNodes) {
      fail({
        ruleId: "yaml-limits",
        message: aliases > 0 ? `document expands to more than ${limits2.maxNodes} nodes (aliases included): write the aliased values out or raise limits.maxNodes` : `document has more than ${limits2.maxNodes} nodes: split it into smaller documents or raise limits.maxNodes`,
        start: docStart,
        end: docStart + 1
      });
    }
  };
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    if (aborted && event.type !== EVENT_ID.DOCUMENT) continue;
    try {
      switch (event.type) {
        case EVENT_ID.DOCUMENT: {
          stack = [];
          anchors = /* @__PURE__ */ new Map();
          anchorWeightStart = /* @__PURE__ */ new Map();
          nodes = 0;
          aliases = 0;
          root = void 0;
          aborted = false;
          docStart = firstOffset(events, i + 1, base);
          docIndex = counter.next++;
          break;
        }
        case EVENT_ID.MAPPING:
        case EVENT_ID.SEQUENCE: {
          if (stack.length >= limits2.maxDepth) {
            fail({
              ruleId: "yaml-limits",
              message: `nesting deeper than ${limits2.maxDepth}: flatten the document or raise limits.maxDepth`,
              start: base + event.start,
              end: base + event.start + 1
            });
          }
          countNode(1);
          checkTag(text, event, base, out, event.type === EVENT_ID.MAPPING ? "map" : "seq");
          const isMap = event.type === EVENT_ID.MAPPING;
          const parent = stack[stack.length - 1];
          const pos = { start: base + event.start, end: base + event.start + 1, keyStart: -1, keyEnd: -1 };
          if (trees) {
            if (isMap) pos.map = /* @__PURE__ */ new Map();
            else pos.seq = [];
          }
          const frame = {
            isMap,
            value: isMap ? {} : [],
            pos,
            key: void 0,
            keyStart: -1,
            keyEnd: -1,
            asKey: Boolean(parent && parent.isMap && parent.key === void 0),
            anchor: event.anchorStart >= 0 ? text.slice(event.anchorStart, event.anchorEnd) : void 0
          };
          if (frame.anchor !== void 0) {
            anchors.set(frame.anchor, { value: frame.value, pos, weight: 0, open: true });
            anchorWeightStart.set(frame.anchor, nodes);
          }
          stack.push(frame);
          break;
        }
        case EVENT_ID.POP: {
          const frame = stack.pop();
          if (!frame) {
            if (root) {
              const end = nextDocumentStart(events, i + 1, base, docsEnd);
              out.documents.push({ index: docIndex, start: docStart, end, value: root.value, root: root.pos });
            }
            root = void 0;
            break;
          }
          if (frame.isMap && frame.key !== void 0) {
            const keyPos = { start: frame.keyEnd, end: frame.keyEnd, keyStart: -1, keyEnd: -1 };
            stack.push(frame);
            attach(null, keyPos);
            stack.pop();
          }
          if (frame.pos.end <= frame.pos.start + 1)
            frame.pos.end = emptyCollectionEnd(text, frame.pos.start - base) + base;
          if (frame.anchor !== void 0) {
            const anchor = anchors.get(frame.anchor);
            if (anchor && anchor.value === frame.value) {
              anchor.open = false;
              anchor.weight = nodes - (anchorWeightStart.get(frame.anchor) ?? nodes) + 1;
            }
          }
          if (frame.asKey) {
            out.problems.push({
              ruleId: "yaml-syntax",
              message: "a mapping key must be a plain value, not a collection",
              start: frame.pos.start,
              end: frame.pos.end
            });
            attach(null, frame.pos, "\0complex-key");
          } else {
            attach(frame.value, frame.pos);
          }
          break;
        }
        case EVENT_ID.SCALAR: {
          countNode(1);
          const value = scalar2(text, event, base, out);
          const { raw, start, end } = scalarOut;
          const parent = stack[stack.length - 1];
          const pos = trees || !parent || event.anchorStart >= 0 ? { start, end, keyStart: -1, keyEnd: -1 } : scratchPos(start, end);
          if (event.anchorStart >= 0) {
            const name = text.slice(event.anchorStart, event.anchorEnd);
            anchors.set(name, { value, pos, weight: 1, open: false });
          }
          if (parent && parent.isMap && parent.key === void 0) {
            if (start < 0) {
              attach(null, { start: parent.pos.end, end: parent.pos.end, keyStart: -1, keyEnd: -1 }, "");
            } else {
              attach(value, pos, raw);
            }
          } else {
            if (start < 0) {
              const at = parent && parent.isMap ? parent.keyEnd : parent ? parent.pos.end : docStart;
              pos.start = at;
              pos.end = at;
            }
            attach(value, pos);
          }
          break;
        }
        case EVENT_ID.ALIAS: {
          const name = text.slice(event.anchorStart, event.anchorEnd);
          const start = base + event.anchorStart - 1;
          const end = base + event.anchorEnd;
          aliases++;
          if (aliases > limits2.maxAliases) {
            fail({
              ruleId: "yaml-limits",
              message: `more than ${limits2.maxAliases} aliases in one document: write the values out or raise limits.maxAliases`,
              start,
              end
            });
          }
          const anchor = anchors.get(name);
          if (!anchor) {
            fail({
              ruleId: "yaml-syntax",
              message: `alias *${clip(name)} refers to no anchor: define &${clip(name)} before using it`,
              start,
              end
            });
          }
          if (anchor.open) {
            fail({
              ruleId: "yaml-limits",
              message: `alias *${clip(name)} refers to a node that contains it: recursive aliases are not allowed`,
              start,
              end
            });
          }
          countNode(anchor.weight);
          const pos = { start, end, keyStart: -1, keyEnd: -1 };
          if (anchor.pos.map) pos.map = anchor.pos.map;
          if (anchor.pos.seq) pos.seq = anchor.pos.seq;
          const value = anchor.value;
          attach(value, pos, typeof value === "string" ? value : String(value));
          break;
        }
      }
    } catch (error) {
      if (!(error instanceof DocumentAbort)) throw error;
      aborted = true;
      stack = [];
      root = void 0;
    }
  }
}
function firstOffset(events, from, base) {
  const event = events[from];
  if (!event) return base;
  if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE)
    return base + (event.anchorStart >= 0 ? Math.min(event.anchorStart, event.start) : event.start);
  if (event.type === EVENT_ID.SCALAR) return base + Math.max(0, event.valueStart);
  if (event.type === EVENT_ID.ALIAS) return base + event.anchorStart - 1;
  return base;
}
function nextDocumentStart(events, from, base, docsEnd) {
  for (let i = from; i < events.length; i++) {
    const event = events[i];
    if (event.type === EVENT_ID.DOCUMENT) {
      const next = firstOffset(events, i + 1, base);
      return next;
    }
  }
  return docsEnd;
}
function emptyCollectionEnd(text, start) {
  const open = text.charCodeAt(start);
  if (open === 91 || open === 123) {
    const close = text.indexOf(open === 91 ? "]" : "}", start);
    if (close !== -1) return close + 1;
  }
  return start + 1;
}
function tagName(text, tagStart, tagEnd) {
  const raw = text.slice(tagStart, tagEnd);
  if (raw.startsWith("!!")) return CORE_TAG + raw.slice(2);
  if (raw.startsWith("!<") && raw.endsWith(">")) return raw.slice(2, -1);
  return raw;
}
function checkTag(text, event, base, out, kind) {
  if (event.tagStart < 0) return;
  const tag = tagName(text, event.tagStart, event.tagEnd);
  if (tag === CORE_TAG + kind || tag === "!") return;
  out.problems.push(unsupportedTag(text, event.tagStart, event.tagEnd, base));
}
function unsupportedTag(text, tagStart, tagEnd, base) {
  const raw = text.slice(tagStart, tagEnd);
  return {
    ruleId: "yaml-unsupported-tag",
    message: `tag ${clip(raw)} is not supported: manifests use plain YAML 1.2 values, remove the tag`,
    start: base + tagStart,
    end: base + tagEnd
  };
}
var INT_DEC = /^[-+]?[0-9]+$/;
var INT_OCT = /^0o[0-7]+$/;
var INT_HEX = /^0x[0-9a-fA-F]+$/;
var FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
var INF = /^[-+]?\.(?:inf|Inf|INF)$/;
var NAN = /^\.(?:nan|NaN|NAN)$/;
function resolvePlain(raw) {
  if (raw.length === 0) return null;
  const c = raw.charCodeAt(0);
  if (c >= 97 && c <= 122 || c >= 65 && c <= 90) {
    switch (raw) {
      case "null":
      case "Null":
      case "NULL":
        return null;
      case "true":
      case "True":
      case "TRUE":
        return true;
      case "false":
      case "False":
      case "FALSE":
        return false;
      default:
        return raw;
    }
  }
  if (raw === "~") return null;
  if (c >= 48 && c <= 57 || c === 43 || c === 45 || c === 46) {
    if (INT_DEC.test(raw)) return Number.parseInt(raw, 10);
    if (INT_OCT.test(raw)) return Number.parseInt(raw.slice(2), 8);
    if (INT_HEX.test(raw)) return Number.parseInt(raw.slice(2), 16);
    if (FLOAT.test(raw)) return Number.parseFloat(raw);
    if (INF.test(raw)) return raw.startsWith("-") ? -Infinity : Infinity;
    if (NAN.test(raw)) return Number.NaN;
  }
  return raw;
}
var SCRATCH_POS = { start: -1, end: -1, keyStart: -1, keyEnd: -1 };
function scratchPos(start, end) {
  SCRATCH_POS.start = start;
  SCRATCH_POS.end = end;
  SCRATCH_POS.keyStart = -1;
  SCRATCH_POS.keyEnd = -1;
  return SCRATCH_POS;
}
var scalarOut = { raw: "", start: -1, end: -1 };
function scalar2(text, event, base, out) {
  if (event.valueStart < 0) {
    scalarOut.raw = "";
    scalarOut.start = -1;
    scalarOut.end = -1;
    return null;
  }
  const raw = event.fast ? text.slice(event.valueStart, event.valueEnd) : getScalarValue(text, event);
  let start = base + event.valueStart;
  let end = base + event.valueEnd;
  const quoted = event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED;
  if (quoted) {
    start -= 1;
    end += 1;
  }
  let value;
  if (event.tagStart >= 0) {
    const tag = tagName(text, event.tagStart, event.tagEnd);
    switch (tag) {
      case "!":
      case CORE_TAG + "str":
        value = raw;
        break;
      case CORE_TAG + "int":
      case CORE_TAG + "float":
      case CORE_TAG + "bool":
      case CORE_TAG + "null": {
        const resolved = resolvePlain(raw);
        const want = tag.slice(CORE_TAG.length);
        const got = resolved === null ? "null" : typeof resolved === "boolean" ? "bool" : typeof resolved === "number" ? Number.isInteger(resolved) ? "int" : "float" : "str";
        if (got === want || want === "float" && got === "int") {
          value = resolved;
        } else {
          out.problems.push({
            ruleId: "yaml-syntax",
            message: `"${clip(raw)}" is not a valid ${tag.slice(CORE_TAG.length)}: fix the value or remove the tag`,
            start,
            end
          });
          value = raw;
        }
        break;
      }
      default:
        out.problems.push(unsupportedTag(text, event.tagStart, event.tagEnd, base));
        value = raw;
    }
  } else if (event.style === SCALAR_STYLE.PLAIN) {
    value = resolvePlain(raw);
  } else {
    value = raw;
  }
  scalarOut.raw = raw;
  scalarOut.start = start;
  scalarOut.end = end;
  return value;
}

// src/load/yaml/trees.ts
var treeStats = { fromDocument: 0, fromFile: 0 };
function treeBuilder(source, limits2) {
  let trees;
  const fromFile = (index) => {
    treeStats.fromFile++;
    trees ??= parseYaml(source, limits2).documents;
    return trees.find((d) => d.index === index)?.root;
  };
  return (doc) => () => documentTree(source, doc, limits2) ?? fromFile(doc.index);
}
function documentTree(source, doc, limits2) {
  const parsed = parseYaml(new SourceFile(source.path, source.text.slice(doc.start, doc.end)), limits2);
  const first = parsed.documents[0];
  if (!first || first.start !== 0 || !sameValue(first.value, doc.value)) return void 0;
  treeStats.fromDocument++;
  return shift(first.root, doc.start);
}
function shift(node, by) {
  const at = (offset) => offset < 0 ? offset : offset + by;
  const out = {
    start: at(node.start),
    end: at(node.end),
    keyStart: at(node.keyStart),
    keyEnd: at(node.keyEnd)
  };
  if (node.map) out.map = new Map([...node.map].map(([key, child]) => [key, shift(child, by)]));
  if (node.seq) out.seq = node.seq.map((child) => shift(child, by));
  return out;
}
function sameValue(a, b) {
  if (a === b || Object.is(a, b)) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object" || Array.isArray(a) !== Array.isArray(b))
    return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    if (ka[i] !== kb[i] || !sameValue(a[ka[i]], b[ka[i]]))
      return false;
  }
  return true;
}

// src/load/yaml/locate.ts
function findNode(root, path) {
  let node = root;
  for (const segment of path) {
    let next;
    if (node.map) next = node.map.get(String(segment));
    else if (node.seq && typeof segment === "number") next = node.seq[segment];
    else if (node.seq && /^\d+$/.test(String(segment))) next = node.seq[Number(segment)];
    if (!next) return { node, exact: false };
    node = next;
  }
  return { node, exact: true };
}
function spanOf(node, target, text) {
  if (target === "key" && node.keyStart >= 0) return [node.keyStart, node.keyEnd];
  if (!node.map && !node.seq) {
    if (node.end > node.start) return [node.start, node.end];
    if (node.keyStart >= 0) return [node.keyStart, node.keyEnd];
    return [node.start, node.end];
  }
  if (node.keyStart >= 0) return [node.keyStart, node.keyEnd];
  let lineEnd = text.indexOf("\n", node.start);
  if (lineEnd === -1 || lineEnd > node.end) lineEnd = node.end;
  if (lineEnd > node.start && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
  return [node.start, Math.max(node.start + 1, lineEnd)];
}

// src/load/document.ts
var LoadedDocument = class {
  source;
  index;
  value;
  start;
  end;
  /** The source tree, or how to build it: trees are built on first use (src/load/yaml/trees.ts). */
  tree;
  constructor(source, doc) {
    this.source = source;
    this.index = doc.index;
    this.value = doc.value;
    this.tree = doc.root;
    this.start = doc.start;
    this.end = doc.end;
  }
  /** The document as parts, its tree (or how to build it) included: to wrap it without building the tree. */
  get parts() {
    return { index: this.index, start: this.start, end: this.end, value: this.value, root: this.tree };
  }
  get root() {
    if (typeof this.tree === "function") this.tree = this.tree();
    return this.tree;
  }
  get file() {
    return this.source.path;
  }
  /** Whether `path` exists in the source. */
  has(path) {
    return this.root ? findNode(this.root, path).exact : false;
  }
  /** The source range of a path (or of its deepest existing ancestor). */
  locate(path, target = "value") {
    if (!this.root) return this.source.range(this.start, this.start);
    const { node } = findNode(this.root, path);
    const [start, end] = spanOf(node, target, this.source.text);
    return this.source.range(start, end);
  }
  /** Raw offsets of a path's value, for fixes. Undefined when the path is not in the source. */
  offsets(path, target = "value") {
    if (!this.root) return void 0;
    const { node, exact } = findNode(this.root, path);
    if (!exact) return void 0;
    if (target === "key") return node.keyStart >= 0 ? { start: node.keyStart, end: node.keyEnd } : void 0;
    return { start: node.start, end: node.end };
  }
};

// src/model/document.ts
function kindOf(value) {
  const kind = value["kind"];
  return typeof kind === "string" ? kind : "";
}
function nameOf(value) {
  const metadata = value["metadata"];
  if (metadata && typeof metadata === "object" && !Array.isArray(metadata)) {
    const name = metadata["name"];
    if (typeof name === "string") return name;
    if (typeof name === "number") return String(name);
  }
  return "";
}
var ManifestDocument = class _ManifestDocument extends LoadedDocument {
  valid;
  constructor(source, doc, valid = false) {
    super(source, doc);
    this.valid = valid;
  }
  /** A loaded document as a manifest of the estate; its tree stays unbuilt until wanted. */
  static of(loaded, valid) {
    return new _ManifestDocument(loaded.source, loaded.parts, valid);
  }
  get apiVersion() {
    return String(this.value["apiVersion"] ?? "");
  }
  get kind() {
    return kindOf(this.value);
  }
  get name() {
    return nameOf(this.value);
  }
  /** The document's `spec`; typed per kind through `Manifest<K>`. */
  get spec() {
    return this.value["spec"];
  }
  get labels() {
    const metadata = this.value["metadata"];
    const labels = metadata?.["labels"];
    return labels && typeof labels === "object" ? labels : {};
  }
  /** `kind/name`, as messages name documents. */
  get ref() {
    return `${this.kind}/${this.name}`;
  }
};

// src/load/index.ts
import * as fs from "node:fs";

// src/load/decode.ts
import { TextDecoder } from "node:util";
var utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
var utf16le = new TextDecoder("utf-16le", { fatal: true, ignoreBOM: true });
var utf16be = new TextDecoder("utf-16be", { fatal: true, ignoreBOM: true });
function decode(bytes) {
  if (bytes.length >= 2 && bytes[0] === 255 && bytes[1] === 254) {
    return decodeWith(utf16le, bytes.subarray(2), "utf-16le");
  }
  if (bytes.length >= 2 && bytes[0] === 254 && bytes[1] === 255) {
    return decodeWith(utf16be, bytes.subarray(2), "utf-16be");
  }
  const bom = bytes.length >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
  const body = bom ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul !== -1) {
    return { ok: false, reason: "the file holds binary data (a NUL byte)", offset: nul };
  }
  const decoded = decodeWith(utf8, body, bom ? "utf-8-bom" : "utf-8");
  if (!decoded.ok) return { ok: false, reason: "the file is not valid UTF-8", offset: firstInvalidUtf8(body) };
  return decoded;
}
function decodeWith(decoder, bytes, encoding) {
  try {
    const text = decoder.decode(bytes);
    if (encoding.startsWith("utf-16") && text.includes("\0")) {
      return { ok: false, reason: "the file holds binary data (a NUL character)", offset: text.indexOf("\0") };
    }
    return { ok: true, text, encoding };
  } catch {
    return {
      ok: false,
      reason: `the file is not valid ${encoding.startsWith("utf-16") ? "UTF-16" : "UTF-8"}`,
      offset: 0
    };
  }
}
function firstInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need = 0;
    if (b < 128) need = 0;
    else if (b >= 194 && b <= 223) need = 1;
    else if (b >= 224 && b <= 239) need = 2;
    else if (b >= 240 && b <= 244) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === void 0 || (c & 192) !== 128) return i;
    }
    i += need + 1;
  }
  return 0;
}
function lineOfByte(bytes, offset) {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, bytes.length);
  for (let i = 0; i < end; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

// src/load/index.ts
var SCRATCH_BYTES = 256 * 1024;
var scratch;
var nodeFileReader = {
  size: (absolute) => fs.statSync(absolute).size,
  read: (absolute) => fs.readFileSync(absolute),
  readUpTo(absolute, maxBytes) {
    const fd = fs.openSync(absolute, "r");
    try {
      scratch ??= Buffer.allocUnsafe(SCRATCH_BYTES);
      let buffer = scratch;
      let length = 0;
      for (; ; ) {
        if (length === buffer.length) {
          if (length > maxBytes) return { size: fs.fstatSync(fd).size };
          const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 4, maxBytes + 1));
          buffer.copy(bigger, 0, 0, length);
          buffer = bigger;
        }
        const n = fs.readSync(fd, buffer, length, Math.min(buffer.length, maxBytes + 1) - length, null);
        if (n === 0) break;
        length += n;
        if (length > maxBytes) return { size: fs.fstatSync(fd).size };
      }
      return buffer.subarray(0, length);
    } finally {
      fs.closeSync(fd);
    }
  }
};
function fileFinding(file, ruleId, message, line = 1, column = 1) {
  return {
    ruleId,
    message,
    file,
    line,
    column,
    endLine: line,
    endColumn: column + 1,
    startOffset: 0,
    endOffset: 0,
    related: []
  };
}
function statThenRead(reader, entry, limits2) {
  const size = reader.size(entry.absolute);
  return size > limits2.maxFileBytes ? { size } : reader.read(entry.absolute);
}
function loadFile(entry, limits2 = DEFAULT_LIMITS, reader = nodeFileReader) {
  const result = {
    file: entry.file,
    source: void 0,
    manifests: [],
    skipped: [],
    yamlDocuments: 0,
    findings: []
  };
  if (entry.refused) {
    result.findings.push(fileFinding(entry.file, "file-unreadable", entry.refused));
    return result;
  }
  let bytes;
  try {
    const got = reader.readUpTo ? reader.readUpTo(entry.absolute, limits2.maxFileBytes) : statThenRead(reader, entry, limits2);
    if (!(got instanceof Uint8Array)) {
      const size = got.size;
      result.findings.push(
        fileFinding(
          entry.file,
          "yaml-limits",
          `file is ${formatBytes(size)}, over the ${formatBytes(limits2.maxFileBytes)} limit: split it or raise limits.maxFileBytes`
        )
      );
      return result;
    }
    bytes = got;
  } catch (error) {
    const code = error.code;
    const why = code === "EACCES" || code === "EPERM" ? "permission denied" : code === "ENOENT" ? "it does not exist (a dangling link?)" : code === "EISDIR" ? "it is a directory" : String(error.message);
    result.findings.push(fileFinding(entry.file, "file-unreadable", `cannot read the file: ${why}`));
    return result;
  }
  const decoded = decode(bytes);
  if (!decoded.ok) {
    const at = lineOfByte(bytes, decoded.offset);
    result.findings.push(
      fileFinding(entry.file, "file-encoding", `${decoded.reason}: save it as UTF-8 text`, at.line, at.column)
    );
    return result;
  }
  return parseManifests(entry.file, decoded.text, limits2, result);
}
function parseManifests(file, text, limits2 = DEFAULT_LIMITS, result) {
  const out = result ?? {
    file,
    source: void 0,
    manifests: [],
    skipped: [],
    yamlDocuments: 0,
    findings: []
  };
  const source = new SourceFile(file, text);
  out.source = source;
  const parsed = parseYaml(source, limits2, { trees: false });
  const treeOf = treeBuilder(source, limits2);
  for (const problem of parsed.problems) out.findings.push(problemFinding(source, problem));
  out.yamlDocuments = parsed.documents.length;
  for (const doc of parsed.documents) {
    const value = doc.value;
    if (value === null || typeof value !== "object" || Array.isArray(value)) continue;
    const apiVersion = value["apiVersion"];
    const text2 = { index: doc.index, start: doc.start, end: doc.end, value: doc.value };
    const hvlint = typeof apiVersion === "string" && apiVersion.startsWith("hvlint/");
    (hvlint ? out.manifests : out.skipped).push(new LoadedDocument(source, { ...text2, root: treeOf(text2) }));
  }
  return out;
}
function problemFinding(source, problem) {
  const range = source.range(problem.start, problem.end);
  const related = (problem.related ?? []).map((r) => ({
    file: source.path,
    message: r.message,
    ...source.range(r.start, r.end)
  }));
  return {
    ruleId: problem.ruleId,
    message: problem.message,
    file: source.path,
    ...range,
    related
  };
}
function formatBytes(n) {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}

// src/schema/generated/validators.js
var validators_exports = {};
__export(validators_exports, {
  BackupJob: () => BackupJob,
  DomainController: () => DomainController,
  HyperVCluster: () => HyperVCluster,
  HyperVHost: () => HyperVHost,
  NlbCluster: () => NlbCluster,
  Policy: () => Policy,
  Switch: () => Switch,
  VirtualMachine: () => VirtualMachine
});
var import_ucs2length = __toESM(require_ucs2length(), 1);
var import_equal = __toESM(require_equal(), 1);
var HyperVHost = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://hvlint.dev/schemas/v1/hyperv-host.schema.json", "title": "Hyper-V host", "description": "A physical Windows Server machine running the Hyper-V role: its OS release, AD domain, optional cluster membership, physical memory and logical processors, and the NIC teams and unteamed NICs that connect it to physical switches.", "type": "object", "required": ["apiVersion", "kind", "metadata", "spec"], "properties": { "apiVersion": { "$ref": "common.schema.json#/$defs/apiVersion", "description": "Manifest format version; always hvlint/v1." }, "kind": { "type": "string", "description": "Kind of the document; always HyperVHost for this schema.", "const": "HyperVHost" }, "metadata": { "$ref": "common.schema.json#/$defs/metadata", "description": "Name, labels and annotations of the document." }, "spec": { "type": "object", "description": "Desired configuration of the Hyper-V host.", "required": ["os", "domain"], "properties": { "os": { "$ref": "common.schema.json#/$defs/windowsServerVersion", "description": "Windows Server release installed on the host." }, "domain": { "$ref": "common.schema.json#/$defs/domainName", "description": "Active Directory domain the host is joined to." }, "cluster": { "$ref": "common.schema.json#/$defs/name", "description": "Name of the HyperVCluster this host is a node of; omit for a stand-alone host. Should agree with that cluster's spec.nodes." }, "memoryMB": { "type": "integer", "description": "Physical memory of the host in MiB (Get-VMHost MemoryCapacity divided by 1048576). The what-if simulation uses it for failover capacity.", "minimum": 1, "examples": [262144] }, "logicalProcessors": { "type": "integer", "description": "Number of logical processors of the host (Get-VMHost LogicalProcessorCount).", "minimum": 1, "examples": [32] }, "memoryReserveMB": { "type": "integer", "description": "Memory in MiB kept for the host itself (the management OS) and never given to VMs: the MemoryReserve value (MB) under HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization when it is set, otherwise what your capacity plan keeps back. The what-if simulation subtracts it from memoryMB; when it is omitted, a failover is judged short of memory only if it is short even with no reserve.", "minimum": 0, "examples": [8192] }, "arpRetryCount": { "type": "integer", "description": "Value of the ArpRetryCount DWORD under HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters, if set: the number of gratuitous ARPs sent for the host's own address (Windows default 3). 0 disables duplicate-address detection. Omit when the value is not set.", "minimum": 0, "maximum": 4294967295, "examples": [3] }, "nicTeams": { "type": "array", "description": "NIC teams (LBFO) on the host, and physical NICs used without a team (mode none), and where each lands on the physical switches.", "items": { "type": "object", "description": "A Windows NIC team, or a single unteamed physical NIC (mode none).", "required": ["name"], "properties": { "name": { "$ref": "common.schema.json#/$defs/name", "description": "Team interface name as shown by Get-NetLbfoTeam; for mode none, the physical NIC's name (Get-NetAdapter Name).", "examples": ["TEAM-VM"] }, "mode": { "type": "string", "description": "Teaming mode: lacp (IEEE 802.1AX, needs a LACP LAG on the switch), static (switch-dependent static teaming, needs a static LAG), switch-independent (no switch configuration; the members may land on different switches, see uplinks), none (a single physical NIC that is not in a team).", "enum": ["lacp", "static", "switch-independent", "none"], "examples": ["lacp"] }, "loadBalancing": { "type": "string", "description": "Load-balancing algorithm: dynamic (Windows Server 2012 R2 and later), hyper-v-port, or address-hash.", "enum": ["dynamic", "hyper-v-port", "address-hash"], "examples": ["dynamic"] }, "members": { "type": "array", "description": "Names of the physical NICs in the team.", "items": { "$ref": "common.schema.json#/$defs/name", "description": "Name of a physical network adapter (Get-NetAdapter Name).", "examples": ["Ethernet 3"] }, "minItems": 1, "uniqueItems": true, "examples": [["Ethernet 3", "Ethernet 4"]] }, "virtualSwitch": { "$ref": "common.schema.json#/$defs/name", "description": "Name of the Hyper-V external virtual switch bound to this team, if any. VM network adapters connect to it by name.", "examples": ["vSwitch-VM"] }, "uplink": { "type": "object", "description": "Where the team lands on one physical switch: the switch and exactly one of a LAG (for lacp/static teams) or a single port. Exactly one of uplink or uplinks.", "required": ["switch"], "properties": { "switch": { "$ref": "common.schema.json#/$defs/name", "description": "metadata.name of the Switch document.", "examples": ["SW-CORE01"] }, "lag": { "type": "integer", "description": "ID of the LAG (port-channel) on that switch the team members are cabled to.", "minimum": 1, "maximum": 64, "examples": [1] }, "port": { "$ref": "common.schema.json#/$defs/portName", "description": "Name of the single switch port the team is cabled to.", "examples": ["g5"] } }, "oneOf": [{ "properties": { "lag": true }, "required": ["lag"] }, { "properties": { "port": true }, "required": ["port"] }], "additionalProperties": false }, "uplinks": { "type": "array", "description": "Where the team lands when its members are on more than one switch (a switch-independent team cabled to two switches for redundancy): one entry per switch and LAG or port. Exactly one of uplink or uplinks.", "items": { "type": "object", "description": "Where some members of the team land: a switch and exactly one of a LAG or a port, and which members are cabled there.", "required": ["switch"], "properties": { "switch": { "$ref": "common.schema.json#/$defs/name", "description": "metadata.name of the Switch document.", "examples": ["SW-CORE01"] }, "lag": { "type": "integer", "description": "ID of the LAG (port-channel) on that switch the team members are cabled to.", "minimum": 1, "maximum": 64, "examples": [1] }, "port": { "$ref": "common.schema.json#/$defs/portName", "description": "Name of the single switch port the team is cabled to.", "examples": ["g5"] }, "members": { "type": "array", "description": "Names of the team members (physical NICs) cabled to this switch, LAG or port.", "items": { "$ref": "common.schema.json#/$defs/name", "description": "Name of a member NIC of the team.", "examples": ["Ethernet 3"] }, "minItems": 1, "uniqueItems": true, "examples": [["Ethernet 3"]] } }, "oneOf": [{ "properties": { "lag": true }, "required": ["lag"] }, { "properties": { "port": true }, "required": ["port"] }], "additionalProperties": false, "examples": [{ "switch": "SW-A", "port": "g1", "members": ["Ethernet 3"] }] }, "minItems": 1, "examples": [[{ "switch": "SW-A", "port": "g1", "members": ["Ethernet 3"] }, { "switch": "SW-B", "port": "g1", "members": ["Ethernet 4"] }]] } }, "oneOf": [{ "properties": { "uplink": true }, "required": ["uplink"] }, { "properties": { "uplinks": true }, "required": ["uplinks"] }], "additionalProperties": false }, "examples": [[{ "name": "TEAM-VM", "mode": "lacp", "loadBalancing": "dynamic", "members": ["Ethernet 3", "Ethernet 4"], "virtualSwitch": "vSwitch-VM", "uplink": { "switch": "SW-CORE01", "lag": 1 } }, { "name": "TEAM-STORAGE", "mode": "switch-independent", "loadBalancing": "hyper-v-port", "members": ["Ethernet 5", "Ethernet 6"], "uplinks": [{ "switch": "SW-A", "port": "g9", "members": ["Ethernet 5"] }, { "switch": "SW-B", "port": "g9", "members": ["Ethernet 6"] }] }, { "name": "Ethernet 7", "mode": "none", "members": ["Ethernet 7"], "virtualSwitch": "vSwitch-DMZ", "uplink": { "switch": "SW-A", "port": "g10" } }]] }, "macAddressPool": { "type": "object", "description": "The host's pool of dynamic MAC addresses for VM network adapters (Get-VMHost MacAddressMinimum and MacAddressMaximum). Pools of different hosts must not overlap.", "required": ["minimum", "maximum"], "properties": { "minimum": { "type": "string", "description": "First MAC of the pool: twelve hex digits as Get-VMHost prints them, or with - or : separators.", "pattern": "^[0-9A-Fa-f]{2}(?:[-:]?[0-9A-Fa-f]{2}){5}$", "examples": ["00155D0A1E00"] }, "maximum": { "type": "string", "description": "Last MAC of the pool, in the same notation.", "pattern": "^[0-9A-Fa-f]{2}(?:[-:]?[0-9A-Fa-f]{2}){5}$", "examples": ["00155D0A1EFF"] } }, "additionalProperties": false } }, "additionalProperties": false } }, "additionalProperties": false, "examples": [{ "apiVersion": "hvlint/v1", "kind": "HyperVHost", "metadata": { "name": "HV01" }, "spec": { "os": "windows-server-2012-r2", "domain": "corp.contoso.com", "cluster": "HVCLUSTER01", "memoryMB": 262144, "logicalProcessors": 32, "memoryReserveMB": 8192, "nicTeams": [{ "name": "TEAM-VM", "mode": "lacp", "loadBalancing": "dynamic", "members": ["Ethernet 3", "Ethernet 4"], "virtualSwitch": "vSwitch-VM", "uplink": { "switch": "SW-CORE01", "lag": 1 } }, { "name": "TEAM-MGMT", "mode": "switch-independent", "loadBalancing": "address-hash", "members": ["Ethernet"], "uplink": { "switch": "SW-CORE01", "port": "g5" } }] } }] };
var schema33 = { "type": "string", "description": "Manifest format version. Only hvlint/v1 exists.", "const": "hvlint/v1", "examples": ["hvlint/v1"] };
var schema40 = { "type": "string", "description": "A Windows Server release that can run the Hyper-V role.", "enum": ["windows-server-2008-r2", "windows-server-2012", "windows-server-2012-r2", "windows-server-2016", "windows-server-2019", "windows-server-2022", "windows-server-2025"], "examples": ["windows-server-2012-r2"] };
var schema41 = { "type": "string", "description": "A DNS domain name (FQDN of an Active Directory domain), compared case-insensitively. No trailing dot.", "minLength": 1, "maxLength": 253, "pattern": "^(?:[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?$", "examples": ["corp.contoso.com"] };
var schema35 = { "type": "string", "description": "A Windows / Active Directory style object name (host, cluster, VM, switch, adapter, team...). 1 to 128 characters; no control characters, no / or \\, no leading or trailing whitespace. hvlint compares names case-insensitively, as Windows and AD do.", "minLength": 1, "maxLength": 128, "pattern": "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", "examples": ["HV01", "HVCLUSTER01", "WEB01", "vSwitch-VM"] };
var schema47 = { "type": "string", "description": "A switch port name as the switch names it (e.g. g1 on a PowerConnect 5424, gi1/0/1 elsewhere).", "minLength": 1, "maxLength": 64, "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9/:._-]{0,62}[A-Za-z0-9])?$", "examples": ["g1", "g24", "gi1/0/1"] };
var schema34 = { "type": "object", "description": "Identity of the document: its name (unique per kind, case-insensitively) and optional labels and annotations.", "required": ["name"], "properties": { "name": { "$ref": "common.schema.json#/$defs/name", "description": "Name of the object, as Windows / AD / the switch knows it. Unique per kind; compared case-insensitively." }, "labels": { "$ref": "common.schema.json#/$defs/labels", "description": "Labels used for selection (e.g. by backup job selectors) and grouping, e.g. role: domain-controller, backup: required." }, "annotations": { "$ref": "common.schema.json#/$defs/annotations", "description": "Notes for people and tools; not interpreted by hvlint." } }, "examples": [{ "name": "WEB01", "labels": { "role": "web", "backup": "required" } }], "additionalProperties": false };
var func1 = import_ucs2length.default.default;
var pattern4 = new RegExp("^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", "u");
var schema36 = { "type": "object", "description": 'Free-form key/value labels. Keys follow the Kubernetes label-key form; values are strings (quote values YAML would read as numbers or booleans, e.g. "true"). Backup job selectors match them exactly.', "propertyNames": { "$ref": "#/$defs/labelKey" }, "$comment": "The catch-all patternProperties gives every value a type; keys are checked by propertyNames. additionalProperties: false is then vacuous but keeps the every-object-is-closed invariant.", "patternProperties": { ".*": { "type": "string", "description": "A label value.", "maxLength": 256, "examples": ["required", "domain-controller"] } }, "additionalProperties": false, "examples": [{ "role": "web", "backup": "required" }] };
var schema37 = { "type": "string", "description": "A label key in the Kubernetes form: an optional DNS-subdomain prefix and /, then a name of 1-63 characters [A-Za-z0-9-_.] that starts and ends alphanumeric.", "minLength": 1, "maxLength": 317, "pattern": "^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$", "examples": ["backup", "role", "hvlint.dev/owner"] };
var pattern5 = new RegExp("^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$", "u");
var pattern6 = new RegExp(".*", "u");
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs2 = errors;
      if (typeof key0 === "string") {
        if (func1(key0) > 317) {
          const err0 = { instancePath, schemaPath: "#/$defs/labelKey/maxLength", keyword: "maxLength", params: { limit: 317 }, message: "must NOT have more than 317 characters", schema: 317, parentSchema: schema37, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (func1(key0) < 1) {
          const err1 = { instancePath, schemaPath: "#/$defs/labelKey/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (!pattern5.test(key0)) {
          const err2 = { instancePath, schemaPath: "#/$defs/labelKey/pattern", keyword: "pattern", params: { pattern: "^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$" }, message: 'must match pattern "^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"', schema: "^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$", parentSchema: schema37, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath, schemaPath: "#/$defs/labelKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: key0, propertyName: key0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var valid0 = _errs2 === errors;
      if (!valid0) {
        const err4 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema36.propertyNames, parentSchema: schema36, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      if (!pattern6.test(key1)) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    for (const key2 in data) {
      if (pattern6.test(key2)) {
        let data0 = data[key2];
        if (typeof data0 === "string") {
          if (func1(data0) > 256) {
            const err6 = { instancePath: instancePath + "/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/patternProperties/.*/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema36.patternProperties[".*"], data: data0 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        } else {
          const err7 = { instancePath: instancePath + "/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/patternProperties/.*/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.patternProperties[".*"].type, parentSchema: schema36.patternProperties[".*"], data: data0 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema38 = { "type": "object", "description": "Free-form key/value notes for people and tools (owner, ticket, change record). hvlint does not interpret them. Keys follow the label-key form; values are strings of any length.", "propertyNames": { "$ref": "#/$defs/labelKey" }, "$comment": "See labels.", "patternProperties": { ".*": { "type": "string", "description": "An annotation value.", "examples": ["CHG0012345"] } }, "additionalProperties": false, "examples": [{ "hvlint.dev/owner": "web-team", "change": "CHG0012345" }] };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs2 = errors;
      if (typeof key0 === "string") {
        if (func1(key0) > 317) {
          const err0 = { instancePath, schemaPath: "#/$defs/labelKey/maxLength", keyword: "maxLength", params: { limit: 317 }, message: "must NOT have more than 317 characters", schema: 317, parentSchema: schema37, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (func1(key0) < 1) {
          const err1 = { instancePath, schemaPath: "#/$defs/labelKey/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (!pattern5.test(key0)) {
          const err2 = { instancePath, schemaPath: "#/$defs/labelKey/pattern", keyword: "pattern", params: { pattern: "^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$" }, message: 'must match pattern "^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"', schema: "^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$", parentSchema: schema37, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath, schemaPath: "#/$defs/labelKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: key0, propertyName: key0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var valid0 = _errs2 === errors;
      if (!valid0) {
        const err4 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema38.propertyNames, parentSchema: schema38, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      if (!pattern6.test(key1)) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema38, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    for (const key2 in data) {
      if (pattern6.test(key2)) {
        let data0 = data[key2];
        if (typeof data0 !== "string") {
          const err6 = { instancePath: instancePath + "/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/patternProperties/.*/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.patternProperties[".*"].type, parentSchema: schema38.patternProperties[".*"], data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.type, parentSchema: schema38, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema34.required, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "labels" || key0 === "annotations")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func1(data0) > 128) {
          const err2 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err4 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      if (!validate23(data.labels, { instancePath: instancePath + "/labels", parentData: data, parentDataProperty: "labels", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.annotations !== void 0) {
      if (!validate25(data.annotations, { instancePath: instancePath + "/annotations", parentData: data, parentDataProperty: "annotations", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var func8 = Object.prototype.hasOwnProperty;
var func0 = import_equal.default.default;
var pattern11 = new RegExp("^(?:[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?$", "u");
var pattern17 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9/:._-]{0,62}[A-Za-z0-9])?$", "u");
var pattern21 = new RegExp("^[0-9A-Fa-f]{2}(?:[-:]?[0-9A-Fa-f]{2}){5}$", "u");
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.spec === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if (typeof data0 !== "string") {
        const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "common.schema.json#/$defs/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if ("hvlint/v1" !== data0) {
        const err6 = { instancePath: instancePath + "/apiVersion", schemaPath: "common.schema.json#/$defs/apiVersion/const", keyword: "const", params: { allowedValue: "hvlint/v1" }, message: "must be equal to constant", schema: "hvlint/v1", parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (typeof data1 !== "string") {
        const err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.kind.type, parentSchema: schema31.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if ("HyperVHost" !== data1) {
        const err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "HyperVHost" }, message: "must be equal to constant", schema: "HyperVHost", parentSchema: schema31.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      if (!validate22(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.spec !== void 0) {
      let data3 = data.spec;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.os === void 0) {
          const err9 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "os" }, message: "must have required property 'os'", schema: schema31.properties.spec.required, parentSchema: schema31.properties.spec, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data3.domain === void 0) {
          const err10 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "domain" }, message: "must have required property 'domain'", schema: schema31.properties.spec.required, parentSchema: schema31.properties.spec, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!func8.call(schema31.properties.spec.properties, key1)) {
            const err11 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.spec, data: data3 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data3.os !== void 0) {
          let data4 = data3.os;
          if (typeof data4 !== "string") {
            const err12 = { instancePath: instancePath + "/spec/os", schemaPath: "common.schema.json#/$defs/windowsServerVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data4 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          if (!(data4 === "windows-server-2008-r2" || data4 === "windows-server-2012" || data4 === "windows-server-2012-r2" || data4 === "windows-server-2016" || data4 === "windows-server-2019" || data4 === "windows-server-2022" || data4 === "windows-server-2025")) {
            const err13 = { instancePath: instancePath + "/spec/os", schemaPath: "common.schema.json#/$defs/windowsServerVersion/enum", keyword: "enum", params: { allowedValues: schema40.enum }, message: "must be equal to one of the allowed values", schema: schema40.enum, parentSchema: schema40, data: data4 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data3.domain !== void 0) {
          let data5 = data3.domain;
          if (typeof data5 === "string") {
            if (func1(data5) > 253) {
              const err14 = { instancePath: instancePath + "/spec/domain", schemaPath: "common.schema.json#/$defs/domainName/maxLength", keyword: "maxLength", params: { limit: 253 }, message: "must NOT have more than 253 characters", schema: 253, parentSchema: schema41, data: data5 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (func1(data5) < 1) {
              const err15 = { instancePath: instancePath + "/spec/domain", schemaPath: "common.schema.json#/$defs/domainName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema41, data: data5 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (!pattern11.test(data5)) {
              const err16 = { instancePath: instancePath + "/spec/domain", schemaPath: "common.schema.json#/$defs/domainName/pattern", keyword: "pattern", params: { pattern: "^(?:[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?$" }, message: 'must match pattern "^(?:[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?$"', schema: "^(?:[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?$", parentSchema: schema41, data: data5 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/spec/domain", schemaPath: "common.schema.json#/$defs/domainName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.type, parentSchema: schema41, data: data5 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data3.cluster !== void 0) {
          let data6 = data3.cluster;
          if (typeof data6 === "string") {
            if (func1(data6) > 128) {
              const err18 = { instancePath: instancePath + "/spec/cluster", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data6 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (func1(data6) < 1) {
              const err19 = { instancePath: instancePath + "/spec/cluster", schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data6 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (!pattern4.test(data6)) {
              const err20 = { instancePath: instancePath + "/spec/cluster", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data6 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/spec/cluster", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data6 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data3.memoryMB !== void 0) {
          let data7 = data3.memoryMB;
          if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
            const err22 = { instancePath: instancePath + "/spec/memoryMB", schemaPath: "#/properties/spec/properties/memoryMB/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.spec.properties.memoryMB.type, parentSchema: schema31.properties.spec.properties.memoryMB, data: data7 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
          if (typeof data7 == "number" && isFinite(data7)) {
            if (data7 < 1 || isNaN(data7)) {
              const err23 = { instancePath: instancePath + "/spec/memoryMB", schemaPath: "#/properties/spec/properties/memoryMB/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.spec.properties.memoryMB, data: data7 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          }
        }
        if (data3.logicalProcessors !== void 0) {
          let data8 = data3.logicalProcessors;
          if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
            const err24 = { instancePath: instancePath + "/spec/logicalProcessors", schemaPath: "#/properties/spec/properties/logicalProcessors/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.spec.properties.logicalProcessors.type, parentSchema: schema31.properties.spec.properties.logicalProcessors, data: data8 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          if (typeof data8 == "number" && isFinite(data8)) {
            if (data8 < 1 || isNaN(data8)) {
              const err25 = { instancePath: instancePath + "/spec/logicalProcessors", schemaPath: "#/properties/spec/properties/logicalProcessors/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.spec.properties.logicalProcessors, data: data8 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          }
        }
        if (data3.memoryReserveMB !== void 0) {
          let data9 = data3.memoryReserveMB;
          if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
            const err26 = { instancePath: instancePath + "/spec/memoryReserveMB", schemaPath: "#/properties/spec/properties/memoryReserveMB/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.spec.properties.memoryReserveMB.type, parentSchema: schema31.properties.spec.properties.memoryReserveMB, data: data9 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          if (typeof data9 == "number" && isFinite(data9)) {
            if (data9 < 0 || isNaN(data9)) {
              const err27 = { instancePath: instancePath + "/spec/memoryReserveMB", schemaPath: "#/properties/spec/properties/memoryReserveMB/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.spec.properties.memoryReserveMB, data: data9 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          }
        }
        if (data3.arpRetryCount !== void 0) {
          let data10 = data3.arpRetryCount;
          if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
            const err28 = { instancePath: instancePath + "/spec/arpRetryCount", schemaPath: "#/properties/spec/properties/arpRetryCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.spec.properties.arpRetryCount.type, parentSchema: schema31.properties.spec.properties.arpRetryCount, data: data10 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
          if (typeof data10 == "number" && isFinite(data10)) {
            if (data10 > 4294967295 || isNaN(data10)) {
              const err29 = { instancePath: instancePath + "/spec/arpRetryCount", schemaPath: "#/properties/spec/properties/arpRetryCount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295", schema: 4294967295, parentSchema: schema31.properties.spec.properties.arpRetryCount, data: data10 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (data10 < 0 || isNaN(data10)) {
              const err30 = { instancePath: instancePath + "/spec/arpRetryCount", schemaPath: "#/properties/spec/properties/arpRetryCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.spec.properties.arpRetryCount, data: data10 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          }
        }
        if (data3.nicTeams !== void 0) {
          let data11 = data3.nicTeams;
          if (Array.isArray(data11)) {
            const len0 = data11.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data12 = data11[i0];
              const _errs32 = errors;
              let valid8 = false;
              let passing0 = null;
              const _errs33 = errors;
              if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                if (data12.uplink === void 0) {
                  const err31 = { instancePath: instancePath + "/spec/nicTeams/" + i0, schemaPath: "#/properties/spec/properties/nicTeams/items/oneOf/0/required", keyword: "required", params: { missingProperty: "uplink" }, message: "must have required property 'uplink'", schema: schema31.properties.spec.properties.nicTeams.items.oneOf[0].required, parentSchema: schema31.properties.spec.properties.nicTeams.items.oneOf[0], data: data12 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              }
              var _valid0 = _errs33 === errors;
              if (_valid0) {
                valid8 = true;
                passing0 = 0;
                var props0 = {};
                props0.uplink = true;
              }
              const _errs34 = errors;
              if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                if (data12.uplinks === void 0) {
                  const err32 = { instancePath: instancePath + "/spec/nicTeams/" + i0, schemaPath: "#/properties/spec/properties/nicTeams/items/oneOf/1/required", keyword: "required", params: { missingProperty: "uplinks" }, message: "must have required property 'uplinks'", schema: schema31.properties.spec.properties.nicTeams.items.oneOf[1].required, parentSchema: schema31.properties.spec.properties.nicTeams.items.oneOf[1], data: data12 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              }
              var _valid0 = _errs34 === errors;
              if (_valid0 && valid8) {
                valid8 = false;
                passing0 = [passing0, 1];
              } else {
                if (_valid0) {
                  valid8 = true;
                  passing0 = 1;
                  if (props0 !== true) {
                    props0 = props0 || {};
                    props0.uplinks = true;
                  }
                }
              }
              if (!valid8) {
                const err33 = { instancePath: instancePath + "/spec/nicTeams/" + i0, schemaPath: "#/properties/spec/properties/nicTeams/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema31.properties.spec.properties.nicTeams.items.oneOf, parentSchema: schema31.properties.spec.properties.nicTeams.items, data: data12 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              } else {
                errors = _errs32;
                if (vErrors !== null) {
                  if (_errs32) {
                    vErrors.length = _errs32;
                  } else {
                    vErrors = null;
                  }
                }
              }
              if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                if (data12.name === void 0) {
                  const err34 = { instancePath: instancePath + "/spec/nicTeams/" + i0, schemaPath: "#/properties/spec/properties/nicTeams/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema31.properties.spec.properties.nicTeams.items.required, parentSchema: schema31.properties.spec.properties.nicTeams.items, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
                for (const key2 in data12) {
                  if (!(key2 === "name" || key2 === "mode" || key2 === "loadBalancing" || key2 === "members" || key2 === "virtualSwitch" || key2 === "uplink" || key2 === "uplinks")) {
                    const err35 = { instancePath: instancePath + "/spec/nicTeams/" + i0, schemaPath: "#/properties/spec/properties/nicTeams/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.spec.properties.nicTeams.items, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                }
                if (data12.name !== void 0) {
                  let data13 = data12.name;
                  if (typeof data13 === "string") {
                    if (func1(data13) > 128) {
                      const err36 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/name", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data13 };
                      if (vErrors === null) {
                        vErrors = [err36];
                      } else {
                        vErrors.push(err36);
                      }
                      errors++;
                    }
                    if (func1(data13) < 1) {
                      const err37 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/name", schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data13 };
                      if (vErrors === null) {
                        vErrors = [err37];
                      } else {
                        vErrors.push(err37);
                      }
                      errors++;
                    }
                    if (!pattern4.test(data13)) {
                      const err38 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/name", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data13 };
                      if (vErrors === null) {
                        vErrors = [err38];
                      } else {
                        vErrors.push(err38);
                      }
                      errors++;
                    }
                  } else {
                    const err39 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/name", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
                if (data12.mode !== void 0) {
                  let data14 = data12.mode;
                  if (typeof data14 !== "string") {
                    const err40 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/mode", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.spec.properties.nicTeams.items.properties.mode.type, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.mode, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                  if (!(data14 === "lacp" || data14 === "static" || data14 === "switch-independent" || data14 === "none")) {
                    const err41 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/mode", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/mode/enum", keyword: "enum", params: { allowedValues: schema31.properties.spec.properties.nicTeams.items.properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.spec.properties.nicTeams.items.properties.mode.enum, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.mode, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                }
                if (data12.loadBalancing !== void 0) {
                  let data15 = data12.loadBalancing;
                  if (typeof data15 !== "string") {
                    const err42 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/loadBalancing", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/loadBalancing/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.spec.properties.nicTeams.items.properties.loadBalancing.type, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.loadBalancing, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                  if (!(data15 === "dynamic" || data15 === "hyper-v-port" || data15 === "address-hash")) {
                    const err43 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/loadBalancing", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/loadBalancing/enum", keyword: "enum", params: { allowedValues: schema31.properties.spec.properties.nicTeams.items.properties.loadBalancing.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.spec.properties.nicTeams.items.properties.loadBalancing.enum, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.loadBalancing, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                }
                if (data12.members !== void 0) {
                  let data16 = data12.members;
                  if (Array.isArray(data16)) {
                    if (data16.length < 1) {
                      const err44 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/members", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/members/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.members, data: data16 };
                      if (vErrors === null) {
                        vErrors = [err44];
                      } else {
                        vErrors.push(err44);
                      }
                      errors++;
                    }
                    const len1 = data16.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      let data17 = data16[i1];
                      if (typeof data17 === "string") {
                        if (func1(data17) > 128) {
                          const err45 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/members/" + i1, schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data17 };
                          if (vErrors === null) {
                            vErrors = [err45];
                          } else {
                            vErrors.push(err45);
                          }
                          errors++;
                        }
                        if (func1(data17) < 1) {
                          const err46 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/members/" + i1, schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data17 };
                          if (vErrors === null) {
                            vErrors = [err46];
                          } else {
                            vErrors.push(err46);
                          }
                          errors++;
                        }
                        if (!pattern4.test(data17)) {
                          const err47 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/members/" + i1, schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data17 };
                          if (vErrors === null) {
                            vErrors = [err47];
                          } else {
                            vErrors.push(err47);
                          }
                          errors++;
                        }
                      } else {
                        const err48 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/members/" + i1, schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data17 };
                        if (vErrors === null) {
                          vErrors = [err48];
                        } else {
                          vErrors.push(err48);
                        }
                        errors++;
                      }
                    }
                    let i2 = data16.length;
                    let j0;
                    if (i2 > 1) {
                      outer0:
                        for (; i2--; ) {
                          for (j0 = i2; j0--; ) {
                            if (func0(data16[i2], data16[j0])) {
                              const err49 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/members", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/members/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)", schema: true, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.members, data: data16 };
                              if (vErrors === null) {
                                vErrors = [err49];
                              } else {
                                vErrors.push(err49);
                              }
                              errors++;
                              break outer0;
                            }
                          }
                        }
                    }
                  } else {
                    const err50 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/members", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/members/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.spec.properties.nicTeams.items.properties.members.type, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.members, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err50];
                    } else {
                      vErrors.push(err50);
                    }
                    errors++;
                  }
                }
                if (data12.virtualSwitch !== void 0) {
                  let data18 = data12.virtualSwitch;
                  if (typeof data18 === "string") {
                    if (func1(data18) > 128) {
                      const err51 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/virtualSwitch", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err51];
                      } else {
                        vErrors.push(err51);
                      }
                      errors++;
                    }
                    if (func1(data18) < 1) {
                      const err52 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/virtualSwitch", schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err52];
                      } else {
                        vErrors.push(err52);
                      }
                      errors++;
                    }
                    if (!pattern4.test(data18)) {
                      const err53 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/virtualSwitch", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err53];
                      } else {
                        vErrors.push(err53);
                      }
                      errors++;
                    }
                  } else {
                    const err54 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/virtualSwitch", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                }
                if (data12.uplink !== void 0) {
                  let data19 = data12.uplink;
                  const _errs53 = errors;
                  let valid16 = false;
                  let passing1 = null;
                  const _errs54 = errors;
                  if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                    if (data19.lag === void 0) {
                      const err55 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplink", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/uplink/oneOf/0/required", keyword: "required", params: { missingProperty: "lag" }, message: "must have required property 'lag'", schema: schema31.properties.spec.properties.nicTeams.items.properties.uplink.oneOf[0].required, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.uplink.oneOf[0], data: data19 };
                      if (vErrors === null) {
                        vErrors = [err55];
                      } else {
                        vErrors.push(err55);
                      }
                      errors++;
                    }
                  }
                  var _valid1 = _errs54 === errors;
                  if (_valid1) {
                    valid16 = true;
                    passing1 = 0;
                    var props1 = {};
                    props1.lag = true;
                  }
                  const _errs55 = errors;
                  if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                    if (data19.port === void 0) {
                      const err56 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplink", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/uplink/oneOf/1/required", keyword: "required", params: { missingProperty: "port" }, message: "must have required property 'port'", schema: schema31.properties.spec.properties.nicTeams.items.properties.uplink.oneOf[1].required, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.uplink.oneOf[1], data: data19 };
                      if (vErrors === null) {
                        vErrors = [err56];
                      } else {
                        vErrors.push(err56);
                      }
                      errors++;
                    }
                  }
                  var _valid1 = _errs55 === errors;
                  if (_valid1 && valid16) {
                    valid16 = false;
                    passing1 = [passing1, 1];
                  } else {
                    if (_valid1) {
                      valid16 = true;
                      passing1 = 1;
                      if (props1 !== true) {
                        props1 = props1 || {};
                        props1.port = true;
                      }
                    }
                  }
                  if (!valid16) {
                    const err57 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplink", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/uplink/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema31.properties.spec.properties.nicTeams.items.properties.uplink.oneOf, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.uplink, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  } else {
                    errors = _errs53;
                    if (vErrors !== null) {
                      if (_errs53) {
                        vErrors.length = _errs53;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                    if (data19.switch === void 0) {
                      const err58 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplink", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/uplink/required", keyword: "required", params: { missingProperty: "switch" }, message: "must have required property 'switch'", schema: schema31.properties.spec.properties.nicTeams.items.properties.uplink.required, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.uplink, data: data19 };
                      if (vErrors === null) {
                        vErrors = [err58];
                      } else {
                        vErrors.push(err58);
                      }
                      errors++;
                    }
                    for (const key3 in data19) {
                      if (!(key3 === "switch" || key3 === "lag" || key3 === "port")) {
                        const err59 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplink", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/uplink/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.uplink, data: data19 };
                        if (vErrors === null) {
                          vErrors = [err59];
                        } else {
                          vErrors.push(err59);
                        }
                        errors++;
                      }
                    }
                    if (data19.switch !== void 0) {
                      let data20 = data19.switch;
                      if (typeof data20 === "string") {
                        if (func1(data20) > 128) {
                          const err60 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplink/switch", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data20 };
                          if (vErrors === null) {
                            vErrors = [err60];
                          } else {
                            vErrors.push(err60);
                          }
                          errors++;
                        }
                        if (func1(data20) < 1) {
                          const err61 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplink/switch", schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data20 };
                          if (vErrors === null) {
                            vErrors = [err61];
                          } else {
                            vErrors.push(err61);
                          }
                          errors++;
                        }
                        if (!pattern4.test(data20)) {
                          const err62 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplink/switch", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data20 };
                          if (vErrors === null) {
                            vErrors = [err62];
                          } else {
                            vErrors.push(err62);
                          }
                          errors++;
                        }
                      } else {
                        const err63 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplink/switch", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data20 };
                        if (vErrors === null) {
                          vErrors = [err63];
                        } else {
                          vErrors.push(err63);
                        }
                        errors++;
                      }
                    }
                    if (data19.lag !== void 0) {
                      let data21 = data19.lag;
                      if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21))) {
                        const err64 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplink/lag", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/uplink/properties/lag/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.spec.properties.nicTeams.items.properties.uplink.properties.lag.type, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.uplink.properties.lag, data: data21 };
                        if (vErrors === null) {
                          vErrors = [err64];
                        } else {
                          vErrors.push(err64);
                        }
                        errors++;
                      }
                      if (typeof data21 == "number" && isFinite(data21)) {
                        if (data21 > 64 || isNaN(data21)) {
                          const err65 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplink/lag", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/uplink/properties/lag/maximum", keyword: "maximum", params: { comparison: "<=", limit: 64 }, message: "must be <= 64", schema: 64, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.uplink.properties.lag, data: data21 };
                          if (vErrors === null) {
                            vErrors = [err65];
                          } else {
                            vErrors.push(err65);
                          }
                          errors++;
                        }
                        if (data21 < 1 || isNaN(data21)) {
                          const err66 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplink/lag", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/uplink/properties/lag/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.uplink.properties.lag, data: data21 };
                          if (vErrors === null) {
                            vErrors = [err66];
                          } else {
                            vErrors.push(err66);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data19.port !== void 0) {
                      let data22 = data19.port;
                      if (typeof data22 === "string") {
                        if (func1(data22) > 64) {
                          const err67 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplink/port", schemaPath: "common.schema.json#/$defs/portName/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema47, data: data22 };
                          if (vErrors === null) {
                            vErrors = [err67];
                          } else {
                            vErrors.push(err67);
                          }
                          errors++;
                        }
                        if (func1(data22) < 1) {
                          const err68 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplink/port", schemaPath: "common.schema.json#/$defs/portName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47, data: data22 };
                          if (vErrors === null) {
                            vErrors = [err68];
                          } else {
                            vErrors.push(err68);
                          }
                          errors++;
                        }
                        if (!pattern17.test(data22)) {
                          const err69 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplink/port", schemaPath: "common.schema.json#/$defs/portName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9/:._-]{0,62}[A-Za-z0-9])?$" }, message: 'must match pattern "^[A-Za-z0-9](?:[A-Za-z0-9/:._-]{0,62}[A-Za-z0-9])?$"', schema: "^[A-Za-z0-9](?:[A-Za-z0-9/:._-]{0,62}[A-Za-z0-9])?$", parentSchema: schema47, data: data22 };
                          if (vErrors === null) {
                            vErrors = [err69];
                          } else {
                            vErrors.push(err69);
                          }
                          errors++;
                        }
                      } else {
                        const err70 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplink/port", schemaPath: "common.schema.json#/$defs/portName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.type, parentSchema: schema47, data: data22 };
                        if (vErrors === null) {
                          vErrors = [err70];
                        } else {
                          vErrors.push(err70);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err71 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplink", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/uplink/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.spec.properties.nicTeams.items.properties.uplink.type, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.uplink, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err71];
                    } else {
                      vErrors.push(err71);
                    }
                    errors++;
                  }
                }
                if (data12.uplinks !== void 0) {
                  let data23 = data12.uplinks;
                  if (Array.isArray(data23)) {
                    if (data23.length < 1) {
                      const err72 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/uplinks/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.uplinks, data: data23 };
                      if (vErrors === null) {
                        vErrors = [err72];
                      } else {
                        vErrors.push(err72);
                      }
                      errors++;
                    }
                    const len2 = data23.length;
                    for (let i3 = 0; i3 < len2; i3++) {
                      let data24 = data23[i3];
                      const _errs69 = errors;
                      let valid22 = false;
                      let passing2 = null;
                      const _errs70 = errors;
                      if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                        if (data24.lag === void 0) {
                          const err73 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3, schemaPath: "#/properties/spec/properties/nicTeams/items/properties/uplinks/items/oneOf/0/required", keyword: "required", params: { missingProperty: "lag" }, message: "must have required property 'lag'", schema: schema31.properties.spec.properties.nicTeams.items.properties.uplinks.items.oneOf[0].required, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.uplinks.items.oneOf[0], data: data24 };
                          if (vErrors === null) {
                            vErrors = [err73];
                          } else {
                            vErrors.push(err73);
                          }
                          errors++;
                        }
                      }
                      var _valid2 = _errs70 === errors;
                      if (_valid2) {
                        valid22 = true;
                        passing2 = 0;
                        var props2 = {};
                        props2.lag = true;
                      }
                      const _errs71 = errors;
                      if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                        if (data24.port === void 0) {
                          const err74 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3, schemaPath: "#/properties/spec/properties/nicTeams/items/properties/uplinks/items/oneOf/1/required", keyword: "required", params: { missingProperty: "port" }, message: "must have required property 'port'", schema: schema31.properties.spec.properties.nicTeams.items.properties.uplinks.items.oneOf[1].required, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.uplinks.items.oneOf[1], data: data24 };
                          if (vErrors === null) {
                            vErrors = [err74];
                          } else {
                            vErrors.push(err74);
                          }
                          errors++;
                        }
                      }
                      var _valid2 = _errs71 === errors;
                      if (_valid2 && valid22) {
                        valid22 = false;
                        passing2 = [passing2, 1];
                      } else {
                        if (_valid2) {
                          valid22 = true;
                          passing2 = 1;
                          if (props2 !== true) {
                            props2 = props2 || {};
                            props2.port = true;
                          }
                        }
                      }
                      if (!valid22) {
                        const err75 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3, schemaPath: "#/properties/spec/properties/nicTeams/items/properties/uplinks/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema31.properties.spec.properties.nicTeams.items.properties.uplinks.items.oneOf, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.uplinks.items, data: data24 };
                        if (vErrors === null) {
                          vErrors = [err75];
                        } else {
                          vErrors.push(err75);
                        }
                        errors++;
                      } else {
                        errors = _errs69;
                        if (vErrors !== null) {
                          if (_errs69) {
                            vErrors.length = _errs69;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                        if (data24.switch === void 0) {
                          const err76 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3, schemaPath: "#/properties/spec/properties/nicTeams/items/properties/uplinks/items/required", keyword: "required", params: { missingProperty: "switch" }, message: "must have required property 'switch'", schema: schema31.properties.spec.properties.nicTeams.items.properties.uplinks.items.required, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.uplinks.items, data: data24 };
                          if (vErrors === null) {
                            vErrors = [err76];
                          } else {
                            vErrors.push(err76);
                          }
                          errors++;
                        }
                        for (const key4 in data24) {
                          if (!(key4 === "switch" || key4 === "lag" || key4 === "port" || key4 === "members")) {
                            const err77 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3, schemaPath: "#/properties/spec/properties/nicTeams/items/properties/uplinks/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.uplinks.items, data: data24 };
                            if (vErrors === null) {
                              vErrors = [err77];
                            } else {
                              vErrors.push(err77);
                            }
                            errors++;
                          }
                        }
                        if (data24.switch !== void 0) {
                          let data25 = data24.switch;
                          if (typeof data25 === "string") {
                            if (func1(data25) > 128) {
                              const err78 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3 + "/switch", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data25 };
                              if (vErrors === null) {
                                vErrors = [err78];
                              } else {
                                vErrors.push(err78);
                              }
                              errors++;
                            }
                            if (func1(data25) < 1) {
                              const err79 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3 + "/switch", schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data25 };
                              if (vErrors === null) {
                                vErrors = [err79];
                              } else {
                                vErrors.push(err79);
                              }
                              errors++;
                            }
                            if (!pattern4.test(data25)) {
                              const err80 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3 + "/switch", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data25 };
                              if (vErrors === null) {
                                vErrors = [err80];
                              } else {
                                vErrors.push(err80);
                              }
                              errors++;
                            }
                          } else {
                            const err81 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3 + "/switch", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data25 };
                            if (vErrors === null) {
                              vErrors = [err81];
                            } else {
                              vErrors.push(err81);
                            }
                            errors++;
                          }
                        }
                        if (data24.lag !== void 0) {
                          let data26 = data24.lag;
                          if (!(typeof data26 == "number" && (!(data26 % 1) && !isNaN(data26)) && isFinite(data26))) {
                            const err82 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3 + "/lag", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/uplinks/items/properties/lag/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.spec.properties.nicTeams.items.properties.uplinks.items.properties.lag.type, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.uplinks.items.properties.lag, data: data26 };
                            if (vErrors === null) {
                              vErrors = [err82];
                            } else {
                              vErrors.push(err82);
                            }
                            errors++;
                          }
                          if (typeof data26 == "number" && isFinite(data26)) {
                            if (data26 > 64 || isNaN(data26)) {
                              const err83 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3 + "/lag", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/uplinks/items/properties/lag/maximum", keyword: "maximum", params: { comparison: "<=", limit: 64 }, message: "must be <= 64", schema: 64, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.uplinks.items.properties.lag, data: data26 };
                              if (vErrors === null) {
                                vErrors = [err83];
                              } else {
                                vErrors.push(err83);
                              }
                              errors++;
                            }
                            if (data26 < 1 || isNaN(data26)) {
                              const err84 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3 + "/lag", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/uplinks/items/properties/lag/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.uplinks.items.properties.lag, data: data26 };
                              if (vErrors === null) {
                                vErrors = [err84];
                              } else {
                                vErrors.push(err84);
                              }
                              errors++;
                            }
                          }
                        }
                        if (data24.port !== void 0) {
                          let data27 = data24.port;
                          if (typeof data27 === "string") {
                            if (func1(data27) > 64) {
                              const err85 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3 + "/port", schemaPath: "common.schema.json#/$defs/portName/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema47, data: data27 };
                              if (vErrors === null) {
                                vErrors = [err85];
                              } else {
                                vErrors.push(err85);
                              }
                              errors++;
                            }
                            if (func1(data27) < 1) {
                              const err86 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3 + "/port", schemaPath: "common.schema.json#/$defs/portName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47, data: data27 };
                              if (vErrors === null) {
                                vErrors = [err86];
                              } else {
                                vErrors.push(err86);
                              }
                              errors++;
                            }
                            if (!pattern17.test(data27)) {
                              const err87 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3 + "/port", schemaPath: "common.schema.json#/$defs/portName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9/:._-]{0,62}[A-Za-z0-9])?$" }, message: 'must match pattern "^[A-Za-z0-9](?:[A-Za-z0-9/:._-]{0,62}[A-Za-z0-9])?$"', schema: "^[A-Za-z0-9](?:[A-Za-z0-9/:._-]{0,62}[A-Za-z0-9])?$", parentSchema: schema47, data: data27 };
                              if (vErrors === null) {
                                vErrors = [err87];
                              } else {
                                vErrors.push(err87);
                              }
                              errors++;
                            }
                          } else {
                            const err88 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3 + "/port", schemaPath: "common.schema.json#/$defs/portName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.type, parentSchema: schema47, data: data27 };
                            if (vErrors === null) {
                              vErrors = [err88];
                            } else {
                              vErrors.push(err88);
                            }
                            errors++;
                          }
                        }
                        if (data24.members !== void 0) {
                          let data28 = data24.members;
                          if (Array.isArray(data28)) {
                            if (data28.length < 1) {
                              const err89 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3 + "/members", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/uplinks/items/properties/members/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.uplinks.items.properties.members, data: data28 };
                              if (vErrors === null) {
                                vErrors = [err89];
                              } else {
                                vErrors.push(err89);
                              }
                              errors++;
                            }
                            const len3 = data28.length;
                            for (let i4 = 0; i4 < len3; i4++) {
                              let data29 = data28[i4];
                              if (typeof data29 === "string") {
                                if (func1(data29) > 128) {
                                  const err90 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3 + "/members/" + i4, schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data29 };
                                  if (vErrors === null) {
                                    vErrors = [err90];
                                  } else {
                                    vErrors.push(err90);
                                  }
                                  errors++;
                                }
                                if (func1(data29) < 1) {
                                  const err91 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3 + "/members/" + i4, schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data29 };
                                  if (vErrors === null) {
                                    vErrors = [err91];
                                  } else {
                                    vErrors.push(err91);
                                  }
                                  errors++;
                                }
                                if (!pattern4.test(data29)) {
                                  const err92 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3 + "/members/" + i4, schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data29 };
                                  if (vErrors === null) {
                                    vErrors = [err92];
                                  } else {
                                    vErrors.push(err92);
                                  }
                                  errors++;
                                }
                              } else {
                                const err93 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3 + "/members/" + i4, schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data29 };
                                if (vErrors === null) {
                                  vErrors = [err93];
                                } else {
                                  vErrors.push(err93);
                                }
                                errors++;
                              }
                            }
                            let i5 = data28.length;
                            let j1;
                            if (i5 > 1) {
                              outer1:
                                for (; i5--; ) {
                                  for (j1 = i5; j1--; ) {
                                    if (func0(data28[i5], data28[j1])) {
                                      const err94 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3 + "/members", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/uplinks/items/properties/members/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i5 + " are identical)", schema: true, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.uplinks.items.properties.members, data: data28 };
                                      if (vErrors === null) {
                                        vErrors = [err94];
                                      } else {
                                        vErrors.push(err94);
                                      }
                                      errors++;
                                      break outer1;
                                    }
                                  }
                                }
                            }
                          } else {
                            const err95 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3 + "/members", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/uplinks/items/properties/members/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.spec.properties.nicTeams.items.properties.uplinks.items.properties.members.type, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.uplinks.items.properties.members, data: data28 };
                            if (vErrors === null) {
                              vErrors = [err95];
                            } else {
                              vErrors.push(err95);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err96 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks/" + i3, schemaPath: "#/properties/spec/properties/nicTeams/items/properties/uplinks/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.spec.properties.nicTeams.items.properties.uplinks.items.type, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.uplinks.items, data: data24 };
                        if (vErrors === null) {
                          vErrors = [err96];
                        } else {
                          vErrors.push(err96);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err97 = { instancePath: instancePath + "/spec/nicTeams/" + i0 + "/uplinks", schemaPath: "#/properties/spec/properties/nicTeams/items/properties/uplinks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.spec.properties.nicTeams.items.properties.uplinks.type, parentSchema: schema31.properties.spec.properties.nicTeams.items.properties.uplinks, data: data23 };
                    if (vErrors === null) {
                      vErrors = [err97];
                    } else {
                      vErrors.push(err97);
                    }
                    errors++;
                  }
                }
              } else {
                const err98 = { instancePath: instancePath + "/spec/nicTeams/" + i0, schemaPath: "#/properties/spec/properties/nicTeams/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.spec.properties.nicTeams.items.type, parentSchema: schema31.properties.spec.properties.nicTeams.items, data: data12 };
                if (vErrors === null) {
                  vErrors = [err98];
                } else {
                  vErrors.push(err98);
                }
                errors++;
              }
            }
          } else {
            const err99 = { instancePath: instancePath + "/spec/nicTeams", schemaPath: "#/properties/spec/properties/nicTeams/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.spec.properties.nicTeams.type, parentSchema: schema31.properties.spec.properties.nicTeams, data: data11 };
            if (vErrors === null) {
              vErrors = [err99];
            } else {
              vErrors.push(err99);
            }
            errors++;
          }
        }
        if (data3.macAddressPool !== void 0) {
          let data30 = data3.macAddressPool;
          if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
            if (data30.minimum === void 0) {
              const err100 = { instancePath: instancePath + "/spec/macAddressPool", schemaPath: "#/properties/spec/properties/macAddressPool/required", keyword: "required", params: { missingProperty: "minimum" }, message: "must have required property 'minimum'", schema: schema31.properties.spec.properties.macAddressPool.required, parentSchema: schema31.properties.spec.properties.macAddressPool, data: data30 };
              if (vErrors === null) {
                vErrors = [err100];
              } else {
                vErrors.push(err100);
              }
              errors++;
            }
            if (data30.maximum === void 0) {
              const err101 = { instancePath: instancePath + "/spec/macAddressPool", schemaPath: "#/properties/spec/properties/macAddressPool/required", keyword: "required", params: { missingProperty: "maximum" }, message: "must have required property 'maximum'", schema: schema31.properties.spec.properties.macAddressPool.required, parentSchema: schema31.properties.spec.properties.macAddressPool, data: data30 };
              if (vErrors === null) {
                vErrors = [err101];
              } else {
                vErrors.push(err101);
              }
              errors++;
            }
            for (const key5 in data30) {
              if (!(key5 === "minimum" || key5 === "maximum")) {
                const err102 = { instancePath: instancePath + "/spec/macAddressPool", schemaPath: "#/properties/spec/properties/macAddressPool/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.spec.properties.macAddressPool, data: data30 };
                if (vErrors === null) {
                  vErrors = [err102];
                } else {
                  vErrors.push(err102);
                }
                errors++;
              }
            }
            if (data30.minimum !== void 0) {
              let data31 = data30.minimum;
              if (typeof data31 === "string") {
                if (!pattern21.test(data31)) {
                  const err103 = { instancePath: instancePath + "/spec/macAddressPool/minimum", schemaPath: "#/properties/spec/properties/macAddressPool/properties/minimum/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Fa-f]{2}(?:[-:]?[0-9A-Fa-f]{2}){5}$" }, message: 'must match pattern "^[0-9A-Fa-f]{2}(?:[-:]?[0-9A-Fa-f]{2}){5}$"', schema: "^[0-9A-Fa-f]{2}(?:[-:]?[0-9A-Fa-f]{2}){5}$", parentSchema: schema31.properties.spec.properties.macAddressPool.properties.minimum, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err103];
                  } else {
                    vErrors.push(err103);
                  }
                  errors++;
                }
              } else {
                const err104 = { instancePath: instancePath + "/spec/macAddressPool/minimum", schemaPath: "#/properties/spec/properties/macAddressPool/properties/minimum/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.spec.properties.macAddressPool.properties.minimum.type, parentSchema: schema31.properties.spec.properties.macAddressPool.properties.minimum, data: data31 };
                if (vErrors === null) {
                  vErrors = [err104];
                } else {
                  vErrors.push(err104);
                }
                errors++;
              }
            }
            if (data30.maximum !== void 0) {
              let data32 = data30.maximum;
              if (typeof data32 === "string") {
                if (!pattern21.test(data32)) {
                  const err105 = { instancePath: instancePath + "/spec/macAddressPool/maximum", schemaPath: "#/properties/spec/properties/macAddressPool/properties/maximum/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Fa-f]{2}(?:[-:]?[0-9A-Fa-f]{2}){5}$" }, message: 'must match pattern "^[0-9A-Fa-f]{2}(?:[-:]?[0-9A-Fa-f]{2}){5}$"', schema: "^[0-9A-Fa-f]{2}(?:[-:]?[0-9A-Fa-f]{2}){5}$", parentSchema: schema31.properties.spec.properties.macAddressPool.properties.maximum, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err105];
                  } else {
                    vErrors.push(err105);
                  }
                  errors++;
                }
              } else {
                const err106 = { instancePath: instancePath + "/spec/macAddressPool/maximum", schemaPath: "#/properties/spec/properties/macAddressPool/properties/maximum/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.spec.properties.macAddressPool.properties.maximum.type, parentSchema: schema31.properties.spec.properties.macAddressPool.properties.maximum, data: data32 };
                if (vErrors === null) {
                  vErrors = [err106];
                } else {
                  vErrors.push(err106);
                }
                errors++;
              }
            }
          } else {
            const err107 = { instancePath: instancePath + "/spec/macAddressPool", schemaPath: "#/properties/spec/properties/macAddressPool/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.spec.properties.macAddressPool.type, parentSchema: schema31.properties.spec.properties.macAddressPool, data: data30 };
            if (vErrors === null) {
              vErrors = [err107];
            } else {
              vErrors.push(err107);
            }
            errors++;
          }
        }
      } else {
        const err108 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.spec.type, parentSchema: schema31.properties.spec, data: data3 };
        if (vErrors === null) {
          vErrors = [err108];
        } else {
          vErrors.push(err108);
        }
        errors++;
      }
    }
  } else {
    const err109 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err109];
    } else {
      vErrors.push(err109);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var HyperVCluster = validate28;
var schema51 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://hvlint.dev/schemas/v1/hyperv-cluster.schema.json", "title": "Hyper-V failover cluster", "description": "A Windows Server failover cluster of Hyper-V hosts: its domain, its nodes and its Cluster Shared Volumes. Highly available VMs (spec.cluster) can run on any node.", "type": "object", "required": ["apiVersion", "kind", "metadata", "spec"], "properties": { "apiVersion": { "$ref": "common.schema.json#/$defs/apiVersion", "description": "Manifest format version; always hvlint/v1." }, "kind": { "type": "string", "description": "Kind of the document; always HyperVCluster for this schema.", "const": "HyperVCluster" }, "metadata": { "$ref": "common.schema.json#/$defs/metadata", "description": "Name, labels and annotations of the document." }, "spec": { "type": "object", "description": "Desired configuration of the failover cluster.", "required": ["domain", "nodes"], "properties": { "domain": { "$ref": "common.schema.json#/$defs/domainName", "description": "Active Directory domain of the cluster (its cluster name object lives there)." }, "nodes": { "type": "array", "description": "Names of the HyperVHost documents that are nodes of this cluster.", "items": { "$ref": "common.schema.json#/$defs/name", "description": "metadata.name of a HyperVHost.", "examples": ["HV01"] }, "minItems": 1, "uniqueItems": true, "examples": [["HV01", "HV02"]] }, "witness": { "type": "object", "description": "Quorum witness of the cluster (Get-ClusterQuorum): its vote lets a cluster keep a majority when a node fails. Use none for a cluster with no witness; omit the field when it is not known.", "required": ["type"], "properties": { "type": { "type": "string", "description": "Kind of witness: disk (a shared cluster disk), file-share (an SMB share), cloud (an Azure storage account; Windows Server 2016 and later), or none.", "enum": ["disk", "file-share", "cloud", "none"], "examples": ["file-share"] }, "disk": { "$ref": "common.schema.json#/$defs/name", "description": "Name of the cluster disk resource of a disk witness.", "examples": ["Cluster Disk 1"] }, "path": { "$ref": "common.schema.json#/$defs/windowsPath", "description": "UNC path of the share of a file-share witness.", "examples": ["\\\\FS01\\Witness$\\HVCLUSTER01"] }, "account": { "type": "string", "description": "Azure storage account name of a cloud witness.", "minLength": 3, "maxLength": 24, "pattern": "^[a-z0-9]+$", "examples": ["contosowitness"] } }, "additionalProperties": false, "examples": [{ "type": "file-share", "path": "\\\\FS01\\Witness$\\HVCLUSTER01" }] }, "sharedVolumes": { "type": "array", "description": "Cluster Shared Volumes (CSV).", "items": { "type": "object", "description": "A Cluster Shared Volume.", "required": ["name", "path"], "properties": { "name": { "$ref": "common.schema.json#/$defs/name", "description": "CSV name, usually the folder name under C:\\ClusterStorage.", "examples": ["Volume1"] }, "path": { "type": "string", "description": "Mount path of the CSV on every node: a drive letter, \\ClusterStorage\\ and the volume folder, e.g. C:\\ClusterStorage\\Volume1.", "minLength": 4, "maxLength": 260, "pattern": '^[A-Za-z]:\\\\ClusterStorage\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+$', "examples": ["C:\\ClusterStorage\\Volume1"] }, "lun": { "type": "object", "description": "The shared storage LUN backing the CSV.", "required": ["storage"], "properties": { "storage": { "type": "string", "description": "How the LUN is shared: sas (shared SAS array), iscsi, fc (Fibre Channel), smb (SMB 3 share), s2d (Storage Spaces Direct).", "enum": ["sas", "iscsi", "fc", "smb", "s2d"], "examples": ["sas"] }, "array": { "type": "string", "description": "Name of the storage array or share server that holds the LUN.", "minLength": 1, "maxLength": 128, "examples": ["MD3220-01"] }, "id": { "description": "LUN number on the array (integer) or the array's identifier for the volume (string, e.g. a WWN or share path).", "anyOf": [{ "type": "integer", "description": "LUN number.", "minimum": 0 }, { "type": "string", "description": "Volume identifier.", "minLength": 1, "maxLength": 256 }], "examples": [0, "600a0b80005ad3c4000004c54fd6f1a2"] } }, "additionalProperties": false } }, "additionalProperties": false } }, "clusterDisks": { "type": "array", "description": "Clustered disks that are not Cluster Shared Volumes (Physical Disk resources): each is online on one node at a time and moves with the role that owns it, so a highly available VM may keep its disks there.", "items": { "type": "object", "description": "A clustered disk that is not a CSV.", "required": ["name", "path"], "properties": { "name": { "$ref": "common.schema.json#/$defs/name", "description": "Cluster resource name of the disk.", "examples": ["Cluster Disk 2"] }, "path": { "type": "string", "description": "Where the disk is mounted on its owner node: a drive letter (E: or E:\\) or a mount-point folder (E:\\Mounts\\Data1).", "minLength": 2, "maxLength": 260, "pattern": '^[A-Za-z]:(?:\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)*\\\\?$', "examples": ["E:\\"] } }, "additionalProperties": false } } }, "additionalProperties": false } }, "additionalProperties": false, "examples": [{ "apiVersion": "hvlint/v1", "kind": "HyperVCluster", "metadata": { "name": "HVCLUSTER01" }, "spec": { "domain": "corp.contoso.com", "nodes": ["HV01", "HV02"], "witness": { "type": "file-share", "path": "\\\\FS01\\Witness$\\HVCLUSTER01" }, "sharedVolumes": [{ "name": "Volume1", "path": "C:\\ClusterStorage\\Volume1", "lun": { "storage": "sas", "array": "MD3220-01", "id": 0 } }] } }] };
var schema58 = { "type": "string", "description": "An absolute Windows path: drive-letter (C:\\...) or UNC (\\\\server\\share\\...), backslash-separated. In YAML write it plain or single-quoted; double quotes need every backslash doubled.", "minLength": 4, "maxLength": 1024, "pattern": '^(?:[A-Za-z]:|\\\\\\\\[^\\\\/:*?"<>|\\u0000-\\u0020]+\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)(?:\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)+$', "examples": ["C:\\ClusterStorage\\Volume1\\WEB01\\Virtual Hard Disks\\WEB01-system.vhdx", "\\\\NAS01\\ISO\\ubuntu-22.04.iso"] };
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate29.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema34.required, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "labels" || key0 === "annotations")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func1(data0) > 128) {
          const err2 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err4 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      if (!validate23(data.labels, { instancePath: instancePath + "/labels", parentData: data, parentDataProperty: "labels", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.annotations !== void 0) {
      if (!validate25(data.annotations, { instancePath: instancePath + "/annotations", parentData: data, parentDataProperty: "annotations", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
validate29.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var pattern27 = new RegExp('^(?:[A-Za-z]:|\\\\\\\\[^\\\\/:*?"<>|\\u0000-\\u0020]+\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)(?:\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)+$', "u");
var pattern28 = new RegExp("^[a-z0-9]+$", "u");
var pattern30 = new RegExp('^[A-Za-z]:\\\\ClusterStorage\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+$', "u");
var pattern32 = new RegExp('^[A-Za-z]:(?:\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)*\\\\?$', "u");
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate28.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema51.required, parentSchema: schema51, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema51.required, parentSchema: schema51, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema51.required, parentSchema: schema51, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.spec === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema51.required, parentSchema: schema51, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema51, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if (typeof data0 !== "string") {
        const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "common.schema.json#/$defs/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if ("hvlint/v1" !== data0) {
        const err6 = { instancePath: instancePath + "/apiVersion", schemaPath: "common.schema.json#/$defs/apiVersion/const", keyword: "const", params: { allowedValue: "hvlint/v1" }, message: "must be equal to constant", schema: "hvlint/v1", parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (typeof data1 !== "string") {
        const err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.kind.type, parentSchema: schema51.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if ("HyperVCluster" !== data1) {
        const err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "HyperVCluster" }, message: "must be equal to constant", schema: "HyperVCluster", parentSchema: schema51.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      if (!validate29(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.spec !== void 0) {
      let data3 = data.spec;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.domain === void 0) {
          const err9 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "domain" }, message: "must have required property 'domain'", schema: schema51.properties.spec.required, parentSchema: schema51.properties.spec, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data3.nodes === void 0) {
          const err10 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "nodes" }, message: "must have required property 'nodes'", schema: schema51.properties.spec.required, parentSchema: schema51.properties.spec, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!(key1 === "domain" || key1 === "nodes" || key1 === "witness" || key1 === "sharedVolumes" || key1 === "clusterDisks")) {
            const err11 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema51.properties.spec, data: data3 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data3.domain !== void 0) {
          let data4 = data3.domain;
          if (typeof data4 === "string") {
            if (func1(data4) > 253) {
              const err12 = { instancePath: instancePath + "/spec/domain", schemaPath: "common.schema.json#/$defs/domainName/maxLength", keyword: "maxLength", params: { limit: 253 }, message: "must NOT have more than 253 characters", schema: 253, parentSchema: schema41, data: data4 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (func1(data4) < 1) {
              const err13 = { instancePath: instancePath + "/spec/domain", schemaPath: "common.schema.json#/$defs/domainName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema41, data: data4 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (!pattern11.test(data4)) {
              const err14 = { instancePath: instancePath + "/spec/domain", schemaPath: "common.schema.json#/$defs/domainName/pattern", keyword: "pattern", params: { pattern: "^(?:[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?$" }, message: 'must match pattern "^(?:[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?$"', schema: "^(?:[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?$", parentSchema: schema41, data: data4 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/spec/domain", schemaPath: "common.schema.json#/$defs/domainName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.type, parentSchema: schema41, data: data4 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data3.nodes !== void 0) {
          let data5 = data3.nodes;
          if (Array.isArray(data5)) {
            if (data5.length < 1) {
              const err16 = { instancePath: instancePath + "/spec/nodes", schemaPath: "#/properties/spec/properties/nodes/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema51.properties.spec.properties.nodes, data: data5 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            const len0 = data5.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data6 = data5[i0];
              if (typeof data6 === "string") {
                if (func1(data6) > 128) {
                  const err17 = { instancePath: instancePath + "/spec/nodes/" + i0, schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
                if (func1(data6) < 1) {
                  const err18 = { instancePath: instancePath + "/spec/nodes/" + i0, schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
                if (!pattern4.test(data6)) {
                  const err19 = { instancePath: instancePath + "/spec/nodes/" + i0, schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              } else {
                const err20 = { instancePath: instancePath + "/spec/nodes/" + i0, schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data6 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            let i1 = data5.length;
            let j0;
            if (i1 > 1) {
              outer0:
                for (; i1--; ) {
                  for (j0 = i1; j0--; ) {
                    if (func0(data5[i1], data5[j0])) {
                      const err21 = { instancePath: instancePath + "/spec/nodes", schemaPath: "#/properties/spec/properties/nodes/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema51.properties.spec.properties.nodes, data: data5 };
                      if (vErrors === null) {
                        vErrors = [err21];
                      } else {
                        vErrors.push(err21);
                      }
                      errors++;
                      break outer0;
                    }
                  }
                }
            }
          } else {
            const err22 = { instancePath: instancePath + "/spec/nodes", schemaPath: "#/properties/spec/properties/nodes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema51.properties.spec.properties.nodes.type, parentSchema: schema51.properties.spec.properties.nodes, data: data5 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data3.witness !== void 0) {
          let data7 = data3.witness;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            if (data7.type === void 0) {
              const err23 = { instancePath: instancePath + "/spec/witness", schemaPath: "#/properties/spec/properties/witness/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema51.properties.spec.properties.witness.required, parentSchema: schema51.properties.spec.properties.witness, data: data7 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            for (const key2 in data7) {
              if (!(key2 === "type" || key2 === "disk" || key2 === "path" || key2 === "account")) {
                const err24 = { instancePath: instancePath + "/spec/witness", schemaPath: "#/properties/spec/properties/witness/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema51.properties.spec.properties.witness, data: data7 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data7.type !== void 0) {
              let data8 = data7.type;
              if (typeof data8 !== "string") {
                const err25 = { instancePath: instancePath + "/spec/witness/type", schemaPath: "#/properties/spec/properties/witness/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.spec.properties.witness.properties.type.type, parentSchema: schema51.properties.spec.properties.witness.properties.type, data: data8 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
              if (!(data8 === "disk" || data8 === "file-share" || data8 === "cloud" || data8 === "none")) {
                const err26 = { instancePath: instancePath + "/spec/witness/type", schemaPath: "#/properties/spec/properties/witness/properties/type/enum", keyword: "enum", params: { allowedValues: schema51.properties.spec.properties.witness.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema51.properties.spec.properties.witness.properties.type.enum, parentSchema: schema51.properties.spec.properties.witness.properties.type, data: data8 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data7.disk !== void 0) {
              let data9 = data7.disk;
              if (typeof data9 === "string") {
                if (func1(data9) > 128) {
                  const err27 = { instancePath: instancePath + "/spec/witness/disk", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
                if (func1(data9) < 1) {
                  const err28 = { instancePath: instancePath + "/spec/witness/disk", schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
                if (!pattern4.test(data9)) {
                  const err29 = { instancePath: instancePath + "/spec/witness/disk", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              } else {
                const err30 = { instancePath: instancePath + "/spec/witness/disk", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data9 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data7.path !== void 0) {
              let data10 = data7.path;
              if (typeof data10 === "string") {
                if (func1(data10) > 1024) {
                  const err31 = { instancePath: instancePath + "/spec/witness/path", schemaPath: "common.schema.json#/$defs/windowsPath/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema58, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
                if (func1(data10) < 4) {
                  const err32 = { instancePath: instancePath + "/spec/witness/path", schemaPath: "common.schema.json#/$defs/windowsPath/minLength", keyword: "minLength", params: { limit: 4 }, message: "must NOT have fewer than 4 characters", schema: 4, parentSchema: schema58, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
                if (!pattern27.test(data10)) {
                  const err33 = { instancePath: instancePath + "/spec/witness/path", schemaPath: "common.schema.json#/$defs/windowsPath/pattern", keyword: "pattern", params: { pattern: '^(?:[A-Za-z]:|\\\\\\\\[^\\\\/:*?"<>|\\u0000-\\u0020]+\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)(?:\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)+$' }, message: 'must match pattern "^(?:[A-Za-z]:|\\\\\\\\[^\\\\/:*?"<>|\\u0000-\\u0020]+\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)(?:\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)+$"', schema: '^(?:[A-Za-z]:|\\\\\\\\[^\\\\/:*?"<>|\\u0000-\\u0020]+\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)(?:\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)+$', parentSchema: schema58, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
              } else {
                const err34 = { instancePath: instancePath + "/spec/witness/path", schemaPath: "common.schema.json#/$defs/windowsPath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.type, parentSchema: schema58, data: data10 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data7.account !== void 0) {
              let data11 = data7.account;
              if (typeof data11 === "string") {
                if (func1(data11) > 24) {
                  const err35 = { instancePath: instancePath + "/spec/witness/account", schemaPath: "#/properties/spec/properties/witness/properties/account/maxLength", keyword: "maxLength", params: { limit: 24 }, message: "must NOT have more than 24 characters", schema: 24, parentSchema: schema51.properties.spec.properties.witness.properties.account, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
                if (func1(data11) < 3) {
                  const err36 = { instancePath: instancePath + "/spec/witness/account", schemaPath: "#/properties/spec/properties/witness/properties/account/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters", schema: 3, parentSchema: schema51.properties.spec.properties.witness.properties.account, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
                if (!pattern28.test(data11)) {
                  const err37 = { instancePath: instancePath + "/spec/witness/account", schemaPath: "#/properties/spec/properties/witness/properties/account/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+$" }, message: 'must match pattern "^[a-z0-9]+$"', schema: "^[a-z0-9]+$", parentSchema: schema51.properties.spec.properties.witness.properties.account, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
              } else {
                const err38 = { instancePath: instancePath + "/spec/witness/account", schemaPath: "#/properties/spec/properties/witness/properties/account/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.spec.properties.witness.properties.account.type, parentSchema: schema51.properties.spec.properties.witness.properties.account, data: data11 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
          } else {
            const err39 = { instancePath: instancePath + "/spec/witness", schemaPath: "#/properties/spec/properties/witness/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.properties.spec.properties.witness.type, parentSchema: schema51.properties.spec.properties.witness, data: data7 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data3.sharedVolumes !== void 0) {
          let data12 = data3.sharedVolumes;
          if (Array.isArray(data12)) {
            const len1 = data12.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data13 = data12[i2];
              if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                if (data13.name === void 0) {
                  const err40 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2, schemaPath: "#/properties/spec/properties/sharedVolumes/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema51.properties.spec.properties.sharedVolumes.items.required, parentSchema: schema51.properties.spec.properties.sharedVolumes.items, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
                if (data13.path === void 0) {
                  const err41 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2, schemaPath: "#/properties/spec/properties/sharedVolumes/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema51.properties.spec.properties.sharedVolumes.items.required, parentSchema: schema51.properties.spec.properties.sharedVolumes.items, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
                for (const key3 in data13) {
                  if (!(key3 === "name" || key3 === "path" || key3 === "lun")) {
                    const err42 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2, schemaPath: "#/properties/spec/properties/sharedVolumes/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema51.properties.spec.properties.sharedVolumes.items, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                }
                if (data13.name !== void 0) {
                  let data14 = data13.name;
                  if (typeof data14 === "string") {
                    if (func1(data14) > 128) {
                      const err43 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2 + "/name", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data14 };
                      if (vErrors === null) {
                        vErrors = [err43];
                      } else {
                        vErrors.push(err43);
                      }
                      errors++;
                    }
                    if (func1(data14) < 1) {
                      const err44 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2 + "/name", schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data14 };
                      if (vErrors === null) {
                        vErrors = [err44];
                      } else {
                        vErrors.push(err44);
                      }
                      errors++;
                    }
                    if (!pattern4.test(data14)) {
                      const err45 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2 + "/name", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data14 };
                      if (vErrors === null) {
                        vErrors = [err45];
                      } else {
                        vErrors.push(err45);
                      }
                      errors++;
                    }
                  } else {
                    const err46 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2 + "/name", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                }
                if (data13.path !== void 0) {
                  let data15 = data13.path;
                  if (typeof data15 === "string") {
                    if (func1(data15) > 260) {
                      const err47 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2 + "/path", schemaPath: "#/properties/spec/properties/sharedVolumes/items/properties/path/maxLength", keyword: "maxLength", params: { limit: 260 }, message: "must NOT have more than 260 characters", schema: 260, parentSchema: schema51.properties.spec.properties.sharedVolumes.items.properties.path, data: data15 };
                      if (vErrors === null) {
                        vErrors = [err47];
                      } else {
                        vErrors.push(err47);
                      }
                      errors++;
                    }
                    if (func1(data15) < 4) {
                      const err48 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2 + "/path", schemaPath: "#/properties/spec/properties/sharedVolumes/items/properties/path/minLength", keyword: "minLength", params: { limit: 4 }, message: "must NOT have fewer than 4 characters", schema: 4, parentSchema: schema51.properties.spec.properties.sharedVolumes.items.properties.path, data: data15 };
                      if (vErrors === null) {
                        vErrors = [err48];
                      } else {
                        vErrors.push(err48);
                      }
                      errors++;
                    }
                    if (!pattern30.test(data15)) {
                      const err49 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2 + "/path", schemaPath: "#/properties/spec/properties/sharedVolumes/items/properties/path/pattern", keyword: "pattern", params: { pattern: '^[A-Za-z]:\\\\ClusterStorage\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+$' }, message: 'must match pattern "^[A-Za-z]:\\\\ClusterStorage\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+$"', schema: '^[A-Za-z]:\\\\ClusterStorage\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+$', parentSchema: schema51.properties.spec.properties.sharedVolumes.items.properties.path, data: data15 };
                      if (vErrors === null) {
                        vErrors = [err49];
                      } else {
                        vErrors.push(err49);
                      }
                      errors++;
                    }
                  } else {
                    const err50 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2 + "/path", schemaPath: "#/properties/spec/properties/sharedVolumes/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.spec.properties.sharedVolumes.items.properties.path.type, parentSchema: schema51.properties.spec.properties.sharedVolumes.items.properties.path, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err50];
                    } else {
                      vErrors.push(err50);
                    }
                    errors++;
                  }
                }
                if (data13.lun !== void 0) {
                  let data16 = data13.lun;
                  if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                    if (data16.storage === void 0) {
                      const err51 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2 + "/lun", schemaPath: "#/properties/spec/properties/sharedVolumes/items/properties/lun/required", keyword: "required", params: { missingProperty: "storage" }, message: "must have required property 'storage'", schema: schema51.properties.spec.properties.sharedVolumes.items.properties.lun.required, parentSchema: schema51.properties.spec.properties.sharedVolumes.items.properties.lun, data: data16 };
                      if (vErrors === null) {
                        vErrors = [err51];
                      } else {
                        vErrors.push(err51);
                      }
                      errors++;
                    }
                    for (const key4 in data16) {
                      if (!(key4 === "storage" || key4 === "array" || key4 === "id")) {
                        const err52 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2 + "/lun", schemaPath: "#/properties/spec/properties/sharedVolumes/items/properties/lun/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema51.properties.spec.properties.sharedVolumes.items.properties.lun, data: data16 };
                        if (vErrors === null) {
                          vErrors = [err52];
                        } else {
                          vErrors.push(err52);
                        }
                        errors++;
                      }
                    }
                    if (data16.storage !== void 0) {
                      let data17 = data16.storage;
                      if (typeof data17 !== "string") {
                        const err53 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2 + "/lun/storage", schemaPath: "#/properties/spec/properties/sharedVolumes/items/properties/lun/properties/storage/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.spec.properties.sharedVolumes.items.properties.lun.properties.storage.type, parentSchema: schema51.properties.spec.properties.sharedVolumes.items.properties.lun.properties.storage, data: data17 };
                        if (vErrors === null) {
                          vErrors = [err53];
                        } else {
                          vErrors.push(err53);
                        }
                        errors++;
                      }
                      if (!(data17 === "sas" || data17 === "iscsi" || data17 === "fc" || data17 === "smb" || data17 === "s2d")) {
                        const err54 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2 + "/lun/storage", schemaPath: "#/properties/spec/properties/sharedVolumes/items/properties/lun/properties/storage/enum", keyword: "enum", params: { allowedValues: schema51.properties.spec.properties.sharedVolumes.items.properties.lun.properties.storage.enum }, message: "must be equal to one of the allowed values", schema: schema51.properties.spec.properties.sharedVolumes.items.properties.lun.properties.storage.enum, parentSchema: schema51.properties.spec.properties.sharedVolumes.items.properties.lun.properties.storage, data: data17 };
                        if (vErrors === null) {
                          vErrors = [err54];
                        } else {
                          vErrors.push(err54);
                        }
                        errors++;
                      }
                    }
                    if (data16.array !== void 0) {
                      let data18 = data16.array;
                      if (typeof data18 === "string") {
                        if (func1(data18) > 128) {
                          const err55 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2 + "/lun/array", schemaPath: "#/properties/spec/properties/sharedVolumes/items/properties/lun/properties/array/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema51.properties.spec.properties.sharedVolumes.items.properties.lun.properties.array, data: data18 };
                          if (vErrors === null) {
                            vErrors = [err55];
                          } else {
                            vErrors.push(err55);
                          }
                          errors++;
                        }
                        if (func1(data18) < 1) {
                          const err56 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2 + "/lun/array", schemaPath: "#/properties/spec/properties/sharedVolumes/items/properties/lun/properties/array/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema51.properties.spec.properties.sharedVolumes.items.properties.lun.properties.array, data: data18 };
                          if (vErrors === null) {
                            vErrors = [err56];
                          } else {
                            vErrors.push(err56);
                          }
                          errors++;
                        }
                      } else {
                        const err57 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2 + "/lun/array", schemaPath: "#/properties/spec/properties/sharedVolumes/items/properties/lun/properties/array/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.spec.properties.sharedVolumes.items.properties.lun.properties.array.type, parentSchema: schema51.properties.spec.properties.sharedVolumes.items.properties.lun.properties.array, data: data18 };
                        if (vErrors === null) {
                          vErrors = [err57];
                        } else {
                          vErrors.push(err57);
                        }
                        errors++;
                      }
                    }
                    if (data16.id !== void 0) {
                      let data19 = data16.id;
                      const _errs50 = errors;
                      let valid16 = false;
                      const _errs51 = errors;
                      if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
                        const err58 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2 + "/lun/id", schemaPath: "#/properties/spec/properties/sharedVolumes/items/properties/lun/properties/id/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema51.properties.spec.properties.sharedVolumes.items.properties.lun.properties.id.anyOf[0].type, parentSchema: schema51.properties.spec.properties.sharedVolumes.items.properties.lun.properties.id.anyOf[0], data: data19 };
                        if (vErrors === null) {
                          vErrors = [err58];
                        } else {
                          vErrors.push(err58);
                        }
                        errors++;
                      }
                      if (typeof data19 == "number" && isFinite(data19)) {
                        if (data19 < 0 || isNaN(data19)) {
                          const err59 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2 + "/lun/id", schemaPath: "#/properties/spec/properties/sharedVolumes/items/properties/lun/properties/id/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema51.properties.spec.properties.sharedVolumes.items.properties.lun.properties.id.anyOf[0], data: data19 };
                          if (vErrors === null) {
                            vErrors = [err59];
                          } else {
                            vErrors.push(err59);
                          }
                          errors++;
                        }
                      }
                      var _valid0 = _errs51 === errors;
                      valid16 = valid16 || _valid0;
                      const _errs53 = errors;
                      if (typeof data19 === "string") {
                        if (func1(data19) > 256) {
                          const err60 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2 + "/lun/id", schemaPath: "#/properties/spec/properties/sharedVolumes/items/properties/lun/properties/id/anyOf/1/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema51.properties.spec.properties.sharedVolumes.items.properties.lun.properties.id.anyOf[1], data: data19 };
                          if (vErrors === null) {
                            vErrors = [err60];
                          } else {
                            vErrors.push(err60);
                          }
                          errors++;
                        }
                        if (func1(data19) < 1) {
                          const err61 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2 + "/lun/id", schemaPath: "#/properties/spec/properties/sharedVolumes/items/properties/lun/properties/id/anyOf/1/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema51.properties.spec.properties.sharedVolumes.items.properties.lun.properties.id.anyOf[1], data: data19 };
                          if (vErrors === null) {
                            vErrors = [err61];
                          } else {
                            vErrors.push(err61);
                          }
                          errors++;
                        }
                      } else {
                        const err62 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2 + "/lun/id", schemaPath: "#/properties/spec/properties/sharedVolumes/items/properties/lun/properties/id/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.spec.properties.sharedVolumes.items.properties.lun.properties.id.anyOf[1].type, parentSchema: schema51.properties.spec.properties.sharedVolumes.items.properties.lun.properties.id.anyOf[1], data: data19 };
                        if (vErrors === null) {
                          vErrors = [err62];
                        } else {
                          vErrors.push(err62);
                        }
                        errors++;
                      }
                      var _valid0 = _errs53 === errors;
                      valid16 = valid16 || _valid0;
                      if (!valid16) {
                        const err63 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2 + "/lun/id", schemaPath: "#/properties/spec/properties/sharedVolumes/items/properties/lun/properties/id/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema51.properties.spec.properties.sharedVolumes.items.properties.lun.properties.id.anyOf, parentSchema: schema51.properties.spec.properties.sharedVolumes.items.properties.lun.properties.id, data: data19 };
                        if (vErrors === null) {
                          vErrors = [err63];
                        } else {
                          vErrors.push(err63);
                        }
                        errors++;
                      } else {
                        errors = _errs50;
                        if (vErrors !== null) {
                          if (_errs50) {
                            vErrors.length = _errs50;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                    }
                  } else {
                    const err64 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2 + "/lun", schemaPath: "#/properties/spec/properties/sharedVolumes/items/properties/lun/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.properties.spec.properties.sharedVolumes.items.properties.lun.type, parentSchema: schema51.properties.spec.properties.sharedVolumes.items.properties.lun, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err64];
                    } else {
                      vErrors.push(err64);
                    }
                    errors++;
                  }
                }
              } else {
                const err65 = { instancePath: instancePath + "/spec/sharedVolumes/" + i2, schemaPath: "#/properties/spec/properties/sharedVolumes/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.properties.spec.properties.sharedVolumes.items.type, parentSchema: schema51.properties.spec.properties.sharedVolumes.items, data: data13 };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
          } else {
            const err66 = { instancePath: instancePath + "/spec/sharedVolumes", schemaPath: "#/properties/spec/properties/sharedVolumes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema51.properties.spec.properties.sharedVolumes.type, parentSchema: schema51.properties.spec.properties.sharedVolumes, data: data12 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
        if (data3.clusterDisks !== void 0) {
          let data20 = data3.clusterDisks;
          if (Array.isArray(data20)) {
            const len2 = data20.length;
            for (let i3 = 0; i3 < len2; i3++) {
              let data21 = data20[i3];
              if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                if (data21.name === void 0) {
                  const err67 = { instancePath: instancePath + "/spec/clusterDisks/" + i3, schemaPath: "#/properties/spec/properties/clusterDisks/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema51.properties.spec.properties.clusterDisks.items.required, parentSchema: schema51.properties.spec.properties.clusterDisks.items, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err67];
                  } else {
                    vErrors.push(err67);
                  }
                  errors++;
                }
                if (data21.path === void 0) {
                  const err68 = { instancePath: instancePath + "/spec/clusterDisks/" + i3, schemaPath: "#/properties/spec/properties/clusterDisks/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema51.properties.spec.properties.clusterDisks.items.required, parentSchema: schema51.properties.spec.properties.clusterDisks.items, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err68];
                  } else {
                    vErrors.push(err68);
                  }
                  errors++;
                }
                for (const key5 in data21) {
                  if (!(key5 === "name" || key5 === "path")) {
                    const err69 = { instancePath: instancePath + "/spec/clusterDisks/" + i3, schemaPath: "#/properties/spec/properties/clusterDisks/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema51.properties.spec.properties.clusterDisks.items, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err69];
                    } else {
                      vErrors.push(err69);
                    }
                    errors++;
                  }
                }
                if (data21.name !== void 0) {
                  let data22 = data21.name;
                  if (typeof data22 === "string") {
                    if (func1(data22) > 128) {
                      const err70 = { instancePath: instancePath + "/spec/clusterDisks/" + i3 + "/name", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data22 };
                      if (vErrors === null) {
                        vErrors = [err70];
                      } else {
                        vErrors.push(err70);
                      }
                      errors++;
                    }
                    if (func1(data22) < 1) {
                      const err71 = { instancePath: instancePath + "/spec/clusterDisks/" + i3 + "/name", schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data22 };
                      if (vErrors === null) {
                        vErrors = [err71];
                      } else {
                        vErrors.push(err71);
                      }
                      errors++;
                    }
                    if (!pattern4.test(data22)) {
                      const err72 = { instancePath: instancePath + "/spec/clusterDisks/" + i3 + "/name", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data22 };
                      if (vErrors === null) {
                        vErrors = [err72];
                      } else {
                        vErrors.push(err72);
                      }
                      errors++;
                    }
                  } else {
                    const err73 = { instancePath: instancePath + "/spec/clusterDisks/" + i3 + "/name", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data22 };
                    if (vErrors === null) {
                      vErrors = [err73];
                    } else {
                      vErrors.push(err73);
                    }
                    errors++;
                  }
                }
                if (data21.path !== void 0) {
                  let data23 = data21.path;
                  if (typeof data23 === "string") {
                    if (func1(data23) > 260) {
                      const err74 = { instancePath: instancePath + "/spec/clusterDisks/" + i3 + "/path", schemaPath: "#/properties/spec/properties/clusterDisks/items/properties/path/maxLength", keyword: "maxLength", params: { limit: 260 }, message: "must NOT have more than 260 characters", schema: 260, parentSchema: schema51.properties.spec.properties.clusterDisks.items.properties.path, data: data23 };
                      if (vErrors === null) {
                        vErrors = [err74];
                      } else {
                        vErrors.push(err74);
                      }
                      errors++;
                    }
                    if (func1(data23) < 2) {
                      const err75 = { instancePath: instancePath + "/spec/clusterDisks/" + i3 + "/path", schemaPath: "#/properties/spec/properties/clusterDisks/items/properties/path/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters", schema: 2, parentSchema: schema51.properties.spec.properties.clusterDisks.items.properties.path, data: data23 };
                      if (vErrors === null) {
                        vErrors = [err75];
                      } else {
                        vErrors.push(err75);
                      }
                      errors++;
                    }
                    if (!pattern32.test(data23)) {
                      const err76 = { instancePath: instancePath + "/spec/clusterDisks/" + i3 + "/path", schemaPath: "#/properties/spec/properties/clusterDisks/items/properties/path/pattern", keyword: "pattern", params: { pattern: '^[A-Za-z]:(?:\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)*\\\\?$' }, message: 'must match pattern "^[A-Za-z]:(?:\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)*\\\\?$"', schema: '^[A-Za-z]:(?:\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)*\\\\?$', parentSchema: schema51.properties.spec.properties.clusterDisks.items.properties.path, data: data23 };
                      if (vErrors === null) {
                        vErrors = [err76];
                      } else {
                        vErrors.push(err76);
                      }
                      errors++;
                    }
                  } else {
                    const err77 = { instancePath: instancePath + "/spec/clusterDisks/" + i3 + "/path", schemaPath: "#/properties/spec/properties/clusterDisks/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.spec.properties.clusterDisks.items.properties.path.type, parentSchema: schema51.properties.spec.properties.clusterDisks.items.properties.path, data: data23 };
                    if (vErrors === null) {
                      vErrors = [err77];
                    } else {
                      vErrors.push(err77);
                    }
                    errors++;
                  }
                }
              } else {
                const err78 = { instancePath: instancePath + "/spec/clusterDisks/" + i3, schemaPath: "#/properties/spec/properties/clusterDisks/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.properties.spec.properties.clusterDisks.items.type, parentSchema: schema51.properties.spec.properties.clusterDisks.items, data: data21 };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
            }
          } else {
            const err79 = { instancePath: instancePath + "/spec/clusterDisks", schemaPath: "#/properties/spec/properties/clusterDisks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema51.properties.spec.properties.clusterDisks.type, parentSchema: schema51.properties.spec.properties.clusterDisks, data: data20 };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
        }
      } else {
        const err80 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.properties.spec.type, parentSchema: schema51.properties.spec, data: data3 };
        if (vErrors === null) {
          vErrors = [err80];
        } else {
          vErrors.push(err80);
        }
        errors++;
      }
    }
  } else {
    const err81 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.type, parentSchema: schema51, data };
    if (vErrors === null) {
      vErrors = [err81];
    } else {
      vErrors.push(err81);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
validate28.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var VirtualMachine = validate33;
var schema61 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://hvlint.dev/schemas/v1/virtual-machine.schema.json", "title": "Hyper-V virtual machine", "description": "A Hyper-V virtual machine: where it runs (a single host, or as a highly available role of a cluster), its generation, guest, storage controllers and drives, network adapters and checkpoints.", "type": "object", "required": ["apiVersion", "kind", "metadata", "spec"], "properties": { "apiVersion": { "$ref": "common.schema.json#/$defs/apiVersion", "description": "Manifest format version; always hvlint/v1." }, "kind": { "type": "string", "description": "Kind of the document; always VirtualMachine for this schema.", "const": "VirtualMachine" }, "metadata": { "$ref": "common.schema.json#/$defs/metadata", "description": "Name, labels and annotations of the document." }, "spec": { "type": "object", "description": "Desired configuration of the virtual machine. Exactly one of host or cluster.", "required": ["generation"], "properties": { "generation": { "type": "integer", "description": "VM generation, fixed at creation. Generation 1 boots from IDE or a legacy adapter; generation 2 has no IDE controller and boots from SCSI.", "enum": [1, 2], "examples": [2] }, "host": { "$ref": "common.schema.json#/$defs/name", "description": "metadata.name of the HyperVHost the VM runs on (not clustered). Exactly one of host or cluster.", "examples": ["HV02"] }, "cluster": { "$ref": "common.schema.json#/$defs/name", "description": "metadata.name of the HyperVCluster the VM is a highly available role of; it may run on any node. Exactly one of host or cluster.", "examples": ["HVCLUSTER01"] }, "guest": { "type": "object", "description": "The guest operating system and its integration services.", "required": ["os"], "properties": { "os": { "type": "string", "description": "Guest OS family. Decides what a backup can achieve: application-consistent (Windows, VSS), file-system-consistent (Linux) or saved state only.", "enum": ["windows", "linux", "freebsd", "other"], "examples": ["windows"] }, "integrationServices": { "type": "boolean", "description": "Whether Hyper-V integration services (or the Linux/FreeBSD integration components) are installed and enabled.", "default": true }, "backupService": { "type": "boolean", "description": "Whether the Backup (volume shadow copy) integration service is enabled and running (Hyper-V Volume Shadow Copy Requestor on Windows, hv_vss_daemon on Linux). Needed for online backup.", "default": true }, "iscsiDevices": { "type": "boolean", "description": "Whether the guest has iSCSI devices attached through its own iSCSI initiator (storage the host does not see as a virtual disk). Live backup of a Linux guest fails with such devices.", "default": false, "examples": [false] } }, "additionalProperties": false }, "memory": { "type": "object", "description": "Memory of the VM (Get-VM MemoryStartup, MemoryMinimum, MemoryMaximum, DynamicMemoryEnabled), in MiB. A VM needs its startup memory free on a host to start there, with dynamic memory too.", "required": ["startupMB"], "properties": { "startupMB": { "type": "integer", "description": "Startup memory in MiB: the fixed memory of a static VM, and what a dynamic-memory VM needs to start.", "minimum": 32, "examples": [4096] }, "minimumMB": { "type": "integer", "description": "Minimum memory in MiB with dynamic memory: what the host may reclaim the VM down to while it runs.", "minimum": 32, "examples": [2048] }, "maximumMB": { "type": "integer", "description": "Maximum memory in MiB with dynamic memory.", "minimum": 32, "examples": [16384] }, "dynamic": { "type": "boolean", "description": "Whether dynamic memory is enabled.", "default": false } }, "additionalProperties": false, "examples": [{ "startupMB": 4096, "minimumMB": 2048, "maximumMB": 16384, "dynamic": true }] }, "processorCount": { "type": "integer", "description": "Number of virtual processors (Get-VM ProcessorCount).", "minimum": 1, "maximum": 240, "examples": [4] }, "preferredOwners": { "type": "array", "description": "Preferred owners of the VM's cluster role, most preferred first (Get-ClusterOwnerNode -Group <vm>). The cluster starts the VM on the first one that is up and, when that node fails, restarts it on the next. For a highly available VM (spec.cluster) only. The what-if simulation takes the first as the node the VM normally runs on.", "items": { "$ref": "common.schema.json#/$defs/name", "description": "metadata.name of a HyperVHost that is a node of the VM's cluster.", "examples": ["HV01"] }, "minItems": 1, "uniqueItems": true, "examples": [["HV01", "HV02"]] }, "possibleOwners": { "type": "array", "description": "Possible owners of the VM's cluster resource (Get-ClusterOwnerNode -Resource 'Virtual Machine <vm>'): the only nodes the VM may run on. Omit when every node of the cluster may run it. For a highly available VM (spec.cluster) only.", "items": { "$ref": "common.schema.json#/$defs/name", "description": "metadata.name of a HyperVHost that is a node of the VM's cluster.", "examples": ["HV01"] }, "minItems": 1, "uniqueItems": true, "examples": [["HV01", "HV02", "HV03"]] }, "antiAffinityClassNames": { "type": "array", "description": "AntiAffinityClassNames of the VM's cluster role ((Get-ClusterGroup <vm>).AntiAffinityClassNames): the cluster keeps roles that share a class name on different nodes where it can. Give the nodes of one NLB cluster, or the DCs of one domain, a common class name.", "items": { "type": "string", "description": "An anti-affinity class name.", "minLength": 1, "maxLength": 256, "examples": ["NLB-WEB"] }, "uniqueItems": true, "examples": [["NLB-WEB"]] }, "arpRetryCount": { "type": "integer", "description": "ArpRetryCount registry value inside the guest (HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters), if set. 0 disables duplicate-address detection. Omit when not set.", "minimum": 0, "maximum": 4294967295, "examples": [3] }, "checkpointPath": { "$ref": "common.schema.json#/$defs/windowsPath", "description": "Folder where the VM's checkpoint (snapshot) files are stored, if different from the default.", "examples": ["C:\\ClusterStorage\\Volume1\\APP01\\Snapshots"] }, "controllers": { "type": "array", "description": "Storage controllers of the VM and the drives on them. Include a SCSI controller even without drives when it exists: online backup needs one.", "items": { "type": "object", "description": "A virtual IDE or SCSI controller.", "required": ["type", "number"], "properties": { "type": { "type": "string", "description": "Controller type. IDE exists only in generation 1.", "enum": ["ide", "scsi"], "examples": ["scsi"] }, "number": { "type": "integer", "description": "Controller number. IDE: 0-1; SCSI: 0-3.", "minimum": 0, "maximum": 3, "examples": [0] }, "drives": { "type": "array", "description": "Drives attached to this controller.", "items": { "type": "object", "description": "A drive attached at one location of the controller.", "required": ["location"], "properties": { "location": { "type": "integer", "description": "Controller location (slot). IDE: 0-1; SCSI: 0-63.", "minimum": 0, "maximum": 63, "examples": [0] }, "kind": { "type": "string", "description": "What is attached: a virtual hard disk or a DVD drive.", "enum": ["disk", "dvd"], "default": "disk", "examples": ["disk"] }, "path": { "$ref": "common.schema.json#/$defs/windowsPath", "description": "Path of the .vhd/.vhdx/.vhds file (disk) or .iso (dvd) as seen by the Hyper-V host. Required for a disk, unless it is a pass-through disk (diskNumber); omit for an empty DVD drive." }, "format": { "type": "string", "description": "Virtual disk format (Get-VHD VhdFormat).", "enum": ["vhd", "vhdx", "vhdset"], "examples": ["vhdx"] }, "type": { "type": "string", "description": "Virtual disk type (Get-VHD VhdType): fixed size, dynamically expanding, or differencing (child of a parent disk).", "enum": ["fixed", "dynamic", "differencing"], "examples": ["dynamic"] }, "sizeGB": { "type": "integer", "description": "Maximum (virtual) size of the disk in GiB. VHD is limited to 2040 GB, VHDX to 64 TB.", "minimum": 1, "maximum": 65536, "examples": [60] }, "boot": { "type": "boolean", "description": "True for the drive the VM boots from.", "default": false }, "purpose": { "type": "string", "description": "What the disk holds: system (OS), data, ntds (AD database and logs), sysvol (AD SYSVOL), logs.", "enum": ["system", "data", "ntds", "sysvol", "logs"], "examples": ["system"] }, "diskNumber": { "type": "integer", "description": "Number of the host's physical disk for a pass-through disk (Get-VMHardDiskDrive DiskNumber). A pass-through disk has no path.", "minimum": 0, "examples": [3] } }, "$comment": "A disk needs a path, or a diskNumber when it is a pass-through disk; only a DVD drive may be empty.", "if": { "properties": { "kind": { "const": "dvd" } }, "required": ["kind"] }, "else": { "anyOf": [{ "properties": { "path": true }, "required": ["path"] }, { "properties": { "diskNumber": true }, "required": ["diskNumber"] }] }, "additionalProperties": false } } }, "additionalProperties": false } }, "networkAdapters": { "type": "array", "description": "Virtual network adapters.", "items": { "type": "object", "description": "A virtual network adapter.", "required": ["name"], "properties": { "name": { "$ref": "common.schema.json#/$defs/name", "description": "Adapter name in Hyper-V (Get-VMNetworkAdapter Name), e.g. LAN or NLB. NLB cluster nodes refer to it.", "examples": ["LAN", "NLB"] }, "switch": { "$ref": "common.schema.json#/$defs/name", "description": "Name of the Hyper-V virtual switch the adapter connects to; omit when disconnected.", "examples": ["vSwitch-VM"] }, "vlan": { "$ref": "common.schema.json#/$defs/vlanId", "description": "Access VLAN ID; omit for untagged." }, "macAddress": { "$ref": "common.schema.json#/$defs/mac", "description": "Static MAC address; omit for a dynamic MAC." }, "macAddressSpoofing": { "type": "boolean", "description": "MAC address spoofing. Must be on for an adapter that is an NLB node, because the guest sets the cluster MAC on it.", "default": false }, "legacy": { "type": "boolean", "description": "Legacy (emulated) network adapter; generation 1 only.", "default": false } }, "additionalProperties": false } }, "checkpoints": { "type": "array", "description": "Checkpoints (snapshots) that currently exist for the VM.", "items": { "type": "object", "description": "A checkpoint.", "required": ["name", "created"], "properties": { "name": { "type": "string", "description": "Checkpoint name.", "minLength": 1, "maxLength": 256, "examples": ["before-patch"] }, "type": { "type": "string", "description": "Checkpoint type (Get-VMSnapshot SnapshotType); recovery checkpoints are left by backups; missing, replica, app-consistent-replica and synced-replica are the checkpoints of a VM protected by Hyper-V Replica.", "enum": ["standard", "production", "recovery", "planned", "missing", "replica", "app-consistent-replica", "synced-replica"], "default": "standard", "examples": ["standard"] }, "created": { "$ref": "common.schema.json#/$defs/dateTime", "description": "When the checkpoint was taken (CreationTime)." } }, "additionalProperties": false } } }, "oneOf": [{ "properties": { "host": true }, "required": ["host"] }, { "properties": { "cluster": true }, "required": ["cluster"] }], "additionalProperties": false } }, "additionalProperties": false, "examples": [{ "apiVersion": "hvlint/v1", "kind": "VirtualMachine", "metadata": { "name": "WEB01", "labels": { "role": "web", "nlb-cluster": "NLB-WEB" } }, "spec": { "generation": 2, "cluster": "HVCLUSTER01", "guest": { "os": "windows", "integrationServices": true, "backupService": true }, "memory": { "startupMB": 4096, "minimumMB": 2048, "maximumMB": 8192, "dynamic": true }, "processorCount": 2, "preferredOwners": ["HV01", "HV02"], "antiAffinityClassNames": ["NLB-WEB"], "controllers": [{ "type": "scsi", "number": 0, "drives": [{ "location": 0, "kind": "disk", "path": "C:\\ClusterStorage\\Volume1\\WEB01\\Virtual Hard Disks\\WEB01-system.vhdx", "format": "vhdx", "type": "dynamic", "sizeGB": 60, "boot": true, "purpose": "system" }] }], "networkAdapters": [{ "name": "LAN", "switch": "vSwitch-VM", "vlan": 10 }, { "name": "NLB", "switch": "vSwitch-VM", "vlan": 20, "macAddressSpoofing": true }] } }] };
var schema73 = { "type": "integer", "description": "An IEEE 802.1Q VLAN ID (1-4094; 0 and 4095 are reserved).", "minimum": 1, "maximum": 4094, "examples": [10, 20] };
var schema74 = { "type": "string", "description": "An Ethernet MAC address: six groups of two hex digits, any case, separated consistently by - (Windows style) or : (switch style).", "pattern": "^[0-9A-Fa-f]{2}([-:])[0-9A-Fa-f]{2}(?:\\1[0-9A-Fa-f]{2}){4}$", "examples": ["01-00-5e-7f-03-e8", "01:00:5E:7F:03:E8"] };
var schema75 = { "type": "string", "description": "An ISO 8601 / RFC 3339 date-time with seconds and an explicit offset (Z or +hh:mm).", "format": "date-time", "pattern": "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]+)?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$", "examples": ["2024-03-01T08:00:00Z", "2024-03-01T09:00:00+01:00"] };
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate34.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema34.required, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "labels" || key0 === "annotations")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func1(data0) > 128) {
          const err2 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err4 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      if (!validate23(data.labels, { instancePath: instancePath + "/labels", parentData: data, parentDataProperty: "labels", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.annotations !== void 0) {
      if (!validate25(data.annotations, { instancePath: instancePath + "/annotations", parentData: data, parentDataProperty: "annotations", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
validate34.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var pattern42 = new RegExp("^[0-9A-Fa-f]{2}([-:])[0-9A-Fa-f]{2}(?:\\1[0-9A-Fa-f]{2}){4}$", "u");
var pattern43 = new RegExp("^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]+)?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$", "u");
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate33.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema61.required, parentSchema: schema61, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema61.required, parentSchema: schema61, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema61.required, parentSchema: schema61, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.spec === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema61.required, parentSchema: schema61, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema61, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if (typeof data0 !== "string") {
        const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "common.schema.json#/$defs/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if ("hvlint/v1" !== data0) {
        const err6 = { instancePath: instancePath + "/apiVersion", schemaPath: "common.schema.json#/$defs/apiVersion/const", keyword: "const", params: { allowedValue: "hvlint/v1" }, message: "must be equal to constant", schema: "hvlint/v1", parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (typeof data1 !== "string") {
        const err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.properties.kind.type, parentSchema: schema61.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if ("VirtualMachine" !== data1) {
        const err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "VirtualMachine" }, message: "must be equal to constant", schema: "VirtualMachine", parentSchema: schema61.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      if (!validate34(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.spec !== void 0) {
      let data3 = data.spec;
      const _errs10 = errors;
      let valid2 = false;
      let passing0 = null;
      const _errs11 = errors;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.host === void 0) {
          const err9 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/oneOf/0/required", keyword: "required", params: { missingProperty: "host" }, message: "must have required property 'host'", schema: schema61.properties.spec.oneOf[0].required, parentSchema: schema61.properties.spec.oneOf[0], data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      var _valid0 = _errs11 === errors;
      if (_valid0) {
        valid2 = true;
        passing0 = 0;
        var props0 = {};
        props0.host = true;
      }
      const _errs12 = errors;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.cluster === void 0) {
          const err10 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/oneOf/1/required", keyword: "required", params: { missingProperty: "cluster" }, message: "must have required property 'cluster'", schema: schema61.properties.spec.oneOf[1].required, parentSchema: schema61.properties.spec.oneOf[1], data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
      var _valid0 = _errs12 === errors;
      if (_valid0 && valid2) {
        valid2 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid2 = true;
          passing0 = 1;
          if (props0 !== true) {
            props0 = props0 || {};
            props0.cluster = true;
          }
        }
      }
      if (!valid2) {
        const err11 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema61.properties.spec.oneOf, parentSchema: schema61.properties.spec, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      } else {
        errors = _errs10;
        if (vErrors !== null) {
          if (_errs10) {
            vErrors.length = _errs10;
          } else {
            vErrors = null;
          }
        }
      }
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.generation === void 0) {
          const err12 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "generation" }, message: "must have required property 'generation'", schema: schema61.properties.spec.required, parentSchema: schema61.properties.spec, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!func8.call(schema61.properties.spec.properties, key1)) {
            const err13 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema61.properties.spec, data: data3 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data3.generation !== void 0) {
          let data4 = data3.generation;
          if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
            const err14 = { instancePath: instancePath + "/spec/generation", schemaPath: "#/properties/spec/properties/generation/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema61.properties.spec.properties.generation.type, parentSchema: schema61.properties.spec.properties.generation, data: data4 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          if (!(data4 === 1 || data4 === 2)) {
            const err15 = { instancePath: instancePath + "/spec/generation", schemaPath: "#/properties/spec/properties/generation/enum", keyword: "enum", params: { allowedValues: schema61.properties.spec.properties.generation.enum }, message: "must be equal to one of the allowed values", schema: schema61.properties.spec.properties.generation.enum, parentSchema: schema61.properties.spec.properties.generation, data: data4 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data3.host !== void 0) {
          let data5 = data3.host;
          if (typeof data5 === "string") {
            if (func1(data5) > 128) {
              const err16 = { instancePath: instancePath + "/spec/host", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data5 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (func1(data5) < 1) {
              const err17 = { instancePath: instancePath + "/spec/host", schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data5 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (!pattern4.test(data5)) {
              const err18 = { instancePath: instancePath + "/spec/host", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data5 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/spec/host", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data5 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data3.cluster !== void 0) {
          let data6 = data3.cluster;
          if (typeof data6 === "string") {
            if (func1(data6) > 128) {
              const err20 = { instancePath: instancePath + "/spec/cluster", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data6 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (func1(data6) < 1) {
              const err21 = { instancePath: instancePath + "/spec/cluster", schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data6 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (!pattern4.test(data6)) {
              const err22 = { instancePath: instancePath + "/spec/cluster", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data6 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/spec/cluster", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data6 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data3.guest !== void 0) {
          let data7 = data3.guest;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            if (data7.os === void 0) {
              const err24 = { instancePath: instancePath + "/spec/guest", schemaPath: "#/properties/spec/properties/guest/required", keyword: "required", params: { missingProperty: "os" }, message: "must have required property 'os'", schema: schema61.properties.spec.properties.guest.required, parentSchema: schema61.properties.spec.properties.guest, data: data7 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            for (const key2 in data7) {
              if (!(key2 === "os" || key2 === "integrationServices" || key2 === "backupService" || key2 === "iscsiDevices")) {
                const err25 = { instancePath: instancePath + "/spec/guest", schemaPath: "#/properties/spec/properties/guest/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema61.properties.spec.properties.guest, data: data7 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data7.os !== void 0) {
              let data8 = data7.os;
              if (typeof data8 !== "string") {
                const err26 = { instancePath: instancePath + "/spec/guest/os", schemaPath: "#/properties/spec/properties/guest/properties/os/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.properties.spec.properties.guest.properties.os.type, parentSchema: schema61.properties.spec.properties.guest.properties.os, data: data8 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
              if (!(data8 === "windows" || data8 === "linux" || data8 === "freebsd" || data8 === "other")) {
                const err27 = { instancePath: instancePath + "/spec/guest/os", schemaPath: "#/properties/spec/properties/guest/properties/os/enum", keyword: "enum", params: { allowedValues: schema61.properties.spec.properties.guest.properties.os.enum }, message: "must be equal to one of the allowed values", schema: schema61.properties.spec.properties.guest.properties.os.enum, parentSchema: schema61.properties.spec.properties.guest.properties.os, data: data8 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data7.integrationServices !== void 0) {
              let data9 = data7.integrationServices;
              if (typeof data9 !== "boolean") {
                const err28 = { instancePath: instancePath + "/spec/guest/integrationServices", schemaPath: "#/properties/spec/properties/guest/properties/integrationServices/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema61.properties.spec.properties.guest.properties.integrationServices.type, parentSchema: schema61.properties.spec.properties.guest.properties.integrationServices, data: data9 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data7.backupService !== void 0) {
              let data10 = data7.backupService;
              if (typeof data10 !== "boolean") {
                const err29 = { instancePath: instancePath + "/spec/guest/backupService", schemaPath: "#/properties/spec/properties/guest/properties/backupService/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema61.properties.spec.properties.guest.properties.backupService.type, parentSchema: schema61.properties.spec.properties.guest.properties.backupService, data: data10 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data7.iscsiDevices !== void 0) {
              let data11 = data7.iscsiDevices;
              if (typeof data11 !== "boolean") {
                const err30 = { instancePath: instancePath + "/spec/guest/iscsiDevices", schemaPath: "#/properties/spec/properties/guest/properties/iscsiDevices/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema61.properties.spec.properties.guest.properties.iscsiDevices.type, parentSchema: schema61.properties.spec.properties.guest.properties.iscsiDevices, data: data11 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
          } else {
            const err31 = { instancePath: instancePath + "/spec/guest", schemaPath: "#/properties/spec/properties/guest/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema61.properties.spec.properties.guest.type, parentSchema: schema61.properties.spec.properties.guest, data: data7 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data3.memory !== void 0) {
          let data12 = data3.memory;
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            if (data12.startupMB === void 0) {
              const err32 = { instancePath: instancePath + "/spec/memory", schemaPath: "#/properties/spec/properties/memory/required", keyword: "required", params: { missingProperty: "startupMB" }, message: "must have required property 'startupMB'", schema: schema61.properties.spec.properties.memory.required, parentSchema: schema61.properties.spec.properties.memory, data: data12 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            for (const key3 in data12) {
              if (!(key3 === "startupMB" || key3 === "minimumMB" || key3 === "maximumMB" || key3 === "dynamic")) {
                const err33 = { instancePath: instancePath + "/spec/memory", schemaPath: "#/properties/spec/properties/memory/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema61.properties.spec.properties.memory, data: data12 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data12.startupMB !== void 0) {
              let data13 = data12.startupMB;
              if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
                const err34 = { instancePath: instancePath + "/spec/memory/startupMB", schemaPath: "#/properties/spec/properties/memory/properties/startupMB/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema61.properties.spec.properties.memory.properties.startupMB.type, parentSchema: schema61.properties.spec.properties.memory.properties.startupMB, data: data13 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
              if (typeof data13 == "number" && isFinite(data13)) {
                if (data13 < 32 || isNaN(data13)) {
                  const err35 = { instancePath: instancePath + "/spec/memory/startupMB", schemaPath: "#/properties/spec/properties/memory/properties/startupMB/minimum", keyword: "minimum", params: { comparison: ">=", limit: 32 }, message: "must be >= 32", schema: 32, parentSchema: schema61.properties.spec.properties.memory.properties.startupMB, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
              }
            }
            if (data12.minimumMB !== void 0) {
              let data14 = data12.minimumMB;
              if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
                const err36 = { instancePath: instancePath + "/spec/memory/minimumMB", schemaPath: "#/properties/spec/properties/memory/properties/minimumMB/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema61.properties.spec.properties.memory.properties.minimumMB.type, parentSchema: schema61.properties.spec.properties.memory.properties.minimumMB, data: data14 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
              if (typeof data14 == "number" && isFinite(data14)) {
                if (data14 < 32 || isNaN(data14)) {
                  const err37 = { instancePath: instancePath + "/spec/memory/minimumMB", schemaPath: "#/properties/spec/properties/memory/properties/minimumMB/minimum", keyword: "minimum", params: { comparison: ">=", limit: 32 }, message: "must be >= 32", schema: 32, parentSchema: schema61.properties.spec.properties.memory.properties.minimumMB, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
              }
            }
            if (data12.maximumMB !== void 0) {
              let data15 = data12.maximumMB;
              if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
                const err38 = { instancePath: instancePath + "/spec/memory/maximumMB", schemaPath: "#/properties/spec/properties/memory/properties/maximumMB/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema61.properties.spec.properties.memory.properties.maximumMB.type, parentSchema: schema61.properties.spec.properties.memory.properties.maximumMB, data: data15 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
              if (typeof data15 == "number" && isFinite(data15)) {
                if (data15 < 32 || isNaN(data15)) {
                  const err39 = { instancePath: instancePath + "/spec/memory/maximumMB", schemaPath: "#/properties/spec/properties/memory/properties/maximumMB/minimum", keyword: "minimum", params: { comparison: ">=", limit: 32 }, message: "must be >= 32", schema: 32, parentSchema: schema61.properties.spec.properties.memory.properties.maximumMB, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
              }
            }
            if (data12.dynamic !== void 0) {
              let data16 = data12.dynamic;
              if (typeof data16 !== "boolean") {
                const err40 = { instancePath: instancePath + "/spec/memory/dynamic", schemaPath: "#/properties/spec/properties/memory/properties/dynamic/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema61.properties.spec.properties.memory.properties.dynamic.type, parentSchema: schema61.properties.spec.properties.memory.properties.dynamic, data: data16 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
          } else {
            const err41 = { instancePath: instancePath + "/spec/memory", schemaPath: "#/properties/spec/properties/memory/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema61.properties.spec.properties.memory.type, parentSchema: schema61.properties.spec.properties.memory, data: data12 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data3.processorCount !== void 0) {
          let data17 = data3.processorCount;
          if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
            const err42 = { instancePath: instancePath + "/spec/processorCount", schemaPath: "#/properties/spec/properties/processorCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema61.properties.spec.properties.processorCount.type, parentSchema: schema61.properties.spec.properties.processorCount, data: data17 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
          if (typeof data17 == "number" && isFinite(data17)) {
            if (data17 > 240 || isNaN(data17)) {
              const err43 = { instancePath: instancePath + "/spec/processorCount", schemaPath: "#/properties/spec/properties/processorCount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 240 }, message: "must be <= 240", schema: 240, parentSchema: schema61.properties.spec.properties.processorCount, data: data17 };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (data17 < 1 || isNaN(data17)) {
              const err44 = { instancePath: instancePath + "/spec/processorCount", schemaPath: "#/properties/spec/properties/processorCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema61.properties.spec.properties.processorCount, data: data17 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          }
        }
        if (data3.preferredOwners !== void 0) {
          let data18 = data3.preferredOwners;
          if (Array.isArray(data18)) {
            if (data18.length < 1) {
              const err45 = { instancePath: instancePath + "/spec/preferredOwners", schemaPath: "#/properties/spec/properties/preferredOwners/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema61.properties.spec.properties.preferredOwners, data: data18 };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            const len0 = data18.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data19 = data18[i0];
              if (typeof data19 === "string") {
                if (func1(data19) > 128) {
                  const err46 = { instancePath: instancePath + "/spec/preferredOwners/" + i0, schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
                if (func1(data19) < 1) {
                  const err47 = { instancePath: instancePath + "/spec/preferredOwners/" + i0, schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
                if (!pattern4.test(data19)) {
                  const err48 = { instancePath: instancePath + "/spec/preferredOwners/" + i0, schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
              } else {
                const err49 = { instancePath: instancePath + "/spec/preferredOwners/" + i0, schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data19 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            let i1 = data18.length;
            let j0;
            if (i1 > 1) {
              outer0:
                for (; i1--; ) {
                  for (j0 = i1; j0--; ) {
                    if (func0(data18[i1], data18[j0])) {
                      const err50 = { instancePath: instancePath + "/spec/preferredOwners", schemaPath: "#/properties/spec/properties/preferredOwners/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema61.properties.spec.properties.preferredOwners, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err50];
                      } else {
                        vErrors.push(err50);
                      }
                      errors++;
                      break outer0;
                    }
                  }
                }
            }
          } else {
            const err51 = { instancePath: instancePath + "/spec/preferredOwners", schemaPath: "#/properties/spec/properties/preferredOwners/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema61.properties.spec.properties.preferredOwners.type, parentSchema: schema61.properties.spec.properties.preferredOwners, data: data18 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        if (data3.possibleOwners !== void 0) {
          let data20 = data3.possibleOwners;
          if (Array.isArray(data20)) {
            if (data20.length < 1) {
              const err52 = { instancePath: instancePath + "/spec/possibleOwners", schemaPath: "#/properties/spec/properties/possibleOwners/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema61.properties.spec.properties.possibleOwners, data: data20 };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
            const len1 = data20.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data21 = data20[i2];
              if (typeof data21 === "string") {
                if (func1(data21) > 128) {
                  const err53 = { instancePath: instancePath + "/spec/possibleOwners/" + i2, schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
                if (func1(data21) < 1) {
                  const err54 = { instancePath: instancePath + "/spec/possibleOwners/" + i2, schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
                if (!pattern4.test(data21)) {
                  const err55 = { instancePath: instancePath + "/spec/possibleOwners/" + i2, schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
              } else {
                const err56 = { instancePath: instancePath + "/spec/possibleOwners/" + i2, schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data21 };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
            let i3 = data20.length;
            let j1;
            if (i3 > 1) {
              outer1:
                for (; i3--; ) {
                  for (j1 = i3; j1--; ) {
                    if (func0(data20[i3], data20[j1])) {
                      const err57 = { instancePath: instancePath + "/spec/possibleOwners", schemaPath: "#/properties/spec/properties/possibleOwners/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema61.properties.spec.properties.possibleOwners, data: data20 };
                      if (vErrors === null) {
                        vErrors = [err57];
                      } else {
                        vErrors.push(err57);
                      }
                      errors++;
                      break outer1;
                    }
                  }
                }
            }
          } else {
            const err58 = { instancePath: instancePath + "/spec/possibleOwners", schemaPath: "#/properties/spec/properties/possibleOwners/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema61.properties.spec.properties.possibleOwners.type, parentSchema: schema61.properties.spec.properties.possibleOwners, data: data20 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data3.antiAffinityClassNames !== void 0) {
          let data22 = data3.antiAffinityClassNames;
          if (Array.isArray(data22)) {
            const len2 = data22.length;
            for (let i4 = 0; i4 < len2; i4++) {
              let data23 = data22[i4];
              if (typeof data23 === "string") {
                if (func1(data23) > 256) {
                  const err59 = { instancePath: instancePath + "/spec/antiAffinityClassNames/" + i4, schemaPath: "#/properties/spec/properties/antiAffinityClassNames/items/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema61.properties.spec.properties.antiAffinityClassNames.items, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
                if (func1(data23) < 1) {
                  const err60 = { instancePath: instancePath + "/spec/antiAffinityClassNames/" + i4, schemaPath: "#/properties/spec/properties/antiAffinityClassNames/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema61.properties.spec.properties.antiAffinityClassNames.items, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
              } else {
                const err61 = { instancePath: instancePath + "/spec/antiAffinityClassNames/" + i4, schemaPath: "#/properties/spec/properties/antiAffinityClassNames/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.properties.spec.properties.antiAffinityClassNames.items.type, parentSchema: schema61.properties.spec.properties.antiAffinityClassNames.items, data: data23 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            let i5 = data22.length;
            let j2;
            if (i5 > 1) {
              const indices0 = {};
              for (; i5--; ) {
                let item0 = data22[i5];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j2 = indices0[item0];
                  const err62 = { instancePath: instancePath + "/spec/antiAffinityClassNames", schemaPath: "#/properties/spec/properties/antiAffinityClassNames/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)", schema: true, parentSchema: schema61.properties.spec.properties.antiAffinityClassNames, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i5;
              }
            }
          } else {
            const err63 = { instancePath: instancePath + "/spec/antiAffinityClassNames", schemaPath: "#/properties/spec/properties/antiAffinityClassNames/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema61.properties.spec.properties.antiAffinityClassNames.type, parentSchema: schema61.properties.spec.properties.antiAffinityClassNames, data: data22 };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
        if (data3.arpRetryCount !== void 0) {
          let data24 = data3.arpRetryCount;
          if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)) && isFinite(data24))) {
            const err64 = { instancePath: instancePath + "/spec/arpRetryCount", schemaPath: "#/properties/spec/properties/arpRetryCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema61.properties.spec.properties.arpRetryCount.type, parentSchema: schema61.properties.spec.properties.arpRetryCount, data: data24 };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
          if (typeof data24 == "number" && isFinite(data24)) {
            if (data24 > 4294967295 || isNaN(data24)) {
              const err65 = { instancePath: instancePath + "/spec/arpRetryCount", schemaPath: "#/properties/spec/properties/arpRetryCount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295", schema: 4294967295, parentSchema: schema61.properties.spec.properties.arpRetryCount, data: data24 };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
            }
            if (data24 < 0 || isNaN(data24)) {
              const err66 = { instancePath: instancePath + "/spec/arpRetryCount", schemaPath: "#/properties/spec/properties/arpRetryCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema61.properties.spec.properties.arpRetryCount, data: data24 };
              if (vErrors === null) {
                vErrors = [err66];
              } else {
                vErrors.push(err66);
              }
              errors++;
            }
          }
        }
        if (data3.checkpointPath !== void 0) {
          let data25 = data3.checkpointPath;
          if (typeof data25 === "string") {
            if (func1(data25) > 1024) {
              const err67 = { instancePath: instancePath + "/spec/checkpointPath", schemaPath: "common.schema.json#/$defs/windowsPath/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema58, data: data25 };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
            if (func1(data25) < 4) {
              const err68 = { instancePath: instancePath + "/spec/checkpointPath", schemaPath: "common.schema.json#/$defs/windowsPath/minLength", keyword: "minLength", params: { limit: 4 }, message: "must NOT have fewer than 4 characters", schema: 4, parentSchema: schema58, data: data25 };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
            if (!pattern27.test(data25)) {
              const err69 = { instancePath: instancePath + "/spec/checkpointPath", schemaPath: "common.schema.json#/$defs/windowsPath/pattern", keyword: "pattern", params: { pattern: '^(?:[A-Za-z]:|\\\\\\\\[^\\\\/:*?"<>|\\u0000-\\u0020]+\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)(?:\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)+$' }, message: 'must match pattern "^(?:[A-Za-z]:|\\\\\\\\[^\\\\/:*?"<>|\\u0000-\\u0020]+\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)(?:\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)+$"', schema: '^(?:[A-Za-z]:|\\\\\\\\[^\\\\/:*?"<>|\\u0000-\\u0020]+\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)(?:\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)+$', parentSchema: schema58, data: data25 };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
          } else {
            const err70 = { instancePath: instancePath + "/spec/checkpointPath", schemaPath: "common.schema.json#/$defs/windowsPath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.type, parentSchema: schema58, data: data25 };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
        if (data3.controllers !== void 0) {
          let data26 = data3.controllers;
          if (Array.isArray(data26)) {
            const len3 = data26.length;
            for (let i6 = 0; i6 < len3; i6++) {
              let data27 = data26[i6];
              if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                if (data27.type === void 0) {
                  const err71 = { instancePath: instancePath + "/spec/controllers/" + i6, schemaPath: "#/properties/spec/properties/controllers/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema61.properties.spec.properties.controllers.items.required, parentSchema: schema61.properties.spec.properties.controllers.items, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err71];
                  } else {
                    vErrors.push(err71);
                  }
                  errors++;
                }
                if (data27.number === void 0) {
                  const err72 = { instancePath: instancePath + "/spec/controllers/" + i6, schemaPath: "#/properties/spec/properties/controllers/items/required", keyword: "required", params: { missingProperty: "number" }, message: "must have required property 'number'", schema: schema61.properties.spec.properties.controllers.items.required, parentSchema: schema61.properties.spec.properties.controllers.items, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err72];
                  } else {
                    vErrors.push(err72);
                  }
                  errors++;
                }
                for (const key4 in data27) {
                  if (!(key4 === "type" || key4 === "number" || key4 === "drives")) {
                    const err73 = { instancePath: instancePath + "/spec/controllers/" + i6, schemaPath: "#/properties/spec/properties/controllers/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema61.properties.spec.properties.controllers.items, data: data27 };
                    if (vErrors === null) {
                      vErrors = [err73];
                    } else {
                      vErrors.push(err73);
                    }
                    errors++;
                  }
                }
                if (data27.type !== void 0) {
                  let data28 = data27.type;
                  if (typeof data28 !== "string") {
                    const err74 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/type", schemaPath: "#/properties/spec/properties/controllers/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.properties.spec.properties.controllers.items.properties.type.type, parentSchema: schema61.properties.spec.properties.controllers.items.properties.type, data: data28 };
                    if (vErrors === null) {
                      vErrors = [err74];
                    } else {
                      vErrors.push(err74);
                    }
                    errors++;
                  }
                  if (!(data28 === "ide" || data28 === "scsi")) {
                    const err75 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/type", schemaPath: "#/properties/spec/properties/controllers/items/properties/type/enum", keyword: "enum", params: { allowedValues: schema61.properties.spec.properties.controllers.items.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema61.properties.spec.properties.controllers.items.properties.type.enum, parentSchema: schema61.properties.spec.properties.controllers.items.properties.type, data: data28 };
                    if (vErrors === null) {
                      vErrors = [err75];
                    } else {
                      vErrors.push(err75);
                    }
                    errors++;
                  }
                }
                if (data27.number !== void 0) {
                  let data29 = data27.number;
                  if (!(typeof data29 == "number" && (!(data29 % 1) && !isNaN(data29)) && isFinite(data29))) {
                    const err76 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/number", schemaPath: "#/properties/spec/properties/controllers/items/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema61.properties.spec.properties.controllers.items.properties.number.type, parentSchema: schema61.properties.spec.properties.controllers.items.properties.number, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err76];
                    } else {
                      vErrors.push(err76);
                    }
                    errors++;
                  }
                  if (typeof data29 == "number" && isFinite(data29)) {
                    if (data29 > 3 || isNaN(data29)) {
                      const err77 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/number", schemaPath: "#/properties/spec/properties/controllers/items/properties/number/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3 }, message: "must be <= 3", schema: 3, parentSchema: schema61.properties.spec.properties.controllers.items.properties.number, data: data29 };
                      if (vErrors === null) {
                        vErrors = [err77];
                      } else {
                        vErrors.push(err77);
                      }
                      errors++;
                    }
                    if (data29 < 0 || isNaN(data29)) {
                      const err78 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/number", schemaPath: "#/properties/spec/properties/controllers/items/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema61.properties.spec.properties.controllers.items.properties.number, data: data29 };
                      if (vErrors === null) {
                        vErrors = [err78];
                      } else {
                        vErrors.push(err78);
                      }
                      errors++;
                    }
                  }
                }
                if (data27.drives !== void 0) {
                  let data30 = data27.drives;
                  if (Array.isArray(data30)) {
                    const len4 = data30.length;
                    for (let i7 = 0; i7 < len4; i7++) {
                      let data31 = data30[i7];
                      const _errs79 = errors;
                      let valid25 = true;
                      const _errs80 = errors;
                      if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                        let missing0;
                        if (data31.kind === void 0 && (missing0 = "kind")) {
                          const err79 = {};
                          if (vErrors === null) {
                            vErrors = [err79];
                          } else {
                            vErrors.push(err79);
                          }
                          errors++;
                        } else {
                          if (data31.kind !== void 0) {
                            if ("dvd" !== data31.kind) {
                              const err80 = {};
                              if (vErrors === null) {
                                vErrors = [err80];
                              } else {
                                vErrors.push(err80);
                              }
                              errors++;
                            }
                          }
                        }
                      }
                      var _valid1 = _errs80 === errors;
                      errors = _errs79;
                      if (vErrors !== null) {
                        if (_errs79) {
                          vErrors.length = _errs79;
                        } else {
                          vErrors = null;
                        }
                      }
                      if (!_valid1) {
                        const _errs82 = errors;
                        const _errs83 = errors;
                        let valid27 = false;
                        const _errs84 = errors;
                        if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                          if (data31.path === void 0) {
                            const err81 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7, schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/else/anyOf/0/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema61.properties.spec.properties.controllers.items.properties.drives.items.else.anyOf[0].required, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items.else.anyOf[0], data: data31 };
                            if (vErrors === null) {
                              vErrors = [err81];
                            } else {
                              vErrors.push(err81);
                            }
                            errors++;
                          }
                        }
                        var _valid2 = _errs84 === errors;
                        valid27 = valid27 || _valid2;
                        if (_valid2) {
                          var props1 = {};
                          props1.path = true;
                        }
                        const _errs85 = errors;
                        if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                          if (data31.diskNumber === void 0) {
                            const err82 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7, schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/else/anyOf/1/required", keyword: "required", params: { missingProperty: "diskNumber" }, message: "must have required property 'diskNumber'", schema: schema61.properties.spec.properties.controllers.items.properties.drives.items.else.anyOf[1].required, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items.else.anyOf[1], data: data31 };
                            if (vErrors === null) {
                              vErrors = [err82];
                            } else {
                              vErrors.push(err82);
                            }
                            errors++;
                          }
                        }
                        var _valid2 = _errs85 === errors;
                        valid27 = valid27 || _valid2;
                        if (_valid2) {
                          if (props1 !== true) {
                            props1 = props1 || {};
                            props1.diskNumber = true;
                          }
                        }
                        if (!valid27) {
                          const err83 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7, schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/else/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema61.properties.spec.properties.controllers.items.properties.drives.items.else.anyOf, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items.else, data: data31 };
                          if (vErrors === null) {
                            vErrors = [err83];
                          } else {
                            vErrors.push(err83);
                          }
                          errors++;
                        } else {
                          errors = _errs83;
                          if (vErrors !== null) {
                            if (_errs83) {
                              vErrors.length = _errs83;
                            } else {
                              vErrors = null;
                            }
                          }
                        }
                        var _valid1 = _errs82 === errors;
                        valid25 = _valid1;
                        if (valid25) {
                          if (props1 !== true) {
                            props1 = props1 || {};
                            props1.kind = true;
                          }
                        }
                      }
                      if (!valid25) {
                        const err84 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7, schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema61.properties.spec.properties.controllers.items.properties.drives.items.if, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items, data: data31 };
                        if (vErrors === null) {
                          vErrors = [err84];
                        } else {
                          vErrors.push(err84);
                        }
                        errors++;
                      }
                      if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                        if (data31.location === void 0) {
                          const err85 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7, schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/required", keyword: "required", params: { missingProperty: "location" }, message: "must have required property 'location'", schema: schema61.properties.spec.properties.controllers.items.properties.drives.items.required, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items, data: data31 };
                          if (vErrors === null) {
                            vErrors = [err85];
                          } else {
                            vErrors.push(err85);
                          }
                          errors++;
                        }
                        for (const key5 in data31) {
                          if (!func8.call(schema61.properties.spec.properties.controllers.items.properties.drives.items.properties, key5)) {
                            const err86 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7, schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items, data: data31 };
                            if (vErrors === null) {
                              vErrors = [err86];
                            } else {
                              vErrors.push(err86);
                            }
                            errors++;
                          }
                        }
                        if (data31.location !== void 0) {
                          let data33 = data31.location;
                          if (!(typeof data33 == "number" && (!(data33 % 1) && !isNaN(data33)) && isFinite(data33))) {
                            const err87 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7 + "/location", schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/properties/location/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.location.type, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.location, data: data33 };
                            if (vErrors === null) {
                              vErrors = [err87];
                            } else {
                              vErrors.push(err87);
                            }
                            errors++;
                          }
                          if (typeof data33 == "number" && isFinite(data33)) {
                            if (data33 > 63 || isNaN(data33)) {
                              const err88 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7 + "/location", schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/properties/location/maximum", keyword: "maximum", params: { comparison: "<=", limit: 63 }, message: "must be <= 63", schema: 63, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.location, data: data33 };
                              if (vErrors === null) {
                                vErrors = [err88];
                              } else {
                                vErrors.push(err88);
                              }
                              errors++;
                            }
                            if (data33 < 0 || isNaN(data33)) {
                              const err89 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7 + "/location", schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/properties/location/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.location, data: data33 };
                              if (vErrors === null) {
                                vErrors = [err89];
                              } else {
                                vErrors.push(err89);
                              }
                              errors++;
                            }
                          }
                        }
                        if (data31.kind !== void 0) {
                          let data34 = data31.kind;
                          if (typeof data34 !== "string") {
                            const err90 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7 + "/kind", schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.kind.type, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.kind, data: data34 };
                            if (vErrors === null) {
                              vErrors = [err90];
                            } else {
                              vErrors.push(err90);
                            }
                            errors++;
                          }
                          if (!(data34 === "disk" || data34 === "dvd")) {
                            const err91 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7 + "/kind", schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.kind.enum, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.kind, data: data34 };
                            if (vErrors === null) {
                              vErrors = [err91];
                            } else {
                              vErrors.push(err91);
                            }
                            errors++;
                          }
                        }
                        if (data31.path !== void 0) {
                          let data35 = data31.path;
                          if (typeof data35 === "string") {
                            if (func1(data35) > 1024) {
                              const err92 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7 + "/path", schemaPath: "common.schema.json#/$defs/windowsPath/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema58, data: data35 };
                              if (vErrors === null) {
                                vErrors = [err92];
                              } else {
                                vErrors.push(err92);
                              }
                              errors++;
                            }
                            if (func1(data35) < 4) {
                              const err93 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7 + "/path", schemaPath: "common.schema.json#/$defs/windowsPath/minLength", keyword: "minLength", params: { limit: 4 }, message: "must NOT have fewer than 4 characters", schema: 4, parentSchema: schema58, data: data35 };
                              if (vErrors === null) {
                                vErrors = [err93];
                              } else {
                                vErrors.push(err93);
                              }
                              errors++;
                            }
                            if (!pattern27.test(data35)) {
                              const err94 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7 + "/path", schemaPath: "common.schema.json#/$defs/windowsPath/pattern", keyword: "pattern", params: { pattern: '^(?:[A-Za-z]:|\\\\\\\\[^\\\\/:*?"<>|\\u0000-\\u0020]+\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)(?:\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)+$' }, message: 'must match pattern "^(?:[A-Za-z]:|\\\\\\\\[^\\\\/:*?"<>|\\u0000-\\u0020]+\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)(?:\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)+$"', schema: '^(?:[A-Za-z]:|\\\\\\\\[^\\\\/:*?"<>|\\u0000-\\u0020]+\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)(?:\\\\[^\\\\/:*?"<>|\\u0000-\\u001f]+)+$', parentSchema: schema58, data: data35 };
                              if (vErrors === null) {
                                vErrors = [err94];
                              } else {
                                vErrors.push(err94);
                              }
                              errors++;
                            }
                          } else {
                            const err95 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7 + "/path", schemaPath: "common.schema.json#/$defs/windowsPath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.type, parentSchema: schema58, data: data35 };
                            if (vErrors === null) {
                              vErrors = [err95];
                            } else {
                              vErrors.push(err95);
                            }
                            errors++;
                          }
                        }
                        if (data31.format !== void 0) {
                          let data36 = data31.format;
                          if (typeof data36 !== "string") {
                            const err96 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7 + "/format", schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.format.type, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.format, data: data36 };
                            if (vErrors === null) {
                              vErrors = [err96];
                            } else {
                              vErrors.push(err96);
                            }
                            errors++;
                          }
                          if (!(data36 === "vhd" || data36 === "vhdx" || data36 === "vhdset")) {
                            const err97 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7 + "/format", schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/properties/format/enum", keyword: "enum", params: { allowedValues: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.format.enum, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.format, data: data36 };
                            if (vErrors === null) {
                              vErrors = [err97];
                            } else {
                              vErrors.push(err97);
                            }
                            errors++;
                          }
                        }
                        if (data31.type !== void 0) {
                          let data37 = data31.type;
                          if (typeof data37 !== "string") {
                            const err98 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7 + "/type", schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.type.type, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.type, data: data37 };
                            if (vErrors === null) {
                              vErrors = [err98];
                            } else {
                              vErrors.push(err98);
                            }
                            errors++;
                          }
                          if (!(data37 === "fixed" || data37 === "dynamic" || data37 === "differencing")) {
                            const err99 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7 + "/type", schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/properties/type/enum", keyword: "enum", params: { allowedValues: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.type.enum, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.type, data: data37 };
                            if (vErrors === null) {
                              vErrors = [err99];
                            } else {
                              vErrors.push(err99);
                            }
                            errors++;
                          }
                        }
                        if (data31.sizeGB !== void 0) {
                          let data38 = data31.sizeGB;
                          if (!(typeof data38 == "number" && (!(data38 % 1) && !isNaN(data38)) && isFinite(data38))) {
                            const err100 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7 + "/sizeGB", schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/properties/sizeGB/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.sizeGB.type, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.sizeGB, data: data38 };
                            if (vErrors === null) {
                              vErrors = [err100];
                            } else {
                              vErrors.push(err100);
                            }
                            errors++;
                          }
                          if (typeof data38 == "number" && isFinite(data38)) {
                            if (data38 > 65536 || isNaN(data38)) {
                              const err101 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7 + "/sizeGB", schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/properties/sizeGB/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65536 }, message: "must be <= 65536", schema: 65536, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.sizeGB, data: data38 };
                              if (vErrors === null) {
                                vErrors = [err101];
                              } else {
                                vErrors.push(err101);
                              }
                              errors++;
                            }
                            if (data38 < 1 || isNaN(data38)) {
                              const err102 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7 + "/sizeGB", schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/properties/sizeGB/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.sizeGB, data: data38 };
                              if (vErrors === null) {
                                vErrors = [err102];
                              } else {
                                vErrors.push(err102);
                              }
                              errors++;
                            }
                          }
                        }
                        if (data31.boot !== void 0) {
                          let data39 = data31.boot;
                          if (typeof data39 !== "boolean") {
                            const err103 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7 + "/boot", schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/properties/boot/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.boot.type, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.boot, data: data39 };
                            if (vErrors === null) {
                              vErrors = [err103];
                            } else {
                              vErrors.push(err103);
                            }
                            errors++;
                          }
                        }
                        if (data31.purpose !== void 0) {
                          let data40 = data31.purpose;
                          if (typeof data40 !== "string") {
                            const err104 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7 + "/purpose", schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/properties/purpose/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.purpose.type, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.purpose, data: data40 };
                            if (vErrors === null) {
                              vErrors = [err104];
                            } else {
                              vErrors.push(err104);
                            }
                            errors++;
                          }
                          if (!(data40 === "system" || data40 === "data" || data40 === "ntds" || data40 === "sysvol" || data40 === "logs")) {
                            const err105 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7 + "/purpose", schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/properties/purpose/enum", keyword: "enum", params: { allowedValues: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.purpose.enum }, message: "must be equal to one of the allowed values", schema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.purpose.enum, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.purpose, data: data40 };
                            if (vErrors === null) {
                              vErrors = [err105];
                            } else {
                              vErrors.push(err105);
                            }
                            errors++;
                          }
                        }
                        if (data31.diskNumber !== void 0) {
                          let data41 = data31.diskNumber;
                          if (!(typeof data41 == "number" && (!(data41 % 1) && !isNaN(data41)) && isFinite(data41))) {
                            const err106 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7 + "/diskNumber", schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/properties/diskNumber/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.diskNumber.type, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.diskNumber, data: data41 };
                            if (vErrors === null) {
                              vErrors = [err106];
                            } else {
                              vErrors.push(err106);
                            }
                            errors++;
                          }
                          if (typeof data41 == "number" && isFinite(data41)) {
                            if (data41 < 0 || isNaN(data41)) {
                              const err107 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7 + "/diskNumber", schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/properties/diskNumber/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items.properties.diskNumber, data: data41 };
                              if (vErrors === null) {
                                vErrors = [err107];
                              } else {
                                vErrors.push(err107);
                              }
                              errors++;
                            }
                          }
                        }
                      } else {
                        const err108 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives/" + i7, schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema61.properties.spec.properties.controllers.items.properties.drives.items.type, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives.items, data: data31 };
                        if (vErrors === null) {
                          vErrors = [err108];
                        } else {
                          vErrors.push(err108);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err109 = { instancePath: instancePath + "/spec/controllers/" + i6 + "/drives", schemaPath: "#/properties/spec/properties/controllers/items/properties/drives/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema61.properties.spec.properties.controllers.items.properties.drives.type, parentSchema: schema61.properties.spec.properties.controllers.items.properties.drives, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err109];
                    } else {
                      vErrors.push(err109);
                    }
                    errors++;
                  }
                }
              } else {
                const err110 = { instancePath: instancePath + "/spec/controllers/" + i6, schemaPath: "#/properties/spec/properties/controllers/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema61.properties.spec.properties.controllers.items.type, parentSchema: schema61.properties.spec.properties.controllers.items, data: data27 };
                if (vErrors === null) {
                  vErrors = [err110];
                } else {
                  vErrors.push(err110);
                }
                errors++;
              }
            }
          } else {
            const err111 = { instancePath: instancePath + "/spec/controllers", schemaPath: "#/properties/spec/properties/controllers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema61.properties.spec.properties.controllers.type, parentSchema: schema61.properties.spec.properties.controllers, data: data26 };
            if (vErrors === null) {
              vErrors = [err111];
            } else {
              vErrors.push(err111);
            }
            errors++;
          }
        }
        if (data3.networkAdapters !== void 0) {
          let data42 = data3.networkAdapters;
          if (Array.isArray(data42)) {
            const len5 = data42.length;
            for (let i8 = 0; i8 < len5; i8++) {
              let data43 = data42[i8];
              if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
                if (data43.name === void 0) {
                  const err112 = { instancePath: instancePath + "/spec/networkAdapters/" + i8, schemaPath: "#/properties/spec/properties/networkAdapters/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema61.properties.spec.properties.networkAdapters.items.required, parentSchema: schema61.properties.spec.properties.networkAdapters.items, data: data43 };
                  if (vErrors === null) {
                    vErrors = [err112];
                  } else {
                    vErrors.push(err112);
                  }
                  errors++;
                }
                for (const key6 in data43) {
                  if (!(key6 === "name" || key6 === "switch" || key6 === "vlan" || key6 === "macAddress" || key6 === "macAddressSpoofing" || key6 === "legacy")) {
                    const err113 = { instancePath: instancePath + "/spec/networkAdapters/" + i8, schemaPath: "#/properties/spec/properties/networkAdapters/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema61.properties.spec.properties.networkAdapters.items, data: data43 };
                    if (vErrors === null) {
                      vErrors = [err113];
                    } else {
                      vErrors.push(err113);
                    }
                    errors++;
                  }
                }
                if (data43.name !== void 0) {
                  let data44 = data43.name;
                  if (typeof data44 === "string") {
                    if (func1(data44) > 128) {
                      const err114 = { instancePath: instancePath + "/spec/networkAdapters/" + i8 + "/name", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data44 };
                      if (vErrors === null) {
                        vErrors = [err114];
                      } else {
                        vErrors.push(err114);
                      }
                      errors++;
                    }
                    if (func1(data44) < 1) {
                      const err115 = { instancePath: instancePath + "/spec/networkAdapters/" + i8 + "/name", schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data44 };
                      if (vErrors === null) {
                        vErrors = [err115];
                      } else {
                        vErrors.push(err115);
                      }
                      errors++;
                    }
                    if (!pattern4.test(data44)) {
                      const err116 = { instancePath: instancePath + "/spec/networkAdapters/" + i8 + "/name", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data44 };
                      if (vErrors === null) {
                        vErrors = [err116];
                      } else {
                        vErrors.push(err116);
                      }
                      errors++;
                    }
                  } else {
                    const err117 = { instancePath: instancePath + "/spec/networkAdapters/" + i8 + "/name", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data44 };
                    if (vErrors === null) {
                      vErrors = [err117];
                    } else {
                      vErrors.push(err117);
                    }
                    errors++;
                  }
                }
                if (data43.switch !== void 0) {
                  let data45 = data43.switch;
                  if (typeof data45 === "string") {
                    if (func1(data45) > 128) {
                      const err118 = { instancePath: instancePath + "/spec/networkAdapters/" + i8 + "/switch", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data45 };
                      if (vErrors === null) {
                        vErrors = [err118];
                      } else {
                        vErrors.push(err118);
                      }
                      errors++;
                    }
                    if (func1(data45) < 1) {
                      const err119 = { instancePath: instancePath + "/spec/networkAdapters/" + i8 + "/switch", schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data45 };
                      if (vErrors === null) {
                        vErrors = [err119];
                      } else {
                        vErrors.push(err119);
                      }
                      errors++;
                    }
                    if (!pattern4.test(data45)) {
                      const err120 = { instancePath: instancePath + "/spec/networkAdapters/" + i8 + "/switch", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data45 };
                      if (vErrors === null) {
                        vErrors = [err120];
                      } else {
                        vErrors.push(err120);
                      }
                      errors++;
                    }
                  } else {
                    const err121 = { instancePath: instancePath + "/spec/networkAdapters/" + i8 + "/switch", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data45 };
                    if (vErrors === null) {
                      vErrors = [err121];
                    } else {
                      vErrors.push(err121);
                    }
                    errors++;
                  }
                }
                if (data43.vlan !== void 0) {
                  let data46 = data43.vlan;
                  if (!(typeof data46 == "number" && (!(data46 % 1) && !isNaN(data46)) && isFinite(data46))) {
                    const err122 = { instancePath: instancePath + "/spec/networkAdapters/" + i8 + "/vlan", schemaPath: "common.schema.json#/$defs/vlanId/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema73.type, parentSchema: schema73, data: data46 };
                    if (vErrors === null) {
                      vErrors = [err122];
                    } else {
                      vErrors.push(err122);
                    }
                    errors++;
                  }
                  if (typeof data46 == "number" && isFinite(data46)) {
                    if (data46 > 4094 || isNaN(data46)) {
                      const err123 = { instancePath: instancePath + "/spec/networkAdapters/" + i8 + "/vlan", schemaPath: "common.schema.json#/$defs/vlanId/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4094 }, message: "must be <= 4094", schema: 4094, parentSchema: schema73, data: data46 };
                      if (vErrors === null) {
                        vErrors = [err123];
                      } else {
                        vErrors.push(err123);
                      }
                      errors++;
                    }
                    if (data46 < 1 || isNaN(data46)) {
                      const err124 = { instancePath: instancePath + "/spec/networkAdapters/" + i8 + "/vlan", schemaPath: "common.schema.json#/$defs/vlanId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema73, data: data46 };
                      if (vErrors === null) {
                        vErrors = [err124];
                      } else {
                        vErrors.push(err124);
                      }
                      errors++;
                    }
                  }
                }
                if (data43.macAddress !== void 0) {
                  let data47 = data43.macAddress;
                  if (typeof data47 === "string") {
                    if (!pattern42.test(data47)) {
                      const err125 = { instancePath: instancePath + "/spec/networkAdapters/" + i8 + "/macAddress", schemaPath: "common.schema.json#/$defs/mac/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Fa-f]{2}([-:])[0-9A-Fa-f]{2}(?:\\1[0-9A-Fa-f]{2}){4}$" }, message: 'must match pattern "^[0-9A-Fa-f]{2}([-:])[0-9A-Fa-f]{2}(?:\\1[0-9A-Fa-f]{2}){4}$"', schema: "^[0-9A-Fa-f]{2}([-:])[0-9A-Fa-f]{2}(?:\\1[0-9A-Fa-f]{2}){4}$", parentSchema: schema74, data: data47 };
                      if (vErrors === null) {
                        vErrors = [err125];
                      } else {
                        vErrors.push(err125);
                      }
                      errors++;
                    }
                  } else {
                    const err126 = { instancePath: instancePath + "/spec/networkAdapters/" + i8 + "/macAddress", schemaPath: "common.schema.json#/$defs/mac/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.type, parentSchema: schema74, data: data47 };
                    if (vErrors === null) {
                      vErrors = [err126];
                    } else {
                      vErrors.push(err126);
                    }
                    errors++;
                  }
                }
                if (data43.macAddressSpoofing !== void 0) {
                  let data48 = data43.macAddressSpoofing;
                  if (typeof data48 !== "boolean") {
                    const err127 = { instancePath: instancePath + "/spec/networkAdapters/" + i8 + "/macAddressSpoofing", schemaPath: "#/properties/spec/properties/networkAdapters/items/properties/macAddressSpoofing/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema61.properties.spec.properties.networkAdapters.items.properties.macAddressSpoofing.type, parentSchema: schema61.properties.spec.properties.networkAdapters.items.properties.macAddressSpoofing, data: data48 };
                    if (vErrors === null) {
                      vErrors = [err127];
                    } else {
                      vErrors.push(err127);
                    }
                    errors++;
                  }
                }
                if (data43.legacy !== void 0) {
                  let data49 = data43.legacy;
                  if (typeof data49 !== "boolean") {
                    const err128 = { instancePath: instancePath + "/spec/networkAdapters/" + i8 + "/legacy", schemaPath: "#/properties/spec/properties/networkAdapters/items/properties/legacy/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema61.properties.spec.properties.networkAdapters.items.properties.legacy.type, parentSchema: schema61.properties.spec.properties.networkAdapters.items.properties.legacy, data: data49 };
                    if (vErrors === null) {
                      vErrors = [err128];
                    } else {
                      vErrors.push(err128);
                    }
                    errors++;
                  }
                }
              } else {
                const err129 = { instancePath: instancePath + "/spec/networkAdapters/" + i8, schemaPath: "#/properties/spec/properties/networkAdapters/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema61.properties.spec.properties.networkAdapters.items.type, parentSchema: schema61.properties.spec.properties.networkAdapters.items, data: data43 };
                if (vErrors === null) {
                  vErrors = [err129];
                } else {
                  vErrors.push(err129);
                }
                errors++;
              }
            }
          } else {
            const err130 = { instancePath: instancePath + "/spec/networkAdapters", schemaPath: "#/properties/spec/properties/networkAdapters/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema61.properties.spec.properties.networkAdapters.type, parentSchema: schema61.properties.spec.properties.networkAdapters, data: data42 };
            if (vErrors === null) {
              vErrors = [err130];
            } else {
              vErrors.push(err130);
            }
            errors++;
          }
        }
        if (data3.checkpoints !== void 0) {
          let data50 = data3.checkpoints;
          if (Array.isArray(data50)) {
            const len6 = data50.length;
            for (let i9 = 0; i9 < len6; i9++) {
              let data51 = data50[i9];
              if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
                if (data51.name === void 0) {
                  const err131 = { instancePath: instancePath + "/spec/checkpoints/" + i9, schemaPath: "#/properties/spec/properties/checkpoints/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema61.properties.spec.properties.checkpoints.items.required, parentSchema: schema61.properties.spec.properties.checkpoints.items, data: data51 };
                  if (vErrors === null) {
                    vErrors = [err131];
                  } else {
                    vErrors.push(err131);
                  }
                  errors++;
                }
                if (data51.created === void 0) {
                  const err132 = { instancePath: instancePath + "/spec/checkpoints/" + i9, schemaPath: "#/properties/spec/properties/checkpoints/items/required", keyword: "required", params: { missingProperty: "created" }, message: "must have required property 'created'", schema: schema61.properties.spec.properties.checkpoints.items.required, parentSchema: schema61.properties.spec.properties.checkpoints.items, data: data51 };
                  if (vErrors === null) {
                    vErrors = [err132];
                  } else {
                    vErrors.push(err132);
                  }
                  errors++;
                }
                for (const key7 in data51) {
                  if (!(key7 === "name" || key7 === "type" || key7 === "created")) {
                    const err133 = { instancePath: instancePath + "/spec/checkpoints/" + i9, schemaPath: "#/properties/spec/properties/checkpoints/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema61.properties.spec.properties.checkpoints.items, data: data51 };
                    if (vErrors === null) {
                      vErrors = [err133];
                    } else {
                      vErrors.push(err133);
                    }
                    errors++;
                  }
                }
                if (data51.name !== void 0) {
                  let data52 = data51.name;
                  if (typeof data52 === "string") {
                    if (func1(data52) > 256) {
                      const err134 = { instancePath: instancePath + "/spec/checkpoints/" + i9 + "/name", schemaPath: "#/properties/spec/properties/checkpoints/items/properties/name/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema61.properties.spec.properties.checkpoints.items.properties.name, data: data52 };
                      if (vErrors === null) {
                        vErrors = [err134];
                      } else {
                        vErrors.push(err134);
                      }
                      errors++;
                    }
                    if (func1(data52) < 1) {
                      const err135 = { instancePath: instancePath + "/spec/checkpoints/" + i9 + "/name", schemaPath: "#/properties/spec/properties/checkpoints/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema61.properties.spec.properties.checkpoints.items.properties.name, data: data52 };
                      if (vErrors === null) {
                        vErrors = [err135];
                      } else {
                        vErrors.push(err135);
                      }
                      errors++;
                    }
                  } else {
                    const err136 = { instancePath: instancePath + "/spec/checkpoints/" + i9 + "/name", schemaPath: "#/properties/spec/properties/checkpoints/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.properties.spec.properties.checkpoints.items.properties.name.type, parentSchema: schema61.properties.spec.properties.checkpoints.items.properties.name, data: data52 };
                    if (vErrors === null) {
                      vErrors = [err136];
                    } else {
                      vErrors.push(err136);
                    }
                    errors++;
                  }
                }
                if (data51.type !== void 0) {
                  let data53 = data51.type;
                  if (typeof data53 !== "string") {
                    const err137 = { instancePath: instancePath + "/spec/checkpoints/" + i9 + "/type", schemaPath: "#/properties/spec/properties/checkpoints/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.properties.spec.properties.checkpoints.items.properties.type.type, parentSchema: schema61.properties.spec.properties.checkpoints.items.properties.type, data: data53 };
                    if (vErrors === null) {
                      vErrors = [err137];
                    } else {
                      vErrors.push(err137);
                    }
                    errors++;
                  }
                  if (!(data53 === "standard" || data53 === "production" || data53 === "recovery" || data53 === "planned" || data53 === "missing" || data53 === "replica" || data53 === "app-consistent-replica" || data53 === "synced-replica")) {
                    const err138 = { instancePath: instancePath + "/spec/checkpoints/" + i9 + "/type", schemaPath: "#/properties/spec/properties/checkpoints/items/properties/type/enum", keyword: "enum", params: { allowedValues: schema61.properties.spec.properties.checkpoints.items.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema61.properties.spec.properties.checkpoints.items.properties.type.enum, parentSchema: schema61.properties.spec.properties.checkpoints.items.properties.type, data: data53 };
                    if (vErrors === null) {
                      vErrors = [err138];
                    } else {
                      vErrors.push(err138);
                    }
                    errors++;
                  }
                }
                if (data51.created !== void 0) {
                  let data54 = data51.created;
                  if (typeof data54 === "string") {
                    if (!pattern43.test(data54)) {
                      const err139 = { instancePath: instancePath + "/spec/checkpoints/" + i9 + "/created", schemaPath: "common.schema.json#/$defs/dateTime/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]+)?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$" }, message: 'must match pattern "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]+)?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$"', schema: "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]+)?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$", parentSchema: schema75, data: data54 };
                      if (vErrors === null) {
                        vErrors = [err139];
                      } else {
                        vErrors.push(err139);
                      }
                      errors++;
                    }
                  } else {
                    const err140 = { instancePath: instancePath + "/spec/checkpoints/" + i9 + "/created", schemaPath: "common.schema.json#/$defs/dateTime/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema75.type, parentSchema: schema75, data: data54 };
                    if (vErrors === null) {
                      vErrors = [err140];
                    } else {
                      vErrors.push(err140);
                    }
                    errors++;
                  }
                }
              } else {
                const err141 = { instancePath: instancePath + "/spec/checkpoints/" + i9, schemaPath: "#/properties/spec/properties/checkpoints/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema61.properties.spec.properties.checkpoints.items.type, parentSchema: schema61.properties.spec.properties.checkpoints.items, data: data51 };
                if (vErrors === null) {
                  vErrors = [err141];
                } else {
                  vErrors.push(err141);
                }
                errors++;
              }
            }
          } else {
            const err142 = { instancePath: instancePath + "/spec/checkpoints", schemaPath: "#/properties/spec/properties/checkpoints/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema61.properties.spec.properties.checkpoints.type, parentSchema: schema61.properties.spec.properties.checkpoints, data: data50 };
            if (vErrors === null) {
              vErrors = [err142];
            } else {
              vErrors.push(err142);
            }
            errors++;
          }
        }
      } else {
        const err143 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema61.properties.spec.type, parentSchema: schema61.properties.spec, data: data3 };
        if (vErrors === null) {
          vErrors = [err143];
        } else {
          vErrors.push(err143);
        }
        errors++;
      }
    }
  } else {
    const err144 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema61.type, parentSchema: schema61, data };
    if (vErrors === null) {
      vErrors = [err144];
    } else {
      vErrors.push(err144);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
validate33.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var NlbCluster = validate38;
var schema76 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://hvlint.dev/schemas/v1/nlb-cluster.schema.json", "title": "Windows Network Load Balancing cluster", "description": "A Windows NLB cluster of virtual machines: its virtual IP, operation mode, VLAN, member adapters and port rules. The cluster MAC and (IGMP mode) multicast group follow from the VIP and the mode.", "type": "object", "required": ["apiVersion", "kind", "metadata", "spec"], "properties": { "apiVersion": { "$ref": "common.schema.json#/$defs/apiVersion", "description": "Manifest format version; always hvlint/v1." }, "kind": { "type": "string", "description": "Kind of the document; always NlbCluster for this schema.", "const": "NlbCluster" }, "metadata": { "$ref": "common.schema.json#/$defs/metadata", "description": "Name, labels and annotations of the document." }, "spec": { "type": "object", "description": "Desired configuration of the NLB cluster.", "required": ["vip", "mode", "vlan", "nodes"], "properties": { "vip": { "$ref": "common.schema.json#/$defs/ipv4", "description": "Cluster (virtual) IP address. Decides the cluster MAC and, in IGMP multicast mode, the group 239.255.x.y.", "examples": ["172.31.3.232"] }, "subnetMask": { "$ref": "common.schema.json#/$defs/ipv4", "description": "Subnet mask of the VIP.", "examples": ["255.255.248.0"] }, "mode": { "type": "string", "description": "Cluster operation mode (Get-NlbCluster OperationMode): unicast (MAC 02-bf-<VIP>), multicast (03-bf-<VIP>), igmp-multicast (01-00-5e-7f-<last two VIP octets>, group 239.255.x.y).", "enum": ["unicast", "multicast", "igmp-multicast"], "examples": ["igmp-multicast"] }, "vlan": { "$ref": "common.schema.json#/$defs/vlanId", "description": "VLAN of the NLB adapters and the VIP." }, "clusterMac": { "$ref": "common.schema.json#/$defs/mac", "description": "Cluster MAC address as configured or documented (as nlb.exe ip2mac prints it); checked against the VIP and mode.", "examples": ["01-00-5e-7f-03-e8"] }, "nodes": { "type": "array", "description": "Cluster nodes: a VM and the adapter on it that carries the cluster.", "items": { "type": "object", "description": "An NLB node.", "required": ["vm", "adapter"], "properties": { "vm": { "$ref": "common.schema.json#/$defs/name", "description": "metadata.name of the VirtualMachine that is a node.", "examples": ["WEB01"] }, "adapter": { "$ref": "common.schema.json#/$defs/name", "description": "Name of that VM's network adapter (spec.networkAdapters[].name) bound to NLB.", "examples": ["NLB"] }, "mode": { "type": "string", "description": "Operation mode actually configured on this node, if it differs from the cluster's mode (for drift). All nodes must use one mode.", "enum": ["unicast", "multicast", "igmp-multicast"] }, "priority": { "type": "integer", "description": "Host priority (unique host ID), 1-32.", "minimum": 1, "maximum": 32, "examples": [1] } }, "additionalProperties": false }, "minItems": 1 }, "portRules": { "type": "array", "description": "Port rules. Windows' default is a single rule for ports 0-65535, both protocols, multiple-host filtering, single affinity.", "items": { "type": "object", "description": "An NLB port rule.", "required": ["startPort", "endPort"], "properties": { "startPort": { "type": "integer", "description": "First port of the range.", "minimum": 0, "maximum": 65535, "examples": [80] }, "endPort": { "type": "integer", "description": "Last port of the range (inclusive).", "minimum": 0, "maximum": 65535, "examples": [80] }, "protocol": { "type": "string", "description": "Protocol the rule applies to.", "enum": ["tcp", "udp", "both"], "default": "both", "examples": ["tcp"] }, "affinity": { "type": "string", "description": "Client affinity: none, single (per client IP) or network (per class C network).", "enum": ["none", "single", "network"], "default": "single", "examples": ["single"] }, "filtering": { "type": "string", "description": "Filtering mode: multiple (all hosts share load), single (one host, by priority) or disabled (block the ports).", "enum": ["multiple", "single", "disabled"], "default": "multiple", "examples": ["multiple"] } }, "additionalProperties": false } } }, "additionalProperties": false } }, "additionalProperties": false, "examples": [{ "apiVersion": "hvlint/v1", "kind": "NlbCluster", "metadata": { "name": "NLB-WEB" }, "spec": { "vip": "172.31.3.232", "subnetMask": "255.255.248.0", "mode": "igmp-multicast", "vlan": 20, "clusterMac": "01-00-5e-7f-03-e8", "nodes": [{ "vm": "WEB01", "adapter": "NLB", "priority": 1 }, { "vm": "WEB02", "adapter": "NLB", "priority": 2 }], "portRules": [{ "startPort": 80, "endPort": 80, "protocol": "tcp", "affinity": "none", "filtering": "multiple" }, { "startPort": 443, "endPort": 443, "protocol": "tcp", "affinity": "single", "filtering": "multiple" }] } }] };
var schema80 = { "type": "string", "description": "An IPv4 address in dotted-quad form: four decimal octets 0-255, no leading zeros.", "format": "ipv4", "pattern": "^(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}$", "examples": ["172.31.3.232", "239.255.3.232"] };
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate39.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema34.required, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "labels" || key0 === "annotations")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func1(data0) > 128) {
          const err2 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err4 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      if (!validate23(data.labels, { instancePath: instancePath + "/labels", parentData: data, parentDataProperty: "labels", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.annotations !== void 0) {
      if (!validate25(data.annotations, { instancePath: instancePath + "/annotations", parentData: data, parentDataProperty: "annotations", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
validate39.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var pattern45 = new RegExp("^(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}$", "u");
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate38.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema76.required, parentSchema: schema76, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema76.required, parentSchema: schema76, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema76.required, parentSchema: schema76, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.spec === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema76.required, parentSchema: schema76, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema76, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if (typeof data0 !== "string") {
        const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "common.schema.json#/$defs/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if ("hvlint/v1" !== data0) {
        const err6 = { instancePath: instancePath + "/apiVersion", schemaPath: "common.schema.json#/$defs/apiVersion/const", keyword: "const", params: { allowedValue: "hvlint/v1" }, message: "must be equal to constant", schema: "hvlint/v1", parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (typeof data1 !== "string") {
        const err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema76.properties.kind.type, parentSchema: schema76.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if ("NlbCluster" !== data1) {
        const err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "NlbCluster" }, message: "must be equal to constant", schema: "NlbCluster", parentSchema: schema76.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      if (!validate39(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
        errors = vErrors.length;
      }
    }
    if (data.spec !== void 0) {
      let data3 = data.spec;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.vip === void 0) {
          const err9 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "vip" }, message: "must have required property 'vip'", schema: schema76.properties.spec.required, parentSchema: schema76.properties.spec, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data3.mode === void 0) {
          const err10 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "mode" }, message: "must have required property 'mode'", schema: schema76.properties.spec.required, parentSchema: schema76.properties.spec, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data3.vlan === void 0) {
          const err11 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "vlan" }, message: "must have required property 'vlan'", schema: schema76.properties.spec.required, parentSchema: schema76.properties.spec, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data3.nodes === void 0) {
          const err12 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "nodes" }, message: "must have required property 'nodes'", schema: schema76.properties.spec.required, parentSchema: schema76.properties.spec, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!(key1 === "vip" || key1 === "subnetMask" || key1 === "mode" || key1 === "vlan" || key1 === "clusterMac" || key1 === "nodes" || key1 === "portRules")) {
            const err13 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema76.properties.spec, data: data3 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data3.vip !== void 0) {
          let data4 = data3.vip;
          if (typeof data4 === "string") {
            if (!pattern45.test(data4)) {
              const err14 = { instancePath: instancePath + "/spec/vip", schemaPath: "common.schema.json#/$defs/ipv4/pattern", keyword: "pattern", params: { pattern: "^(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}$" }, message: 'must match pattern "^(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}$"', schema: "^(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}$", parentSchema: schema80, data: data4 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/spec/vip", schemaPath: "common.schema.json#/$defs/ipv4/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema80.type, parentSchema: schema80, data: data4 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data3.subnetMask !== void 0) {
          let data5 = data3.subnetMask;
          if (typeof data5 === "string") {
            if (!pattern45.test(data5)) {
              const err16 = { instancePath: instancePath + "/spec/subnetMask", schemaPath: "common.schema.json#/$defs/ipv4/pattern", keyword: "pattern", params: { pattern: "^(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}$" }, message: 'must match pattern "^(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}$"', schema: "^(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}$", parentSchema: schema80, data: data5 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/spec/subnetMask", schemaPath: "common.schema.json#/$defs/ipv4/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema80.type, parentSchema: schema80, data: data5 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data3.mode !== void 0) {
          let data6 = data3.mode;
          if (typeof data6 !== "string") {
            const err18 = { instancePath: instancePath + "/spec/mode", schemaPath: "#/properties/spec/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema76.properties.spec.properties.mode.type, parentSchema: schema76.properties.spec.properties.mode, data: data6 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          if (!(data6 === "unicast" || data6 === "multicast" || data6 === "igmp-multicast")) {
            const err19 = { instancePath: instancePath + "/spec/mode", schemaPath: "#/properties/spec/properties/mode/enum", keyword: "enum", params: { allowedValues: schema76.properties.spec.properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema76.properties.spec.properties.mode.enum, parentSchema: schema76.properties.spec.properties.mode, data: data6 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data3.vlan !== void 0) {
          let data7 = data3.vlan;
          if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
            const err20 = { instancePath: instancePath + "/spec/vlan", schemaPath: "common.schema.json#/$defs/vlanId/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema73.type, parentSchema: schema73, data: data7 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
          if (typeof data7 == "number" && isFinite(data7)) {
            if (data7 > 4094 || isNaN(data7)) {
              const err21 = { instancePath: instancePath + "/spec/vlan", schemaPath: "common.schema.json#/$defs/vlanId/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4094 }, message: "must be <= 4094", schema: 4094, parentSchema: schema73, data: data7 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (data7 < 1 || isNaN(data7)) {
              const err22 = { instancePath: instancePath + "/spec/vlan", schemaPath: "common.schema.json#/$defs/vlanId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema73, data: data7 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          }
        }
        if (data3.clusterMac !== void 0) {
          let data8 = data3.clusterMac;
          if (typeof data8 === "string") {
            if (!pattern42.test(data8)) {
              const err23 = { instancePath: instancePath + "/spec/clusterMac", schemaPath: "common.schema.json#/$defs/mac/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Fa-f]{2}([-:])[0-9A-Fa-f]{2}(?:\\1[0-9A-Fa-f]{2}){4}$" }, message: 'must match pattern "^[0-9A-Fa-f]{2}([-:])[0-9A-Fa-f]{2}(?:\\1[0-9A-Fa-f]{2}){4}$"', schema: "^[0-9A-Fa-f]{2}([-:])[0-9A-Fa-f]{2}(?:\\1[0-9A-Fa-f]{2}){4}$", parentSchema: schema74, data: data8 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = { instancePath: instancePath + "/spec/clusterMac", schemaPath: "common.schema.json#/$defs/mac/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.type, parentSchema: schema74, data: data8 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data3.nodes !== void 0) {
          let data9 = data3.nodes;
          if (Array.isArray(data9)) {
            if (data9.length < 1) {
              const err25 = { instancePath: instancePath + "/spec/nodes", schemaPath: "#/properties/spec/properties/nodes/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema76.properties.spec.properties.nodes, data: data9 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            const len0 = data9.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data10 = data9[i0];
              if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                if (data10.vm === void 0) {
                  const err26 = { instancePath: instancePath + "/spec/nodes/" + i0, schemaPath: "#/properties/spec/properties/nodes/items/required", keyword: "required", params: { missingProperty: "vm" }, message: "must have required property 'vm'", schema: schema76.properties.spec.properties.nodes.items.required, parentSchema: schema76.properties.spec.properties.nodes.items, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
                if (data10.adapter === void 0) {
                  const err27 = { instancePath: instancePath + "/spec/nodes/" + i0, schemaPath: "#/properties/spec/properties/nodes/items/required", keyword: "required", params: { missingProperty: "adapter" }, message: "must have required property 'adapter'", schema: schema76.properties.spec.properties.nodes.items.required, parentSchema: schema76.properties.spec.properties.nodes.items, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
                for (const key2 in data10) {
                  if (!(key2 === "vm" || key2 === "adapter" || key2 === "mode" || key2 === "priority")) {
                    const err28 = { instancePath: instancePath + "/spec/nodes/" + i0, schemaPath: "#/properties/spec/properties/nodes/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema76.properties.spec.properties.nodes.items, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                }
                if (data10.vm !== void 0) {
                  let data11 = data10.vm;
                  if (typeof data11 === "string") {
                    if (func1(data11) > 128) {
                      const err29 = { instancePath: instancePath + "/spec/nodes/" + i0 + "/vm", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data11 };
                      if (vErrors === null) {
                        vErrors = [err29];
                      } else {
                        vErrors.push(err29);
                      }
                      errors++;
                    }
                    if (func1(data11) < 1) {
                      const err30 = { instancePath: instancePath + "/spec/nodes/" + i0 + "/vm", schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data11 };
                      if (vErrors === null) {
                        vErrors = [err30];
                      } else {
                        vErrors.push(err30);
                      }
                      errors++;
                    }
                    if (!pattern4.test(data11)) {
                      const err31 = { instancePath: instancePath + "/spec/nodes/" + i0 + "/vm", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data11 };
                      if (vErrors === null) {
                        vErrors = [err31];
                      } else {
                        vErrors.push(err31);
                      }
                      errors++;
                    }
                  } else {
                    const err32 = { instancePath: instancePath + "/spec/nodes/" + i0 + "/vm", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                  }
                }
                if (data10.adapter !== void 0) {
                  let data12 = data10.adapter;
                  if (typeof data12 === "string") {
                    if (func1(data12) > 128) {
                      const err33 = { instancePath: instancePath + "/spec/nodes/" + i0 + "/adapter", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data12 };
                      if (vErrors === null) {
                        vErrors = [err33];
                      } else {
                        vErrors.push(err33);
                      }
                      errors++;
                    }
                    if (func1(data12) < 1) {
                      const err34 = { instancePath: instancePath + "/spec/nodes/" + i0 + "/adapter", schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data12 };
                      if (vErrors === null) {
                        vErrors = [err34];
                      } else {
                        vErrors.push(err34);
                      }
                      errors++;
                    }
                    if (!pattern4.test(data12)) {
                      const err35 = { instancePath: instancePath + "/spec/nodes/" + i0 + "/adapter", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data12 };
                      if (vErrors === null) {
                        vErrors = [err35];
                      } else {
                        vErrors.push(err35);
                      }
                      errors++;
                    }
                  } else {
                    const err36 = { instancePath: instancePath + "/spec/nodes/" + i0 + "/adapter", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                }
                if (data10.mode !== void 0) {
                  let data13 = data10.mode;
                  if (typeof data13 !== "string") {
                    const err37 = { instancePath: instancePath + "/spec/nodes/" + i0 + "/mode", schemaPath: "#/properties/spec/properties/nodes/items/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema76.properties.spec.properties.nodes.items.properties.mode.type, parentSchema: schema76.properties.spec.properties.nodes.items.properties.mode, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                  if (!(data13 === "unicast" || data13 === "multicast" || data13 === "igmp-multicast")) {
                    const err38 = { instancePath: instancePath + "/spec/nodes/" + i0 + "/mode", schemaPath: "#/properties/spec/properties/nodes/items/properties/mode/enum", keyword: "enum", params: { allowedValues: schema76.properties.spec.properties.nodes.items.properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema76.properties.spec.properties.nodes.items.properties.mode.enum, parentSchema: schema76.properties.spec.properties.nodes.items.properties.mode, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err38];
                    } else {
                      vErrors.push(err38);
                    }
                    errors++;
                  }
                }
                if (data10.priority !== void 0) {
                  let data14 = data10.priority;
                  if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
                    const err39 = { instancePath: instancePath + "/spec/nodes/" + i0 + "/priority", schemaPath: "#/properties/spec/properties/nodes/items/properties/priority/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema76.properties.spec.properties.nodes.items.properties.priority.type, parentSchema: schema76.properties.spec.properties.nodes.items.properties.priority, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                  if (typeof data14 == "number" && isFinite(data14)) {
                    if (data14 > 32 || isNaN(data14)) {
                      const err40 = { instancePath: instancePath + "/spec/nodes/" + i0 + "/priority", schemaPath: "#/properties/spec/properties/nodes/items/properties/priority/maximum", keyword: "maximum", params: { comparison: "<=", limit: 32 }, message: "must be <= 32", schema: 32, parentSchema: schema76.properties.spec.properties.nodes.items.properties.priority, data: data14 };
                      if (vErrors === null) {
                        vErrors = [err40];
                      } else {
                        vErrors.push(err40);
                      }
                      errors++;
                    }
                    if (data14 < 1 || isNaN(data14)) {
                      const err41 = { instancePath: instancePath + "/spec/nodes/" + i0 + "/priority", schemaPath: "#/properties/spec/properties/nodes/items/properties/priority/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema76.properties.spec.properties.nodes.items.properties.priority, data: data14 };
                      if (vErrors === null) {
                        vErrors = [err41];
                      } else {
                        vErrors.push(err41);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err42 = { instancePath: instancePath + "/spec/nodes/" + i0, schemaPath: "#/properties/spec/properties/nodes/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema76.properties.spec.properties.nodes.items.type, parentSchema: schema76.properties.spec.properties.nodes.items, data: data10 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
          } else {
            const err43 = { instancePath: instancePath + "/spec/nodes", schemaPath: "#/properties/spec/properties/nodes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema76.properties.spec.properties.nodes.type, parentSchema: schema76.properties.spec.properties.nodes, data: data9 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data3.portRules !== void 0) {
          let data15 = data3.portRules;
          if (Array.isArray(data15)) {
            const len1 = data15.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data16 = data15[i1];
              if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                if (data16.startPort === void 0) {
                  const err44 = { instancePath: instancePath + "/spec/portRules/" + i1, schemaPath: "#/properties/spec/properties/portRules/items/required", keyword: "required", params: { missingProperty: "startPort" }, message: "must have required property 'startPort'", schema: schema76.properties.spec.properties.portRules.items.required, parentSchema: schema76.properties.spec.properties.portRules.items, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                }
                if (data16.endPort === void 0) {
                  const err45 = { instancePath: instancePath + "/spec/portRules/" + i1, schemaPath: "#/properties/spec/properties/portRules/items/required", keyword: "required", params: { missingProperty: "endPort" }, message: "must have required property 'endPort'", schema: schema76.properties.spec.properties.portRules.items.required, parentSchema: schema76.properties.spec.properties.portRules.items, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
                for (const key3 in data16) {
                  if (!(key3 === "startPort" || key3 === "endPort" || key3 === "protocol" || key3 === "affinity" || key3 === "filtering")) {
                    const err46 = { instancePath: instancePath + "/spec/portRules/" + i1, schemaPath: "#/properties/spec/properties/portRules/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema76.properties.spec.properties.portRules.items, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                }
                if (data16.startPort !== void 0) {
                  let data17 = data16.startPort;
                  if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
                    const err47 = { instancePath: instancePath + "/spec/portRules/" + i1 + "/startPort", schemaPath: "#/properties/spec/properties/portRules/items/properties/startPort/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema76.properties.spec.properties.portRules.items.properties.startPort.type, parentSchema: schema76.properties.spec.properties.portRules.items.properties.startPort, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err47];
                    } else {
                      vErrors.push(err47);
                    }
                    errors++;
                  }
                  if (typeof data17 == "number" && isFinite(data17)) {
                    if (data17 > 65535 || isNaN(data17)) {
                      const err48 = { instancePath: instancePath + "/spec/portRules/" + i1 + "/startPort", schemaPath: "#/properties/spec/properties/portRules/items/properties/startPort/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema76.properties.spec.properties.portRules.items.properties.startPort, data: data17 };
                      if (vErrors === null) {
                        vErrors = [err48];
                      } else {
                        vErrors.push(err48);
                      }
                      errors++;
                    }
                    if (data17 < 0 || isNaN(data17)) {
                      const err49 = { instancePath: instancePath + "/spec/portRules/" + i1 + "/startPort", schemaPath: "#/properties/spec/properties/portRules/items/properties/startPort/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema76.properties.spec.properties.portRules.items.properties.startPort, data: data17 };
                      if (vErrors === null) {
                        vErrors = [err49];
                      } else {
                        vErrors.push(err49);
                      }
                      errors++;
                    }
                  }
                }
                if (data16.endPort !== void 0) {
                  let data18 = data16.endPort;
                  if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
                    const err50 = { instancePath: instancePath + "/spec/portRules/" + i1 + "/endPort", schemaPath: "#/properties/spec/properties/portRules/items/properties/endPort/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema76.properties.spec.properties.portRules.items.properties.endPort.type, parentSchema: schema76.properties.spec.properties.portRules.items.properties.endPort, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err50];
                    } else {
                      vErrors.push(err50);
                    }
                    errors++;
                  }
                  if (typeof data18 == "number" && isFinite(data18)) {
                    if (data18 > 65535 || isNaN(data18)) {
                      const err51 = { instancePath: instancePath + "/spec/portRules/" + i1 + "/endPort", schemaPath: "#/properties/spec/properties/portRules/items/properties/endPort/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema76.properties.spec.properties.portRules.items.properties.endPort, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err51];
                      } else {
                        vErrors.push(err51);
                      }
                      errors++;
                    }
                    if (data18 < 0 || isNaN(data18)) {
                      const err52 = { instancePath: instancePath + "/spec/portRules/" + i1 + "/endPort", schemaPath: "#/properties/spec/properties/portRules/items/properties/endPort/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema76.properties.spec.properties.portRules.items.properties.endPort, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err52];
                      } else {
                        vErrors.push(err52);
                      }
                      errors++;
                    }
                  }
                }
                if (data16.protocol !== void 0) {
                  let data19 = data16.protocol;
                  if (typeof data19 !== "string") {
                    const err53 = { instancePath: instancePath + "/spec/portRules/" + i1 + "/protocol", schemaPath: "#/properties/spec/properties/portRules/items/properties/protocol/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema76.properties.spec.properties.portRules.items.properties.protocol.type, parentSchema: schema76.properties.spec.properties.portRules.items.properties.protocol, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err53];
                    } else {
                      vErrors.push(err53);
                    }
                    errors++;
                  }
                  if (!(data19 === "tcp" || data19 === "udp" || data19 === "both")) {
                    const err54 = { instancePath: instancePath + "/spec/portRules/" + i1 + "/protocol", schemaPath: "#/properties/spec/properties/portRules/items/properties/protocol/enum", keyword: "enum", params: { allowedValues: schema76.properties.spec.properties.portRules.items.properties.protocol.enum }, message: "must be equal to one of the allowed values", schema: schema76.properties.spec.properties.portRules.items.properties.protocol.enum, parentSchema: schema76.properties.spec.properties.portRules.items.properties.protocol, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                }
                if (data16.affinity !== void 0) {
                  let data20 = data16.affinity;
                  if (typeof data20 !== "string") {
                    const err55 = { instancePath: instancePath + "/spec/portRules/" + i1 + "/affinity", schemaPath: "#/properties/spec/properties/portRules/items/properties/affinity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema76.properties.spec.properties.portRules.items.properties.affinity.type, parentSchema: schema76.properties.spec.properties.portRules.items.properties.affinity, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err55];
                    } else {
                      vErrors.push(err55);
                    }
                    errors++;
                  }
                  if (!(data20 === "none" || data20 === "single" || data20 === "network")) {
                    const err56 = { instancePath: instancePath + "/spec/portRules/" + i1 + "/affinity", schemaPath: "#/properties/spec/properties/portRules/items/properties/affinity/enum", keyword: "enum", params: { allowedValues: schema76.properties.spec.properties.portRules.items.properties.affinity.enum }, message: "must be equal to one of the allowed values", schema: schema76.properties.spec.properties.portRules.items.properties.affinity.enum, parentSchema: schema76.properties.spec.properties.portRules.items.properties.affinity, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err56];
                    } else {
                      vErrors.push(err56);
                    }
                    errors++;
                  }
                }
                if (data16.filtering !== void 0) {
                  let data21 = data16.filtering;
                  if (typeof data21 !== "string") {
                    const err57 = { instancePath: instancePath + "/spec/portRules/" + i1 + "/filtering", schemaPath: "#/properties/spec/properties/portRules/items/properties/filtering/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema76.properties.spec.properties.portRules.items.properties.filtering.type, parentSchema: schema76.properties.spec.properties.portRules.items.properties.filtering, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                  if (!(data21 === "multiple" || data21 === "single" || data21 === "disabled")) {
                    const err58 = { instancePath: instancePath + "/spec/portRules/" + i1 + "/filtering", schemaPath: "#/properties/spec/properties/portRules/items/properties/filtering/enum", keyword: "enum", params: { allowedValues: schema76.properties.spec.properties.portRules.items.properties.filtering.enum }, message: "must be equal to one of the allowed values", schema: schema76.properties.spec.properties.portRules.items.properties.filtering.enum, parentSchema: schema76.properties.spec.properties.portRules.items.properties.filtering, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err58];
                    } else {
                      vErrors.push(err58);
                    }
                    errors++;
                  }
                }
              } else {
                const err59 = { instancePath: instancePath + "/spec/portRules/" + i1, schemaPath: "#/properties/spec/properties/portRules/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema76.properties.spec.properties.portRules.items.type, parentSchema: schema76.properties.spec.properties.portRules.items, data: data16 };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
          } else {
            const err60 = { instancePath: instancePath + "/spec/portRules", schemaPath: "#/properties/spec/properties/portRules/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema76.properties.spec.properties.portRules.type, parentSchema: schema76.properties.spec.properties.portRules, data: data15 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
      } else {
        const err61 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema76.properties.spec.type, parentSchema: schema76.properties.spec, data: data3 };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
    }
  } else {
    const err62 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema76.type, parentSchema: schema76, data };
    if (vErrors === null) {
      vErrors = [err62];
    } else {
      vErrors.push(err62);
    }
    errors++;
  }
  validate38.errors = vErrors;
  return errors === 0;
}
validate38.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var Switch = validate43;
var schema86 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://hvlint.dev/schemas/v1/switch.schema.json", "title": "Physical Ethernet switch", "description": "A physical switch that Hyper-V hosts land on: its model (which decides the MAC notation it accepts), VLANs, ports, LAGs, bridge multicast groups and static ARP / MAC entries.", "type": "object", "required": ["apiVersion", "kind", "metadata", "spec"], "properties": { "apiVersion": { "$ref": "common.schema.json#/$defs/apiVersion", "description": "Manifest format version; always hvlint/v1." }, "kind": { "type": "string", "description": "Kind of the document; always Switch for this schema.", "const": "Switch" }, "metadata": { "$ref": "common.schema.json#/$defs/metadata", "description": "Name, labels and annotations of the document." }, "spec": { "type": "object", "description": "Desired configuration of the switch.", "required": ["model"], "properties": { "model": { "type": "string", "description": "Switch model, lower-case with hyphens. Known models carry defaults (e.g. the MAC notation the CLI accepts).", "minLength": 1, "maxLength": 128, "examples": ["dell-powerconnect-5424"] }, "macStyle": { "type": "string", "description": "MAC notation the switch CLI accepts: colon (01:00:5e:7f:03:e8) or hyphen (01-00-5e-7f-03-e8). Overrides the model's default. (Manifests write MACs in one of these two forms; dotted Cisco notation is not modelled.)", "enum": ["colon", "hyphen"], "examples": ["colon"] }, "igmpSnooping": { "type": "boolean", "description": "IGMP snooping enabled globally.", "examples": [true] }, "bridgeMulticastFiltering": { "type": "boolean", "description": "Global `bridge multicast filtering` (Dell PowerConnect): the prerequisite for IGMP snooping and static bridge multicast groups. Off (the switch default) floods all multicast to every port of the VLAN whatever groups are configured. It does not drop unregistered multicast by itself: that is each port's or LAG's unregisteredMulticast.", "examples": [true] }, "vlans": { "type": "array", "description": "VLANs defined on the switch.", "items": { "type": "object", "description": "A VLAN.", "required": ["id"], "properties": { "id": { "$ref": "common.schema.json#/$defs/vlanId", "description": "VLAN ID." }, "name": { "type": "string", "description": "VLAN name.", "minLength": 1, "maxLength": 64, "examples": ["servers"] }, "igmpSnooping": { "type": "boolean", "description": "IGMP snooping enabled on this VLAN.", "examples": [true] }, "routed": { "type": "boolean", "description": "The switch routes this VLAN: it is the VLAN's layer-3 gateway, where static ARP entries for NLB VIPs in multicast and IGMP multicast mode belong.", "default": false, "examples": [true] } }, "additionalProperties": false } }, "ports": { "type": "array", "description": "Ports worth declaring (the ones in use).", "items": { "type": "object", "description": "A switch port.", "required": ["name"], "properties": { "name": { "$ref": "common.schema.json#/$defs/portName", "description": "Port name." }, "description": { "type": "string", "description": "Port description (what is cabled to it).", "maxLength": 256, "examples": ["HV01 Ethernet 3 (TEAM-VM)"] }, "lag": { "type": "integer", "description": "ID of the LAG this port is a member of, if any.", "minimum": 1, "maximum": 64, "examples": [1] }, "vlans": { "type": "array", "description": "VLANs carried by the port (tagged or untagged).", "items": { "$ref": "common.schema.json#/$defs/vlanId", "description": "A VLAN ID." }, "uniqueItems": true, "examples": [[10, 20]] }, "unregisteredMulticast": { "type": "string", "description": "What the port does with multicast for which no group is registered (`bridge multicast unregistered forwarding | filtering` in its interface configuration): forward (the default) or filter (drop). Takes effect only with bridgeMulticastFiltering on.", "enum": ["forward", "filter"], "default": "forward", "examples": ["forward"] } }, "additionalProperties": false } }, "lags": { "type": "array", "description": "Link aggregation groups (port-channels).", "items": { "type": "object", "description": "A LAG.", "required": ["id"], "properties": { "id": { "type": "integer", "description": "LAG ID, 1-64.", "minimum": 1, "maximum": 64, "examples": [1] }, "description": { "type": "string", "description": "LAG description (which host or team it faces).", "maxLength": 256, "examples": ["HV01 TEAM-VM"] }, "members": { "type": "array", "description": "Member ports.", "items": { "$ref": "common.schema.json#/$defs/portName", "description": "A port name on this switch." }, "uniqueItems": true, "examples": [["g1", "g2"]] }, "lacp": { "type": "boolean", "description": "True for a dynamic (LACP) LAG, false for a static one.", "examples": [true] }, "vlans": { "type": "array", "description": "VLANs carried by the LAG.", "items": { "$ref": "common.schema.json#/$defs/vlanId", "description": "A VLAN ID." }, "uniqueItems": true, "examples": [[10, 20]] }, "unregisteredMulticast": { "type": "string", "description": "What the LAG does with multicast for which no group is registered (`bridge multicast unregistered forwarding | filtering` in its interface configuration): forward (the default) or filter (drop). Takes effect only with bridgeMulticastFiltering on.", "enum": ["forward", "filter"], "default": "forward", "examples": ["forward"] } }, "additionalProperties": false } }, "bridgeMulticastGroups": { "type": "array", "description": "Static bridge multicast groups (e.g. for NLB in IGMP multicast mode): per VLAN, a group MAC and/or group IP with static member ports and LAGs.", "items": { "type": "object", "description": "A bridge multicast group. At least one of mac or group.", "required": ["vlan"], "properties": { "vlan": { "$ref": "common.schema.json#/$defs/vlanId", "description": "VLAN the group is defined on." }, "mac": { "$ref": "common.schema.json#/$defs/mac", "description": "Group MAC address (01:00:5e:...), written in the switch's MAC style.", "examples": ["01:00:5e:7f:03:e8"] }, "group": { "$ref": "common.schema.json#/$defs/ipv4", "description": "Group IP address (239.255.x.y for NLB).", "examples": ["239.255.3.232"] }, "ports": { "type": "array", "description": "Static member ports.", "items": { "$ref": "common.schema.json#/$defs/portName", "description": "A port name on this switch." }, "uniqueItems": true, "examples": [["g1", "g2"]] }, "lags": { "type": "array", "description": "Static member LAGs.", "items": { "type": "integer", "description": "A LAG ID on this switch.", "minimum": 1, "maximum": 64, "examples": [1] }, "uniqueItems": true, "examples": [[1, 2]] } }, "anyOf": [{ "properties": { "mac": true }, "required": ["mac"] }, { "properties": { "group": true }, "required": ["group"] }], "additionalProperties": false } }, "staticArp": { "type": "array", "description": "Static ARP entries.", "items": { "type": "object", "description": "A static ARP entry.", "required": ["ip", "mac"], "properties": { "ip": { "$ref": "common.schema.json#/$defs/ipv4", "description": "IP address." }, "mac": { "$ref": "common.schema.json#/$defs/mac", "description": "MAC address the IP maps to." }, "vlan": { "$ref": "common.schema.json#/$defs/vlanId", "description": "VLAN (interface) of the entry." }, "interface": { "type": "string", "description": "Interface the entry is bound to, as the switch names it (e.g. vlan 20).", "minLength": 1, "maxLength": 64, "examples": ["vlan 20"] } }, "additionalProperties": false } }, "staticMac": { "type": "array", "description": "Static MAC address-table entries.", "items": { "type": "object", "description": "A static MAC-table entry.", "required": ["mac", "vlan"], "properties": { "mac": { "$ref": "common.schema.json#/$defs/mac", "description": "MAC address." }, "vlan": { "$ref": "common.schema.json#/$defs/vlanId", "description": "VLAN of the entry." }, "ports": { "type": "array", "description": "Ports the MAC is bound to.", "items": { "$ref": "common.schema.json#/$defs/portName", "description": "A port name on this switch." }, "uniqueItems": true, "examples": [["g1", "g2"]] }, "lags": { "type": "array", "description": "LAGs the MAC is bound to.", "items": { "type": "integer", "description": "A LAG ID on this switch.", "minimum": 1, "maximum": 64, "examples": [1] }, "uniqueItems": true, "examples": [[1, 2]] } }, "additionalProperties": false } } }, "additionalProperties": false } }, "additionalProperties": false, "examples": [{ "apiVersion": "hvlint/v1", "kind": "Switch", "metadata": { "name": "SW-CORE01" }, "spec": { "model": "dell-powerconnect-5424", "macStyle": "colon", "igmpSnooping": true, "bridgeMulticastFiltering": true, "vlans": [{ "id": 10, "name": "servers", "igmpSnooping": true }, { "id": 20, "name": "nlb-web", "igmpSnooping": true }], "ports": [{ "name": "g1", "description": "HV01 Ethernet 3", "lag": 1, "vlans": [10, 20] }, { "name": "g2", "description": "HV01 Ethernet 4", "lag": 1, "vlans": [10, 20] }], "lags": [{ "id": 1, "description": "HV01 TEAM-VM", "members": ["g1", "g2"], "lacp": true, "vlans": [10, 20], "unregisteredMulticast": "forward" }], "bridgeMulticastGroups": [{ "vlan": 20, "mac": "01:00:5e:7f:03:e8", "group": "239.255.3.232", "lags": [1] }] } }] };
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate44.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema34.required, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "labels" || key0 === "annotations")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func1(data0) > 128) {
          const err2 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err4 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      if (!validate23(data.labels, { instancePath: instancePath + "/labels", parentData: data, parentDataProperty: "labels", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.annotations !== void 0) {
      if (!validate25(data.annotations, { instancePath: instancePath + "/annotations", parentData: data, parentDataProperty: "annotations", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate44.errors = vErrors;
  return errors === 0;
}
validate44.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate43.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema86.required, parentSchema: schema86, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema86.required, parentSchema: schema86, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema86.required, parentSchema: schema86, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.spec === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema86.required, parentSchema: schema86, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema86, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if (typeof data0 !== "string") {
        const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "common.schema.json#/$defs/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if ("hvlint/v1" !== data0) {
        const err6 = { instancePath: instancePath + "/apiVersion", schemaPath: "common.schema.json#/$defs/apiVersion/const", keyword: "const", params: { allowedValue: "hvlint/v1" }, message: "must be equal to constant", schema: "hvlint/v1", parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (typeof data1 !== "string") {
        const err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema86.properties.kind.type, parentSchema: schema86.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if ("Switch" !== data1) {
        const err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Switch" }, message: "must be equal to constant", schema: "Switch", parentSchema: schema86.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      if (!validate44(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
        errors = vErrors.length;
      }
    }
    if (data.spec !== void 0) {
      let data3 = data.spec;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.model === void 0) {
          const err9 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'", schema: schema86.properties.spec.required, parentSchema: schema86.properties.spec, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!func8.call(schema86.properties.spec.properties, key1)) {
            const err10 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema86.properties.spec, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data3.model !== void 0) {
          let data4 = data3.model;
          if (typeof data4 === "string") {
            if (func1(data4) > 128) {
              const err11 = { instancePath: instancePath + "/spec/model", schemaPath: "#/properties/spec/properties/model/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema86.properties.spec.properties.model, data: data4 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            if (func1(data4) < 1) {
              const err12 = { instancePath: instancePath + "/spec/model", schemaPath: "#/properties/spec/properties/model/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema86.properties.spec.properties.model, data: data4 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/spec/model", schemaPath: "#/properties/spec/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema86.properties.spec.properties.model.type, parentSchema: schema86.properties.spec.properties.model, data: data4 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data3.macStyle !== void 0) {
          let data5 = data3.macStyle;
          if (typeof data5 !== "string") {
            const err14 = { instancePath: instancePath + "/spec/macStyle", schemaPath: "#/properties/spec/properties/macStyle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema86.properties.spec.properties.macStyle.type, parentSchema: schema86.properties.spec.properties.macStyle, data: data5 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          if (!(data5 === "colon" || data5 === "hyphen")) {
            const err15 = { instancePath: instancePath + "/spec/macStyle", schemaPath: "#/properties/spec/properties/macStyle/enum", keyword: "enum", params: { allowedValues: schema86.properties.spec.properties.macStyle.enum }, message: "must be equal to one of the allowed values", schema: schema86.properties.spec.properties.macStyle.enum, parentSchema: schema86.properties.spec.properties.macStyle, data: data5 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data3.igmpSnooping !== void 0) {
          let data6 = data3.igmpSnooping;
          if (typeof data6 !== "boolean") {
            const err16 = { instancePath: instancePath + "/spec/igmpSnooping", schemaPath: "#/properties/spec/properties/igmpSnooping/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema86.properties.spec.properties.igmpSnooping.type, parentSchema: schema86.properties.spec.properties.igmpSnooping, data: data6 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data3.bridgeMulticastFiltering !== void 0) {
          let data7 = data3.bridgeMulticastFiltering;
          if (typeof data7 !== "boolean") {
            const err17 = { instancePath: instancePath + "/spec/bridgeMulticastFiltering", schemaPath: "#/properties/spec/properties/bridgeMulticastFiltering/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema86.properties.spec.properties.bridgeMulticastFiltering.type, parentSchema: schema86.properties.spec.properties.bridgeMulticastFiltering, data: data7 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data3.vlans !== void 0) {
          let data8 = data3.vlans;
          if (Array.isArray(data8)) {
            const len0 = data8.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data9 = data8[i0];
              if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                if (data9.id === void 0) {
                  const err18 = { instancePath: instancePath + "/spec/vlans/" + i0, schemaPath: "#/properties/spec/properties/vlans/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema86.properties.spec.properties.vlans.items.required, parentSchema: schema86.properties.spec.properties.vlans.items, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
                for (const key2 in data9) {
                  if (!(key2 === "id" || key2 === "name" || key2 === "igmpSnooping" || key2 === "routed")) {
                    const err19 = { instancePath: instancePath + "/spec/vlans/" + i0, schemaPath: "#/properties/spec/properties/vlans/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema86.properties.spec.properties.vlans.items, data: data9 };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  }
                }
                if (data9.id !== void 0) {
                  let data10 = data9.id;
                  if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
                    const err20 = { instancePath: instancePath + "/spec/vlans/" + i0 + "/id", schemaPath: "common.schema.json#/$defs/vlanId/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema73.type, parentSchema: schema73, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err20];
                    } else {
                      vErrors.push(err20);
                    }
                    errors++;
                  }
                  if (typeof data10 == "number" && isFinite(data10)) {
                    if (data10 > 4094 || isNaN(data10)) {
                      const err21 = { instancePath: instancePath + "/spec/vlans/" + i0 + "/id", schemaPath: "common.schema.json#/$defs/vlanId/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4094 }, message: "must be <= 4094", schema: 4094, parentSchema: schema73, data: data10 };
                      if (vErrors === null) {
                        vErrors = [err21];
                      } else {
                        vErrors.push(err21);
                      }
                      errors++;
                    }
                    if (data10 < 1 || isNaN(data10)) {
                      const err22 = { instancePath: instancePath + "/spec/vlans/" + i0 + "/id", schemaPath: "common.schema.json#/$defs/vlanId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema73, data: data10 };
                      if (vErrors === null) {
                        vErrors = [err22];
                      } else {
                        vErrors.push(err22);
                      }
                      errors++;
                    }
                  }
                }
                if (data9.name !== void 0) {
                  let data11 = data9.name;
                  if (typeof data11 === "string") {
                    if (func1(data11) > 64) {
                      const err23 = { instancePath: instancePath + "/spec/vlans/" + i0 + "/name", schemaPath: "#/properties/spec/properties/vlans/items/properties/name/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema86.properties.spec.properties.vlans.items.properties.name, data: data11 };
                      if (vErrors === null) {
                        vErrors = [err23];
                      } else {
                        vErrors.push(err23);
                      }
                      errors++;
                    }
                    if (func1(data11) < 1) {
                      const err24 = { instancePath: instancePath + "/spec/vlans/" + i0 + "/name", schemaPath: "#/properties/spec/properties/vlans/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema86.properties.spec.properties.vlans.items.properties.name, data: data11 };
                      if (vErrors === null) {
                        vErrors = [err24];
                      } else {
                        vErrors.push(err24);
                      }
                      errors++;
                    }
                  } else {
                    const err25 = { instancePath: instancePath + "/spec/vlans/" + i0 + "/name", schemaPath: "#/properties/spec/properties/vlans/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema86.properties.spec.properties.vlans.items.properties.name.type, parentSchema: schema86.properties.spec.properties.vlans.items.properties.name, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                }
                if (data9.igmpSnooping !== void 0) {
                  let data12 = data9.igmpSnooping;
                  if (typeof data12 !== "boolean") {
                    const err26 = { instancePath: instancePath + "/spec/vlans/" + i0 + "/igmpSnooping", schemaPath: "#/properties/spec/properties/vlans/items/properties/igmpSnooping/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema86.properties.spec.properties.vlans.items.properties.igmpSnooping.type, parentSchema: schema86.properties.spec.properties.vlans.items.properties.igmpSnooping, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
                if (data9.routed !== void 0) {
                  let data13 = data9.routed;
                  if (typeof data13 !== "boolean") {
                    const err27 = { instancePath: instancePath + "/spec/vlans/" + i0 + "/routed", schemaPath: "#/properties/spec/properties/vlans/items/properties/routed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema86.properties.spec.properties.vlans.items.properties.routed.type, parentSchema: schema86.properties.spec.properties.vlans.items.properties.routed, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
              } else {
                const err28 = { instancePath: instancePath + "/spec/vlans/" + i0, schemaPath: "#/properties/spec/properties/vlans/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema86.properties.spec.properties.vlans.items.type, parentSchema: schema86.properties.spec.properties.vlans.items, data: data9 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
          } else {
            const err29 = { instancePath: instancePath + "/spec/vlans", schemaPath: "#/properties/spec/properties/vlans/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema86.properties.spec.properties.vlans.type, parentSchema: schema86.properties.spec.properties.vlans, data: data8 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data3.ports !== void 0) {
          let data14 = data3.ports;
          if (Array.isArray(data14)) {
            const len1 = data14.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data15 = data14[i1];
              if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                if (data15.name === void 0) {
                  const err30 = { instancePath: instancePath + "/spec/ports/" + i1, schemaPath: "#/properties/spec/properties/ports/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema86.properties.spec.properties.ports.items.required, parentSchema: schema86.properties.spec.properties.ports.items, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
                for (const key3 in data15) {
                  if (!(key3 === "name" || key3 === "description" || key3 === "lag" || key3 === "vlans" || key3 === "unregisteredMulticast")) {
                    const err31 = { instancePath: instancePath + "/spec/ports/" + i1, schemaPath: "#/properties/spec/properties/ports/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema86.properties.spec.properties.ports.items, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
                if (data15.name !== void 0) {
                  let data16 = data15.name;
                  if (typeof data16 === "string") {
                    if (func1(data16) > 64) {
                      const err32 = { instancePath: instancePath + "/spec/ports/" + i1 + "/name", schemaPath: "common.schema.json#/$defs/portName/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema47, data: data16 };
                      if (vErrors === null) {
                        vErrors = [err32];
                      } else {
                        vErrors.push(err32);
                      }
                      errors++;
                    }
                    if (func1(data16) < 1) {
                      const err33 = { instancePath: instancePath + "/spec/ports/" + i1 + "/name", schemaPath: "common.schema.json#/$defs/portName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47, data: data16 };
                      if (vErrors === null) {
                        vErrors = [err33];
                      } else {
                        vErrors.push(err33);
                      }
                      errors++;
                    }
                    if (!pattern17.test(data16)) {
                      const err34 = { instancePath: instancePath + "/spec/ports/" + i1 + "/name", schemaPath: "common.schema.json#/$defs/portName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9/:._-]{0,62}[A-Za-z0-9])?$" }, message: 'must match pattern "^[A-Za-z0-9](?:[A-Za-z0-9/:._-]{0,62}[A-Za-z0-9])?$"', schema: "^[A-Za-z0-9](?:[A-Za-z0-9/:._-]{0,62}[A-Za-z0-9])?$", parentSchema: schema47, data: data16 };
                      if (vErrors === null) {
                        vErrors = [err34];
                      } else {
                        vErrors.push(err34);
                      }
                      errors++;
                    }
                  } else {
                    const err35 = { instancePath: instancePath + "/spec/ports/" + i1 + "/name", schemaPath: "common.schema.json#/$defs/portName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.type, parentSchema: schema47, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                }
                if (data15.description !== void 0) {
                  let data17 = data15.description;
                  if (typeof data17 === "string") {
                    if (func1(data17) > 256) {
                      const err36 = { instancePath: instancePath + "/spec/ports/" + i1 + "/description", schemaPath: "#/properties/spec/properties/ports/items/properties/description/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema86.properties.spec.properties.ports.items.properties.description, data: data17 };
                      if (vErrors === null) {
                        vErrors = [err36];
                      } else {
                        vErrors.push(err36);
                      }
                      errors++;
                    }
                  } else {
                    const err37 = { instancePath: instancePath + "/spec/ports/" + i1 + "/description", schemaPath: "#/properties/spec/properties/ports/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema86.properties.spec.properties.ports.items.properties.description.type, parentSchema: schema86.properties.spec.properties.ports.items.properties.description, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
                if (data15.lag !== void 0) {
                  let data18 = data15.lag;
                  if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
                    const err38 = { instancePath: instancePath + "/spec/ports/" + i1 + "/lag", schemaPath: "#/properties/spec/properties/ports/items/properties/lag/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema86.properties.spec.properties.ports.items.properties.lag.type, parentSchema: schema86.properties.spec.properties.ports.items.properties.lag, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err38];
                    } else {
                      vErrors.push(err38);
                    }
                    errors++;
                  }
                  if (typeof data18 == "number" && isFinite(data18)) {
                    if (data18 > 64 || isNaN(data18)) {
                      const err39 = { instancePath: instancePath + "/spec/ports/" + i1 + "/lag", schemaPath: "#/properties/spec/properties/ports/items/properties/lag/maximum", keyword: "maximum", params: { comparison: "<=", limit: 64 }, message: "must be <= 64", schema: 64, parentSchema: schema86.properties.spec.properties.ports.items.properties.lag, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err39];
                      } else {
                        vErrors.push(err39);
                      }
                      errors++;
                    }
                    if (data18 < 1 || isNaN(data18)) {
                      const err40 = { instancePath: instancePath + "/spec/ports/" + i1 + "/lag", schemaPath: "#/properties/spec/properties/ports/items/properties/lag/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema86.properties.spec.properties.ports.items.properties.lag, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err40];
                      } else {
                        vErrors.push(err40);
                      }
                      errors++;
                    }
                  }
                }
                if (data15.vlans !== void 0) {
                  let data19 = data15.vlans;
                  if (Array.isArray(data19)) {
                    const len2 = data19.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                      let data20 = data19[i2];
                      if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
                        const err41 = { instancePath: instancePath + "/spec/ports/" + i1 + "/vlans/" + i2, schemaPath: "common.schema.json#/$defs/vlanId/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema73.type, parentSchema: schema73, data: data20 };
                        if (vErrors === null) {
                          vErrors = [err41];
                        } else {
                          vErrors.push(err41);
                        }
                        errors++;
                      }
                      if (typeof data20 == "number" && isFinite(data20)) {
                        if (data20 > 4094 || isNaN(data20)) {
                          const err42 = { instancePath: instancePath + "/spec/ports/" + i1 + "/vlans/" + i2, schemaPath: "common.schema.json#/$defs/vlanId/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4094 }, message: "must be <= 4094", schema: 4094, parentSchema: schema73, data: data20 };
                          if (vErrors === null) {
                            vErrors = [err42];
                          } else {
                            vErrors.push(err42);
                          }
                          errors++;
                        }
                        if (data20 < 1 || isNaN(data20)) {
                          const err43 = { instancePath: instancePath + "/spec/ports/" + i1 + "/vlans/" + i2, schemaPath: "common.schema.json#/$defs/vlanId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema73, data: data20 };
                          if (vErrors === null) {
                            vErrors = [err43];
                          } else {
                            vErrors.push(err43);
                          }
                          errors++;
                        }
                      }
                    }
                    let i3 = data19.length;
                    let j0;
                    if (i3 > 1) {
                      outer0:
                        for (; i3--; ) {
                          for (j0 = i3; j0--; ) {
                            if (func0(data19[i3], data19[j0])) {
                              const err44 = { instancePath: instancePath + "/spec/ports/" + i1 + "/vlans", schemaPath: "#/properties/spec/properties/ports/items/properties/vlans/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i3 + " are identical)", schema: true, parentSchema: schema86.properties.spec.properties.ports.items.properties.vlans, data: data19 };
                              if (vErrors === null) {
                                vErrors = [err44];
                              } else {
                                vErrors.push(err44);
                              }
                              errors++;
                              break outer0;
                            }
                          }
                        }
                    }
                  } else {
                    const err45 = { instancePath: instancePath + "/spec/ports/" + i1 + "/vlans", schemaPath: "#/properties/spec/properties/ports/items/properties/vlans/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema86.properties.spec.properties.ports.items.properties.vlans.type, parentSchema: schema86.properties.spec.properties.ports.items.properties.vlans, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err45];
                    } else {
                      vErrors.push(err45);
                    }
                    errors++;
                  }
                }
                if (data15.unregisteredMulticast !== void 0) {
                  let data21 = data15.unregisteredMulticast;
                  if (typeof data21 !== "string") {
                    const err46 = { instancePath: instancePath + "/spec/ports/" + i1 + "/unregisteredMulticast", schemaPath: "#/properties/spec/properties/ports/items/properties/unregisteredMulticast/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema86.properties.spec.properties.ports.items.properties.unregisteredMulticast.type, parentSchema: schema86.properties.spec.properties.ports.items.properties.unregisteredMulticast, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                  if (!(data21 === "forward" || data21 === "filter")) {
                    const err47 = { instancePath: instancePath + "/spec/ports/" + i1 + "/unregisteredMulticast", schemaPath: "#/properties/spec/properties/ports/items/properties/unregisteredMulticast/enum", keyword: "enum", params: { allowedValues: schema86.properties.spec.properties.ports.items.properties.unregisteredMulticast.enum }, message: "must be equal to one of the allowed values", schema: schema86.properties.spec.properties.ports.items.properties.unregisteredMulticast.enum, parentSchema: schema86.properties.spec.properties.ports.items.properties.unregisteredMulticast, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err47];
                    } else {
                      vErrors.push(err47);
                    }
                    errors++;
                  }
                }
              } else {
                const err48 = { instancePath: instancePath + "/spec/ports/" + i1, schemaPath: "#/properties/spec/properties/ports/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema86.properties.spec.properties.ports.items.type, parentSchema: schema86.properties.spec.properties.ports.items, data: data15 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
          } else {
            const err49 = { instancePath: instancePath + "/spec/ports", schemaPath: "#/properties/spec/properties/ports/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema86.properties.spec.properties.ports.type, parentSchema: schema86.properties.spec.properties.ports, data: data14 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data3.lags !== void 0) {
          let data22 = data3.lags;
          if (Array.isArray(data22)) {
            const len3 = data22.length;
            for (let i4 = 0; i4 < len3; i4++) {
              let data23 = data22[i4];
              if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                if (data23.id === void 0) {
                  const err50 = { instancePath: instancePath + "/spec/lags/" + i4, schemaPath: "#/properties/spec/properties/lags/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema86.properties.spec.properties.lags.items.required, parentSchema: schema86.properties.spec.properties.lags.items, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
                for (const key4 in data23) {
                  if (!(key4 === "id" || key4 === "description" || key4 === "members" || key4 === "lacp" || key4 === "vlans" || key4 === "unregisteredMulticast")) {
                    const err51 = { instancePath: instancePath + "/spec/lags/" + i4, schemaPath: "#/properties/spec/properties/lags/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema86.properties.spec.properties.lags.items, data: data23 };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                }
                if (data23.id !== void 0) {
                  let data24 = data23.id;
                  if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)) && isFinite(data24))) {
                    const err52 = { instancePath: instancePath + "/spec/lags/" + i4 + "/id", schemaPath: "#/properties/spec/properties/lags/items/properties/id/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema86.properties.spec.properties.lags.items.properties.id.type, parentSchema: schema86.properties.spec.properties.lags.items.properties.id, data: data24 };
                    if (vErrors === null) {
                      vErrors = [err52];
                    } else {
                      vErrors.push(err52);
                    }
                    errors++;
                  }
                  if (typeof data24 == "number" && isFinite(data24)) {
                    if (data24 > 64 || isNaN(data24)) {
                      const err53 = { instancePath: instancePath + "/spec/lags/" + i4 + "/id", schemaPath: "#/properties/spec/properties/lags/items/properties/id/maximum", keyword: "maximum", params: { comparison: "<=", limit: 64 }, message: "must be <= 64", schema: 64, parentSchema: schema86.properties.spec.properties.lags.items.properties.id, data: data24 };
                      if (vErrors === null) {
                        vErrors = [err53];
                      } else {
                        vErrors.push(err53);
                      }
                      errors++;
                    }
                    if (data24 < 1 || isNaN(data24)) {
                      const err54 = { instancePath: instancePath + "/spec/lags/" + i4 + "/id", schemaPath: "#/properties/spec/properties/lags/items/properties/id/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema86.properties.spec.properties.lags.items.properties.id, data: data24 };
                      if (vErrors === null) {
                        vErrors = [err54];
                      } else {
                        vErrors.push(err54);
                      }
                      errors++;
                    }
                  }
                }
                if (data23.description !== void 0) {
                  let data25 = data23.description;
                  if (typeof data25 === "string") {
                    if (func1(data25) > 256) {
                      const err55 = { instancePath: instancePath + "/spec/lags/" + i4 + "/description", schemaPath: "#/properties/spec/properties/lags/items/properties/description/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema86.properties.spec.properties.lags.items.properties.description, data: data25 };
                      if (vErrors === null) {
                        vErrors = [err55];
                      } else {
                        vErrors.push(err55);
                      }
                      errors++;
                    }
                  } else {
                    const err56 = { instancePath: instancePath + "/spec/lags/" + i4 + "/description", schemaPath: "#/properties/spec/properties/lags/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema86.properties.spec.properties.lags.items.properties.description.type, parentSchema: schema86.properties.spec.properties.lags.items.properties.description, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err56];
                    } else {
                      vErrors.push(err56);
                    }
                    errors++;
                  }
                }
                if (data23.members !== void 0) {
                  let data26 = data23.members;
                  if (Array.isArray(data26)) {
                    const len4 = data26.length;
                    for (let i5 = 0; i5 < len4; i5++) {
                      let data27 = data26[i5];
                      if (typeof data27 === "string") {
                        if (func1(data27) > 64) {
                          const err57 = { instancePath: instancePath + "/spec/lags/" + i4 + "/members/" + i5, schemaPath: "common.schema.json#/$defs/portName/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema47, data: data27 };
                          if (vErrors === null) {
                            vErrors = [err57];
                          } else {
                            vErrors.push(err57);
                          }
                          errors++;
                        }
                        if (func1(data27) < 1) {
                          const err58 = { instancePath: instancePath + "/spec/lags/" + i4 + "/members/" + i5, schemaPath: "common.schema.json#/$defs/portName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47, data: data27 };
                          if (vErrors === null) {
                            vErrors = [err58];
                          } else {
                            vErrors.push(err58);
                          }
                          errors++;
                        }
                        if (!pattern17.test(data27)) {
                          const err59 = { instancePath: instancePath + "/spec/lags/" + i4 + "/members/" + i5, schemaPath: "common.schema.json#/$defs/portName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9/:._-]{0,62}[A-Za-z0-9])?$" }, message: 'must match pattern "^[A-Za-z0-9](?:[A-Za-z0-9/:._-]{0,62}[A-Za-z0-9])?$"', schema: "^[A-Za-z0-9](?:[A-Za-z0-9/:._-]{0,62}[A-Za-z0-9])?$", parentSchema: schema47, data: data27 };
                          if (vErrors === null) {
                            vErrors = [err59];
                          } else {
                            vErrors.push(err59);
                          }
                          errors++;
                        }
                      } else {
                        const err60 = { instancePath: instancePath + "/spec/lags/" + i4 + "/members/" + i5, schemaPath: "common.schema.json#/$defs/portName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.type, parentSchema: schema47, data: data27 };
                        if (vErrors === null) {
                          vErrors = [err60];
                        } else {
                          vErrors.push(err60);
                        }
                        errors++;
                      }
                    }
                    let i6 = data26.length;
                    let j1;
                    if (i6 > 1) {
                      outer1:
                        for (; i6--; ) {
                          for (j1 = i6; j1--; ) {
                            if (func0(data26[i6], data26[j1])) {
                              const err61 = { instancePath: instancePath + "/spec/lags/" + i4 + "/members", schemaPath: "#/properties/spec/properties/lags/items/properties/members/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i6 + " are identical)", schema: true, parentSchema: schema86.properties.spec.properties.lags.items.properties.members, data: data26 };
                              if (vErrors === null) {
                                vErrors = [err61];
                              } else {
                                vErrors.push(err61);
                              }
                              errors++;
                              break outer1;
                            }
                          }
                        }
                    }
                  } else {
                    const err62 = { instancePath: instancePath + "/spec/lags/" + i4 + "/members", schemaPath: "#/properties/spec/properties/lags/items/properties/members/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema86.properties.spec.properties.lags.items.properties.members.type, parentSchema: schema86.properties.spec.properties.lags.items.properties.members, data: data26 };
                    if (vErrors === null) {
                      vErrors = [err62];
                    } else {
                      vErrors.push(err62);
                    }
                    errors++;
                  }
                }
                if (data23.lacp !== void 0) {
                  let data28 = data23.lacp;
                  if (typeof data28 !== "boolean") {
                    const err63 = { instancePath: instancePath + "/spec/lags/" + i4 + "/lacp", schemaPath: "#/properties/spec/properties/lags/items/properties/lacp/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema86.properties.spec.properties.lags.items.properties.lacp.type, parentSchema: schema86.properties.spec.properties.lags.items.properties.lacp, data: data28 };
                    if (vErrors === null) {
                      vErrors = [err63];
                    } else {
                      vErrors.push(err63);
                    }
                    errors++;
                  }
                }
                if (data23.vlans !== void 0) {
                  let data29 = data23.vlans;
                  if (Array.isArray(data29)) {
                    const len5 = data29.length;
                    for (let i7 = 0; i7 < len5; i7++) {
                      let data30 = data29[i7];
                      if (!(typeof data30 == "number" && (!(data30 % 1) && !isNaN(data30)) && isFinite(data30))) {
                        const err64 = { instancePath: instancePath + "/spec/lags/" + i4 + "/vlans/" + i7, schemaPath: "common.schema.json#/$defs/vlanId/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema73.type, parentSchema: schema73, data: data30 };
                        if (vErrors === null) {
                          vErrors = [err64];
                        } else {
                          vErrors.push(err64);
                        }
                        errors++;
                      }
                      if (typeof data30 == "number" && isFinite(data30)) {
                        if (data30 > 4094 || isNaN(data30)) {
                          const err65 = { instancePath: instancePath + "/spec/lags/" + i4 + "/vlans/" + i7, schemaPath: "common.schema.json#/$defs/vlanId/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4094 }, message: "must be <= 4094", schema: 4094, parentSchema: schema73, data: data30 };
                          if (vErrors === null) {
                            vErrors = [err65];
                          } else {
                            vErrors.push(err65);
                          }
                          errors++;
                        }
                        if (data30 < 1 || isNaN(data30)) {
                          const err66 = { instancePath: instancePath + "/spec/lags/" + i4 + "/vlans/" + i7, schemaPath: "common.schema.json#/$defs/vlanId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema73, data: data30 };
                          if (vErrors === null) {
                            vErrors = [err66];
                          } else {
                            vErrors.push(err66);
                          }
                          errors++;
                        }
                      }
                    }
                    let i8 = data29.length;
                    let j2;
                    if (i8 > 1) {
                      outer2:
                        for (; i8--; ) {
                          for (j2 = i8; j2--; ) {
                            if (func0(data29[i8], data29[j2])) {
                              const err67 = { instancePath: instancePath + "/spec/lags/" + i4 + "/vlans", schemaPath: "#/properties/spec/properties/lags/items/properties/vlans/uniqueItems", keyword: "uniqueItems", params: { i: i8, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i8 + " are identical)", schema: true, parentSchema: schema86.properties.spec.properties.lags.items.properties.vlans, data: data29 };
                              if (vErrors === null) {
                                vErrors = [err67];
                              } else {
                                vErrors.push(err67);
                              }
                              errors++;
                              break outer2;
                            }
                          }
                        }
                    }
                  } else {
                    const err68 = { instancePath: instancePath + "/spec/lags/" + i4 + "/vlans", schemaPath: "#/properties/spec/properties/lags/items/properties/vlans/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema86.properties.spec.properties.lags.items.properties.vlans.type, parentSchema: schema86.properties.spec.properties.lags.items.properties.vlans, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                }
                if (data23.unregisteredMulticast !== void 0) {
                  let data31 = data23.unregisteredMulticast;
                  if (typeof data31 !== "string") {
                    const err69 = { instancePath: instancePath + "/spec/lags/" + i4 + "/unregisteredMulticast", schemaPath: "#/properties/spec/properties/lags/items/properties/unregisteredMulticast/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema86.properties.spec.properties.lags.items.properties.unregisteredMulticast.type, parentSchema: schema86.properties.spec.properties.lags.items.properties.unregisteredMulticast, data: data31 };
                    if (vErrors === null) {
                      vErrors = [err69];
                    } else {
                      vErrors.push(err69);
                    }
                    errors++;
                  }
                  if (!(data31 === "forward" || data31 === "filter")) {
                    const err70 = { instancePath: instancePath + "/spec/lags/" + i4 + "/unregisteredMulticast", schemaPath: "#/properties/spec/properties/lags/items/properties/unregisteredMulticast/enum", keyword: "enum", params: { allowedValues: schema86.properties.spec.properties.lags.items.properties.unregisteredMulticast.enum }, message: "must be equal to one of the allowed values", schema: schema86.properties.spec.properties.lags.items.properties.unregisteredMulticast.enum, parentSchema: schema86.properties.spec.properties.lags.items.properties.unregisteredMulticast, data: data31 };
                    if (vErrors === null) {
                      vErrors = [err70];
                    } else {
                      vErrors.push(err70);
                    }
                    errors++;
                  }
                }
              } else {
                const err71 = { instancePath: instancePath + "/spec/lags/" + i4, schemaPath: "#/properties/spec/properties/lags/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema86.properties.spec.properties.lags.items.type, parentSchema: schema86.properties.spec.properties.lags.items, data: data23 };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
          } else {
            const err72 = { instancePath: instancePath + "/spec/lags", schemaPath: "#/properties/spec/properties/lags/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema86.properties.spec.properties.lags.type, parentSchema: schema86.properties.spec.properties.lags, data: data22 };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
        }
        if (data3.bridgeMulticastGroups !== void 0) {
          let data32 = data3.bridgeMulticastGroups;
          if (Array.isArray(data32)) {
            const len6 = data32.length;
            for (let i9 = 0; i9 < len6; i9++) {
              let data33 = data32[i9];
              const _errs79 = errors;
              let valid28 = false;
              const _errs80 = errors;
              if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                if (data33.mac === void 0) {
                  const err73 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9, schemaPath: "#/properties/spec/properties/bridgeMulticastGroups/items/anyOf/0/required", keyword: "required", params: { missingProperty: "mac" }, message: "must have required property 'mac'", schema: schema86.properties.spec.properties.bridgeMulticastGroups.items.anyOf[0].required, parentSchema: schema86.properties.spec.properties.bridgeMulticastGroups.items.anyOf[0], data: data33 };
                  if (vErrors === null) {
                    vErrors = [err73];
                  } else {
                    vErrors.push(err73);
                  }
                  errors++;
                }
              }
              var _valid0 = _errs80 === errors;
              valid28 = valid28 || _valid0;
              if (_valid0) {
                var props0 = {};
                props0.mac = true;
              }
              const _errs81 = errors;
              if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                if (data33.group === void 0) {
                  const err74 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9, schemaPath: "#/properties/spec/properties/bridgeMulticastGroups/items/anyOf/1/required", keyword: "required", params: { missingProperty: "group" }, message: "must have required property 'group'", schema: schema86.properties.spec.properties.bridgeMulticastGroups.items.anyOf[1].required, parentSchema: schema86.properties.spec.properties.bridgeMulticastGroups.items.anyOf[1], data: data33 };
                  if (vErrors === null) {
                    vErrors = [err74];
                  } else {
                    vErrors.push(err74);
                  }
                  errors++;
                }
              }
              var _valid0 = _errs81 === errors;
              valid28 = valid28 || _valid0;
              if (_valid0) {
                if (props0 !== true) {
                  props0 = props0 || {};
                  props0.group = true;
                }
              }
              if (!valid28) {
                const err75 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9, schemaPath: "#/properties/spec/properties/bridgeMulticastGroups/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema86.properties.spec.properties.bridgeMulticastGroups.items.anyOf, parentSchema: schema86.properties.spec.properties.bridgeMulticastGroups.items, data: data33 };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              } else {
                errors = _errs79;
                if (vErrors !== null) {
                  if (_errs79) {
                    vErrors.length = _errs79;
                  } else {
                    vErrors = null;
                  }
                }
              }
              if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                if (data33.vlan === void 0) {
                  const err76 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9, schemaPath: "#/properties/spec/properties/bridgeMulticastGroups/items/required", keyword: "required", params: { missingProperty: "vlan" }, message: "must have required property 'vlan'", schema: schema86.properties.spec.properties.bridgeMulticastGroups.items.required, parentSchema: schema86.properties.spec.properties.bridgeMulticastGroups.items, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err76];
                  } else {
                    vErrors.push(err76);
                  }
                  errors++;
                }
                for (const key5 in data33) {
                  if (!(key5 === "vlan" || key5 === "mac" || key5 === "group" || key5 === "ports" || key5 === "lags")) {
                    const err77 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9, schemaPath: "#/properties/spec/properties/bridgeMulticastGroups/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema86.properties.spec.properties.bridgeMulticastGroups.items, data: data33 };
                    if (vErrors === null) {
                      vErrors = [err77];
                    } else {
                      vErrors.push(err77);
                    }
                    errors++;
                  }
                }
                if (data33.vlan !== void 0) {
                  let data34 = data33.vlan;
                  if (!(typeof data34 == "number" && (!(data34 % 1) && !isNaN(data34)) && isFinite(data34))) {
                    const err78 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9 + "/vlan", schemaPath: "common.schema.json#/$defs/vlanId/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema73.type, parentSchema: schema73, data: data34 };
                    if (vErrors === null) {
                      vErrors = [err78];
                    } else {
                      vErrors.push(err78);
                    }
                    errors++;
                  }
                  if (typeof data34 == "number" && isFinite(data34)) {
                    if (data34 > 4094 || isNaN(data34)) {
                      const err79 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9 + "/vlan", schemaPath: "common.schema.json#/$defs/vlanId/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4094 }, message: "must be <= 4094", schema: 4094, parentSchema: schema73, data: data34 };
                      if (vErrors === null) {
                        vErrors = [err79];
                      } else {
                        vErrors.push(err79);
                      }
                      errors++;
                    }
                    if (data34 < 1 || isNaN(data34)) {
                      const err80 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9 + "/vlan", schemaPath: "common.schema.json#/$defs/vlanId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema73, data: data34 };
                      if (vErrors === null) {
                        vErrors = [err80];
                      } else {
                        vErrors.push(err80);
                      }
                      errors++;
                    }
                  }
                }
                if (data33.mac !== void 0) {
                  let data35 = data33.mac;
                  if (typeof data35 === "string") {
                    if (!pattern42.test(data35)) {
                      const err81 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9 + "/mac", schemaPath: "common.schema.json#/$defs/mac/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Fa-f]{2}([-:])[0-9A-Fa-f]{2}(?:\\1[0-9A-Fa-f]{2}){4}$" }, message: 'must match pattern "^[0-9A-Fa-f]{2}([-:])[0-9A-Fa-f]{2}(?:\\1[0-9A-Fa-f]{2}){4}$"', schema: "^[0-9A-Fa-f]{2}([-:])[0-9A-Fa-f]{2}(?:\\1[0-9A-Fa-f]{2}){4}$", parentSchema: schema74, data: data35 };
                      if (vErrors === null) {
                        vErrors = [err81];
                      } else {
                        vErrors.push(err81);
                      }
                      errors++;
                    }
                  } else {
                    const err82 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9 + "/mac", schemaPath: "common.schema.json#/$defs/mac/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.type, parentSchema: schema74, data: data35 };
                    if (vErrors === null) {
                      vErrors = [err82];
                    } else {
                      vErrors.push(err82);
                    }
                    errors++;
                  }
                }
                if (data33.group !== void 0) {
                  let data36 = data33.group;
                  if (typeof data36 === "string") {
                    if (!pattern45.test(data36)) {
                      const err83 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9 + "/group", schemaPath: "common.schema.json#/$defs/ipv4/pattern", keyword: "pattern", params: { pattern: "^(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}$" }, message: 'must match pattern "^(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}$"', schema: "^(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}$", parentSchema: schema80, data: data36 };
                      if (vErrors === null) {
                        vErrors = [err83];
                      } else {
                        vErrors.push(err83);
                      }
                      errors++;
                    }
                  } else {
                    const err84 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9 + "/group", schemaPath: "common.schema.json#/$defs/ipv4/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema80.type, parentSchema: schema80, data: data36 };
                    if (vErrors === null) {
                      vErrors = [err84];
                    } else {
                      vErrors.push(err84);
                    }
                    errors++;
                  }
                }
                if (data33.ports !== void 0) {
                  let data37 = data33.ports;
                  if (Array.isArray(data37)) {
                    const len7 = data37.length;
                    for (let i10 = 0; i10 < len7; i10++) {
                      let data38 = data37[i10];
                      if (typeof data38 === "string") {
                        if (func1(data38) > 64) {
                          const err85 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9 + "/ports/" + i10, schemaPath: "common.schema.json#/$defs/portName/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema47, data: data38 };
                          if (vErrors === null) {
                            vErrors = [err85];
                          } else {
                            vErrors.push(err85);
                          }
                          errors++;
                        }
                        if (func1(data38) < 1) {
                          const err86 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9 + "/ports/" + i10, schemaPath: "common.schema.json#/$defs/portName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47, data: data38 };
                          if (vErrors === null) {
                            vErrors = [err86];
                          } else {
                            vErrors.push(err86);
                          }
                          errors++;
                        }
                        if (!pattern17.test(data38)) {
                          const err87 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9 + "/ports/" + i10, schemaPath: "common.schema.json#/$defs/portName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9/:._-]{0,62}[A-Za-z0-9])?$" }, message: 'must match pattern "^[A-Za-z0-9](?:[A-Za-z0-9/:._-]{0,62}[A-Za-z0-9])?$"', schema: "^[A-Za-z0-9](?:[A-Za-z0-9/:._-]{0,62}[A-Za-z0-9])?$", parentSchema: schema47, data: data38 };
                          if (vErrors === null) {
                            vErrors = [err87];
                          } else {
                            vErrors.push(err87);
                          }
                          errors++;
                        }
                      } else {
                        const err88 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9 + "/ports/" + i10, schemaPath: "common.schema.json#/$defs/portName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.type, parentSchema: schema47, data: data38 };
                        if (vErrors === null) {
                          vErrors = [err88];
                        } else {
                          vErrors.push(err88);
                        }
                        errors++;
                      }
                    }
                    let i11 = data37.length;
                    let j3;
                    if (i11 > 1) {
                      outer3:
                        for (; i11--; ) {
                          for (j3 = i11; j3--; ) {
                            if (func0(data37[i11], data37[j3])) {
                              const err89 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9 + "/ports", schemaPath: "#/properties/spec/properties/bridgeMulticastGroups/items/properties/ports/uniqueItems", keyword: "uniqueItems", params: { i: i11, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i11 + " are identical)", schema: true, parentSchema: schema86.properties.spec.properties.bridgeMulticastGroups.items.properties.ports, data: data37 };
                              if (vErrors === null) {
                                vErrors = [err89];
                              } else {
                                vErrors.push(err89);
                              }
                              errors++;
                              break outer3;
                            }
                          }
                        }
                    }
                  } else {
                    const err90 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9 + "/ports", schemaPath: "#/properties/spec/properties/bridgeMulticastGroups/items/properties/ports/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema86.properties.spec.properties.bridgeMulticastGroups.items.properties.ports.type, parentSchema: schema86.properties.spec.properties.bridgeMulticastGroups.items.properties.ports, data: data37 };
                    if (vErrors === null) {
                      vErrors = [err90];
                    } else {
                      vErrors.push(err90);
                    }
                    errors++;
                  }
                }
                if (data33.lags !== void 0) {
                  let data39 = data33.lags;
                  if (Array.isArray(data39)) {
                    const len8 = data39.length;
                    for (let i12 = 0; i12 < len8; i12++) {
                      let data40 = data39[i12];
                      if (!(typeof data40 == "number" && (!(data40 % 1) && !isNaN(data40)) && isFinite(data40))) {
                        const err91 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9 + "/lags/" + i12, schemaPath: "#/properties/spec/properties/bridgeMulticastGroups/items/properties/lags/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema86.properties.spec.properties.bridgeMulticastGroups.items.properties.lags.items.type, parentSchema: schema86.properties.spec.properties.bridgeMulticastGroups.items.properties.lags.items, data: data40 };
                        if (vErrors === null) {
                          vErrors = [err91];
                        } else {
                          vErrors.push(err91);
                        }
                        errors++;
                      }
                      if (typeof data40 == "number" && isFinite(data40)) {
                        if (data40 > 64 || isNaN(data40)) {
                          const err92 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9 + "/lags/" + i12, schemaPath: "#/properties/spec/properties/bridgeMulticastGroups/items/properties/lags/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 64 }, message: "must be <= 64", schema: 64, parentSchema: schema86.properties.spec.properties.bridgeMulticastGroups.items.properties.lags.items, data: data40 };
                          if (vErrors === null) {
                            vErrors = [err92];
                          } else {
                            vErrors.push(err92);
                          }
                          errors++;
                        }
                        if (data40 < 1 || isNaN(data40)) {
                          const err93 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9 + "/lags/" + i12, schemaPath: "#/properties/spec/properties/bridgeMulticastGroups/items/properties/lags/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema86.properties.spec.properties.bridgeMulticastGroups.items.properties.lags.items, data: data40 };
                          if (vErrors === null) {
                            vErrors = [err93];
                          } else {
                            vErrors.push(err93);
                          }
                          errors++;
                        }
                      }
                    }
                    let i13 = data39.length;
                    let j4;
                    if (i13 > 1) {
                      const indices0 = {};
                      for (; i13--; ) {
                        let item0 = data39[i13];
                        if (!(typeof item0 == "number" && (!(item0 % 1) && !isNaN(item0)) && isFinite(item0))) {
                          continue;
                        }
                        if (typeof indices0[item0] == "number") {
                          j4 = indices0[item0];
                          const err94 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9 + "/lags", schemaPath: "#/properties/spec/properties/bridgeMulticastGroups/items/properties/lags/uniqueItems", keyword: "uniqueItems", params: { i: i13, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i13 + " are identical)", schema: true, parentSchema: schema86.properties.spec.properties.bridgeMulticastGroups.items.properties.lags, data: data39 };
                          if (vErrors === null) {
                            vErrors = [err94];
                          } else {
                            vErrors.push(err94);
                          }
                          errors++;
                          break;
                        }
                        indices0[item0] = i13;
                      }
                    }
                  } else {
                    const err95 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9 + "/lags", schemaPath: "#/properties/spec/properties/bridgeMulticastGroups/items/properties/lags/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema86.properties.spec.properties.bridgeMulticastGroups.items.properties.lags.type, parentSchema: schema86.properties.spec.properties.bridgeMulticastGroups.items.properties.lags, data: data39 };
                    if (vErrors === null) {
                      vErrors = [err95];
                    } else {
                      vErrors.push(err95);
                    }
                    errors++;
                  }
                }
              } else {
                const err96 = { instancePath: instancePath + "/spec/bridgeMulticastGroups/" + i9, schemaPath: "#/properties/spec/properties/bridgeMulticastGroups/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema86.properties.spec.properties.bridgeMulticastGroups.items.type, parentSchema: schema86.properties.spec.properties.bridgeMulticastGroups.items, data: data33 };
                if (vErrors === null) {
                  vErrors = [err96];
                } else {
                  vErrors.push(err96);
                }
                errors++;
              }
            }
          } else {
            const err97 = { instancePath: instancePath + "/spec/bridgeMulticastGroups", schemaPath: "#/properties/spec/properties/bridgeMulticastGroups/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema86.properties.spec.properties.bridgeMulticastGroups.type, parentSchema: schema86.properties.spec.properties.bridgeMulticastGroups, data: data32 };
            if (vErrors === null) {
              vErrors = [err97];
            } else {
              vErrors.push(err97);
            }
            errors++;
          }
        }
        if (data3.staticArp !== void 0) {
          let data41 = data3.staticArp;
          if (Array.isArray(data41)) {
            const len9 = data41.length;
            for (let i14 = 0; i14 < len9; i14++) {
              let data42 = data41[i14];
              if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
                if (data42.ip === void 0) {
                  const err98 = { instancePath: instancePath + "/spec/staticArp/" + i14, schemaPath: "#/properties/spec/properties/staticArp/items/required", keyword: "required", params: { missingProperty: "ip" }, message: "must have required property 'ip'", schema: schema86.properties.spec.properties.staticArp.items.required, parentSchema: schema86.properties.spec.properties.staticArp.items, data: data42 };
                  if (vErrors === null) {
                    vErrors = [err98];
                  } else {
                    vErrors.push(err98);
                  }
                  errors++;
                }
                if (data42.mac === void 0) {
                  const err99 = { instancePath: instancePath + "/spec/staticArp/" + i14, schemaPath: "#/properties/spec/properties/staticArp/items/required", keyword: "required", params: { missingProperty: "mac" }, message: "must have required property 'mac'", schema: schema86.properties.spec.properties.staticArp.items.required, parentSchema: schema86.properties.spec.properties.staticArp.items, data: data42 };
                  if (vErrors === null) {
                    vErrors = [err99];
                  } else {
                    vErrors.push(err99);
                  }
                  errors++;
                }
                for (const key6 in data42) {
                  if (!(key6 === "ip" || key6 === "mac" || key6 === "vlan" || key6 === "interface")) {
                    const err100 = { instancePath: instancePath + "/spec/staticArp/" + i14, schemaPath: "#/properties/spec/properties/staticArp/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema86.properties.spec.properties.staticArp.items, data: data42 };
                    if (vErrors === null) {
                      vErrors = [err100];
                    } else {
                      vErrors.push(err100);
                    }
                    errors++;
                  }
                }
                if (data42.ip !== void 0) {
                  let data43 = data42.ip;
                  if (typeof data43 === "string") {
                    if (!pattern45.test(data43)) {
                      const err101 = { instancePath: instancePath + "/spec/staticArp/" + i14 + "/ip", schemaPath: "common.schema.json#/$defs/ipv4/pattern", keyword: "pattern", params: { pattern: "^(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}$" }, message: 'must match pattern "^(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}$"', schema: "^(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}$", parentSchema: schema80, data: data43 };
                      if (vErrors === null) {
                        vErrors = [err101];
                      } else {
                        vErrors.push(err101);
                      }
                      errors++;
                    }
                  } else {
                    const err102 = { instancePath: instancePath + "/spec/staticArp/" + i14 + "/ip", schemaPath: "common.schema.json#/$defs/ipv4/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema80.type, parentSchema: schema80, data: data43 };
                    if (vErrors === null) {
                      vErrors = [err102];
                    } else {
                      vErrors.push(err102);
                    }
                    errors++;
                  }
                }
                if (data42.mac !== void 0) {
                  let data44 = data42.mac;
                  if (typeof data44 === "string") {
                    if (!pattern42.test(data44)) {
                      const err103 = { instancePath: instancePath + "/spec/staticArp/" + i14 + "/mac", schemaPath: "common.schema.json#/$defs/mac/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Fa-f]{2}([-:])[0-9A-Fa-f]{2}(?:\\1[0-9A-Fa-f]{2}){4}$" }, message: 'must match pattern "^[0-9A-Fa-f]{2}([-:])[0-9A-Fa-f]{2}(?:\\1[0-9A-Fa-f]{2}){4}$"', schema: "^[0-9A-Fa-f]{2}([-:])[0-9A-Fa-f]{2}(?:\\1[0-9A-Fa-f]{2}){4}$", parentSchema: schema74, data: data44 };
                      if (vErrors === null) {
                        vErrors = [err103];
                      } else {
                        vErrors.push(err103);
                      }
                      errors++;
                    }
                  } else {
                    const err104 = { instancePath: instancePath + "/spec/staticArp/" + i14 + "/mac", schemaPath: "common.schema.json#/$defs/mac/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.type, parentSchema: schema74, data: data44 };
                    if (vErrors === null) {
                      vErrors = [err104];
                    } else {
                      vErrors.push(err104);
                    }
                    errors++;
                  }
                }
                if (data42.vlan !== void 0) {
                  let data45 = data42.vlan;
                  if (!(typeof data45 == "number" && (!(data45 % 1) && !isNaN(data45)) && isFinite(data45))) {
                    const err105 = { instancePath: instancePath + "/spec/staticArp/" + i14 + "/vlan", schemaPath: "common.schema.json#/$defs/vlanId/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema73.type, parentSchema: schema73, data: data45 };
                    if (vErrors === null) {
                      vErrors = [err105];
                    } else {
                      vErrors.push(err105);
                    }
                    errors++;
                  }
                  if (typeof data45 == "number" && isFinite(data45)) {
                    if (data45 > 4094 || isNaN(data45)) {
                      const err106 = { instancePath: instancePath + "/spec/staticArp/" + i14 + "/vlan", schemaPath: "common.schema.json#/$defs/vlanId/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4094 }, message: "must be <= 4094", schema: 4094, parentSchema: schema73, data: data45 };
                      if (vErrors === null) {
                        vErrors = [err106];
                      } else {
                        vErrors.push(err106);
                      }
                      errors++;
                    }
                    if (data45 < 1 || isNaN(data45)) {
                      const err107 = { instancePath: instancePath + "/spec/staticArp/" + i14 + "/vlan", schemaPath: "common.schema.json#/$defs/vlanId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema73, data: data45 };
                      if (vErrors === null) {
                        vErrors = [err107];
                      } else {
                        vErrors.push(err107);
                      }
                      errors++;
                    }
                  }
                }
                if (data42.interface !== void 0) {
                  let data46 = data42.interface;
                  if (typeof data46 === "string") {
                    if (func1(data46) > 64) {
                      const err108 = { instancePath: instancePath + "/spec/staticArp/" + i14 + "/interface", schemaPath: "#/properties/spec/properties/staticArp/items/properties/interface/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema86.properties.spec.properties.staticArp.items.properties.interface, data: data46 };
                      if (vErrors === null) {
                        vErrors = [err108];
                      } else {
                        vErrors.push(err108);
                      }
                      errors++;
                    }
                    if (func1(data46) < 1) {
                      const err109 = { instancePath: instancePath + "/spec/staticArp/" + i14 + "/interface", schemaPath: "#/properties/spec/properties/staticArp/items/properties/interface/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema86.properties.spec.properties.staticArp.items.properties.interface, data: data46 };
                      if (vErrors === null) {
                        vErrors = [err109];
                      } else {
                        vErrors.push(err109);
                      }
                      errors++;
                    }
                  } else {
                    const err110 = { instancePath: instancePath + "/spec/staticArp/" + i14 + "/interface", schemaPath: "#/properties/spec/properties/staticArp/items/properties/interface/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema86.properties.spec.properties.staticArp.items.properties.interface.type, parentSchema: schema86.properties.spec.properties.staticArp.items.properties.interface, data: data46 };
                    if (vErrors === null) {
                      vErrors = [err110];
                    } else {
                      vErrors.push(err110);
                    }
                    errors++;
                  }
                }
              } else {
                const err111 = { instancePath: instancePath + "/spec/staticArp/" + i14, schemaPath: "#/properties/spec/properties/staticArp/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema86.properties.spec.properties.staticArp.items.type, parentSchema: schema86.properties.spec.properties.staticArp.items, data: data42 };
                if (vErrors === null) {
                  vErrors = [err111];
                } else {
                  vErrors.push(err111);
                }
                errors++;
              }
            }
          } else {
            const err112 = { instancePath: instancePath + "/spec/staticArp", schemaPath: "#/properties/spec/properties/staticArp/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema86.properties.spec.properties.staticArp.type, parentSchema: schema86.properties.spec.properties.staticArp, data: data41 };
            if (vErrors === null) {
              vErrors = [err112];
            } else {
              vErrors.push(err112);
            }
            errors++;
          }
        }
        if (data3.staticMac !== void 0) {
          let data47 = data3.staticMac;
          if (Array.isArray(data47)) {
            const len10 = data47.length;
            for (let i15 = 0; i15 < len10; i15++) {
              let data48 = data47[i15];
              if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
                if (data48.mac === void 0) {
                  const err113 = { instancePath: instancePath + "/spec/staticMac/" + i15, schemaPath: "#/properties/spec/properties/staticMac/items/required", keyword: "required", params: { missingProperty: "mac" }, message: "must have required property 'mac'", schema: schema86.properties.spec.properties.staticMac.items.required, parentSchema: schema86.properties.spec.properties.staticMac.items, data: data48 };
                  if (vErrors === null) {
                    vErrors = [err113];
                  } else {
                    vErrors.push(err113);
                  }
                  errors++;
                }
                if (data48.vlan === void 0) {
                  const err114 = { instancePath: instancePath + "/spec/staticMac/" + i15, schemaPath: "#/properties/spec/properties/staticMac/items/required", keyword: "required", params: { missingProperty: "vlan" }, message: "must have required property 'vlan'", schema: schema86.properties.spec.properties.staticMac.items.required, parentSchema: schema86.properties.spec.properties.staticMac.items, data: data48 };
                  if (vErrors === null) {
                    vErrors = [err114];
                  } else {
                    vErrors.push(err114);
                  }
                  errors++;
                }
                for (const key7 in data48) {
                  if (!(key7 === "mac" || key7 === "vlan" || key7 === "ports" || key7 === "lags")) {
                    const err115 = { instancePath: instancePath + "/spec/staticMac/" + i15, schemaPath: "#/properties/spec/properties/staticMac/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema86.properties.spec.properties.staticMac.items, data: data48 };
                    if (vErrors === null) {
                      vErrors = [err115];
                    } else {
                      vErrors.push(err115);
                    }
                    errors++;
                  }
                }
                if (data48.mac !== void 0) {
                  let data49 = data48.mac;
                  if (typeof data49 === "string") {
                    if (!pattern42.test(data49)) {
                      const err116 = { instancePath: instancePath + "/spec/staticMac/" + i15 + "/mac", schemaPath: "common.schema.json#/$defs/mac/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Fa-f]{2}([-:])[0-9A-Fa-f]{2}(?:\\1[0-9A-Fa-f]{2}){4}$" }, message: 'must match pattern "^[0-9A-Fa-f]{2}([-:])[0-9A-Fa-f]{2}(?:\\1[0-9A-Fa-f]{2}){4}$"', schema: "^[0-9A-Fa-f]{2}([-:])[0-9A-Fa-f]{2}(?:\\1[0-9A-Fa-f]{2}){4}$", parentSchema: schema74, data: data49 };
                      if (vErrors === null) {
                        vErrors = [err116];
                      } else {
                        vErrors.push(err116);
                      }
                      errors++;
                    }
                  } else {
                    const err117 = { instancePath: instancePath + "/spec/staticMac/" + i15 + "/mac", schemaPath: "common.schema.json#/$defs/mac/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.type, parentSchema: schema74, data: data49 };
                    if (vErrors === null) {
                      vErrors = [err117];
                    } else {
                      vErrors.push(err117);
                    }
                    errors++;
                  }
                }
                if (data48.vlan !== void 0) {
                  let data50 = data48.vlan;
                  if (!(typeof data50 == "number" && (!(data50 % 1) && !isNaN(data50)) && isFinite(data50))) {
                    const err118 = { instancePath: instancePath + "/spec/staticMac/" + i15 + "/vlan", schemaPath: "common.schema.json#/$defs/vlanId/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema73.type, parentSchema: schema73, data: data50 };
                    if (vErrors === null) {
                      vErrors = [err118];
                    } else {
                      vErrors.push(err118);
                    }
                    errors++;
                  }
                  if (typeof data50 == "number" && isFinite(data50)) {
                    if (data50 > 4094 || isNaN(data50)) {
                      const err119 = { instancePath: instancePath + "/spec/staticMac/" + i15 + "/vlan", schemaPath: "common.schema.json#/$defs/vlanId/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4094 }, message: "must be <= 4094", schema: 4094, parentSchema: schema73, data: data50 };
                      if (vErrors === null) {
                        vErrors = [err119];
                      } else {
                        vErrors.push(err119);
                      }
                      errors++;
                    }
                    if (data50 < 1 || isNaN(data50)) {
                      const err120 = { instancePath: instancePath + "/spec/staticMac/" + i15 + "/vlan", schemaPath: "common.schema.json#/$defs/vlanId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema73, data: data50 };
                      if (vErrors === null) {
                        vErrors = [err120];
                      } else {
                        vErrors.push(err120);
                      }
                      errors++;
                    }
                  }
                }
                if (data48.ports !== void 0) {
                  let data51 = data48.ports;
                  if (Array.isArray(data51)) {
                    const len11 = data51.length;
                    for (let i16 = 0; i16 < len11; i16++) {
                      let data52 = data51[i16];
                      if (typeof data52 === "string") {
                        if (func1(data52) > 64) {
                          const err121 = { instancePath: instancePath + "/spec/staticMac/" + i15 + "/ports/" + i16, schemaPath: "common.schema.json#/$defs/portName/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema47, data: data52 };
                          if (vErrors === null) {
                            vErrors = [err121];
                          } else {
                            vErrors.push(err121);
                          }
                          errors++;
                        }
                        if (func1(data52) < 1) {
                          const err122 = { instancePath: instancePath + "/spec/staticMac/" + i15 + "/ports/" + i16, schemaPath: "common.schema.json#/$defs/portName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47, data: data52 };
                          if (vErrors === null) {
                            vErrors = [err122];
                          } else {
                            vErrors.push(err122);
                          }
                          errors++;
                        }
                        if (!pattern17.test(data52)) {
                          const err123 = { instancePath: instancePath + "/spec/staticMac/" + i15 + "/ports/" + i16, schemaPath: "common.schema.json#/$defs/portName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9/:._-]{0,62}[A-Za-z0-9])?$" }, message: 'must match pattern "^[A-Za-z0-9](?:[A-Za-z0-9/:._-]{0,62}[A-Za-z0-9])?$"', schema: "^[A-Za-z0-9](?:[A-Za-z0-9/:._-]{0,62}[A-Za-z0-9])?$", parentSchema: schema47, data: data52 };
                          if (vErrors === null) {
                            vErrors = [err123];
                          } else {
                            vErrors.push(err123);
                          }
                          errors++;
                        }
                      } else {
                        const err124 = { instancePath: instancePath + "/spec/staticMac/" + i15 + "/ports/" + i16, schemaPath: "common.schema.json#/$defs/portName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.type, parentSchema: schema47, data: data52 };
                        if (vErrors === null) {
                          vErrors = [err124];
                        } else {
                          vErrors.push(err124);
                        }
                        errors++;
                      }
                    }
                    let i17 = data51.length;
                    let j5;
                    if (i17 > 1) {
                      outer4:
                        for (; i17--; ) {
                          for (j5 = i17; j5--; ) {
                            if (func0(data51[i17], data51[j5])) {
                              const err125 = { instancePath: instancePath + "/spec/staticMac/" + i15 + "/ports", schemaPath: "#/properties/spec/properties/staticMac/items/properties/ports/uniqueItems", keyword: "uniqueItems", params: { i: i17, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i17 + " are identical)", schema: true, parentSchema: schema86.properties.spec.properties.staticMac.items.properties.ports, data: data51 };
                              if (vErrors === null) {
                                vErrors = [err125];
                              } else {
                                vErrors.push(err125);
                              }
                              errors++;
                              break outer4;
                            }
                          }
                        }
                    }
                  } else {
                    const err126 = { instancePath: instancePath + "/spec/staticMac/" + i15 + "/ports", schemaPath: "#/properties/spec/properties/staticMac/items/properties/ports/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema86.properties.spec.properties.staticMac.items.properties.ports.type, parentSchema: schema86.properties.spec.properties.staticMac.items.properties.ports, data: data51 };
                    if (vErrors === null) {
                      vErrors = [err126];
                    } else {
                      vErrors.push(err126);
                    }
                    errors++;
                  }
                }
                if (data48.lags !== void 0) {
                  let data53 = data48.lags;
                  if (Array.isArray(data53)) {
                    const len12 = data53.length;
                    for (let i18 = 0; i18 < len12; i18++) {
                      let data54 = data53[i18];
                      if (!(typeof data54 == "number" && (!(data54 % 1) && !isNaN(data54)) && isFinite(data54))) {
                        const err127 = { instancePath: instancePath + "/spec/staticMac/" + i15 + "/lags/" + i18, schemaPath: "#/properties/spec/properties/staticMac/items/properties/lags/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema86.properties.spec.properties.staticMac.items.properties.lags.items.type, parentSchema: schema86.properties.spec.properties.staticMac.items.properties.lags.items, data: data54 };
                        if (vErrors === null) {
                          vErrors = [err127];
                        } else {
                          vErrors.push(err127);
                        }
                        errors++;
                      }
                      if (typeof data54 == "number" && isFinite(data54)) {
                        if (data54 > 64 || isNaN(data54)) {
                          const err128 = { instancePath: instancePath + "/spec/staticMac/" + i15 + "/lags/" + i18, schemaPath: "#/properties/spec/properties/staticMac/items/properties/lags/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 64 }, message: "must be <= 64", schema: 64, parentSchema: schema86.properties.spec.properties.staticMac.items.properties.lags.items, data: data54 };
                          if (vErrors === null) {
                            vErrors = [err128];
                          } else {
                            vErrors.push(err128);
                          }
                          errors++;
                        }
                        if (data54 < 1 || isNaN(data54)) {
                          const err129 = { instancePath: instancePath + "/spec/staticMac/" + i15 + "/lags/" + i18, schemaPath: "#/properties/spec/properties/staticMac/items/properties/lags/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema86.properties.spec.properties.staticMac.items.properties.lags.items, data: data54 };
                          if (vErrors === null) {
                            vErrors = [err129];
                          } else {
                            vErrors.push(err129);
                          }
                          errors++;
                        }
                      }
                    }
                    let i19 = data53.length;
                    let j6;
                    if (i19 > 1) {
                      const indices1 = {};
                      for (; i19--; ) {
                        let item1 = data53[i19];
                        if (!(typeof item1 == "number" && (!(item1 % 1) && !isNaN(item1)) && isFinite(item1))) {
                          continue;
                        }
                        if (typeof indices1[item1] == "number") {
                          j6 = indices1[item1];
                          const err130 = { instancePath: instancePath + "/spec/staticMac/" + i15 + "/lags", schemaPath: "#/properties/spec/properties/staticMac/items/properties/lags/uniqueItems", keyword: "uniqueItems", params: { i: i19, j: j6 }, message: "must NOT have duplicate items (items ## " + j6 + " and " + i19 + " are identical)", schema: true, parentSchema: schema86.properties.spec.properties.staticMac.items.properties.lags, data: data53 };
                          if (vErrors === null) {
                            vErrors = [err130];
                          } else {
                            vErrors.push(err130);
                          }
                          errors++;
                          break;
                        }
                        indices1[item1] = i19;
                      }
                    }
                  } else {
                    const err131 = { instancePath: instancePath + "/spec/staticMac/" + i15 + "/lags", schemaPath: "#/properties/spec/properties/staticMac/items/properties/lags/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema86.properties.spec.properties.staticMac.items.properties.lags.type, parentSchema: schema86.properties.spec.properties.staticMac.items.properties.lags, data: data53 };
                    if (vErrors === null) {
                      vErrors = [err131];
                    } else {
                      vErrors.push(err131);
                    }
                    errors++;
                  }
                }
              } else {
                const err132 = { instancePath: instancePath + "/spec/staticMac/" + i15, schemaPath: "#/properties/spec/properties/staticMac/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema86.properties.spec.properties.staticMac.items.type, parentSchema: schema86.properties.spec.properties.staticMac.items, data: data48 };
                if (vErrors === null) {
                  vErrors = [err132];
                } else {
                  vErrors.push(err132);
                }
                errors++;
              }
            }
          } else {
            const err133 = { instancePath: instancePath + "/spec/staticMac", schemaPath: "#/properties/spec/properties/staticMac/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema86.properties.spec.properties.staticMac.type, parentSchema: schema86.properties.spec.properties.staticMac, data: data47 };
            if (vErrors === null) {
              vErrors = [err133];
            } else {
              vErrors.push(err133);
            }
            errors++;
          }
        }
      } else {
        const err134 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema86.properties.spec.type, parentSchema: schema86.properties.spec, data: data3 };
        if (vErrors === null) {
          vErrors = [err134];
        } else {
          vErrors.push(err134);
        }
        errors++;
      }
    }
  } else {
    const err135 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema86.type, parentSchema: schema86, data };
    if (vErrors === null) {
      vErrors = [err135];
    } else {
      vErrors.push(err135);
    }
    errors++;
  }
  validate43.errors = vErrors;
  return errors === 0;
}
validate43.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var DomainController = validate48;
var schema105 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://hvlint.dev/schemas/v1/domain-controller.schema.json", "title": "Active Directory domain controller", "description": "An Active Directory domain controller: its domain and what it runs on, either a VirtualMachine (declared in its own document) or a physical server.", "type": "object", "required": ["apiVersion", "kind", "metadata", "spec"], "properties": { "apiVersion": { "$ref": "common.schema.json#/$defs/apiVersion", "description": "Manifest format version; always hvlint/v1." }, "kind": { "type": "string", "description": "Kind of the document; always DomainController for this schema.", "const": "DomainController" }, "metadata": { "$ref": "common.schema.json#/$defs/metadata", "description": "Name, labels and annotations of the document." }, "spec": { "type": "object", "description": "Desired configuration of the domain controller. Exactly one of vm or physicalServer.", "required": ["domain"], "properties": { "domain": { "$ref": "common.schema.json#/$defs/domainName", "description": "Domain the DC serves." }, "vm": { "$ref": "common.schema.json#/$defs/name", "description": "metadata.name of the VirtualMachine that is this DC.", "examples": ["DC01"] }, "physicalServer": { "type": "string", "description": "Name of the physical server that is this DC (not a Hyper-V guest).", "minLength": 1, "maxLength": 128, "pattern": "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", "examples": ["DC02"] } }, "oneOf": [{ "properties": { "vm": true }, "required": ["vm"] }, { "properties": { "physicalServer": true }, "required": ["physicalServer"] }], "additionalProperties": false } }, "additionalProperties": false, "examples": [{ "apiVersion": "hvlint/v1", "kind": "DomainController", "metadata": { "name": "DC01" }, "spec": { "domain": "corp.contoso.com", "vm": "DC01" } }] };
function validate49(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate49.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema34.required, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "labels" || key0 === "annotations")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func1(data0) > 128) {
          const err2 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err4 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      if (!validate23(data.labels, { instancePath: instancePath + "/labels", parentData: data, parentDataProperty: "labels", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.annotations !== void 0) {
      if (!validate25(data.annotations, { instancePath: instancePath + "/annotations", parentData: data, parentDataProperty: "annotations", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate49.errors = vErrors;
  return errors === 0;
}
validate49.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate48(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate48.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema105.required, parentSchema: schema105, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema105.required, parentSchema: schema105, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema105.required, parentSchema: schema105, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.spec === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema105.required, parentSchema: schema105, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema105, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if (typeof data0 !== "string") {
        const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "common.schema.json#/$defs/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if ("hvlint/v1" !== data0) {
        const err6 = { instancePath: instancePath + "/apiVersion", schemaPath: "common.schema.json#/$defs/apiVersion/const", keyword: "const", params: { allowedValue: "hvlint/v1" }, message: "must be equal to constant", schema: "hvlint/v1", parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (typeof data1 !== "string") {
        const err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema105.properties.kind.type, parentSchema: schema105.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if ("DomainController" !== data1) {
        const err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "DomainController" }, message: "must be equal to constant", schema: "DomainController", parentSchema: schema105.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      if (!validate49(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
        errors = vErrors.length;
      }
    }
    if (data.spec !== void 0) {
      let data3 = data.spec;
      const _errs10 = errors;
      let valid2 = false;
      let passing0 = null;
      const _errs11 = errors;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.vm === void 0) {
          const err9 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/oneOf/0/required", keyword: "required", params: { missingProperty: "vm" }, message: "must have required property 'vm'", schema: schema105.properties.spec.oneOf[0].required, parentSchema: schema105.properties.spec.oneOf[0], data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      var _valid0 = _errs11 === errors;
      if (_valid0) {
        valid2 = true;
        passing0 = 0;
        var props0 = {};
        props0.vm = true;
      }
      const _errs12 = errors;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.physicalServer === void 0) {
          const err10 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/oneOf/1/required", keyword: "required", params: { missingProperty: "physicalServer" }, message: "must have required property 'physicalServer'", schema: schema105.properties.spec.oneOf[1].required, parentSchema: schema105.properties.spec.oneOf[1], data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
      var _valid0 = _errs12 === errors;
      if (_valid0 && valid2) {
        valid2 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid2 = true;
          passing0 = 1;
          if (props0 !== true) {
            props0 = props0 || {};
            props0.physicalServer = true;
          }
        }
      }
      if (!valid2) {
        const err11 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema105.properties.spec.oneOf, parentSchema: schema105.properties.spec, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      } else {
        errors = _errs10;
        if (vErrors !== null) {
          if (_errs10) {
            vErrors.length = _errs10;
          } else {
            vErrors = null;
          }
        }
      }
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.domain === void 0) {
          const err12 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "domain" }, message: "must have required property 'domain'", schema: schema105.properties.spec.required, parentSchema: schema105.properties.spec, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!(key1 === "domain" || key1 === "vm" || key1 === "physicalServer")) {
            const err13 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema105.properties.spec, data: data3 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data3.domain !== void 0) {
          let data4 = data3.domain;
          if (typeof data4 === "string") {
            if (func1(data4) > 253) {
              const err14 = { instancePath: instancePath + "/spec/domain", schemaPath: "common.schema.json#/$defs/domainName/maxLength", keyword: "maxLength", params: { limit: 253 }, message: "must NOT have more than 253 characters", schema: 253, parentSchema: schema41, data: data4 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (func1(data4) < 1) {
              const err15 = { instancePath: instancePath + "/spec/domain", schemaPath: "common.schema.json#/$defs/domainName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema41, data: data4 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (!pattern11.test(data4)) {
              const err16 = { instancePath: instancePath + "/spec/domain", schemaPath: "common.schema.json#/$defs/domainName/pattern", keyword: "pattern", params: { pattern: "^(?:[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?$" }, message: 'must match pattern "^(?:[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?$"', schema: "^(?:[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?$", parentSchema: schema41, data: data4 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/spec/domain", schemaPath: "common.schema.json#/$defs/domainName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.type, parentSchema: schema41, data: data4 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data3.vm !== void 0) {
          let data5 = data3.vm;
          if (typeof data5 === "string") {
            if (func1(data5) > 128) {
              const err18 = { instancePath: instancePath + "/spec/vm", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data5 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (func1(data5) < 1) {
              const err19 = { instancePath: instancePath + "/spec/vm", schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data5 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (!pattern4.test(data5)) {
              const err20 = { instancePath: instancePath + "/spec/vm", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data5 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/spec/vm", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data5 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data3.physicalServer !== void 0) {
          let data6 = data3.physicalServer;
          if (typeof data6 === "string") {
            if (func1(data6) > 128) {
              const err22 = { instancePath: instancePath + "/spec/physicalServer", schemaPath: "#/properties/spec/properties/physicalServer/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema105.properties.spec.properties.physicalServer, data: data6 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (func1(data6) < 1) {
              const err23 = { instancePath: instancePath + "/spec/physicalServer", schemaPath: "#/properties/spec/properties/physicalServer/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema105.properties.spec.properties.physicalServer, data: data6 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            if (!pattern4.test(data6)) {
              const err24 = { instancePath: instancePath + "/spec/physicalServer", schemaPath: "#/properties/spec/properties/physicalServer/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema105.properties.spec.properties.physicalServer, data: data6 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = { instancePath: instancePath + "/spec/physicalServer", schemaPath: "#/properties/spec/properties/physicalServer/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema105.properties.spec.properties.physicalServer.type, parentSchema: schema105.properties.spec.properties.physicalServer, data: data6 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema105.properties.spec.type, parentSchema: schema105.properties.spec, data: data3 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
  } else {
    const err27 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema105.type, parentSchema: schema105, data };
    if (vErrors === null) {
      vErrors = [err27];
    } else {
      vErrors.push(err27);
    }
    errors++;
  }
  validate48.errors = vErrors;
  return errors === 0;
}
validate48.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var BackupJob = validate53;
var schema111 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://hvlint.dev/schemas/v1/backup-job.schema.json", "title": "Hyper-V backup job", "description": "A host-level backup job for Hyper-V VMs: which VMs it protects, the consistency it asks for, the VSS provider used for the volume / CSV snapshot, and an optional off-host proxy.", "type": "object", "required": ["apiVersion", "kind", "metadata", "spec"], "properties": { "apiVersion": { "$ref": "common.schema.json#/$defs/apiVersion", "description": "Manifest format version; always hvlint/v1." }, "kind": { "type": "string", "description": "Kind of the document; always BackupJob for this schema.", "const": "BackupJob" }, "metadata": { "$ref": "common.schema.json#/$defs/metadata", "description": "Name, labels and annotations of the document." }, "spec": { "type": "object", "description": "Desired configuration of the backup job.", "required": ["targets", "consistency", "vssProvider"], "properties": { "targets": { "type": "array", "description": "VMs the job protects. Each entry is exactly one of: vm (a name), match (a glob over VM names) or selector (labels).", "items": { "description": "One target: exactly one of vm, match or selector.", "oneOf": [{ "type": "object", "description": "A single VM by name.", "required": ["vm"], "properties": { "vm": { "$ref": "common.schema.json#/$defs/name", "description": "metadata.name of a VirtualMachine (case-insensitive).", "examples": ["DC01"] } }, "additionalProperties": false }, { "type": "object", "description": "VMs whose names match a glob.", "required": ["match"], "properties": { "match": { "type": "string", "description": "Glob (minimatch syntax, case-insensitive) over VM names, e.g. WEB*.", "minLength": 1, "maxLength": 256, "examples": ["WEB*"] } }, "additionalProperties": false }, { "type": "object", "description": "VMs whose labels match.", "required": ["selector"], "properties": { "selector": { "$ref": "common.schema.json#/$defs/labelSelector", "description": "Labels a VM must all carry (metadata.labels).", "examples": [{ "backup": "required" }] } }, "additionalProperties": false }] }, "minItems": 1, "examples": [[{ "vm": "DC01" }, { "match": "WEB*" }, { "selector": { "backup": "required" } }]] }, "consistency": { "type": "string", "description": "Consistency the job requires: application (VSS inside the guest; Linux guests get file-system consistency) or crash (no guest involvement).", "enum": ["application", "crash"], "examples": ["application"] }, "vssProvider": { "type": "string", "description": "VSS provider that takes the volume / CSV snapshot: the Windows software provider or the storage array's hardware provider. Off-host backup needs hardware.", "enum": ["software", "hardware"], "examples": ["hardware"] }, "offHostProxy": { "type": "string", "description": "Name of the off-host backup proxy that mounts the hardware snapshot; omit for on-host backup.", "minLength": 1, "maxLength": 128, "pattern": "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", "examples": ["PROXY01"] }, "offHostProxyOs": { "$ref": "common.schema.json#/$defs/windowsServerVersion", "description": "Windows Server release of the off-host proxy; it must match the Hyper-V hosts' release." }, "schedule": { "type": "string", "description": "When the job runs: a 5- or 6-field cron expression or a macro such as @daily.", "minLength": 1, "maxLength": 128, "pattern": "^(?:@(?:yearly|annually|monthly|weekly|daily|midnight|hourly)|[0-9A-Za-z*?/,#LW-]+(?:[ \\t]+[0-9A-Za-z*?/,#LW-]+){4,5})$", "examples": ["0 22 * * *"] }, "repository": { "type": "string", "description": "Name of the backup repository the job writes to.", "minLength": 1, "maxLength": 256, "examples": ["REPO-NAS01"] }, "online": { "type": "boolean", "description": "True for online (live, child-VM-snapshot) backup; false allows saved-state backup.", "default": true } }, "additionalProperties": false } }, "additionalProperties": false, "examples": [{ "apiVersion": "hvlint/v1", "kind": "BackupJob", "metadata": { "name": "NIGHTLY-VMS" }, "spec": { "targets": [{ "vm": "DC01" }, { "match": "WEB*" }, { "selector": { "backup": "required" } }], "consistency": "application", "vssProvider": "hardware", "offHostProxy": "PROXY01", "offHostProxyOs": "windows-server-2012-r2", "schedule": "0 22 * * *", "repository": "REPO-NAS01", "online": true } }] };
function validate54(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate54.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema34.required, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "labels" || key0 === "annotations")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func1(data0) > 128) {
          const err2 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err4 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      if (!validate23(data.labels, { instancePath: instancePath + "/labels", parentData: data, parentDataProperty: "labels", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.annotations !== void 0) {
      if (!validate25(data.annotations, { instancePath: instancePath + "/annotations", parentData: data, parentDataProperty: "annotations", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate54.errors = vErrors;
  return errors === 0;
}
validate54.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema116 = { "type": "object", "description": "A label selector: every key/value pair must be present in a VM's metadata.labels (exact, case-sensitive value match). At least one pair.", "minProperties": 1, "propertyNames": { "$ref": "#/$defs/labelKey" }, "$comment": "See labels.", "patternProperties": { ".*": { "type": "string", "description": "The label value to match exactly.", "maxLength": 256, "examples": ["required"] } }, "additionalProperties": false, "examples": [{ "backup": "required" }] };
function validate58(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate58.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema116, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      const _errs2 = errors;
      if (typeof key0 === "string") {
        if (func1(key0) > 317) {
          const err1 = { instancePath, schemaPath: "#/$defs/labelKey/maxLength", keyword: "maxLength", params: { limit: 317 }, message: "must NOT have more than 317 characters", schema: 317, parentSchema: schema37, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (func1(key0) < 1) {
          const err2 = { instancePath, schemaPath: "#/$defs/labelKey/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!pattern5.test(key0)) {
          const err3 = { instancePath, schemaPath: "#/$defs/labelKey/pattern", keyword: "pattern", params: { pattern: "^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$" }, message: 'must match pattern "^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"', schema: "^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$", parentSchema: schema37, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath, schemaPath: "#/$defs/labelKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: key0, propertyName: key0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      var valid0 = _errs2 === errors;
      if (!valid0) {
        const err5 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema116.propertyNames, parentSchema: schema116, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      if (!pattern6.test(key1)) {
        const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema116, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    for (const key2 in data) {
      if (pattern6.test(key2)) {
        let data0 = data[key2];
        if (typeof data0 === "string") {
          if (func1(data0) > 256) {
            const err7 = { instancePath: instancePath + "/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/patternProperties/.*/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema116.patternProperties[".*"], data: data0 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        } else {
          const err8 = { instancePath: instancePath + "/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/patternProperties/.*/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema116.patternProperties[".*"].type, parentSchema: schema116.patternProperties[".*"], data: data0 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema116.type, parentSchema: schema116, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate58.errors = vErrors;
  return errors === 0;
}
validate58.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var pattern70 = new RegExp("^(?:@(?:yearly|annually|monthly|weekly|daily|midnight|hourly)|[0-9A-Za-z*?/,#LW-]+(?:[ \\t]+[0-9A-Za-z*?/,#LW-]+){4,5})$", "u");
function validate53(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate53.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema111.required, parentSchema: schema111, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema111.required, parentSchema: schema111, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema111.required, parentSchema: schema111, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.spec === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema111.required, parentSchema: schema111, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema111, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if (typeof data0 !== "string") {
        const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "common.schema.json#/$defs/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if ("hvlint/v1" !== data0) {
        const err6 = { instancePath: instancePath + "/apiVersion", schemaPath: "common.schema.json#/$defs/apiVersion/const", keyword: "const", params: { allowedValue: "hvlint/v1" }, message: "must be equal to constant", schema: "hvlint/v1", parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (typeof data1 !== "string") {
        const err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema111.properties.kind.type, parentSchema: schema111.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if ("BackupJob" !== data1) {
        const err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "BackupJob" }, message: "must be equal to constant", schema: "BackupJob", parentSchema: schema111.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      if (!validate54(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
        errors = vErrors.length;
      }
    }
    if (data.spec !== void 0) {
      let data3 = data.spec;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.targets === void 0) {
          const err9 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "targets" }, message: "must have required property 'targets'", schema: schema111.properties.spec.required, parentSchema: schema111.properties.spec, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data3.consistency === void 0) {
          const err10 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "consistency" }, message: "must have required property 'consistency'", schema: schema111.properties.spec.required, parentSchema: schema111.properties.spec, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data3.vssProvider === void 0) {
          const err11 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "vssProvider" }, message: "must have required property 'vssProvider'", schema: schema111.properties.spec.required, parentSchema: schema111.properties.spec, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!(key1 === "targets" || key1 === "consistency" || key1 === "vssProvider" || key1 === "offHostProxy" || key1 === "offHostProxyOs" || key1 === "schedule" || key1 === "repository" || key1 === "online")) {
            const err12 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema111.properties.spec, data: data3 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data3.targets !== void 0) {
          let data4 = data3.targets;
          if (Array.isArray(data4)) {
            if (data4.length < 1) {
              const err13 = { instancePath: instancePath + "/spec/targets", schemaPath: "#/properties/spec/properties/targets/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema111.properties.spec.properties.targets, data: data4 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            const len0 = data4.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data5 = data4[i0];
              const _errs14 = errors;
              let valid5 = false;
              let passing0 = null;
              const _errs15 = errors;
              if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                if (data5.vm === void 0) {
                  const err14 = { instancePath: instancePath + "/spec/targets/" + i0, schemaPath: "#/properties/spec/properties/targets/items/oneOf/0/required", keyword: "required", params: { missingProperty: "vm" }, message: "must have required property 'vm'", schema: schema111.properties.spec.properties.targets.items.oneOf[0].required, parentSchema: schema111.properties.spec.properties.targets.items.oneOf[0], data: data5 };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
                for (const key2 in data5) {
                  if (!(key2 === "vm")) {
                    const err15 = { instancePath: instancePath + "/spec/targets/" + i0, schemaPath: "#/properties/spec/properties/targets/items/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema111.properties.spec.properties.targets.items.oneOf[0], data: data5 };
                    if (vErrors === null) {
                      vErrors = [err15];
                    } else {
                      vErrors.push(err15);
                    }
                    errors++;
                  }
                }
                if (data5.vm !== void 0) {
                  let data6 = data5.vm;
                  if (typeof data6 === "string") {
                    if (func1(data6) > 128) {
                      const err16 = { instancePath: instancePath + "/spec/targets/" + i0 + "/vm", schemaPath: "common.schema.json#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data: data6 };
                      if (vErrors === null) {
                        vErrors = [err16];
                      } else {
                        vErrors.push(err16);
                      }
                      errors++;
                    }
                    if (func1(data6) < 1) {
                      const err17 = { instancePath: instancePath + "/spec/targets/" + i0 + "/vm", schemaPath: "common.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data6 };
                      if (vErrors === null) {
                        vErrors = [err17];
                      } else {
                        vErrors.push(err17);
                      }
                      errors++;
                    }
                    if (!pattern4.test(data6)) {
                      const err18 = { instancePath: instancePath + "/spec/targets/" + i0 + "/vm", schemaPath: "common.schema.json#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema35, data: data6 };
                      if (vErrors === null) {
                        vErrors = [err18];
                      } else {
                        vErrors.push(err18);
                      }
                      errors++;
                    }
                  } else {
                    const err19 = { instancePath: instancePath + "/spec/targets/" + i0 + "/vm", schemaPath: "common.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data6 };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  }
                }
              } else {
                const err20 = { instancePath: instancePath + "/spec/targets/" + i0, schemaPath: "#/properties/spec/properties/targets/items/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema111.properties.spec.properties.targets.items.oneOf[0].type, parentSchema: schema111.properties.spec.properties.targets.items.oneOf[0], data: data5 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
              var _valid0 = _errs15 === errors;
              if (_valid0) {
                valid5 = true;
                passing0 = 0;
                var props0 = true;
              }
              const _errs21 = errors;
              if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                if (data5.match === void 0) {
                  const err21 = { instancePath: instancePath + "/spec/targets/" + i0, schemaPath: "#/properties/spec/properties/targets/items/oneOf/1/required", keyword: "required", params: { missingProperty: "match" }, message: "must have required property 'match'", schema: schema111.properties.spec.properties.targets.items.oneOf[1].required, parentSchema: schema111.properties.spec.properties.targets.items.oneOf[1], data: data5 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
                for (const key3 in data5) {
                  if (!(key3 === "match")) {
                    const err22 = { instancePath: instancePath + "/spec/targets/" + i0, schemaPath: "#/properties/spec/properties/targets/items/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema111.properties.spec.properties.targets.items.oneOf[1], data: data5 };
                    if (vErrors === null) {
                      vErrors = [err22];
                    } else {
                      vErrors.push(err22);
                    }
                    errors++;
                  }
                }
                if (data5.match !== void 0) {
                  let data7 = data5.match;
                  if (typeof data7 === "string") {
                    if (func1(data7) > 256) {
                      const err23 = { instancePath: instancePath + "/spec/targets/" + i0 + "/match", schemaPath: "#/properties/spec/properties/targets/items/oneOf/1/properties/match/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema111.properties.spec.properties.targets.items.oneOf[1].properties.match, data: data7 };
                      if (vErrors === null) {
                        vErrors = [err23];
                      } else {
                        vErrors.push(err23);
                      }
                      errors++;
                    }
                    if (func1(data7) < 1) {
                      const err24 = { instancePath: instancePath + "/spec/targets/" + i0 + "/match", schemaPath: "#/properties/spec/properties/targets/items/oneOf/1/properties/match/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema111.properties.spec.properties.targets.items.oneOf[1].properties.match, data: data7 };
                      if (vErrors === null) {
                        vErrors = [err24];
                      } else {
                        vErrors.push(err24);
                      }
                      errors++;
                    }
                  } else {
                    const err25 = { instancePath: instancePath + "/spec/targets/" + i0 + "/match", schemaPath: "#/properties/spec/properties/targets/items/oneOf/1/properties/match/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema111.properties.spec.properties.targets.items.oneOf[1].properties.match.type, parentSchema: schema111.properties.spec.properties.targets.items.oneOf[1].properties.match, data: data7 };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                }
              } else {
                const err26 = { instancePath: instancePath + "/spec/targets/" + i0, schemaPath: "#/properties/spec/properties/targets/items/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema111.properties.spec.properties.targets.items.oneOf[1].type, parentSchema: schema111.properties.spec.properties.targets.items.oneOf[1], data: data5 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
              var _valid0 = _errs21 === errors;
              if (_valid0 && valid5) {
                valid5 = false;
                passing0 = [passing0, 1];
              } else {
                if (_valid0) {
                  valid5 = true;
                  passing0 = 1;
                  if (props0 !== true) {
                    props0 = true;
                  }
                }
                const _errs26 = errors;
                if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                  if (data5.selector === void 0) {
                    const err27 = { instancePath: instancePath + "/spec/targets/" + i0, schemaPath: "#/properties/spec/properties/targets/items/oneOf/2/required", keyword: "required", params: { missingProperty: "selector" }, message: "must have required property 'selector'", schema: schema111.properties.spec.properties.targets.items.oneOf[2].required, parentSchema: schema111.properties.spec.properties.targets.items.oneOf[2], data: data5 };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                  for (const key4 in data5) {
                    if (!(key4 === "selector")) {
                      const err28 = { instancePath: instancePath + "/spec/targets/" + i0, schemaPath: "#/properties/spec/properties/targets/items/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema111.properties.spec.properties.targets.items.oneOf[2], data: data5 };
                      if (vErrors === null) {
                        vErrors = [err28];
                      } else {
                        vErrors.push(err28);
                      }
                      errors++;
                    }
                  }
                  if (data5.selector !== void 0) {
                    if (!validate58(data5.selector, { instancePath: instancePath + "/spec/targets/" + i0 + "/selector", parentData: data5, parentDataProperty: "selector", rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
                      errors = vErrors.length;
                    }
                  }
                } else {
                  const err29 = { instancePath: instancePath + "/spec/targets/" + i0, schemaPath: "#/properties/spec/properties/targets/items/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema111.properties.spec.properties.targets.items.oneOf[2].type, parentSchema: schema111.properties.spec.properties.targets.items.oneOf[2], data: data5 };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
                var _valid0 = _errs26 === errors;
                if (_valid0 && valid5) {
                  valid5 = false;
                  passing0 = [passing0, 2];
                } else {
                  if (_valid0) {
                    valid5 = true;
                    passing0 = 2;
                    if (props0 !== true) {
                      props0 = true;
                    }
                  }
                }
              }
              if (!valid5) {
                const err30 = { instancePath: instancePath + "/spec/targets/" + i0, schemaPath: "#/properties/spec/properties/targets/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema111.properties.spec.properties.targets.items.oneOf, parentSchema: schema111.properties.spec.properties.targets.items, data: data5 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              } else {
                errors = _errs14;
                if (vErrors !== null) {
                  if (_errs14) {
                    vErrors.length = _errs14;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err31 = { instancePath: instancePath + "/spec/targets", schemaPath: "#/properties/spec/properties/targets/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema111.properties.spec.properties.targets.type, parentSchema: schema111.properties.spec.properties.targets, data: data4 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data3.consistency !== void 0) {
          let data9 = data3.consistency;
          if (typeof data9 !== "string") {
            const err32 = { instancePath: instancePath + "/spec/consistency", schemaPath: "#/properties/spec/properties/consistency/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema111.properties.spec.properties.consistency.type, parentSchema: schema111.properties.spec.properties.consistency, data: data9 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
          if (!(data9 === "application" || data9 === "crash")) {
            const err33 = { instancePath: instancePath + "/spec/consistency", schemaPath: "#/properties/spec/properties/consistency/enum", keyword: "enum", params: { allowedValues: schema111.properties.spec.properties.consistency.enum }, message: "must be equal to one of the allowed values", schema: schema111.properties.spec.properties.consistency.enum, parentSchema: schema111.properties.spec.properties.consistency, data: data9 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data3.vssProvider !== void 0) {
          let data10 = data3.vssProvider;
          if (typeof data10 !== "string") {
            const err34 = { instancePath: instancePath + "/spec/vssProvider", schemaPath: "#/properties/spec/properties/vssProvider/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema111.properties.spec.properties.vssProvider.type, parentSchema: schema111.properties.spec.properties.vssProvider, data: data10 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
          if (!(data10 === "software" || data10 === "hardware")) {
            const err35 = { instancePath: instancePath + "/spec/vssProvider", schemaPath: "#/properties/spec/properties/vssProvider/enum", keyword: "enum", params: { allowedValues: schema111.properties.spec.properties.vssProvider.enum }, message: "must be equal to one of the allowed values", schema: schema111.properties.spec.properties.vssProvider.enum, parentSchema: schema111.properties.spec.properties.vssProvider, data: data10 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data3.offHostProxy !== void 0) {
          let data11 = data3.offHostProxy;
          if (typeof data11 === "string") {
            if (func1(data11) > 128) {
              const err36 = { instancePath: instancePath + "/spec/offHostProxy", schemaPath: "#/properties/spec/properties/offHostProxy/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema111.properties.spec.properties.offHostProxy, data: data11 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            if (func1(data11) < 1) {
              const err37 = { instancePath: instancePath + "/spec/offHostProxy", schemaPath: "#/properties/spec/properties/offHostProxy/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema111.properties.spec.properties.offHostProxy, data: data11 };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            if (!pattern4.test(data11)) {
              const err38 = { instancePath: instancePath + "/spec/offHostProxy", schemaPath: "#/properties/spec/properties/offHostProxy/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$" }, message: 'must match pattern "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$"', schema: "^[^\\u0000-\\u0020\\u007f/\\\\](?:[^\\u0000-\\u001f\\u007f/\\\\]*[^\\u0000-\\u0020\\u007f/\\\\])?$", parentSchema: schema111.properties.spec.properties.offHostProxy, data: data11 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          } else {
            const err39 = { instancePath: instancePath + "/spec/offHostProxy", schemaPath: "#/properties/spec/properties/offHostProxy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema111.properties.spec.properties.offHostProxy.type, parentSchema: schema111.properties.spec.properties.offHostProxy, data: data11 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data3.offHostProxyOs !== void 0) {
          let data12 = data3.offHostProxyOs;
          if (typeof data12 !== "string") {
            const err40 = { instancePath: instancePath + "/spec/offHostProxyOs", schemaPath: "common.schema.json#/$defs/windowsServerVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data12 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
          if (!(data12 === "windows-server-2008-r2" || data12 === "windows-server-2012" || data12 === "windows-server-2012-r2" || data12 === "windows-server-2016" || data12 === "windows-server-2019" || data12 === "windows-server-2022" || data12 === "windows-server-2025")) {
            const err41 = { instancePath: instancePath + "/spec/offHostProxyOs", schemaPath: "common.schema.json#/$defs/windowsServerVersion/enum", keyword: "enum", params: { allowedValues: schema40.enum }, message: "must be equal to one of the allowed values", schema: schema40.enum, parentSchema: schema40, data: data12 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data3.schedule !== void 0) {
          let data13 = data3.schedule;
          if (typeof data13 === "string") {
            if (func1(data13) > 128) {
              const err42 = { instancePath: instancePath + "/spec/schedule", schemaPath: "#/properties/spec/properties/schedule/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema111.properties.spec.properties.schedule, data: data13 };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            if (func1(data13) < 1) {
              const err43 = { instancePath: instancePath + "/spec/schedule", schemaPath: "#/properties/spec/properties/schedule/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema111.properties.spec.properties.schedule, data: data13 };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (!pattern70.test(data13)) {
              const err44 = { instancePath: instancePath + "/spec/schedule", schemaPath: "#/properties/spec/properties/schedule/pattern", keyword: "pattern", params: { pattern: "^(?:@(?:yearly|annually|monthly|weekly|daily|midnight|hourly)|[0-9A-Za-z*?/,#LW-]+(?:[ \\t]+[0-9A-Za-z*?/,#LW-]+){4,5})$" }, message: 'must match pattern "^(?:@(?:yearly|annually|monthly|weekly|daily|midnight|hourly)|[0-9A-Za-z*?/,#LW-]+(?:[ \\t]+[0-9A-Za-z*?/,#LW-]+){4,5})$"', schema: "^(?:@(?:yearly|annually|monthly|weekly|daily|midnight|hourly)|[0-9A-Za-z*?/,#LW-]+(?:[ \\t]+[0-9A-Za-z*?/,#LW-]+){4,5})$", parentSchema: schema111.properties.spec.properties.schedule, data: data13 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          } else {
            const err45 = { instancePath: instancePath + "/spec/schedule", schemaPath: "#/properties/spec/properties/schedule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema111.properties.spec.properties.schedule.type, parentSchema: schema111.properties.spec.properties.schedule, data: data13 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data3.repository !== void 0) {
          let data14 = data3.repository;
          if (typeof data14 === "string") {
            if (func1(data14) > 256) {
              const err46 = { instancePath: instancePath + "/spec/repository", schemaPath: "#/properties/spec/properties/repository/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema111.properties.spec.properties.repository, data: data14 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            if (func1(data14) < 1) {
              const err47 = { instancePath: instancePath + "/spec/repository", schemaPath: "#/properties/spec/properties/repository/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema111.properties.spec.properties.repository, data: data14 };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
          } else {
            const err48 = { instancePath: instancePath + "/spec/repository", schemaPath: "#/properties/spec/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema111.properties.spec.properties.repository.type, parentSchema: schema111.properties.spec.properties.repository, data: data14 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data3.online !== void 0) {
          let data15 = data3.online;
          if (typeof data15 !== "boolean") {
            const err49 = { instancePath: instancePath + "/spec/online", schemaPath: "#/properties/spec/properties/online/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema111.properties.spec.properties.online.type, parentSchema: schema111.properties.spec.properties.online, data: data15 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
      } else {
        const err50 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema111.properties.spec.type, parentSchema: schema111.properties.spec, data: data3 };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
    }
  } else {
    const err51 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema111.type, parentSchema: schema111, data };
    if (vErrors === null) {
      vErrors = [err51];
    } else {
      vErrors.push(err51);
    }
    errors++;
  }
  validate53.errors = vErrors;
  return errors === 0;
}
validate53.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var Policy = validate60;
var schema119 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://hvlint.dev/schemas/v1/policy.schema.json", "title": "hvlint custom policy", "description": "A rule of your own, written in CEL (Common Expression Language): which documents it looks at, what must hold for each, and the message and place of the finding when it does not. Files with policies are listed under `policies:` in .hvlint.yml. See docs/policies.md.", "type": "object", "required": ["apiVersion", "kind", "metadata", "spec"], "properties": { "apiVersion": { "$ref": "common.schema.json#/$defs/apiVersion", "description": "Manifest format version; always hvlint/v1." }, "kind": { "type": "string", "description": "Kind of the document; always Policy for this schema.", "const": "Policy" }, "metadata": { "type": "object", "description": "Identity of the policy. Its name is the policy id that findings, suppressions, `rules:` severities, `hvlint explain` and baselines use.", "required": ["name"], "properties": { "name": { "type": "string", "description": "The policy id: a namespace (your team or pack), a slash and a kebab-case name. The namespace keeps it apart from hvlint's built-in rule ids.", "pattern": "^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?/[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", "examples": ["acme/pci-backup", "acme/dc-memory"] }, "labels": { "$ref": "common.schema.json#/$defs/labels" }, "annotations": { "$ref": "common.schema.json#/$defs/annotations" } }, "additionalProperties": false }, "spec": { "type": "object", "description": "What the policy checks and how it reports.", "required": ["severity", "description", "match", "assert", "message"], "properties": { "severity": { "type": "string", "description": "Default severity of the policy's findings; .hvlint.yml `rules:` and `overrides:` can change it like any rule's.", "enum": ["error", "warning", "notice"] }, "description": { "type": "string", "description": "One line saying what the policy requires, starting with a verb. Shown by `hvlint rules`, `hvlint explain` and in SARIF.", "minLength": 1, "maxLength": 300, "examples": ["Require application-consistent backups for every VM labelled pci."] }, "match": { "type": "object", "description": "The documents the policy looks at. A document matches when its kind is listed, its name matches one of `names` (if given), it has every label of `labels` (if given) and `where` (if given) is true.", "required": ["kinds"], "properties": { "kinds": { "type": "array", "description": "Kinds of the documents to check.", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "enum": ["HyperVHost", "HyperVCluster", "VirtualMachine", "NlbCluster", "Switch", "DomainController", "BackupJob"] }, "examples": [["VirtualMachine"]] }, "names": { "type": "array", "description": "Name globs (minimatch, case-insensitive, as Windows compares names); a document matches when one matches its metadata.name.", "minItems": 1, "items": { "type": "string", "minLength": 1 }, "examples": [["WEB*", "APP0?"]] }, "labels": { "$ref": "common.schema.json#/$defs/labelSelector", "description": "Labels the document must carry, with these exact values." }, "where": { "$ref": "#/$defs/expression", "description": "A CEL expression that must be true for the document to be checked (`self` is the document)." } }, "additionalProperties": false }, "forEach": { "$ref": "#/$defs/expression", "description": "Optional CEL expression giving a list: the assertion then runs once per element, bound to `item` (and its position to `index`), and each failing element is its own finding.", "examples": ["self.spec.networkAdapters"] }, "assert": { "$ref": "#/$defs/expression", "description": "A CEL expression that must be true for every matched document (or element of forEach); a finding is reported where it is false.", "examples": ["self.spec.memory.startupMB >= 4096"] }, "message": { "type": "string", "description": "The finding's message. `{{ expression }}` parts are CEL expressions evaluated like `assert` and inserted as text. Say what is wrong and what to do.", "minLength": 1, "examples": ['domain controller "{{ self.metadata.name }}" starts with {{ self.spec.memory.startupMB }} MB: give it at least 4096 MB'] }, "at": { "description": "Where in the matched document the finding is reported: a dotted path such as spec.controllers or spec.networkAdapters[0].name, with optional `{{ expression }}` parts. A path that does not exist is reported at its deepest existing part. Default: the document's metadata.name.", "oneOf": [{ "type": "string", "minLength": 1, "examples": ["spec.controllers"] }, { "type": "object", "required": ["path"], "properties": { "path": { "type": "string", "minLength": 1, "description": "The dotted path, as above." }, "on": { "type": "string", "enum": ["key", "value"], "description": "Underline the key (`controllers:`) or the value (default)." } }, "additionalProperties": false }] }, "related": { "$ref": "#/$defs/expression", "description": "Optional CEL expression giving other places to show with the finding: a list of maps with `doc` (a document from `estate`), optional `at` (a dotted path in it) and `message`.", "examples": ["estate.backupTargetsOf(self).map(t, {'doc': t.job, 'at': 'spec.targets[' + string(t.index) + ']', 'message': 'targets it'})"] }, "docs": { "type": "string", "description": "Documentation: a URL, or Markdown text that `hvlint explain` prints and SARIF carries as the rule's help.", "minLength": 1 }, "tests": { "type": "array", "description": "Test cases run by `hvlint test`: manifests and the findings this policy must report on them, no more and no fewer.", "items": { "type": "object", "required": ["name", "manifests", "expect"], "properties": { "name": { "type": "string", "minLength": 1, "description": "What the case shows." }, "manifests": { "type": "string", "description": "The estate of the case: YAML manifests (several separated by ---), written as a block scalar (manifests: |).", "minLength": 1 }, "expect": { "type": "array", "description": "The findings of this policy on those manifests; [] when there must be none.", "items": { "type": "object", "required": ["document"], "properties": { "document": { "type": "string", "description": "Kind/name of the document the finding is on.", "pattern": "^[A-Za-z]+/.+$", "examples": ["VirtualMachine/WEB01"] }, "at": { "type": "string", "description": "The dotted path of the finding in that document (default: any path).", "examples": ["spec.controllers"] }, "message": { "type": "string", "description": "Text the message must contain (default: any message)." } }, "additionalProperties": false } } }, "additionalProperties": false } } }, "additionalProperties": false } }, "additionalProperties": false, "$defs": { "expression": { "type": "string", "description": "A CEL expression (https://cel.dev). Variables: self, estate (and item, index with forEach). docs/policies.md lists every field and function.", "minLength": 1, "maxLength": 1e4 } } };
var schema127 = { "type": "string", "description": "A CEL expression (https://cel.dev). Variables: self, estate (and item, index with forEach). docs/policies.md lists every field and function.", "minLength": 1, "maxLength": 1e4 };
var pattern71 = new RegExp("^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?/[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", "u");
var pattern81 = new RegExp("^[A-Za-z]+/.+$", "u");
function validate61(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate61.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs2 = errors;
      if (typeof key0 === "string") {
        if (func1(key0) > 317) {
          const err0 = { instancePath, schemaPath: "#/$defs/labelKey/maxLength", keyword: "maxLength", params: { limit: 317 }, message: "must NOT have more than 317 characters", schema: 317, parentSchema: schema37, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (func1(key0) < 1) {
          const err1 = { instancePath, schemaPath: "#/$defs/labelKey/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (!pattern5.test(key0)) {
          const err2 = { instancePath, schemaPath: "#/$defs/labelKey/pattern", keyword: "pattern", params: { pattern: "^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$" }, message: 'must match pattern "^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"', schema: "^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$", parentSchema: schema37, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath, schemaPath: "#/$defs/labelKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: key0, propertyName: key0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var valid0 = _errs2 === errors;
      if (!valid0) {
        const err4 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema36.propertyNames, parentSchema: schema36, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      if (!pattern6.test(key1)) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    for (const key2 in data) {
      if (pattern6.test(key2)) {
        let data0 = data[key2];
        if (typeof data0 === "string") {
          if (func1(data0) > 256) {
            const err6 = { instancePath: instancePath + "/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/patternProperties/.*/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema36.patternProperties[".*"], data: data0 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        } else {
          const err7 = { instancePath: instancePath + "/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/patternProperties/.*/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.patternProperties[".*"].type, parentSchema: schema36.patternProperties[".*"], data: data0 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate61.errors = vErrors;
  return errors === 0;
}
validate61.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate63(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate63.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs2 = errors;
      if (typeof key0 === "string") {
        if (func1(key0) > 317) {
          const err0 = { instancePath, schemaPath: "#/$defs/labelKey/maxLength", keyword: "maxLength", params: { limit: 317 }, message: "must NOT have more than 317 characters", schema: 317, parentSchema: schema37, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (func1(key0) < 1) {
          const err1 = { instancePath, schemaPath: "#/$defs/labelKey/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (!pattern5.test(key0)) {
          const err2 = { instancePath, schemaPath: "#/$defs/labelKey/pattern", keyword: "pattern", params: { pattern: "^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$" }, message: 'must match pattern "^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"', schema: "^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$", parentSchema: schema37, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath, schemaPath: "#/$defs/labelKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: key0, propertyName: key0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var valid0 = _errs2 === errors;
      if (!valid0) {
        const err4 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema38.propertyNames, parentSchema: schema38, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      if (!pattern6.test(key1)) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema38, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    for (const key2 in data) {
      if (pattern6.test(key2)) {
        let data0 = data[key2];
        if (typeof data0 !== "string") {
          const err6 = { instancePath: instancePath + "/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/patternProperties/.*/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.patternProperties[".*"].type, parentSchema: schema38.patternProperties[".*"], data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.type, parentSchema: schema38, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate63.errors = vErrors;
  return errors === 0;
}
validate63.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate65(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate65.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema116, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      const _errs2 = errors;
      if (typeof key0 === "string") {
        if (func1(key0) > 317) {
          const err1 = { instancePath, schemaPath: "#/$defs/labelKey/maxLength", keyword: "maxLength", params: { limit: 317 }, message: "must NOT have more than 317 characters", schema: 317, parentSchema: schema37, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (func1(key0) < 1) {
          const err2 = { instancePath, schemaPath: "#/$defs/labelKey/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!pattern5.test(key0)) {
          const err3 = { instancePath, schemaPath: "#/$defs/labelKey/pattern", keyword: "pattern", params: { pattern: "^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$" }, message: 'must match pattern "^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"', schema: "^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$", parentSchema: schema37, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath, schemaPath: "#/$defs/labelKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: key0, propertyName: key0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      var valid0 = _errs2 === errors;
      if (!valid0) {
        const err5 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema116.propertyNames, parentSchema: schema116, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      if (!pattern6.test(key1)) {
        const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema116, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    for (const key2 in data) {
      if (pattern6.test(key2)) {
        let data0 = data[key2];
        if (typeof data0 === "string") {
          if (func1(data0) > 256) {
            const err7 = { instancePath: instancePath + "/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/patternProperties/.*/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema116.patternProperties[".*"], data: data0 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        } else {
          const err8 = { instancePath: instancePath + "/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/patternProperties/.*/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema116.patternProperties[".*"].type, parentSchema: schema116.patternProperties[".*"], data: data0 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema116.type, parentSchema: schema116, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate65.errors = vErrors;
  return errors === 0;
}
validate65.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate60(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate60.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema119.required, parentSchema: schema119, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema119.required, parentSchema: schema119, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema119.required, parentSchema: schema119, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.spec === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema119.required, parentSchema: schema119, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema119, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if (typeof data0 !== "string") {
        const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "common.schema.json#/$defs/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if ("hvlint/v1" !== data0) {
        const err6 = { instancePath: instancePath + "/apiVersion", schemaPath: "common.schema.json#/$defs/apiVersion/const", keyword: "const", params: { allowedValue: "hvlint/v1" }, message: "must be equal to constant", schema: "hvlint/v1", parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (typeof data1 !== "string") {
        const err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema119.properties.kind.type, parentSchema: schema119.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if ("Policy" !== data1) {
        const err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Policy" }, message: "must be equal to constant", schema: "Policy", parentSchema: schema119.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data2 = data.metadata;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.name === void 0) {
          const err9 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema119.properties.metadata.required, parentSchema: schema119.properties.metadata, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "name" || key1 === "labels" || key1 === "annotations")) {
            const err10 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema119.properties.metadata, data: data2 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 === "string") {
            if (!pattern71.test(data3)) {
              const err11 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?/[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?/[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$"', schema: "^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?/[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", parentSchema: schema119.properties.metadata.properties.name, data: data3 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema119.properties.metadata.properties.name.type, parentSchema: schema119.properties.metadata.properties.name, data: data3 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data2.labels !== void 0) {
          if (!validate61(data2.labels, { instancePath: instancePath + "/metadata/labels", parentData: data2, parentDataProperty: "labels", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
            errors = vErrors.length;
          }
        }
        if (data2.annotations !== void 0) {
          if (!validate63(data2.annotations, { instancePath: instancePath + "/metadata/annotations", parentData: data2, parentDataProperty: "annotations", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema119.properties.metadata.type, parentSchema: schema119.properties.metadata, data: data2 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.spec !== void 0) {
      let data6 = data.spec;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.severity === void 0) {
          const err14 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'", schema: schema119.properties.spec.required, parentSchema: schema119.properties.spec, data: data6 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data6.description === void 0) {
          const err15 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: schema119.properties.spec.required, parentSchema: schema119.properties.spec, data: data6 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (data6.match === void 0) {
          const err16 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "match" }, message: "must have required property 'match'", schema: schema119.properties.spec.required, parentSchema: schema119.properties.spec, data: data6 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data6.assert === void 0) {
          const err17 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "assert" }, message: "must have required property 'assert'", schema: schema119.properties.spec.required, parentSchema: schema119.properties.spec, data: data6 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data6.message === void 0) {
          const err18 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema119.properties.spec.required, parentSchema: schema119.properties.spec, data: data6 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        for (const key2 in data6) {
          if (!func8.call(schema119.properties.spec.properties, key2)) {
            const err19 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema119.properties.spec, data: data6 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data6.severity !== void 0) {
          let data7 = data6.severity;
          if (typeof data7 !== "string") {
            const err20 = { instancePath: instancePath + "/spec/severity", schemaPath: "#/properties/spec/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema119.properties.spec.properties.severity.type, parentSchema: schema119.properties.spec.properties.severity, data: data7 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
          if (!(data7 === "error" || data7 === "warning" || data7 === "notice")) {
            const err21 = { instancePath: instancePath + "/spec/severity", schemaPath: "#/properties/spec/properties/severity/enum", keyword: "enum", params: { allowedValues: schema119.properties.spec.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema119.properties.spec.properties.severity.enum, parentSchema: schema119.properties.spec.properties.severity, data: data7 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data6.description !== void 0) {
          let data8 = data6.description;
          if (typeof data8 === "string") {
            if (func1(data8) > 300) {
              const err22 = { instancePath: instancePath + "/spec/description", schemaPath: "#/properties/spec/properties/description/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters", schema: 300, parentSchema: schema119.properties.spec.properties.description, data: data8 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (func1(data8) < 1) {
              const err23 = { instancePath: instancePath + "/spec/description", schemaPath: "#/properties/spec/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema119.properties.spec.properties.description, data: data8 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = { instancePath: instancePath + "/spec/description", schemaPath: "#/properties/spec/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema119.properties.spec.properties.description.type, parentSchema: schema119.properties.spec.properties.description, data: data8 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data6.match !== void 0) {
          let data9 = data6.match;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.kinds === void 0) {
              const err25 = { instancePath: instancePath + "/spec/match", schemaPath: "#/properties/spec/properties/match/required", keyword: "required", params: { missingProperty: "kinds" }, message: "must have required property 'kinds'", schema: schema119.properties.spec.properties.match.required, parentSchema: schema119.properties.spec.properties.match, data: data9 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            for (const key3 in data9) {
              if (!(key3 === "kinds" || key3 === "names" || key3 === "labels" || key3 === "where")) {
                const err26 = { instancePath: instancePath + "/spec/match", schemaPath: "#/properties/spec/properties/match/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema119.properties.spec.properties.match, data: data9 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data9.kinds !== void 0) {
              let data10 = data9.kinds;
              if (Array.isArray(data10)) {
                if (data10.length < 1) {
                  const err27 = { instancePath: instancePath + "/spec/match/kinds", schemaPath: "#/properties/spec/properties/match/properties/kinds/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema119.properties.spec.properties.match.properties.kinds, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
                const len0 = data10.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data11 = data10[i0];
                  if (typeof data11 !== "string") {
                    const err28 = { instancePath: instancePath + "/spec/match/kinds/" + i0, schemaPath: "#/properties/spec/properties/match/properties/kinds/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema119.properties.spec.properties.match.properties.kinds.items.type, parentSchema: schema119.properties.spec.properties.match.properties.kinds.items, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                  if (!(data11 === "HyperVHost" || data11 === "HyperVCluster" || data11 === "VirtualMachine" || data11 === "NlbCluster" || data11 === "Switch" || data11 === "DomainController" || data11 === "BackupJob")) {
                    const err29 = { instancePath: instancePath + "/spec/match/kinds/" + i0, schemaPath: "#/properties/spec/properties/match/properties/kinds/items/enum", keyword: "enum", params: { allowedValues: schema119.properties.spec.properties.match.properties.kinds.items.enum }, message: "must be equal to one of the allowed values", schema: schema119.properties.spec.properties.match.properties.kinds.items.enum, parentSchema: schema119.properties.spec.properties.match.properties.kinds.items, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
                let i1 = data10.length;
                let j0;
                if (i1 > 1) {
                  const indices0 = {};
                  for (; i1--; ) {
                    let item0 = data10[i1];
                    if (typeof item0 !== "string") {
                      continue;
                    }
                    if (typeof indices0[item0] == "number") {
                      j0 = indices0[item0];
                      const err30 = { instancePath: instancePath + "/spec/match/kinds", schemaPath: "#/properties/spec/properties/match/properties/kinds/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema119.properties.spec.properties.match.properties.kinds, data: data10 };
                      if (vErrors === null) {
                        vErrors = [err30];
                      } else {
                        vErrors.push(err30);
                      }
                      errors++;
                      break;
                    }
                    indices0[item0] = i1;
                  }
                }
              } else {
                const err31 = { instancePath: instancePath + "/spec/match/kinds", schemaPath: "#/properties/spec/properties/match/properties/kinds/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema119.properties.spec.properties.match.properties.kinds.type, parentSchema: schema119.properties.spec.properties.match.properties.kinds, data: data10 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data9.names !== void 0) {
              let data12 = data9.names;
              if (Array.isArray(data12)) {
                if (data12.length < 1) {
                  const err32 = { instancePath: instancePath + "/spec/match/names", schemaPath: "#/properties/spec/properties/match/properties/names/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema119.properties.spec.properties.match.properties.names, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
                const len1 = data12.length;
                for (let i2 = 0; i2 < len1; i2++) {
                  let data13 = data12[i2];
                  if (typeof data13 === "string") {
                    if (func1(data13) < 1) {
                      const err33 = { instancePath: instancePath + "/spec/match/names/" + i2, schemaPath: "#/properties/spec/properties/match/properties/names/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema119.properties.spec.properties.match.properties.names.items, data: data13 };
                      if (vErrors === null) {
                        vErrors = [err33];
                      } else {
                        vErrors.push(err33);
                      }
                      errors++;
                    }
                  } else {
                    const err34 = { instancePath: instancePath + "/spec/match/names/" + i2, schemaPath: "#/properties/spec/properties/match/properties/names/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema119.properties.spec.properties.match.properties.names.items.type, parentSchema: schema119.properties.spec.properties.match.properties.names.items, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                }
              } else {
                const err35 = { instancePath: instancePath + "/spec/match/names", schemaPath: "#/properties/spec/properties/match/properties/names/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema119.properties.spec.properties.match.properties.names.type, parentSchema: schema119.properties.spec.properties.match.properties.names, data: data12 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data9.labels !== void 0) {
              if (!validate65(data9.labels, { instancePath: instancePath + "/spec/match/labels", parentData: data9, parentDataProperty: "labels", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
                errors = vErrors.length;
              }
            }
            if (data9.where !== void 0) {
              let data15 = data9.where;
              if (typeof data15 === "string") {
                if (func1(data15) > 1e4) {
                  const err36 = { instancePath: instancePath + "/spec/match/where", schemaPath: "#/$defs/expression/maxLength", keyword: "maxLength", params: { limit: 1e4 }, message: "must NOT have more than 10000 characters", schema: 1e4, parentSchema: schema127, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
                if (func1(data15) < 1) {
                  const err37 = { instancePath: instancePath + "/spec/match/where", schemaPath: "#/$defs/expression/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema127, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
              } else {
                const err38 = { instancePath: instancePath + "/spec/match/where", schemaPath: "#/$defs/expression/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema127.type, parentSchema: schema127, data: data15 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
          } else {
            const err39 = { instancePath: instancePath + "/spec/match", schemaPath: "#/properties/spec/properties/match/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema119.properties.spec.properties.match.type, parentSchema: schema119.properties.spec.properties.match, data: data9 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data6.forEach !== void 0) {
          let data16 = data6.forEach;
          if (typeof data16 === "string") {
            if (func1(data16) > 1e4) {
              const err40 = { instancePath: instancePath + "/spec/forEach", schemaPath: "#/$defs/expression/maxLength", keyword: "maxLength", params: { limit: 1e4 }, message: "must NOT have more than 10000 characters", schema: 1e4, parentSchema: schema127, data: data16 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (func1(data16) < 1) {
              const err41 = { instancePath: instancePath + "/spec/forEach", schemaPath: "#/$defs/expression/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema127, data: data16 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          } else {
            const err42 = { instancePath: instancePath + "/spec/forEach", schemaPath: "#/$defs/expression/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema127.type, parentSchema: schema127, data: data16 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data6.assert !== void 0) {
          let data17 = data6.assert;
          if (typeof data17 === "string") {
            if (func1(data17) > 1e4) {
              const err43 = { instancePath: instancePath + "/spec/assert", schemaPath: "#/$defs/expression/maxLength", keyword: "maxLength", params: { limit: 1e4 }, message: "must NOT have more than 10000 characters", schema: 1e4, parentSchema: schema127, data: data17 };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (func1(data17) < 1) {
              const err44 = { instancePath: instancePath + "/spec/assert", schemaPath: "#/$defs/expression/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema127, data: data17 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          } else {
            const err45 = { instancePath: instancePath + "/spec/assert", schemaPath: "#/$defs/expression/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema127.type, parentSchema: schema127, data: data17 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data6.message !== void 0) {
          let data18 = data6.message;
          if (typeof data18 === "string") {
            if (func1(data18) < 1) {
              const err46 = { instancePath: instancePath + "/spec/message", schemaPath: "#/properties/spec/properties/message/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema119.properties.spec.properties.message, data: data18 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          } else {
            const err47 = { instancePath: instancePath + "/spec/message", schemaPath: "#/properties/spec/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema119.properties.spec.properties.message.type, parentSchema: schema119.properties.spec.properties.message, data: data18 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data6.at !== void 0) {
          let data19 = data6.at;
          const _errs45 = errors;
          let valid13 = false;
          let passing0 = null;
          const _errs46 = errors;
          if (typeof data19 === "string") {
            if (func1(data19) < 1) {
              const err48 = { instancePath: instancePath + "/spec/at", schemaPath: "#/properties/spec/properties/at/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema119.properties.spec.properties.at.oneOf[0], data: data19 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
          } else {
            const err49 = { instancePath: instancePath + "/spec/at", schemaPath: "#/properties/spec/properties/at/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema119.properties.spec.properties.at.oneOf[0].type, parentSchema: schema119.properties.spec.properties.at.oneOf[0], data: data19 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
          var _valid0 = _errs46 === errors;
          if (_valid0) {
            valid13 = true;
            passing0 = 0;
          }
          const _errs48 = errors;
          if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
            if (data19.path === void 0) {
              const err50 = { instancePath: instancePath + "/spec/at", schemaPath: "#/properties/spec/properties/at/oneOf/1/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema119.properties.spec.properties.at.oneOf[1].required, parentSchema: schema119.properties.spec.properties.at.oneOf[1], data: data19 };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            for (const key4 in data19) {
              if (!(key4 === "path" || key4 === "on")) {
                const err51 = { instancePath: instancePath + "/spec/at", schemaPath: "#/properties/spec/properties/at/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema119.properties.spec.properties.at.oneOf[1], data: data19 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
            if (data19.path !== void 0) {
              let data20 = data19.path;
              if (typeof data20 === "string") {
                if (func1(data20) < 1) {
                  const err52 = { instancePath: instancePath + "/spec/at/path", schemaPath: "#/properties/spec/properties/at/oneOf/1/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema119.properties.spec.properties.at.oneOf[1].properties.path, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
              } else {
                const err53 = { instancePath: instancePath + "/spec/at/path", schemaPath: "#/properties/spec/properties/at/oneOf/1/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema119.properties.spec.properties.at.oneOf[1].properties.path.type, parentSchema: schema119.properties.spec.properties.at.oneOf[1].properties.path, data: data20 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data19.on !== void 0) {
              let data21 = data19.on;
              if (typeof data21 !== "string") {
                const err54 = { instancePath: instancePath + "/spec/at/on", schemaPath: "#/properties/spec/properties/at/oneOf/1/properties/on/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema119.properties.spec.properties.at.oneOf[1].properties.on.type, parentSchema: schema119.properties.spec.properties.at.oneOf[1].properties.on, data: data21 };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
              if (!(data21 === "key" || data21 === "value")) {
                const err55 = { instancePath: instancePath + "/spec/at/on", schemaPath: "#/properties/spec/properties/at/oneOf/1/properties/on/enum", keyword: "enum", params: { allowedValues: schema119.properties.spec.properties.at.oneOf[1].properties.on.enum }, message: "must be equal to one of the allowed values", schema: schema119.properties.spec.properties.at.oneOf[1].properties.on.enum, parentSchema: schema119.properties.spec.properties.at.oneOf[1].properties.on, data: data21 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
          } else {
            const err56 = { instancePath: instancePath + "/spec/at", schemaPath: "#/properties/spec/properties/at/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema119.properties.spec.properties.at.oneOf[1].type, parentSchema: schema119.properties.spec.properties.at.oneOf[1], data: data19 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
          var _valid0 = _errs48 === errors;
          if (_valid0 && valid13) {
            valid13 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid13 = true;
              passing0 = 1;
            }
          }
          if (!valid13) {
            const err57 = { instancePath: instancePath + "/spec/at", schemaPath: "#/properties/spec/properties/at/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema119.properties.spec.properties.at.oneOf, parentSchema: schema119.properties.spec.properties.at, data: data19 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          } else {
            errors = _errs45;
            if (vErrors !== null) {
              if (_errs45) {
                vErrors.length = _errs45;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data6.related !== void 0) {
          let data22 = data6.related;
          if (typeof data22 === "string") {
            if (func1(data22) > 1e4) {
              const err58 = { instancePath: instancePath + "/spec/related", schemaPath: "#/$defs/expression/maxLength", keyword: "maxLength", params: { limit: 1e4 }, message: "must NOT have more than 10000 characters", schema: 1e4, parentSchema: schema127, data: data22 };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            if (func1(data22) < 1) {
              const err59 = { instancePath: instancePath + "/spec/related", schemaPath: "#/$defs/expression/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema127, data: data22 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
          } else {
            const err60 = { instancePath: instancePath + "/spec/related", schemaPath: "#/$defs/expression/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema127.type, parentSchema: schema127, data: data22 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data6.docs !== void 0) {
          let data23 = data6.docs;
          if (typeof data23 === "string") {
            if (func1(data23) < 1) {
              const err61 = { instancePath: instancePath + "/spec/docs", schemaPath: "#/properties/spec/properties/docs/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema119.properties.spec.properties.docs, data: data23 };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
          } else {
            const err62 = { instancePath: instancePath + "/spec/docs", schemaPath: "#/properties/spec/properties/docs/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema119.properties.spec.properties.docs.type, parentSchema: schema119.properties.spec.properties.docs, data: data23 };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
        if (data6.tests !== void 0) {
          let data24 = data6.tests;
          if (Array.isArray(data24)) {
            const len2 = data24.length;
            for (let i3 = 0; i3 < len2; i3++) {
              let data25 = data24[i3];
              if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                if (data25.name === void 0) {
                  const err63 = { instancePath: instancePath + "/spec/tests/" + i3, schemaPath: "#/properties/spec/properties/tests/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema119.properties.spec.properties.tests.items.required, parentSchema: schema119.properties.spec.properties.tests.items, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err63];
                  } else {
                    vErrors.push(err63);
                  }
                  errors++;
                }
                if (data25.manifests === void 0) {
                  const err64 = { instancePath: instancePath + "/spec/tests/" + i3, schemaPath: "#/properties/spec/properties/tests/items/required", keyword: "required", params: { missingProperty: "manifests" }, message: "must have required property 'manifests'", schema: schema119.properties.spec.properties.tests.items.required, parentSchema: schema119.properties.spec.properties.tests.items, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
                if (data25.expect === void 0) {
                  const err65 = { instancePath: instancePath + "/spec/tests/" + i3, schemaPath: "#/properties/spec/properties/tests/items/required", keyword: "required", params: { missingProperty: "expect" }, message: "must have required property 'expect'", schema: schema119.properties.spec.properties.tests.items.required, parentSchema: schema119.properties.spec.properties.tests.items, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
                for (const key5 in data25) {
                  if (!(key5 === "name" || key5 === "manifests" || key5 === "expect")) {
                    const err66 = { instancePath: instancePath + "/spec/tests/" + i3, schemaPath: "#/properties/spec/properties/tests/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema119.properties.spec.properties.tests.items, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err66];
                    } else {
                      vErrors.push(err66);
                    }
                    errors++;
                  }
                }
                if (data25.name !== void 0) {
                  let data26 = data25.name;
                  if (typeof data26 === "string") {
                    if (func1(data26) < 1) {
                      const err67 = { instancePath: instancePath + "/spec/tests/" + i3 + "/name", schemaPath: "#/properties/spec/properties/tests/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema119.properties.spec.properties.tests.items.properties.name, data: data26 };
                      if (vErrors === null) {
                        vErrors = [err67];
                      } else {
                        vErrors.push(err67);
                      }
                      errors++;
                    }
                  } else {
                    const err68 = { instancePath: instancePath + "/spec/tests/" + i3 + "/name", schemaPath: "#/properties/spec/properties/tests/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema119.properties.spec.properties.tests.items.properties.name.type, parentSchema: schema119.properties.spec.properties.tests.items.properties.name, data: data26 };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                }
                if (data25.manifests !== void 0) {
                  let data27 = data25.manifests;
                  if (typeof data27 === "string") {
                    if (func1(data27) < 1) {
                      const err69 = { instancePath: instancePath + "/spec/tests/" + i3 + "/manifests", schemaPath: "#/properties/spec/properties/tests/items/properties/manifests/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema119.properties.spec.properties.tests.items.properties.manifests, data: data27 };
                      if (vErrors === null) {
                        vErrors = [err69];
                      } else {
                        vErrors.push(err69);
                      }
                      errors++;
                    }
                  } else {
                    const err70 = { instancePath: instancePath + "/spec/tests/" + i3 + "/manifests", schemaPath: "#/properties/spec/properties/tests/items/properties/manifests/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema119.properties.spec.properties.tests.items.properties.manifests.type, parentSchema: schema119.properties.spec.properties.tests.items.properties.manifests, data: data27 };
                    if (vErrors === null) {
                      vErrors = [err70];
                    } else {
                      vErrors.push(err70);
                    }
                    errors++;
                  }
                }
                if (data25.expect !== void 0) {
                  let data28 = data25.expect;
                  if (Array.isArray(data28)) {
                    const len3 = data28.length;
                    for (let i4 = 0; i4 < len3; i4++) {
                      let data29 = data28[i4];
                      if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                        if (data29.document === void 0) {
                          const err71 = { instancePath: instancePath + "/spec/tests/" + i3 + "/expect/" + i4, schemaPath: "#/properties/spec/properties/tests/items/properties/expect/items/required", keyword: "required", params: { missingProperty: "document" }, message: "must have required property 'document'", schema: schema119.properties.spec.properties.tests.items.properties.expect.items.required, parentSchema: schema119.properties.spec.properties.tests.items.properties.expect.items, data: data29 };
                          if (vErrors === null) {
                            vErrors = [err71];
                          } else {
                            vErrors.push(err71);
                          }
                          errors++;
                        }
                        for (const key6 in data29) {
                          if (!(key6 === "document" || key6 === "at" || key6 === "message")) {
                            const err72 = { instancePath: instancePath + "/spec/tests/" + i3 + "/expect/" + i4, schemaPath: "#/properties/spec/properties/tests/items/properties/expect/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema119.properties.spec.properties.tests.items.properties.expect.items, data: data29 };
                            if (vErrors === null) {
                              vErrors = [err72];
                            } else {
                              vErrors.push(err72);
                            }
                            errors++;
                          }
                        }
                        if (data29.document !== void 0) {
                          let data30 = data29.document;
                          if (typeof data30 === "string") {
                            if (!pattern81.test(data30)) {
                              const err73 = { instancePath: instancePath + "/spec/tests/" + i3 + "/expect/" + i4 + "/document", schemaPath: "#/properties/spec/properties/tests/items/properties/expect/items/properties/document/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z]+/.+$" }, message: 'must match pattern "^[A-Za-z]+/.+$"', schema: "^[A-Za-z]+/.+$", parentSchema: schema119.properties.spec.properties.tests.items.properties.expect.items.properties.document, data: data30 };
                              if (vErrors === null) {
                                vErrors = [err73];
                              } else {
                                vErrors.push(err73);
                              }
                              errors++;
                            }
                          } else {
                            const err74 = { instancePath: instancePath + "/spec/tests/" + i3 + "/expect/" + i4 + "/document", schemaPath: "#/properties/spec/properties/tests/items/properties/expect/items/properties/document/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema119.properties.spec.properties.tests.items.properties.expect.items.properties.document.type, parentSchema: schema119.properties.spec.properties.tests.items.properties.expect.items.properties.document, data: data30 };
                            if (vErrors === null) {
                              vErrors = [err74];
                            } else {
                              vErrors.push(err74);
                            }
                            errors++;
                          }
                        }
                        if (data29.at !== void 0) {
                          let data31 = data29.at;
                          if (typeof data31 !== "string") {
                            const err75 = { instancePath: instancePath + "/spec/tests/" + i3 + "/expect/" + i4 + "/at", schemaPath: "#/properties/spec/properties/tests/items/properties/expect/items/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema119.properties.spec.properties.tests.items.properties.expect.items.properties.at.type, parentSchema: schema119.properties.spec.properties.tests.items.properties.expect.items.properties.at, data: data31 };
                            if (vErrors === null) {
                              vErrors = [err75];
                            } else {
                              vErrors.push(err75);
                            }
                            errors++;
                          }
                        }
                        if (data29.message !== void 0) {
                          let data32 = data29.message;
                          if (typeof data32 !== "string") {
                            const err76 = { instancePath: instancePath + "/spec/tests/" + i3 + "/expect/" + i4 + "/message", schemaPath: "#/properties/spec/properties/tests/items/properties/expect/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema119.properties.spec.properties.tests.items.properties.expect.items.properties.message.type, parentSchema: schema119.properties.spec.properties.tests.items.properties.expect.items.properties.message, data: data32 };
                            if (vErrors === null) {
                              vErrors = [err76];
                            } else {
                              vErrors.push(err76);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err77 = { instancePath: instancePath + "/spec/tests/" + i3 + "/expect/" + i4, schemaPath: "#/properties/spec/properties/tests/items/properties/expect/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema119.properties.spec.properties.tests.items.properties.expect.items.type, parentSchema: schema119.properties.spec.properties.tests.items.properties.expect.items, data: data29 };
                        if (vErrors === null) {
                          vErrors = [err77];
                        } else {
                          vErrors.push(err77);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err78 = { instancePath: instancePath + "/spec/tests/" + i3 + "/expect", schemaPath: "#/properties/spec/properties/tests/items/properties/expect/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema119.properties.spec.properties.tests.items.properties.expect.type, parentSchema: schema119.properties.spec.properties.tests.items.properties.expect, data: data28 };
                    if (vErrors === null) {
                      vErrors = [err78];
                    } else {
                      vErrors.push(err78);
                    }
                    errors++;
                  }
                }
              } else {
                const err79 = { instancePath: instancePath + "/spec/tests/" + i3, schemaPath: "#/properties/spec/properties/tests/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema119.properties.spec.properties.tests.items.type, parentSchema: schema119.properties.spec.properties.tests.items, data: data25 };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
            }
          } else {
            const err80 = { instancePath: instancePath + "/spec/tests", schemaPath: "#/properties/spec/properties/tests/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema119.properties.spec.properties.tests.type, parentSchema: schema119.properties.spec.properties.tests, data: data24 };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
      } else {
        const err81 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema119.properties.spec.type, parentSchema: schema119.properties.spec, data: data6 };
        if (vErrors === null) {
          vErrors = [err81];
        } else {
          vErrors.push(err81);
        }
        errors++;
      }
    }
  } else {
    const err82 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema119.type, parentSchema: schema119, data };
    if (vErrors === null) {
      vErrors = [err82];
    } else {
      vErrors.push(err82);
    }
    errors++;
  }
  validate60.errors = vErrors;
  return errors === 0;
}
validate60.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// src/model/generated/kinds.ts
var KINDS = [
  "HyperVHost",
  "HyperVCluster",
  "VirtualMachine",
  "NlbCluster",
  "Switch",
  "DomainController",
  "BackupJob"
];
var MANIFEST_KINDS = [
  "HyperVHost",
  "HyperVCluster",
  "VirtualMachine",
  "NlbCluster",
  "Switch",
  "DomainController",
  "BackupJob",
  "Policy"
];

// src/schema/index.ts
var API_VERSION = "hvlint/v1";
var VALIDATORS = validators_exports;
var PATTERN_NAMES = [
  [/\/ipv4\//, "an IPv4 address such as 10.0.0.1"],
  [/\/mac\//, "a MAC address such as 01:00:5e:7f:03:e8 or 01-00-5E-7F-03-E8"],
  [/\/name\//, "a name (letters, digits, spaces, . _ -)"]
];
function checkSchema(value) {
  const problems = [];
  if (value["apiVersion"] !== API_VERSION) {
    problems.push({
      path: ["apiVersion"],
      target: "value",
      message: `apiVersion must be "${API_VERSION}"; got ${show(value["apiVersion"])}`
    });
  }
  const kind = value["kind"];
  if (kind === void 0) {
    problems.push({
      path: [],
      target: "value",
      message: `document must have property "kind": one of ${list(MANIFEST_KINDS)}`
    });
  } else if (typeof kind !== "string" || !MANIFEST_KINDS.includes(kind)) {
    const hint = typeof kind === "string" ? closest(kind, MANIFEST_KINDS) : void 0;
    problems.push({
      path: ["kind"],
      target: "value",
      message: `kind must be one of ${list(MANIFEST_KINDS)}; got ${show(kind)}${hint ? ` (did you mean "${hint}"?)` : ""}`
    });
  }
  if (problems.length === 0) {
    const validate = VALIDATORS[kind];
    if (!validate(value)) problems.push(...rewrite(validate.errors ?? [], value));
  }
  return { valid: problems.length === 0, problems };
}
function validateDocument(doc) {
  const { valid, problems } = checkSchema(doc.value);
  const seen = /* @__PURE__ */ new Set();
  const findings = [];
  for (const problem of problems) {
    const range = doc.locate(problem.path, problem.target);
    const key = `${range.startOffset}:${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push({
      ruleId: "schema",
      message: problem.message,
      file: doc.file,
      ...range,
      related: [],
      document: { kind: kindOf(doc.value), name: nameOf(doc.value) },
      path: problem.path
    });
  }
  return { valid, findings };
}
function parsePointer(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^(0|[1-9]\d*)$/.test(s) ? Number(s) : s);
}
function formatPath(path) {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment) && segment.length <= 80) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(clip(segment))}]`;
  }
  return out || "document";
}
function valueAt(root, path) {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== "object") return void 0;
    node = node[segment];
  }
  return node;
}
function show(value) {
  if (value === void 0) return "nothing";
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return String(value);
}
function typeName(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "number") return Number.isInteger(value) ? `the integer ${value}` : `the number ${value}`;
  if (typeof value === "boolean") return `${value}`;
  return `the string ${show(value)}`;
}
function list(values) {
  return [...values].map((v) => JSON.stringify(v)).sort().join(", ");
}
var TYPE_WORDS = {
  string: "a string",
  integer: "an integer",
  number: "a number",
  boolean: "true or false",
  object: "a mapping",
  array: "a list",
  null: "null"
};
function rewrite(errors, root) {
  const alternatives = errors.filter((e) => e.keyword === "oneOf" || e.keyword === "anyOf");
  const inAlternative = (e) => alternatives.find(
    (a) => a !== e && e.schemaPath.startsWith(`${a.schemaPath}/`) && e.instancePath.startsWith(a.instancePath)
  );
  const problems = [];
  for (const error of errors) {
    if (inAlternative(error)) continue;
    if (error.keyword === "oneOf" || error.keyword === "anyOf") {
      problems.push(
        ...alternativeProblem(
          error,
          errors.filter((e) => inAlternative(e) === error),
          root
        )
      );
      continue;
    }
    const problem = single(error, root);
    if (problem) problems.push(problem);
  }
  return problems;
}
function alternativeProblem(error, branchErrors, root) {
  const path = parsePointer(error.instancePath);
  const where = formatPath(path);
  const passing = error.params.passingSchemas;
  const byBranch = /* @__PURE__ */ new Map();
  for (const e of branchErrors) {
    const branch = e.schemaPath.slice(error.schemaPath.length + 1).split("/")[0];
    const list2 = byBranch.get(branch);
    if (list2) list2.push(e);
    else byBranch.set(branch, [e]);
  }
  const requiredOnly = branchErrors.length > 0 && branchErrors.every((e) => e.keyword === "required" && e.instancePath === error.instancePath);
  if (Array.isArray(passing)) {
    const branches = Array.isArray(error.schema) ? error.schema : [];
    const names = [...new Set(branches.flatMap((b) => b.required ?? []))];
    const value = valueAt(root, path);
    const present2 = value && typeof value === "object" ? names.filter((n) => n in value) : [];
    if (present2.length > 1)
      return [
        { path, target: "key", message: `${where} must have exactly one of ${list(names)}; got ${list(present2)}` }
      ];
    return [
      {
        path,
        target: "key",
        message: `${where} must match only one of its allowed forms: remove the conflicting properties`
      }
    ];
  }
  if (requiredOnly || branchErrors.length === 0) {
    const names = [...new Set(branchErrors.map((e) => e.params.missingProperty))];
    const quantifier = error.keyword === "oneOf" ? "exactly one of" : "at least one of";
    const value = valueAt(root, path);
    const present2 = value && typeof value === "object" ? names.filter((n) => n in value) : [];
    if (present2.length > 1) {
      return [
        { path, target: "key", message: `${where} must have ${quantifier} ${list(names)}; got ${list(present2)}` }
      ];
    }
    return [{ path, target: "key", message: `${where} must have ${quantifier} ${list(names)}` }];
  }
  const best = [...byBranch.values()].sort((a, b) => a.length - b.length)[0] ?? [];
  const problems = best.map((e) => single(e, root)).filter((p) => p !== void 0);
  return problems.length > 0 ? problems : [{ path, target: "value", message: `${where} does not match any allowed form` }];
}
function single(error, root) {
  const path = parsePointer(error.instancePath);
  const where = formatPath(path);
  const value = valueAt(root, path);
  const params = error.params;
  switch (error.keyword) {
    case "required": {
      const missing = String(params["missingProperty"]);
      return { path, target: "key", message: `${where} must have property "${missing}"` };
    }
    case "additionalProperties": {
      const extra = String(params["additionalProperty"]);
      const allowed = allowedProperties(error);
      const hint = allowed.length > 0 ? closest(extra, allowed) : void 0;
      const tail = hint ? `: did you mean "${hint}"?` : allowed.length > 0 ? `: remove it (allowed: ${allowed.join(", ")})` : ": remove it";
      return {
        path: [...path, extra],
        target: "key",
        message: `${formatPath([...path, extra])} is not a known property${tail}`
      };
    }
    case "enum": {
      const allowed = params["allowedValues"] ?? [];
      const hint = typeof value === "string" ? closest(
        value,
        allowed.filter((v) => typeof v === "string")
      ) : void 0;
      return {
        path,
        target: "value",
        message: `${where} must be one of ${list(allowed)}; got ${show(value)}${hint ? ` (did you mean "${hint}"?)` : ""}`
      };
    }
    case "const":
      return {
        path,
        target: "value",
        message: `${where} must be ${JSON.stringify(params["allowedValue"])}; got ${show(value)}`
      };
    case "type": {
      const types = String(params["type"]).split(",");
      return {
        path,
        target: "value",
        message: `${where} must be ${types.map((t) => TYPE_WORDS[t] ?? t).join(" or ")}; got ${typeName(value)}`
      };
    }
    case "pattern": {
      const named = PATTERN_NAMES.find(([re]) => re.test(error.schemaPath));
      const expected = named ? named[1] : `text matching /${String(params["pattern"])}/`;
      return { path, target: "value", message: `${where} must be ${expected}; got ${show(value)}` };
    }
    case "format":
      return {
        path,
        target: "value",
        message: `${where} must be a valid ${String(params["format"])}; got ${show(value)}`
      };
    case "minimum":
    case "exclusiveMinimum":
    case "maximum":
    case "exclusiveMaximum": {
      const range = rangeOf(error);
      return { path, target: "value", message: `${where} must be ${range}; got ${show(value)}` };
    }
    case "minItems":
      return {
        path,
        target: "key",
        message: `${where} must have at least ${String(params["limit"])} item${params["limit"] === 1 ? "" : "s"}`
      };
    case "maxItems":
      return { path, target: "key", message: `${where} must have at most ${String(params["limit"])} items` };
    case "minLength":
      return {
        path,
        target: "value",
        message: `${where} must not be shorter than ${String(params["limit"])} character${params["limit"] === 1 ? "" : "s"}`
      };
    case "maxLength":
      return {
        path,
        target: "value",
        message: `${where} must not be longer than ${String(params["limit"])} characters`
      };
    case "uniqueItems":
      return {
        path: [...path, Number(params["j"])],
        target: "value",
        message: `${where} must not repeat items: items ${String(params["j"])} and ${String(params["i"])} are equal`
      };
    case "propertyNames":
      return {
        path,
        target: "key",
        message: `${where} has a key that is not allowed (${clip(String(params["propertyName"]))})`
      };
    case "discriminator":
      return { path: [...path, "kind"], target: "value", message: `${where} has an unknown kind` };
    case "if":
    case "not":
      return void 0;
    default:
      return { path, target: "value", message: `${where} ${error.message ?? "is not valid"}` };
  }
}
function rangeOf(error) {
  const schema = error.parentSchema;
  const min = schema?.["minimum"];
  const max = schema?.["maximum"];
  if (min !== void 0 && max !== void 0) return `between ${min} and ${max}`;
  const params = error.params;
  return `${params.comparison} ${params.limit}`;
}
function allowedProperties(error) {
  const schema = error.parentSchema;
  return Object.keys(schema?.properties ?? {}).sort();
}

// src/schema/api-version.ts
var API_VERSION2 = "hvlint/v1";
var KNOWN_KINDS = new Map(KINDS.map((k) => [k.toLowerCase(), k]));
function distance(a, b, max) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      best = Math.min(best, current[j]);
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[b.length];
}
function isNearMissApiVersion(apiVersion) {
  const lower = apiVersion.trim().toLowerCase();
  if (lower.includes("hvlint")) return true;
  return distance(lower, API_VERSION2, 2) <= 2 || distance(lower.split("/")[0] ?? "", "hvlint", 2) <= 2;
}
function lookalikeMessage(value) {
  const apiVersion = value["apiVersion"];
  const kind = typeof value["kind"] === "string" ? KNOWN_KINDS.get(value["kind"].toLowerCase()) : void 0;
  const what = kind ? `this ${kind} document` : "this document";
  if (typeof apiVersion === "string" && isNearMissApiVersion(apiVersion))
    return `apiVersion "${apiVersion}" is not "${API_VERSION2}", so ${what} is not checked: write apiVersion: ${API_VERSION2}`;
  if (kind && ("metadata" in value || "spec" in value)) {
    const got = apiVersion === void 0 ? "has no apiVersion" : `has apiVersion ${JSON.stringify(apiVersion)}`;
    return `document of kind ${kind} ${got}, so it is not checked: write apiVersion: ${API_VERSION2}`;
  }
  return void 0;
}
function lookalikeFinding(doc) {
  const message = lookalikeMessage(doc.value);
  if (!message) return void 0;
  const root = doc.root;
  const key = root?.map?.has("apiVersion") ? "apiVersion" : "kind";
  const node = root ? findNode(root, [key]) : void 0;
  const [start, end] = node?.exact ? spanOf(node.node, "value", doc.source.text) : [doc.start, doc.start + 1];
  return {
    ruleId: "manifest-api-version",
    message,
    file: doc.source.path,
    ...doc.source.range(start, end),
    related: []
  };
}

// src/pipeline/check-file.ts
function checkDocument(loaded) {
  const { valid, findings } = validateDocument(loaded);
  return { document: ManifestDocument.of(loaded, valid), findings };
}
function checkFile(entry, limits2 = DEFAULT_LIMITS, reader = nodeFileReader) {
  return checkLoaded(loadFile(entry, limits2, reader));
}
function reportLookalikes(loaded) {
  for (const doc of loaded.skipped) {
    const finding = lookalikeFinding(doc);
    if (finding) loaded.findings.push(finding);
  }
  return loaded;
}
function checkLoaded(loaded) {
  reportLookalikes(loaded);
  const checked = { file: loaded.file, source: loaded.source, documents: [], findings: loaded.findings };
  for (const manifest of loaded.manifests) {
    const { document, findings } = checkDocument(manifest);
    for (const finding of findings) checked.findings.push(finding);
    checked.documents.push(document);
  }
  return checked;
}

// src/pipeline/parallel.ts
var PARALLEL_BYTES = 16 * 1024 * 1024;
function checkFileForWire(entry, limits2) {
  const checked = checkFile(entry, limits2);
  const documents = [];
  for (const doc of checked.documents) {
    const wire = { index: doc.index, start: doc.start, end: doc.end, valid: doc.valid };
    if (jsonExact(doc.value)) wire.json = JSON.stringify(doc.value);
    else wire.value = doc.value;
    documents.push(wire);
  }
  return { text: checked.source?.text, findings: checked.findings, documents };
}
function jsonExact(value) {
  if (typeof value === "number") return Number.isFinite(value) && !Object.is(value, -0);
  if (value === null || typeof value !== "object") return true;
  if (Array.isArray(value)) {
    for (const item of value) if (!jsonExact(item)) return false;
    return true;
  }
  for (const key in value) if (!jsonExact(value[key])) return false;
  return true;
}
var workerScript = new URL("./worker.js", import.meta.url);

// src/pipeline/worker.ts
var { limits } = workerData;
parentPort?.on("message", (batch) => {
  parentPort.postMessage({ id: batch.id, files: batch.files.map((file) => checkFileForWire(file, limits)) });
});
