/**
 * Just enough of the WebAssembly binary format to write a small kernel in TypeScript: one
 * memory imported as `env.memory`, functions of i32 parameters with no result, and the
 * instructions below, written as folded expressions much like the text format's
 * `(i32.add (local.get 0) (i32.const 4))`. No build step and no dependency: the bytes are made
 * when a model loads, in microseconds.
 */

/** Instruction bytes. */
export type Code = readonly number[];

const I32 = 0x7f;
const V128 = 0x7b;
const EMPTY_BLOCK = 0x40;
const ALIGN_4 = 2;
const ALIGN_16 = 4;

/** Unsigned LEB128. */
function uleb(value: number): number[] {
  const bytes: number[] = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value !== 0) byte |= 0x80;
    bytes.push(byte);
  } while (value !== 0);
  return bytes;
}

/** Signed LEB128 of a 32-bit integer. */
function sleb(value: number): number[] {
  const bytes: number[] = [];
  for (;;) {
    const byte = value & 0x7f;
    value >>= 7;
    if ((value === 0 && (byte & 0x40) === 0) || (value === -1 && (byte & 0x40) !== 0)) return [...bytes, byte];
    bytes.push(byte | 0x80);
  }
}

const name = (text: string): number[] => [...uleb(text.length), ...Buffer.from(text, 'ascii')];
const vector = (items: readonly number[][]): number[] => [...uleb(items.length), ...items.flat()];
const section = (id: number, content: number[]): number[] => [id, ...uleb(content.length), ...content];

export const get = (local: number): Code => [0x20, ...uleb(local)];
export const set = (local: number, value: Code): Code => [...value, 0x21, ...uleb(local)];
export const i32 = (value: number): Code => [0x41, ...sleb(value)];
const binary = (opcode: number) => (a: Code, b: Code): Code => [...a, ...b, opcode];
export const eq = binary(0x46);
export const ltU = binary(0x49);
export const geU = binary(0x4f);
export const add = binary(0x6a);
export const mul = binary(0x6c);
export const and = binary(0x71);
export const shl = binary(0x74);
export const eqz = (a: Code): Code => [...a, 0x45];
export const load = (address: Code, offset = 0): Code => [...address, 0x28, ALIGN_4, ...uleb(offset)];
/** A block that `br(depth)` inside it leaves. */
export const block = (...body: Code[]): Code => [0x02, EMPTY_BLOCK, ...body.flat(), 0x0b];
/** A loop that `br(depth)` inside it repeats. */
export const loop = (...body: Code[]): Code => [0x03, EMPTY_BLOCK, ...body.flat(), 0x0b];
export const when = (condition: Code, ...body: Code[]): Code => [...condition, 0x04, EMPTY_BLOCK, ...body.flat(), 0x0b];
export const br = (depth: number): Code => [0x0c, ...uleb(depth)];
export const brIf = (depth: number, condition: Code): Code => [...condition, 0x0d, ...uleb(depth)];

const simd = (opcode: number): number[] => [0xfd, ...uleb(opcode)];
export const v128Load = (address: Code, offset = 0): Code => [...address, ...simd(0x00), ALIGN_16, ...uleb(offset)];
export const v128Store = (address: Code, value: Code, offset = 0): Code => [...address, ...value, ...simd(0x0b), ALIGN_16, ...uleb(offset)];
export const i32x4Add = (a: Code, b: Code): Code => [...a, ...b, ...simd(0xae)];
export const i32x4ExtendLowI16x8S = (a: Code): Code => [...a, ...simd(0xa7)];
export const i32x4ExtendHighI16x8S = (a: Code): Code => [...a, ...simd(0xa8)];

/** A function: its i32 parameters, its extra locals (numbered after them) and its body. */
export interface WasmFunction {
  readonly name: string;
  readonly params: number;
  readonly locals: { readonly i32: number; readonly v128: number };
  readonly body: Code;
}

/** The bytes of a module that imports `env.memory` and exports the functions. */
export function wasmModule(functions: readonly WasmFunction[]): Uint8Array {
  const types = functions.map((f) => [0x60, ...uleb(f.params), ...new Array<number>(f.params).fill(I32), 0]);
  const memoryImport = [...name('env'), ...name('memory'), 0x02, 0x00, 0x01];
  const exports = functions.map((f, index) => [...name(f.name), 0x00, ...uleb(index)]);
  const bodies = functions.map((f) => {
    const locals = [f.locals.i32 > 0 ? [...uleb(f.locals.i32), I32] : [], f.locals.v128 > 0 ? [...uleb(f.locals.v128), V128] : []].filter((l) => l.length > 0);
    const content = [...vector(locals), ...f.body, 0x0b];
    return [...uleb(content.length), ...content];
  });
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vector(types)),
    ...section(2, vector([memoryImport])),
    ...section(3, vector(functions.map((_, index) => uleb(index)))),
    ...section(7, vector(exports)),
    ...section(10, vector(bodies)),
  ]);
}
