CREATE INDEX `examples_facets_idx` ON `examples` (`id`,`status`,`care_setting`);
