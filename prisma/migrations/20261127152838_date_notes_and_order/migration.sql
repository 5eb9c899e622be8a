-- AlterTable
ALTER TABLE "source_document" ADD COLUMN     "published_note" TEXT;

-- AlterTable
ALTER TABLE "meeting" ADD COLUMN     "original_date_basis" "Basis" NOT NULL DEFAULT 'STATED',
ADD COLUMN     "original_date_note" TEXT;

-- AlterTable
ALTER TABLE "participation" ADD COLUMN     "ordinal" INTEGER NOT NULL DEFAULT 0;

