import type { EventRole } from './event-span.ts';

/**
 * The syntactic frame of one trigger: which token heads each slot ("subject", "object",
 * "met", ...), before the lexicon row maps slots to roles. Rules fill it; the first filler of a
 * slot wins, so rules run from the most direct evidence (the trigger's own dependents) to the
 * least (inheritance, word order).
 */
export class EventFrame {
  private readonly fillers = new Map<string, number>();
  /** Roles set directly by a rule (a light verb's subject, "tussen X en Y"), before slot mapping. */
  readonly roles = new Map<EventRole, { head: number; solo: boolean }>();
  /** Slots filled from another clause (a conjunct's or controller's subject), not the trigger's own. */
  readonly inherited = new Set<string>();
  /** Tokens whose dependents say whether the event is negated or modal: the trigger, its light or modal verb. */
  readonly scope: number[];

  constructor(readonly trigger: number) {
    this.scope = [trigger];
  }

  /** Fills a slot unless it is filled. */
  fill(slot: string, head: number): void {
    if (!this.fillers.has(slot)) this.fillers.set(slot, head);
  }

  has(slot: string): boolean {
    return this.fillers.has(slot);
  }

  get(slot: string): number | undefined {
    return this.fillers.get(slot);
  }

  slots(): IterableIterator<[string, number]> {
    return this.fillers.entries();
  }

  /** Sets a role directly; `solo` asks for the phrase without its conjuncts ("Merkel" of "Merkel en Loekasjenko"). */
  setRole(role: EventRole, head: number, solo = false): void {
    if (!this.roles.has(role)) this.roles.set(role, { head, solo });
  }
}
