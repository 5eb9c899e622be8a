// Builds the GraphQL server object; src/index.ts is the only file that listens.
import { createYoga, useReadinessCheck } from "graphql-yoga";
import type { Context } from "./context.js";
import { db } from "./db.js";
import { env } from "./env.js";
import { maskError, requestIdOf, useErrorReporting } from "./error-reporting.js";
import { hardeningPlugins } from "./hardening.js";
import { useMetrics } from "./metrics.js";
import { authenticate } from "./modules/auth/api-key.service.js";
import { schema } from "./schema/index.js";

/** What GraphiQL shows on first open: a nested lookup across four types. */
export const EXAMPLE_QUERY = `# Who met whom, in what role, and what was asked and answered.
query MeetingsWithParticipantsAndCommitments {
  meetings(first: 3) {
    totalCount
    edges {
      node {
        title
        date { value precision basis note }
        participants {
          edges {
            node {
              roleTitle
              side
              person { name }
              organization { name parent { name } }
            }
          }
        }
        commitments(first: 5) {
          edges {
            node {
              kind
              statement
              status
              makers { __typename ... on Person { name } ... on Country { name } ... on Organization { name } }
              responses { edges { node { statement } } }
              citation { quote startOffset endOffset document { title } }
            }
          }
        }
      }
    }
  }
}
`;

export const yoga = createYoga<Record<string, never>, Context>({
  schema,
  context: async ({ request }) => ({ requestId: requestIdOf(request), ...(await authenticate(request.headers)) }),
  graphiql: { defaultQuery: EXAMPLE_QUERY, title: "Accord" },
  maskedErrors: { maskError },
  logging: false,
  plugins: [
    useErrorReporting(),
    useMetrics(),
    ...hardeningPlugins(env),
    useReadinessCheck({
      endpoint: "/ready",
      check: async () => {
        if (draining) return false;
        await db.$queryRaw`SELECT 1`;
      },
    }),
  ],
});

let draining = false;

/** Makes /ready answer 503 so load balancers stop sending traffic before shutdown. */
export function startDraining(): void {
  draining = true;
}
