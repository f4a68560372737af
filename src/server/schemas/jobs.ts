import { Type } from 'typebox';
import { Nullable } from './common.ts';

export const JobView = Type.Object({
  id: Type.String(),
  status: Type.Union([Type.Literal('queued'), Type.Literal('running'), Type.Literal('done'), Type.Literal('failed')]),
  created: Type.String(),
  finished: Nullable(Type.String()),
  /** How many jobs the worker ingested together with this one, itself included (null while queued). */
  batch: Nullable(Type.Integer({ minimum: 1 })),
  summary: Nullable(Type.Object({ read: Type.Integer(), new: Type.Integer(), updated: Type.Integer(), unchanged: Type.Integer(), failed: Type.Integer() })),
  documents: Type.Array(Type.String()),
  errors: Type.Array(Type.Object({ file: Type.String(), line: Nullable(Type.Integer()), message: Type.String() })),
});

export const JobReply = Type.Object({ job: JobView });
