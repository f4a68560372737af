/** The part of pg-cursor 2.x that Kroniek uses (the package ships no types). */
declare module 'pg-cursor' {
  import type { CustomTypesConfig, Submittable } from 'pg';

  interface CursorConfig {
    readonly rowMode?: 'array';
    readonly types?: CustomTypesConfig;
  }

  /** A query whose rows are read a few at a time (a portal), so memory holds one read's rows. */
  export default class Cursor<Row = Record<string, unknown>> implements Submittable {
    constructor(text: string, values?: readonly unknown[], config?: CursorConfig);
    submit: Submittable['submit'];
    /** The next rows, at most `count`; none once the result is done. */
    read(count: number): Promise<Row[]>;
    close(): Promise<void>;
  }
}
