-- A nomination proposed by a models review (sơ kết / tổng kết điển hình tiên tiến): the council of the level that
-- holds an exemplary model puts it into that level's tổng kết dossier. It is judged, voted and decided like every
-- other nomination; the marker keeps it out of the unit's own list (which the unit's upload replaces) and tells the
-- pages, the exports and the models module that it is a model. No foreign key: the models module owns its table.
alter table nomination add column model_id bigint;
create index nomination_model_idx on nomination (model_id);
