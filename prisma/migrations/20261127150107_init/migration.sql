-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('YEAR', 'MONTH', 'DAY');

-- CreateEnum
CREATE TYPE "Basis" AS ENUM ('STATED', 'INFERRED');

-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('GOVERNMENT', 'MINISTRY', 'BUREAU', 'ARMED_FORCES', 'MILITARY_STAFF', 'INTERNATIONAL_ORGANIZATION', 'PEACEKEEPING_MISSION', 'MULTILATERAL_FORUM', 'DIPLOMATIC_MISSION', 'OTHER');

-- CreateEnum
CREATE TYPE "MeetingKind" AS ENUM ('BILATERAL_MEETING', 'COURTESY_CALL', 'DEFENSE_DIALOGUE', 'WORKING_LEVEL_TALKS', 'MINISTERIAL_VISIT', 'MULTILATERAL_MEETING', 'OTHER');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('PLANNED', 'SCHEDULED', 'POSTPONED', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ParticipationSide" AS ENUM ('HOST', 'GUEST');

-- CreateEnum
CREATE TYPE "CommitmentKind" AS ENUM ('REQUEST', 'PLEDGE', 'AGREEMENT', 'CONCURRENCE', 'RESPONSE', 'EXPRESSION');

-- CreateEnum
CREATE TYPE "CommitmentStatus" AS ENUM ('OPEN', 'FULFILLED', 'DECLINED', 'DEFERRED', 'UNKNOWN', 'NOT_APPLICABLE');

-- CreateEnum
CREATE TYPE "PartyRole" AS ENUM ('MAKER', 'ADDRESSEE');

-- CreateTable
CREATE TABLE "country" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "country_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "source_document" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "url" TEXT,
    "published_on" DATE,
    "published_precision" "DatePrecision",
    "published_basis" "Basis" NOT NULL DEFAULT 'STATED',
    "note" TEXT,
    "language" TEXT NOT NULL DEFAULT 'en',
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "source_document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "citation" (
    "id" UUID NOT NULL,
    "document_id" UUID NOT NULL,
    "start_offset" INTEGER NOT NULL,
    "end_offset" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "citation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "person" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "full_name" TEXT,
    "country_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organization" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "acronym" TEXT,
    "kind" "OrganizationKind" NOT NULL,
    "country_id" UUID,
    "parent_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "position" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "person_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "start_date" DATE,
    "start_precision" "DatePrecision",
    "end_date" DATE,
    "end_precision" "DatePrecision",
    "current" BOOLEAN NOT NULL,
    "basis" "Basis" NOT NULL DEFAULT 'STATED',
    "note" TEXT,
    "citation_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "position_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meeting" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "MeetingKind" NOT NULL,
    "status" "MeetingStatus" NOT NULL,
    "status_reason" TEXT,
    "date" DATE,
    "date_precision" "DatePrecision",
    "date_basis" "Basis" NOT NULL DEFAULT 'STATED',
    "date_note" TEXT,
    "original_date" DATE,
    "original_date_precision" "DatePrecision",
    "place" TEXT,
    "place_country_id" UUID,
    "series" TEXT,
    "sequence_number" INTEGER,
    "summary" TEXT,
    "basis" "Basis" NOT NULL DEFAULT 'STATED',
    "citation_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "participation" (
    "id" UUID NOT NULL,
    "meeting_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "position_id" UUID,
    "organization_id" UUID,
    "country_id" UUID,
    "role_title" TEXT NOT NULL,
    "side" "ParticipationSide" NOT NULL,
    "basis" "Basis" NOT NULL DEFAULT 'STATED',
    "citation_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "participation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "topic" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commitment" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "CommitmentKind" NOT NULL,
    "statement" TEXT NOT NULL,
    "status" "CommitmentStatus" NOT NULL,
    "meeting_id" UUID,
    "topic_id" UUID,
    "responds_to_id" UUID,
    "due_date" DATE,
    "due_precision" "DatePrecision",
    "due_text" TEXT,
    "basis" "Basis" NOT NULL DEFAULT 'STATED',
    "citation_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "commitment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commitment_party" (
    "id" UUID NOT NULL,
    "commitment_id" UUID NOT NULL,
    "role" "PartyRole" NOT NULL,
    "person_id" UUID,
    "organization_id" UUID,
    "country_id" UUID,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "commitment_party_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "country_slug_key" ON "country"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "source_document_slug_key" ON "source_document"("slug");

-- CreateIndex
CREATE INDEX "citation_document_id_idx" ON "citation"("document_id");

-- CreateIndex
CREATE UNIQUE INDEX "citation_document_id_start_offset_end_offset_key" ON "citation"("document_id", "start_offset", "end_offset");

-- CreateIndex
CREATE UNIQUE INDEX "person_slug_key" ON "person"("slug");

-- CreateIndex
CREATE INDEX "person_country_id_idx" ON "person"("country_id");

-- CreateIndex
CREATE INDEX "person_name_idx" ON "person"("name");

-- CreateIndex
CREATE UNIQUE INDEX "organization_slug_key" ON "organization"("slug");

-- CreateIndex
CREATE INDEX "organization_country_id_idx" ON "organization"("country_id");

-- CreateIndex
CREATE INDEX "organization_parent_id_idx" ON "organization"("parent_id");

-- CreateIndex
CREATE INDEX "organization_kind_idx" ON "organization"("kind");

-- CreateIndex
CREATE INDEX "organization_name_idx" ON "organization"("name");

-- CreateIndex
CREATE UNIQUE INDEX "position_slug_key" ON "position"("slug");

-- CreateIndex
CREATE INDEX "position_person_id_start_date_idx" ON "position"("person_id", "start_date");

-- CreateIndex
CREATE INDEX "position_organization_id_start_date_idx" ON "position"("organization_id", "start_date");

-- CreateIndex
CREATE INDEX "position_citation_id_idx" ON "position"("citation_id");

-- CreateIndex
CREATE UNIQUE INDEX "meeting_slug_key" ON "meeting"("slug");

-- CreateIndex
CREATE INDEX "meeting_place_country_id_idx" ON "meeting"("place_country_id");

-- CreateIndex
CREATE INDEX "meeting_date_id_idx" ON "meeting"("date", "id");

-- CreateIndex
CREATE INDEX "meeting_kind_idx" ON "meeting"("kind");

-- CreateIndex
CREATE INDEX "meeting_status_idx" ON "meeting"("status");

-- CreateIndex
CREATE INDEX "meeting_citation_id_idx" ON "meeting"("citation_id");

-- CreateIndex
CREATE UNIQUE INDEX "meeting_series_sequence_number_key" ON "meeting"("series", "sequence_number");

-- CreateIndex
CREATE INDEX "participation_person_id_idx" ON "participation"("person_id");

-- CreateIndex
CREATE INDEX "participation_position_id_idx" ON "participation"("position_id");

-- CreateIndex
CREATE INDEX "participation_organization_id_idx" ON "participation"("organization_id");

-- CreateIndex
CREATE INDEX "participation_country_id_idx" ON "participation"("country_id");

-- CreateIndex
CREATE INDEX "participation_citation_id_idx" ON "participation"("citation_id");

-- CreateIndex
CREATE UNIQUE INDEX "participation_meeting_id_person_id_key" ON "participation"("meeting_id", "person_id");

-- CreateIndex
CREATE UNIQUE INDEX "topic_slug_key" ON "topic"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "commitment_slug_key" ON "commitment"("slug");

-- CreateIndex
CREATE INDEX "commitment_meeting_id_idx" ON "commitment"("meeting_id");

-- CreateIndex
CREATE INDEX "commitment_topic_id_idx" ON "commitment"("topic_id");

-- CreateIndex
CREATE INDEX "commitment_responds_to_id_idx" ON "commitment"("responds_to_id");

-- CreateIndex
CREATE INDEX "commitment_kind_idx" ON "commitment"("kind");

-- CreateIndex
CREATE INDEX "commitment_status_idx" ON "commitment"("status");

-- CreateIndex
CREATE INDEX "commitment_citation_id_idx" ON "commitment"("citation_id");

-- CreateIndex
CREATE INDEX "commitment_party_commitment_id_role_position_idx" ON "commitment_party"("commitment_id", "role", "position");

-- CreateIndex
CREATE INDEX "commitment_party_person_id_idx" ON "commitment_party"("person_id");

-- CreateIndex
CREATE INDEX "commitment_party_organization_id_idx" ON "commitment_party"("organization_id");

-- CreateIndex
CREATE INDEX "commitment_party_country_id_idx" ON "commitment_party"("country_id");

-- CreateIndex
CREATE UNIQUE INDEX "commitment_party_commitment_id_role_person_id_organization__key" ON "commitment_party"("commitment_id", "role", "person_id", "organization_id", "country_id") NULLS NOT DISTINCT;

-- AddForeignKey
ALTER TABLE "citation" ADD CONSTRAINT "citation_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "source_document"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "person" ADD CONSTRAINT "person_country_id_fkey" FOREIGN KEY ("country_id") REFERENCES "country"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organization" ADD CONSTRAINT "organization_country_id_fkey" FOREIGN KEY ("country_id") REFERENCES "country"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organization" ADD CONSTRAINT "organization_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "position" ADD CONSTRAINT "position_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "position" ADD CONSTRAINT "position_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "position" ADD CONSTRAINT "position_citation_id_fkey" FOREIGN KEY ("citation_id") REFERENCES "citation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_place_country_id_fkey" FOREIGN KEY ("place_country_id") REFERENCES "country"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_citation_id_fkey" FOREIGN KEY ("citation_id") REFERENCES "citation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "participation" ADD CONSTRAINT "participation_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "participation" ADD CONSTRAINT "participation_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "participation" ADD CONSTRAINT "participation_position_id_fkey" FOREIGN KEY ("position_id") REFERENCES "position"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "participation" ADD CONSTRAINT "participation_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "participation" ADD CONSTRAINT "participation_country_id_fkey" FOREIGN KEY ("country_id") REFERENCES "country"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "participation" ADD CONSTRAINT "participation_citation_id_fkey" FOREIGN KEY ("citation_id") REFERENCES "citation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_topic_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_responds_to_id_fkey" FOREIGN KEY ("responds_to_id") REFERENCES "commitment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_citation_id_fkey" FOREIGN KEY ("citation_id") REFERENCES "citation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment_party" ADD CONSTRAINT "commitment_party_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment_party" ADD CONSTRAINT "commitment_party_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment_party" ADD CONSTRAINT "commitment_party_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment_party" ADD CONSTRAINT "commitment_party_country_id_fkey" FOREIGN KEY ("country_id") REFERENCES "country"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Rules Prisma's schema language cannot express.

-- Offsets are a half-open range as long as the quote.
ALTER TABLE "citation" ADD CONSTRAINT "citation_offsets_valid"
  CHECK ("start_offset" >= 0 AND "end_offset" > "start_offset" AND "end_offset" - "start_offset" = char_length("quote"));

-- A citation must quote its document verbatim at its offsets.
CREATE FUNCTION "citation_matches_document"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  document_body text;
BEGIN
  SELECT "body" INTO document_body FROM "source_document" WHERE "id" = NEW."document_id";
  IF NEW."end_offset" > char_length(document_body)
     OR substr(document_body, NEW."start_offset" + 1, NEW."end_offset" - NEW."start_offset") <> NEW."quote" THEN
    RAISE EXCEPTION 'citation quote does not occur in document % at offsets [%, %)', NEW."document_id", NEW."start_offset", NEW."end_offset"
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "citation_matches_document" BEFORE INSERT OR UPDATE ON "citation"
  FOR EACH ROW EXECUTE FUNCTION "citation_matches_document"();

-- A cited document's body cannot change under its citations.
CREATE FUNCTION "source_document_body_is_cited"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."body" IS DISTINCT FROM OLD."body" AND EXISTS (SELECT 1 FROM "citation" WHERE "document_id" = OLD."id") THEN
    RAISE EXCEPTION 'source document % is cited; its body cannot change', OLD."id" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "source_document_body_is_cited" BEFORE UPDATE ON "source_document"
  FOR EACH ROW EXECUTE FUNCTION "source_document_body_is_cited"();

-- Exactly one kind of party per row.
ALTER TABLE "commitment_party" ADD CONSTRAINT "commitment_party_exactly_one"
  CHECK (num_nonnulls("person_id", "organization_id", "country_id") = 1);

-- A date carries its precision, and no period ends before it starts.
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_date_precision"
  CHECK (("date" IS NULL) = ("date_precision" IS NULL));
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_original_date_precision"
  CHECK (("original_date" IS NULL) = ("original_date_precision" IS NULL));
ALTER TABLE "position" ADD CONSTRAINT "position_start_precision"
  CHECK (("start_date" IS NULL) = ("start_precision" IS NULL));
ALTER TABLE "position" ADD CONSTRAINT "position_end_precision"
  CHECK (("end_date" IS NULL) = ("end_precision" IS NULL));
ALTER TABLE "position" ADD CONSTRAINT "position_period_ordered"
  CHECK ("start_date" IS NULL OR "end_date" IS NULL OR "start_date" <= "end_date");
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_due_precision"
  CHECK (("due_date" IS NULL) = ("due_precision" IS NULL));
ALTER TABLE "source_document" ADD CONSTRAINT "source_document_published_precision"
  CHECK (("published_on" IS NULL) = ("published_precision" IS NULL));

ALTER TABLE "meeting" ADD CONSTRAINT "meeting_sequence_positive" CHECK ("sequence_number" > 0);
ALTER TABLE "organization" ADD CONSTRAINT "organization_not_own_parent" CHECK ("parent_id" <> "id");
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_not_own_response" CHECK ("responds_to_id" <> "id");
