-- AlterTable
ALTER TABLE "commitment" ADD COLUMN     "due_as_soon_as_possible" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "due_basis" "Basis" NOT NULL DEFAULT 'STATED',
ADD COLUMN     "due_note" TEXT;

-- CreateIndex
CREATE INDEX "commitment_due_as_soon_as_possible_due_date_id_idx" ON "commitment"("due_as_soon_as_possible" DESC, "due_date", "id");


-- Deadlines already recorded in these words are as-soon-as-possible ones (the same wordings
-- src/modules/commitment/due-wording.ts recognises).
UPDATE "commitment" SET "due_as_soon_as_possible" = true
WHERE "due_text" ~* '\m(as soon as possible|as early as possible|at an early date|at the earliest (possible )?(opportunity|date|time)|without delay|promptly|immediately|urgently)\M';
