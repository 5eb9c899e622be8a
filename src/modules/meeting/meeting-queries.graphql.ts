// The root meeting queries: the filtered list and the lookup by id or slug.
import { sqlRoot } from "../../compiled-reads/declare.js";
import { db } from "../../infra/db.js";
import { builder } from "../../schema/builder.js";
import { lookup, whereIdOrSlug } from "../../schema/lookup.js";
import { findRecord } from "../../schema/references.js";
import type { Context } from "../../server/context.js";
import { lookupArgs } from "../shared/lookup-args.js";
import { rootListOptions } from "../shared/root-list.js";
import { MEETING_ORDERS, type MeetingFilterInput, type MeetingOrder, meetingWhere } from "./meeting.filter.js";
import { MeetingFilter, MeetingOrderEnum } from "./meeting-filter.graphql.js";

/** The Prisma arguments a meetings page reads with; the compiled read path translates the same ones. */
const meetingsQuery = (args: { filter?: MeetingFilterInput | null; orderBy?: MeetingOrder | null }, ctx: Context) => ({
  where: meetingWhere(args.filter, findRecord(ctx)),
  orderBy: MEETING_ORDERS[args.orderBy ?? "DATE_DESC"],
});

builder.queryFields((t) => ({
  meetings: t.prismaConnection({
    type: "Meeting",
    description: "Meetings, filtered and ordered; by default most recent first with undated (planned) meetings last.",
    args: {
      filter: t.arg({ type: MeetingFilter, required: false, description: "Which meetings." }),
      orderBy: t.arg({
        type: MeetingOrderEnum,
        required: false,
        defaultValue: "DATE_DESC",
        description: "Their order.",
      }),
    },
    ...rootListOptions("Meeting", "meetings", db.meeting, meetingsQuery),
  }),
  meeting: t.prismaField({
    type: "Meeting",
    description: "One meeting by global id or slug.",
    args: lookupArgs,
    extensions: sqlRoot({ kind: "unique", model: "Meeting", where: (args) => whereIdOrSlug("Meeting", args) }),
    resolve: (query, _root, args) => lookup("Meeting", args, (where) => db.meeting.findUnique({ ...query, where })),
  }),
}));
