/**
 * The {{id}} module's API contract (written by npm run new:module): what clients send to it and what
 * it answers. The plugin validates requests with these schemas; the site (a Nuxt server route) and
 * the tests parse its answers with them. One place, imported by both sides: cms/ is the contract.
 */
import { z } from 'zod';

/** PUT /api/{{id}}/note */
export const {{camel}}SaveNoteBodySchema = z.strictObject({ text: z.string() });

export const {{camel}}NoteSchema = z.strictObject({ text: z.string(), updatedAt: z.iso.datetime() });
export type {{Pascal}}Note = z.infer<typeof {{camel}}NoteSchema>;

/** GET /api/{{id}}/note, PUT /api/{{id}}/note, GET /{{id}}/people/:userId/note (admin) */
export const {{camel}}NoteResponseSchema = z.strictObject({ data: {{camel}}NoteSchema.nullable() });
