-- Full-text index of published examples only, so that neither results nor spelling suggestions
-- can reveal a pending, rejected or withdrawn example. Contentless (the text lives in examples),
-- with contentless_delete so that triggers can remove a row by id alone.
-- "joined" repeats the short fields with hyphens removed, so "pre-op" also matches as "preop".
CREATE VIRTUAL TABLE `examples_fts` USING fts5(
	title, keywords, summary, body, organisation, joined,
	content = '',
	contentless_delete = 1,
	tokenize = 'unicode61 remove_diacritics 2',
	prefix = '2 3 4'
);
--> statement-breakpoint
CREATE VIRTUAL TABLE `examples_fts_vocab` USING fts5vocab(`examples_fts`, 'row');
--> statement-breakpoint
CREATE TRIGGER `examples_fts_after_insert` AFTER INSERT ON `examples`
WHEN new.status = 'published'
BEGIN
	INSERT INTO examples_fts (rowid, title, keywords, summary, body, organisation, joined)
	SELECT new.id, new.title, (SELECT group_concat(value, ' ') FROM json_each(new.keywords)), new.summary,
		concat_ws(' ', new.problem, new.approach, new.impact, new.learning),
		new.organisation,
		replace(concat_ws(' ', new.title, (SELECT group_concat(value, ' ') FROM json_each(new.keywords)), new.summary), '-', '')
;
END;
--> statement-breakpoint
CREATE TRIGGER `examples_fts_after_update`
AFTER UPDATE OF title, keywords, summary, problem, approach, impact, learning, organisation, status ON `examples`
BEGIN
	DELETE FROM examples_fts WHERE rowid = old.id;
	INSERT INTO examples_fts (rowid, title, keywords, summary, body, organisation, joined)
	SELECT new.id, new.title, (SELECT group_concat(value, ' ') FROM json_each(new.keywords)), new.summary,
		concat_ws(' ', new.problem, new.approach, new.impact, new.learning),
		new.organisation,
		replace(concat_ws(' ', new.title, (SELECT group_concat(value, ' ') FROM json_each(new.keywords)), new.summary), '-', '')
	WHERE new.status = 'published';
END;
--> statement-breakpoint
CREATE TRIGGER `examples_fts_after_delete` AFTER DELETE ON `examples`
BEGIN
	DELETE FROM examples_fts WHERE rowid = old.id;
END;
--> statement-breakpoint
INSERT INTO examples_fts (rowid, title, keywords, summary, body, organisation, joined)
SELECT e.id, e.title, (SELECT group_concat(value, ' ') FROM json_each(e.keywords)), e.summary,
	concat_ws(' ', e.problem, e.approach, e.impact, e.learning),
	e.organisation,
	replace(concat_ws(' ', e.title, (SELECT group_concat(value, ' ') FROM json_each(e.keywords)), e.summary), '-', '')
FROM examples AS e
WHERE e.status = 'published';
