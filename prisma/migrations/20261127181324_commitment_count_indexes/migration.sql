-- DropIndex
DROP INDEX "commitment_topic_id_idx";

-- DropIndex
DROP INDEX "commitment_kind_idx";

-- CreateIndex
CREATE INDEX "commitment_topic_id_status_idx" ON "commitment"("topic_id", "status");

-- CreateIndex
CREATE INDEX "commitment_kind_status_idx" ON "commitment"("kind", "status");

