-- CreateIndex
-- NULLS LAST matches the API order (undated meetings last); Prisma cannot express it.
CREATE INDEX "meeting_date_desc_id_idx" ON "meeting"("date" DESC NULLS LAST, "id");

