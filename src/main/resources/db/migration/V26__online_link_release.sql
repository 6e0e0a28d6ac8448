-- Minutes before the start from which confirmed participants see the online link (issue 19);
-- NULL: from confirmation, as before.
ALTER TABLE seminar ADD COLUMN link_release_minutes INTEGER;
