// commitmentChanged: live events for commitments matching a filter, from committed changes.
import { db } from "../../infra/db.js";
import { builder } from "../../schema/builder.js";
import { findRecord } from "../../schema/references.js";
import type { FindRecord } from "../shared/filters.js";
import { liveEvents } from "../shared/live-changes.js";
import { commitmentWhere } from "./commitment.filter.js";
import { CommitmentFilter } from "./commitment-filter.graphql.js";

type ChangeKind = "CREATED" | "UPDATED" | "RESPONDED";

interface CommitmentChange {
  kind: ChangeKind;
  commitmentId: string;
  /** For RESPONDED: the new response. */
  responseId: string | null;
}

const CommitmentChangeKindEnum = builder.enumType("CommitmentChangeKind", {
  description: "What happened to a commitment.",
  values: {
    CREATED: { description: "It was recorded." },
    UPDATED: {
      description: "It was changed: its status (see `statusHistory`), statement, parties, topic or deadline.",
    },
    RESPONDED: { description: "A new response to it was recorded (`response`)." },
  } satisfies Record<ChangeKind, { description: string }>,
});

const CommitmentChangeRef = builder.objectRef<CommitmentChange>("CommitmentChange").implement({
  description: "One committed change to a commitment that matches the subscription's filter.",
  fields: (t) => ({
    kind: t.field({ type: CommitmentChangeKindEnum, description: "What happened.", resolve: (change) => change.kind }),
    commitment: t.prismaField({
      type: "Commitment",
      nullable: true,
      description: "The commitment as it is now; null if it has been deleted since.",
      resolve: (query, change) => db.commitment.findUnique({ ...query, where: { id: change.commitmentId } }),
    }),
    response: t.prismaField({
      type: "Commitment",
      nullable: true,
      description: "For RESPONDED, the new response; null otherwise.",
      resolve: (query, change) => {
        const selection = { ...query }; // read either way: Pothos' unused-query guard must not fire when there is no response
        return change.responseId ? db.commitment.findUnique({ ...selection, where: { id: change.responseId } }) : null;
      },
    }),
  }),
});

/** The ids among `ids` of commitments that match the filter now. */
async function matching(
  ids: string[],
  filter: Parameters<typeof commitmentWhere>[0],
  find: FindRecord,
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.commitment.findMany({
    where: { AND: [{ id: { in: ids } }, commitmentWhere(filter, find) ?? {}] },
    select: { id: true },
  });
  return new Set(rows.map((row) => row.id));
}

builder.subscriptionField("commitmentChanged", (t) =>
  t.field({
    type: CommitmentChangeRef,
    description:
      "Commitments matching the filter as they are recorded, changed (a status change included) or answered by a new response, from any writer. The filter and the fields are read just after the commit.",
    args: {
      filter: t.arg({ type: CommitmentFilter, required: false, description: "Which commitments; all when omitted." }),
    },
    subscribe: (_root, args, context) =>
      liveEvents<CommitmentChange>(context, ["commitment"], async (change) => {
        if (change.op === "UPDATE") {
          const matched = await matching(change.ids, args.filter, findRecord(context));
          return change.ids
            .filter((id) => matched.has(id))
            .map((id) => ({ kind: "UPDATED", commitmentId: id, responseId: null }));
        }
        if (change.op !== "INSERT") return [];
        const created = await db.commitment.findMany({
          where: { id: { in: change.ids } },
          select: { id: true, respondsToId: true },
        });
        const matched = await matching(
          [...created.map((row) => row.id), ...created.flatMap((row) => (row.respondsToId ? [row.respondsToId] : []))],
          args.filter,
          findRecord(context),
        );
        const events: CommitmentChange[] = [];
        for (const row of created) {
          if (matched.has(row.id)) events.push({ kind: "CREATED", commitmentId: row.id, responseId: null });
          if (row.respondsToId && matched.has(row.respondsToId))
            events.push({ kind: "RESPONDED", commitmentId: row.respondsToId, responseId: row.id });
        }
        return events;
      }),
    resolve: (change) => change,
  }),
);
