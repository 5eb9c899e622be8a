-- A view, not the table Prisma would create: "who holds this role according to the latest source"
-- (Position.knownToHaveEnded, positions(heldAccordingToLatestSource:)) reads it as a relation, so a
-- list of positions still loads in one joined statement. A row pairs a position with a position
-- from a later document about the same title (case aside) in the same organization that either
-- describes someone as holding the role or describes this same person's tenure as over ("then
-- ..."). A later mention of some other person as a former holder outdates nothing. "Later" means
-- the later document's date begins after the earlier date's whole period (a document dated only
-- "2011" is not outdated by one of 2011-08-09); undated documents outdate nothing and are not outdated.
CREATE VIEW "position_supersession" AS
  SELECT p.id AS position_id, later.id AS superseding_position_id
  FROM position p
  JOIN citation c ON c.id = p.citation_id
  JOIN source_document d ON d.id = c.document_id
  JOIN position later
    ON later.organization_id = p.organization_id
   AND lower(later.title) = lower(p.title)
   AND later.id <> p.id
   AND (later.current OR later.person_id = p.person_id)
  JOIN citation lc ON lc.id = later.citation_id
  JOIN source_document ld ON ld.id = lc.document_id
  WHERE ld.published_on >= d.published_on + CASE d.published_precision
      WHEN 'YEAR' THEN interval '1 year'
      WHEN 'MONTH' THEN interval '1 month'
      ELSE interval '1 day'
    END;
