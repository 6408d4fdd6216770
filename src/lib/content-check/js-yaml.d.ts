// js-yaml ships no types; these are the parts the checker uses (Astro's own YAML reader).
declare module 'js-yaml' {
  interface TypeOptions {
    kind: 'scalar' | 'sequence' | 'mapping';
    resolve?: (data: never) => boolean;
    construct?: (data: never) => unknown;
    instanceOf?: object;
    represent?: (data: object) => string;
  }
  export class Type {
    constructor(tag: string, options: TypeOptions);
    resolve(data: unknown): boolean;
    construct(data: unknown): unknown;
  }
  export class Schema {
    extend(types: { implicit?: Type[]; explicit?: Type[] }): Schema;
  }
  export const DEFAULT_SCHEMA: Schema;
  export const types: { timestamp: Type };
  export function load(text: string, options?: { filename?: string; schema?: Schema }): unknown;
}
