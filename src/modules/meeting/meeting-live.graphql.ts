// meetingRecorded: live events for new meetings matching a filter, from committed changes.
import { db } from "../../infra/db.js";
import { builder } from "../../schema/builder.js";
import { findRecord } from "../../schema/references.js";
import { liveEvents } from "../shared/live-changes.js";
import { meetingWhere } from "./meeting.filter.js";
import { MeetingFilter } from "./meeting-filter.graphql.js";

builder.subscriptionField("meetingRecorded", (t) =>
  t.prismaField({
    type: "Meeting",
    description:
      "Meetings matching the filter as they are recorded, from any writer. The filter sees the meeting with everything its transaction recorded (participants, commitments).",
    args: { filter: t.arg({ type: MeetingFilter, required: false, description: "Which meetings; all when omitted." }) },
    subscribe: (_root, args, context) =>
      liveEvents<string>(context, ["meeting"], async (change) => {
        if (change.op !== "INSERT") return [];
        const rows = await db.meeting.findMany({
          where: { AND: [{ id: { in: change.ids } }, meetingWhere(args.filter, findRecord(context)) ?? {}] },
          select: { id: true },
        });
        const matched = new Set(rows.map((row) => row.id));
        return change.ids.filter((id) => matched.has(id));
      }),
    resolve: (query, id) => db.meeting.findUniqueOrThrow({ ...query, where: { id: id as string } }),
  }),
);
